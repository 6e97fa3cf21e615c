import * as z from 'zod/mini';
import { hintJson } from '../internal/jsonHint.js';
import { Dec, isDecimal, type Decimal } from './decimal.js';
import { amountJson, positiveAmountJson } from './json.js';

/** The largest amount magnitude accepted as input: below one quadrillion. */
export const MAX_AMOUNT = 1e15;

/** A plain decimal literal: at most 15 integer digits and 12 fraction digits, no exponent. */
const DECIMAL_LITERAL = /^[+-]?\d{1,15}(\.\d{1,12})?$/;

/** What callers may pass as an amount: a decimal string, a finite number, or a decimal.js value. */
export type AmountInput = string | number | Decimal;

const amountMessage = `must be a decimal number like '208.32' with at most 15 integer and 12 fraction digits`;

/** Tells whether a value is an acceptable amount input. */
export function isAmountInput(v: unknown): v is AmountInput {
  if (typeof v === 'string') return DECIMAL_LITERAL.test(v.trim());
  if (typeof v === 'number') return Number.isFinite(v) && Math.abs(v) < MAX_AMOUNT;
  return isDecimal(v) && v.isFinite() && v.abs().lessThan(MAX_AMOUNT);
}

/**
 * zod schema: an amount input, parsed into an exact {@link Decimal}. One check with one message
 * rather than a union, so that a wrong value is reported in words, not as "Invalid input".
 */
export const amountSchema = z.pipe(
  z.custom<AmountInput>(isAmountInput, amountMessage),
  z.transform((v): Decimal => toDecimal(typeof v === 'string' ? v.trim() : v)),
);
hintJson(amountSchema, () => amountJson(DECIMAL_LITERAL, MAX_AMOUNT));

/** zod schema: an amount above zero (prices, rounding steps). */
export const positiveAmountSchema = z.pipe(
  amountSchema,
  z.custom<Decimal>((d) => isDecimal(d) && d.isPositive() && !d.isZero(), 'must be above zero'),
);
hintJson(positiveAmountSchema, () => positiveAmountJson(DECIMAL_LITERAL, MAX_AMOUNT));

/** The amount pattern and limit, for JSON Schema fragments of other amount checks. @internal */
export const AMOUNT_JSON = { literal: DECIMAL_LITERAL, max: MAX_AMOUNT } as const;

/** Converts an already-validated amount input to the library's Decimal. */
export function toDecimal(value: AmountInput): Decimal {
  // Numbers go through their shortest string form, so 0.1 becomes exactly 0.1 (MON-01).
  return new Dec(typeof value === 'number' ? String(value) : value);
}
