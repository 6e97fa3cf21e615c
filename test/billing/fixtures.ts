import fc from 'fast-check';
import { creditorReference, qrReference, type InvoiceInput, type PaymentInput } from '../../src/index.js';

export const chf = (amount: string) => ({ amount, currency: 'CHF' });
export const eur = (amount: string) => ({ amount, currency: 'EUR' });

export const REF_A = qrReference('1001');
export const REF_B = qrReference('1002');
export const REF_C = creditorReference('INV1003');
export const REF_UNUSED = qrReference('9999');

export function invoice(
  id: string,
  customer: string,
  reference: string,
  amount: { amount: string; currency: string },
  extra: Partial<InvoiceInput> = {},
): InvoiceInput {
  return { id, customer, reference, amount, issuedAt: '2026-03-01T00:00:00Z', dueAt: '2026-03-31T00:00:00+02:00', ...extra };
}

export function payment(
  id: string,
  amount: { amount: string | number; currency: string },
  extra: Partial<PaymentInput> = {},
): PaymentInput {
  return { id, amount, bookedAt: '2026-03-20T10:00:00Z', ...extra };
}

const AMOUNTS = ['10.00', '10.05', '99.95', '120.00', '0.01', '1000.00'];

/** Random invoices (unique ids and references) and payments that hit every outcome. */
export const statementArb = fc
  .record({
    invoices: fc.array(
      fc.record({
        customer: fc.constantFrom('c1', 'c2', 'c3'),
        amount: fc.constantFrom(...AMOUNTS),
        currency: fc.constantFrom('CHF', 'CHF', 'EUR'),
        settled: fc.boolean(),
        creditor: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
    payments: fc.array(
      fc.record({
        target: fc.nat(20),
        reference: fc.constantFrom('invoice', 'invoice', 'invoice', 'unknown', 'none'),
        customer: fc.constantFrom(undefined, undefined, 'c1', 'c2', 'stranger'),
        amount: fc.option(fc.constantFrom(...AMOUNTS), { nil: undefined }),
        currency: fc.option(fc.constantFrom('CHF', 'EUR'), { nil: undefined }),
        day: fc.integer({ min: 1, max: 5 }),
        id: fc.integer({ min: 0, max: 30 }),
      }),
      { maxLength: 25 },
    ),
  })
  .map(({ invoices: specs, payments: pays }) => {
    const invoices: InvoiceInput[] = specs.map((s, i) =>
      invoice(
        `I${i}`,
        s.customer,
        s.creditor ? creditorReference(`I${i}`) : qrReference(String(i + 1)),
        { amount: s.amount, currency: s.currency },
        s.settled ? { settled: true } : {},
      ),
    );
    const byId = new Map<string, PaymentInput>();
    for (const p of pays) {
      const target = invoices.length === 0 ? undefined : invoices[p.target % invoices.length];
      const targetAmount = target?.amount as { amount: string; currency: string } | undefined;
      const id = `P${p.id}`;
      if (byId.has(id)) continue; // unique ids; duplicates are tested separately
      const reference = p.reference === 'invoice' ? target?.reference : p.reference === 'unknown' ? REF_UNUSED : undefined;
      byId.set(id, {
        id,
        amount: { amount: p.amount ?? targetAmount?.amount ?? '5.00', currency: p.currency ?? targetAmount?.currency ?? 'CHF' },
        bookedAt: `2026-04-0${p.day}T08:00:00Z`,
        ...(reference === undefined ? {} : { reference }),
        ...(p.customer === undefined ? {} : { customer: p.customer }),
      });
    }
    return { invoices, payments: [...byId.values()] };
  });
