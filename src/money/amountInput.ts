import { Dec, isDecimal, type Decimal } from './decimal.js';
import { DECIMAL_LITERAL, MAX_AMOUNT, MAX_AMOUNT_TEXT, MONEY_DIGITS } from './forms.js';

export { AMOUNT_MESSAGE, DECIMAL_LITERAL, MAX_AMOUNT, MAX_AMOUNT_TEXT, MONEY_DIGITS } from './forms.js';

/*
 * What an amount input is, without zod: money's own checks (read.ts) and the zod schemas in
 * amount.ts both read amounts with these, so that `money()` ships no zod (docs/packaging.md).
 */

/** What callers may pass as an amount: a decimal string, a finite number, or a decimal.js value. */
export type AmountInput = string | number | Decimal;

/** Tells whether a decimal is within {@link MONEY_DIGITS} (false for NaN and infinities, whose exponent is NaN). */
export function isMoneySized(d: Decimal): boolean {
  return d.e < MONEY_DIGITS.integer && d.decimalPlaces() <= MONEY_DIGITS.fraction;
}

/** Tells whether a value is an acceptable amount input. */
export function isAmountInput(v: unknown): v is AmountInput {
  // The length cap first: the pattern's work stays bounded whatever the string.
  if (typeof v === 'string') return v.length <= MAX_AMOUNT_TEXT && DECIMAL_LITERAL.test(v.trim());
  if (typeof v === 'number') return Number.isFinite(v) && Math.abs(v) < MAX_AMOUNT;
  return isDecimal(v) && v.isFinite() && isMoneySized(v);
}

/** Converts an already-validated amount input to the library's Decimal. */
export function toDecimal(value: AmountInput): Decimal {
  // Numbers go through their shortest string form, so 0.1 becomes exactly 0.1 (MON-01).
  return new Dec(typeof value === 'number' ? String(value) : value);
}
