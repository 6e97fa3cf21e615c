import fc from 'fast-check';
import { creditorReference, type InvoiceInput, type PaymentInput } from '../billing/index.js';
import { fromMinorUnits } from '../money/minorUnits.js';
import { moneyArbitrary } from './arbitraries.js';

const DAY = 86_400_000;
const FROM = Date.UTC(2025, 0, 1);
const instant = fc.integer({ min: 0, max: 3 * 365 * DAY }).map((ms) => new Date(FROM + ms));

/** Options of {@link invoicesArbitrary}. */
export interface InvoiceArbitraryOptions {
  readonly customers?: readonly string[];
  readonly currencies?: readonly string[];
  readonly maxLength?: number;
}

/**
 * Lists of valid invoices (BIL-01: each with its own id and creditor reference) as JSON-friendly
 * input: positive amounts in whole minor units of their currency, due 30 days after issue.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(invoicesArbitrary(), (invoices) => new Set(invoices.map((i) => i.reference)).size === invoices.length));
 * ```
 */
export function invoicesArbitrary(options: InvoiceArbitraryOptions = {}): fc.Arbitrary<InvoiceInput[]> {
  const customers = options.customers ?? ['c1', 'c2', 'c3'];
  const one = fc.record({
    customer: fc.constantFrom(...customers),
    amount: moneyArbitrary({ minCents: 1, maxCents: 10_000_000, currencies: options.currencies ?? ['CHF', 'EUR'] }),
    issuedAt: instant,
  });
  return fc
    .uniqueArray(fc.integer({ min: 1, max: 99_999_999 }), { maxLength: options.maxLength ?? 10 })
    .chain((numbers) => fc.tuple(...numbers.map((n) => one.map((o) => ({ n, ...o })))))
    .map((items) =>
      items.map(({ n, customer, amount, issuedAt }) => ({
        id: `INV-${n}`,
        customer,
        reference: creditorReference(String(n)),
        amount: amount.toJSON(),
        issuedAt: issuedAt.toISOString(),
        dueAt: new Date(issuedAt.getTime() + 30 * DAY).toISOString(),
      })),
    );
}

/**
 * Payments for a list of invoices: each pays one of them exactly, pays it with another amount,
 * carries no reference (but a customer), or pays nobody's reference; ids are unique.
 *
 * @example
 * ```ts
 * fc.sample(invoicesArbitrary().chain((invoices) => paymentsArbitrary(invoices)), 1);
 * ```
 */
export function paymentsArbitrary(invoices: readonly InvoiceInput[], maxLength = 12): fc.Arbitrary<PaymentInput[]> {
  const kinds = fc.constantFrom('exact', 'other-amount', 'customer-only', 'unknown-reference');
  const one = fc.record({
    kind: kinds,
    invoice: fc.nat(Math.max(0, invoices.length - 1)),
    cents: fc.integer({ min: 1, max: 1_000_000 }),
    bookedAt: instant,
  });
  return fc.array(one, { maxLength }).map((items) =>
    items.map((p, i): PaymentInput => {
      const invoice = invoices[p.invoice];
      const amountJSON =
        invoice === undefined
          ? { amount: '1.00', currency: 'CHF' }
          : typeof invoice.amount === 'object' && 'toJSON' in invoice.amount
            ? invoice.amount.toJSON()
            : { amount: String(invoice.amount.amount), currency: invoice.amount.currency };
      // Whole minor units of the currency, as billing requires (JPY 1234, CHF 12.34, KWD 1.234).
      const other = fromMinorUnits(p.cents, amountJSON.currency).toJSON();
      const base = { id: `PAY-${i}`, bookedAt: p.bookedAt.toISOString() };
      if (invoice === undefined || p.kind === 'unknown-reference')
        return { ...base, reference: creditorReference(String(900_000_000 + i)), amount: other };
      if (p.kind === 'customer-only') return { ...base, customer: invoice.customer, amount: other };
      return { ...base, reference: invoice.reference, amount: p.kind === 'exact' ? amountJSON : other };
    }),
  );
}
