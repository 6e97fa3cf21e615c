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
export const PAYMENT_KEYS = [
  'id',
  'reference',
  'customer',
  'amount',
  'bookedAt',
  'valueDate',
  'debtorName',
  'referenceType',
  'message',
  'debtorIban',
  'charges',
] as const;
export const PAYMENT_REQUIRED_KEYS = 3;
/** The fields of a reversal: a payment's, and `reverses`, `direction` and `path` (all optional). */
export const REVERSAL_KEYS = [...PAYMENT_KEYS, 'reverses', 'direction', 'path'] as const;

/** A payment's remittance text is bounded free text (principle 10): ISO 20022 carries 140 characters per line. */
export const MAX_MESSAGE_LENGTH = 500;
export const MESSAGE_MESSAGE = `must be a string of at most ${MAX_MESSAGE_LENGTH} characters`;

/** A remittance text: a string of at most 500 characters. */
export function isMessage(v: unknown): v is string {
  return typeof v === 'string' && v.length <= MAX_MESSAGE_LENGTH;
}

/**
 * A debtor's name is bounded as in the bank files it comes from (ISO 20022 Max140Text, what the
 * camt reader keeps): a name of megabytes would otherwise travel into every result and record.
 */
export const MAX_NAME_LENGTH = 140;
export const NAME_MESSAGE = `must be a string of at most ${MAX_NAME_LENGTH} characters`;

/** A debtor's name: a string of at most 140 characters. */
export function isName(v: unknown): v is string {
  return typeof v === 'string' && v.length <= MAX_NAME_LENGTH;
}

/** A reversal's `path` (where it is in the bank file): bounded free text. */
export const MAX_PATH_LENGTH = 1000;
export const PATH_MESSAGE = `must be a string of at most ${MAX_PATH_LENGTH} characters`;

/** A path: a string of at most 1,000 characters. */
export function isPath(v: unknown): v is string {
  return typeof v === 'string' && v.length <= MAX_PATH_LENGTH;
}

export const IBAN_MESSAGE = 'must be a compact IBAN: two capital letters, two digits, then capital letters or digits, 5 to 34 in all';

/**
 * A compact IBAN as a bank file gives it: two capital letters (the country), two digits (the check
 * digits), 1 to 30 capital letters or digits. The check digits are not verified: the bank that
 * reports the debtor's account has.
 */
export function isCompactIban(v: unknown): v is string {
  if (typeof v !== 'string' || v.length < 5 || v.length > 34) return false;
  for (let i = 0; i < v.length; i += 1) {
    const c = v.charCodeAt(i);
    const letter = c >= 65 && c <= 90;
    const digit = c >= 48 && c <= 57;
    if (i < 2 ? !letter : i < 4 ? !digit : !letter && !digit) return false;
  }
  return true;
}

export const REFERENCE_TYPE_MESSAGE =
  "must be 'QRR' with a QR reference or 'SCOR' with a creditor reference (RF…), and needs the reference";

/**
 * A reference type fits a compact reference: `QRR` a QR reference (digits), `SCOR` a creditor
 * reference (`RF…`); there is no type without a reference. `reference`: the compact form.
 */
export function isReferenceTypeOf(type: unknown, reference: string | undefined): boolean {
  if (reference === undefined) return false;
  const creditor = reference.charCodeAt(0) === 82; /* R: compact creditor references start with RF, QR references are digits */
  return type === 'SCOR' ? creditor : type === 'QRR' && !creditor;
}

export const CHARGES_MESSAGE = 'must not be negative, and in the currency of the amount';

export const DIRECTION_MESSAGE = "must be 'debit' (the return of a payment received) or 'credit' (the return of a debit)";

/** A reversal's direction, when given. */
export function isDirection(v: unknown): v is 'debit' | 'credit' {
  return v === 'debit' || v === 'credit';
}

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

/**
 * Money in a bank flow is a whole number of its currency's minor units (MON-01: every amount has
 * an ISO 4217 currency with its minor unit): a bank cannot move CHF 0.001, the camt reader refuses
 * finer amounts (`BAD_AMOUNT`), and `toMinorUnits` and the QR-bill refuse them. Billing refuses
 * them too, on invoices, payments, reversals, charges and what enters the prepaid ledger, so that
 * no fraction of a centime is credited, stranded on a balance or paid out. Trailing zeros do not
 * count (`10.500` CHF is 10.50), as in `toMinorUnits`. (`incentiveFor` asks the same of its prices.)
 */
export { isInMinorUnits, minorUnitsMessage } from '../money/wholeUnits.js';
