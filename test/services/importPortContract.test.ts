import { describe, it, expect } from 'vitest';
import { importBankStatement, memoryPorts, creditorReference, isHostPolicyError, type PaymentInput, type Ports } from '../../src/index.js';

const ref = creditorReference('777');
const statement: PaymentInput[] = [
  { id: 'P1', reference: ref, amount: { amount: '10.00', currency: 'CHF' }, bookedAt: '2026-03-20T10:00:00Z' },
  { id: 'P2', customer: 'c1', amount: { amount: '5.00', currency: 'CHF' }, bookedAt: '2026-03-20T11:00:00Z' },
  // the store is asked whether c9 is known
  { id: 'P3', customer: 'c9', amount: { amount: '1.00', currency: 'CHF' }, bookedAt: '2026-03-20T12:00:00Z' },
];

async function seeded(): Promise<Ports> {
  const ports = memoryPorts();
  await ports.invoices.put(
    {
      id: 'INV-1',
      owner: 'c1',
      invoice: {
        id: 'INV-1',
        customer: 'c1',
        reference: ref,
        amount: { amount: '10.00', currency: 'CHF' },
        issuedAt: '2026-03-01T00:00:00Z',
        dueAt: '2026-03-31T00:00:00Z',
      },
    },
    0,
  );
  return ports;
}

/** The ports with one method of one port replaced by one that resolves to `answer`. */
async function answering(port: 'invoices' | 'payments' | 'prepaidLedgers', method: string, answer: () => unknown): Promise<Ports> {
  const ports = await seeded();
  const real = ports[port] as unknown as Record<string, unknown>;
  return { ...ports, [port]: { ...real, [method]: async () => answer() } } as Ports;
}

async function failure(ports: Ports): Promise<unknown> {
  try {
    await importBankStatement(ports, statement);
  } catch (e) {
    return e;
  }
  return undefined;
}

const revoked = (): unknown => {
  const { proxy, revoke } = Proxy.revocable(new Map(), {});
  revoke();
  return proxy;
};

const notAnInvoice = (): unknown =>
  new Map([
    [
      ref,
      {
        version: 1,
        value: {
          id: 'INV-1',
          owner: 'c1',
          invoice: {
            id: 'INV-1',
            customer: 'c1',
            reference: ref,
            amount: { amount: 'ten', currency: 'CHF' },
            issuedAt: '2026-03-01T00:00:00Z',
            dueAt: '2026-03-31T00:00:00Z',
          },
        },
      },
    ],
  ]);

