/**
 * A consumer's use of `hostpolicy/testing`, type-checked like usesEveryEntry.ts by
 * `npm run consumers` under nodenext, node16 and bundler. Not under node10: the entry's
 * declarations import fast-check, whose own declarations do not resolve there (pure-rand's
 * subpaths need `exports`). Never run.
 */
import { memoryInvoiceRepository, memoryPorts, memoryRepository } from 'hostpolicy/adapters/memory';
import type { InvoiceInput, PaymentInput } from 'hostpolicy/billing';
import {
  InjectedFault,
  clientAccessArbitrary,
  describeImportFaultContract,
  describeInvoiceRepositoryContract,
  describeRepositoryContract,
  heldMoney,
  importState,
  invoicesArbitrary,
  moneyArbitrary,
  organizationArbitrary,
  paymentsArbitrary,
  receivedMoney,
  referenceReconcile,
  scheduleArbitrary,
  scheduleDefinitionArbitrary,
  subscriptionArbitrary,
  withFaults,
} from 'hostpolicy/testing';

const ports = memoryPorts();
const invoice: InvoiceInput = {
  id: 'I1',
  customer: 'c1',
  reference: 'RF18539007547034',
  amount: { amount: '80.00', currency: 'CHF' },
  issuedAt: '2026-03-01T00:00:00Z',
  dueAt: '2026-03-31T00:00:00Z',
};
const payment: PaymentInput = {
  id: 'P1',
  reference: 'RF18539007547034',
  amount: { amount: '80.00', currency: 'CHF' },
  bookedAt: '2026-04-10T09:00:00Z',
};

async function conservation(): Promise<void> {
  const held = await heldMoney(ports, new Set(['P1']));
  // @ts-expect-error — payment ids are a set
  await heldMoney(ports, ['P1']);
  const state = await importState(ports);
  // @ts-expect-error — the ports hold invoices, payments and prepaid ledgers
  await importState({});
  void [held, state];
}

const oracle = referenceReconcile({ invoices: [invoice], payments: [payment] });
// @ts-expect-error — invoices and payments are lists
referenceReconcile({ invoices: invoice, payments: [payment] });
void oracle.totals;

describeRepositoryContract('memory', () => memoryRepository());
// @ts-expect-error — the factory makes a repository
describeRepositoryContract('memory', () => 'repository');
describeInvoiceRepositoryContract('memory', () => memoryInvoiceRepository());
// @ts-expect-error — the factory makes an invoice repository
describeInvoiceRepositoryContract('memory', memoryInvoiceRepository());
describeImportFaultContract('memory', () => memoryPorts());
// @ts-expect-error — the factory makes ports
describeImportFaultContract('memory', () => 1);
const faulty = withFaults(ports, { failAt: 2, on: 'write' });
// @ts-expect-error — 'delete' is not a fault kind
withFaults(ports, { failAt: 2, on: 'delete' });
const caught = (e: unknown): boolean => e instanceof InjectedFault;
// @ts-expect-error — InjectedFault takes the port call it failed
new InjectedFault();
moneyArbitrary({ minCents: 0 });
// @ts-expect-error — minCents is a number
moneyArbitrary({ minCents: '0' });
invoicesArbitrary();
// @ts-expect-error — the options are an object
invoicesArbitrary(5);
paymentsArbitrary([invoice], 5);
// @ts-expect-error — invoices is a list
paymentsArbitrary(invoice);
clientAccessArbitrary('acme');
// @ts-expect-error — the client id is a string
clientAccessArbitrary(1);
organizationArbitrary();
// @ts-expect-error — the options are an object
organizationArbitrary('acme');
scheduleArbitrary(['Europe/Zurich']);
// @ts-expect-error — zones is a list
scheduleArbitrary('Europe/Zurich');
scheduleDefinitionArbitrary(['Europe/Zurich']);
// @ts-expect-error — zones is a list
scheduleDefinitionArbitrary('Europe/Zurich');
subscriptionArbitrary();
// @ts-expect-error — subscriptionArbitrary takes nothing
subscriptionArbitrary({ tier: 'pro' });
receivedMoney([payment]).get('CHF')?.toString();
// @ts-expect-error — payments is a list
receivedMoney(payment);

export { conservation, faulty, caught };
