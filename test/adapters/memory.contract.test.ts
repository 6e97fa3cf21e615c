import { describe, expect, it } from 'vitest';
import { describeInvoiceRepositoryContract, describeRepositoryContract } from '../../src/testing/index.js';
import { isHostPolicyError, memoryInvoiceRepository, memoryPorts, memoryRepository } from '../../src/index.js';

describeRepositoryContract('memory', () => memoryRepository());

// The same contract with every operation yielding to the event loop first, so that concurrent
// callers really interleave.
let tick = 0;
describeRepositoryContract('memory, interleaved', () =>
  memoryRepository({ interleave: () => new Promise((resolve) => setTimeout(resolve, tick++ % 3)) }),
);

// Each named port of memoryPorts() is a repository that passes the contract.
for (const port of ['subscriptions', 'invoices', 'payments', 'prepaidLedgers', 'clientAccess', 'organizations', 'rfps'] as const) {
  describeRepositoryContract(`memoryPorts().${port}`, () => memoryPorts()[port] as never);
}

// The invoice port's lookups, on its own and as memoryPorts() builds it (interleaved too).
describeInvoiceRepositoryContract('memoryInvoiceRepository', () => memoryInvoiceRepository());
describeInvoiceRepositoryContract(
  'memoryPorts().invoices, interleaved',
  () => memoryPorts({ interleave: () => new Promise((resolve) => setTimeout(resolve, tick++ % 2)) }).invoices,
);
describeRepositoryContract('memoryInvoiceRepository', () => memoryInvoiceRepository() as never);

describe('memory adapter: what copying an entity throws', () => {
  it('a getter that throws, or a revoked proxy inside, is INVALID_INPUT naming the entity, and nothing is stored', async () => {
    const repository = memoryRepository();
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const bad = [
      {
        id: 'g',
        owner: 'o',
        get x(): never {
          throw new Error('boom');
        },
      },
      { id: 'g', owner: 'o', inner: proxy },
    ];
    for (const entity of bad) {
      const e = await repository.put(entity as never, 0).catch((x: unknown) => x);
      expect(isHostPolicyError(e) && e.code).toBe('INVALID_INPUT');
      expect(String((e as Error).message)).toMatch(/^Invalid entity: could not be read/);
    }
    expect(await repository.get('g')).toBeUndefined();
  });
});
