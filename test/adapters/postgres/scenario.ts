/**
 * The concurrency scenario of the server tests: 500 payments against 120 invoices of 20
 * customers (exact payments that settle, repeats that go stale, short ones credited to prepaid
 * ledgers, payments of unknown customers kept unidentified), cut into overlapping statements.
 */
import { creditorReference, type InvoiceInput, type PaymentInput, type Ports } from '../../../src/index.js';

export const INVOICES: readonly InvoiceInput[] = Array.from({ length: 120 }, (_, n) => ({
  id: `INV-${n}`,
  customer: n % 20 === 0 ? '__proto__' : `c${n % 20}`,
  reference: creditorReference(String(50_000 + n)),
  amount: { amount: `${(n % 40) + 10}.05`, currency: n % 7 === 0 ? 'EUR' : 'CHF' },
  issuedAt: '2026-03-01T00:00:00Z',
  dueAt: '2026-03-31T00:00:00Z',
}));

export const PAYMENTS: readonly PaymentInput[] = Array.from({ length: 500 }, (_, i): PaymentInput => {
  const invoice = INVOICES[i % INVOICES.length] as InvoiceInput;
  const bookedAt = new Date(Date.UTC(2026, 2, 20, 0, 0, i)).toISOString();
  if (i % 10 === 9)
    return { id: `P-${i}`, customer: i % 20 === 9 ? `stranger${i}` : `c${i % 20}`, amount: { amount: '3.30', currency: 'CHF' }, bookedAt };
  const amount = i % 5 === 3 ? { amount: '1.00', currency: invoice.amount.currency } : invoice.amount;
  return { id: `P-${i}`, reference: invoice.reference, amount: amount as PaymentInput['amount'], bookedAt };
});

/** The statement of importer `k` of `n`: a window over the payments, the windows overlapping. */
export function statementOf(k: number, n: number, offset = 0): PaymentInput[] {
  const size = 150;
  const start = Math.floor(((k + offset) * PAYMENTS.length) / n) % PAYMENTS.length;
  return Array.from({ length: size }, (_, i) => PAYMENTS[(start + i) % PAYMENTS.length] as PaymentInput);
}

export async function seed(ports: Pick<Ports, 'invoices'>): Promise<void> {
  await ports.invoices.putMany?.(
    INVOICES.map((invoice) => ({ entity: { id: invoice.id, owner: invoice.customer, invoice }, expectedVersion: 0 })),
  );
}