describe('a port that answers with a wrong shape is a PORT_CONTRACT_VIOLATION, never a TypeError (issue 15, item 8)', () => {
  const cases: readonly [port: 'invoices' | 'payments' | 'prepaidLedgers', method: string, what: string, answer: () => unknown][] = [
    ['payments', 'getMany', 'an array', () => []],
    ['payments', 'getMany', 'a string', () => 'P1'],
    ['payments', 'getMany', 'undefined', () => undefined],
    ['payments', 'getMany', 'a revoked Proxy', revoked],
    [
      'payments',
      'getMany',
      'an entry for an id not asked for',
      () => new Map([['X', { version: 1, value: { id: 'X', owner: 'o', payment: {}, outcome: { kind: 'unidentified' } } }]]),
    ],
    [
      'payments',
      'getMany',
      'a record without outcome',
      () => new Map([['P1', { version: 1, value: { id: 'P1', owner: 'o', payment: {} } }]]),
    ],
    [
      'payments',
      'getMany',
      'a version that is not a number',
      () => new Map([['P1', { version: '1', value: { id: 'P1', owner: 'o', payment: {}, outcome: { kind: 'unidentified' } } }]]),
    ],
    ['payments', 'put', 'a string', () => 'ok'],
    ['payments', 'put', 'null', () => null],
    ['invoices', 'findByReferences', 'an array', () => [{ version: 1 }]],
    [
      'invoices',
      'findByReferences',
      'an entity under the wrong reference',
      () =>
        new Map([
          [
            ref,
            {
              version: 1,
              value: {
                id: 'INV-1',
                owner: 'c1',
                invoice: { id: 'INV-1', customer: 'c1', reference: 'RF471234', amount: { amount: '1.00', currency: 'CHF' } },
              },
            },
          ],
        ]),
    ],
    ['invoices', 'findByReferences', 'an invoice with a bad amount', notAnInvoice],
    [
      'invoices',
      'findByReferences',
      "an entity whose invoice has another id (the import plans by the invoice's id, writes by the entity's)",
      () =>
        new Map([
          [
            ref,
            {
              version: 1,
              value: {
                id: 'INV-1',
                owner: 'c1',
                invoice: { id: 'OTHER', customer: 'c1', reference: ref, amount: { amount: '10.00', currency: 'CHF' } },
              },
            },
          ],
        ]),
    ],
    ['invoices', 'findByReferences', 'a value that is a string', () => new Map([[ref, { version: 1, value: 'INV-1' }]])],
    ['invoices', 'ownersWithInvoices', 'an array', () => ['c1']],
    ['invoices', 'put', 'a number', () => 1],
    ['prepaidLedgers', 'getMany', 'an object', () => ({ c1: {} })],
    [
      'prepaidLedgers',
      'getMany',
      'a ledger without balances',
      () => new Map([['c1', { version: 1, value: { id: 'c1', owner: 'c1', ledger: {} } }]]),
    ],
    ['prepaidLedgers', 'put', 'undefined', () => undefined],
  ];
  for (const [port, method, what, answer] of cases) {
    it(`ports.${port}.${method} giving ${what}`, async () => {
      const e = await failure(await answering(port, method, answer));
      expect(e).not.toBeInstanceOf(TypeError);
      expect(isHostPolicyError(e) && e.code).toBe('PORT_CONTRACT_VIOLATION');
      expect(isHostPolicyError(e) && e.details).toMatchObject({ port, method });
      expect(String((e as Error).message)).toContain(`ports.${port}.${method}`);
    });
  }

  it('an invoice whose entity id is not its invoice id: a contract violation, nothing left pending, a retry the same', async () => {
    const ports = memoryPorts();
    const invoice = { id: 'OTHER', customer: 'c1', reference: ref, amount: { amount: '10.00', currency: 'CHF' } };
    await ports.invoices.put(
      { id: 'INV-1', owner: 'c1', invoice: { ...invoice, issuedAt: '2026-03-01T00:00:00Z', dueAt: '2026-03-31T00:00:00Z' } },
      0,
    );
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const e = await failure(ports);
      expect(e).not.toBeInstanceOf(TypeError);
      expect(isHostPolicyError(e) && e.code).toBe('PORT_CONTRACT_VIOLATION');
      expect(String((e as Error).message)).toContain("invoice.id must be the entity's id");
    }
    expect(await ports.payments.getMany(['P1', 'P2', 'P3'])).toEqual(new Map());
  });

  it('a port without a method the import needs is an InvalidInputError naming it', async () => {
    const ports = await seeded();
    const { findByReferences: _unused, ...withoutLookup } = ports.invoices;
    const e = await failure({ ...ports, invoices: withoutLookup as never });
    expect(isHostPolicyError(e) && e.code).toBe('INVALID_INPUT');
    expect(String((e as Error).message)).toMatch(/invoices.*findByReferences/);
  });

  it("a port's own error (a network error) passes through as it is, and nothing is lost", async () => {
    const ports = await seeded();
    const e = await failure({
      ...ports,
      prepaidLedgers: { ...ports.prepaidLedgers, getMany: () => Promise.reject(new Error('ETIMEDOUT')) },
    });
    expect(e).toEqual(new Error('ETIMEDOUT'));
    expect((await importBankStatement(ports, statement)).applied).toHaveLength(3);
  });
});
