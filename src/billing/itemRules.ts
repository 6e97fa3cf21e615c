import type { Decimal } from '../money/decimal.js';

/**
 * What makes an invoice or a payment valid, in one place. The zod schemas (schema.ts, and through
 * them the JSON Schemas of `hostpolicy/schemas`), the detailed validator (items.ts) and the fast
 * reader of reconcile (engine/fastItems.ts) all ask these, so changing a rule here changes it
 * for every reader; the readers differ only in how they report (zod issues, an issue list with
 * paths, or "take the detailed path"). @internal
 */

/** The fields of an invoice: these six are required, `settled` and `settledBy` optional. */
export const INVOICE_KEYS = ['id', 'customer', 'reference', 'amount', 'issuedAt', 'dueAt', 'settled', 'settledBy'] as const;
export const INVOICE_REQUIRED_KEYS = 6;
/** The fields of a payment: `id`, `amount` and `bookedAt` are required, the rest optional. */
export const PAYMENT_KEYS = ['id', 'reference', 'customer', 'amount', 'bookedAt', 'valueDate', 'debtorName'] as const;
export const PAYMENT_REQUIRED_KEYS = 3;

/** Ids (invoice, payment, customer) are bounded free text (principle 10). */
export const MAX_ID_LENGTH = 200;
export const ID_MESSAGE = `must be a non-empty string of at most ${MAX_ID_LENGTH} characters`;

/** An id: a string of 1 to 200 characters, not only white space. */
export function isId(v: unknown): v is string {
  if (typeof v !== 'string' || v.length === 0 || v.length > MAX_ID_LENGTH) return false;
  // Most ids start with a visible ASCII character: no need to trim (which may copy) to see one.
  const first = v.charCodeAt(0);
  return (first > 32 && first < 127) || v.trim().length > 0;
}

export const DUE_MESSAGE = 'must not be before issuedAt';

/** An invoice is not due before it is issued (milliseconds; false when either is NaN). */
export function isDueInOrder(issuedMs: number, dueMs: number): boolean {
  return dueMs >= issuedMs;
}

export const ABOVE_ZERO_MESSAGE = 'must be above zero';

/** Invoices and payments carry money above zero. */
export function isAboveZero(amount: Decimal): boolean {
  return amount.isPositive() && !amount.isZero();
}
