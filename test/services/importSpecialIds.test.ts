import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { importBankStatement, memoryPorts, creditorReference, prepaidLedger, type PaymentInput, type Ports } from '../../src/index.js';

const SPECIAL = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf'];
const ref = (n: number): string => creditorReference(String(60_000 + n));

async function withInvoiceOf(customer: string): Promise<Ports> {
  const ports = memoryPorts();
  await ports.invoices.put(
    {
      id: 'INV-1',
      owner: customer,
      invoice: {
        id: 'INV-1',
        customer,
        reference: ref(1),
        amount: { amount: '30.00', currency: 'CHF' },
        issuedAt: '2026-03-01T00:00:00Z',
        dueAt: '2026-03-31T00:00:00Z',
      },
    },
    0,
  );
  return ports;
}

/** Two credits to the customer (one by the invoice's reference, one by its own id) and a settlement. */
const statementFor = (customer: string): PaymentInput[] => [
  { id: 'P1', reference: ref(1), amount: { amount: '12.50', currency: 'CHF' }, bookedAt: '2026-03-20T10:00:00Z' }, // AMOUNT_MISMATCH
  { id: 'P2', customer, amount: { amount: '7.50', currency: 'CHF' }, bookedAt: '2026-03-20T11:00:00Z' }, // UNKNOWN_REFERENCE
  { id: 'P3', reference: ref(1), amount: { amount: '30.00', currency: 'CHF' }, bookedAt: '2026-03-20T12:00:00Z' }, // settles INV-1
];

async function expectCreditedAndStored(customer: string): Promise<void> {
  const ports = await withInvoiceOf(customer);
  const r = await importBankStatement(ports, statementFor(customer));
  expect(r.applied).toEqual([
    { payment: 'P1', outcome: { kind: 'credited', customer, cause: 'AMOUNT_MISMATCH' } },
    { payment: 'P2', outcome: { kind: 'credited', customer, cause: 'UNKNOWN_REFERENCE' } },
    { payment: 'P3', outcome: { kind: 'settled', invoice: 'INV-1', customer } },
  ]);
  const stored = await ports.prepaidLedgers.get(customer);
  expect(stored?.value.id).toBe(customer);
  const balances = stored?.value.ledger.balances ?? {};
  expect(Object.keys(balances)).toEqual([customer]);
  expect(Object.getOwnPropertyDescriptor(balances, customer)?.value).toEqual({ CHF: '20.00' });
  expect(stored?.value.ledger.creditedPayments).toEqual(['P1', 'P2']);
  // Through JSON, as a database would keep it, and read back by billing.
  const json = JSON.parse(JSON.stringify(stored?.value.ledger)) as Parameters<typeof prepaidLedger>[0];
  expect(prepaidLedger(json).balance(customer, 'CHF').toString()).toBe('CHF 20.00');
  expect((await ports.payments.get('P2'))?.value.owner).toBe(customer);
  // Nothing leaked onto Object.prototype.
  expect(({} as Record<string, unknown>).CHF).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
}

describe('any customer id works end to end through importBankStatement (issue 15, items 1 and 5)', () => {
  for (const customer of SPECIAL)
    it(`customer '${customer}': credits applied, stored and read back`, () => expectCreditedAndStored(customer));

  it('property: any id string credits, stores and reads back', async () => {
    const id = fc.oneof(
      fc.constantFrom(...SPECIAL),
      fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.length > 0),
    );
    await fc.assert(fc.asyncProperty(id, expectCreditedAndStored), { numRuns: 60 });
  });

  it('a re-import with such a customer changes nothing and reports every payment imported', async () => {
    const ports = await withInvoiceOf('__proto__');
    await importBankStatement(ports, statementFor('__proto__'));
    const before = JSON.stringify(await ports.prepaidLedgers.list());
    expect(await importBankStatement(ports, statementFor('__proto__'))).toEqual({
      applied: [],
      alreadyImported: ['P1', 'P2', 'P3'],
      conflicting: [],
    });
    expect(JSON.stringify(await ports.prepaidLedgers.list())).toBe(before);
  });
});
