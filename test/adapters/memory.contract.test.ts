import { describeInvoiceRepositoryContract, describeRepositoryContract } from '../../src/testing/index.js';
import { memoryInvoiceRepository, memoryPorts, memoryRepository } from '../../src/index.js';

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
