import * as z from 'zod/mini';
import { hintJson } from '../internal/jsonHint.js';
import { Dec, isDecimal, type Decimal } from './decimal.js';
import { amountJson, positiveAmountJson } from './json.js';

/**
 * The largest magnitude of an amount given as a JavaScript number: below one quadrillion, where
 * every number with 15 significant digits is still exact. Larger amounts are written as strings.
 */
export const MAX_AMOUNT = 1e15;

/**
 * The digits a {@link Money} holds: at most 30 integer digits and 400 fraction digits. Every value
 * the library produces stays within them (arithmetic that would leave them raises
 * `AMOUNT_OUT_OF_RANGE`), and every value within them reads back from its decimal string, so
 * whatever the library writes (a ledger's balances, a total, an unrounded quote step) reads back
 * to an equal value. 400 fraction digits: every finite JavaScript number below 10^15 fits
 * (5e-324 has 340), and a quotient's 60 significant digits (see `decimal.ts`) sit a few places
 * after the point.
 */
export const MONEY_DIGITS = { integer: 30, fraction: 400 } as const;

/** A plain decimal literal within {@link MONEY_DIGITS}, no exponent (one optional dot: nothing to backtrack). */
const DECIMAL_LITERAL = /^[+-]?\d{1,30}(\.\d{1,400})?$/;

/** The longest amount string read (digits, sign, point and white space around them); checked before the pattern. */
const MAX_AMOUNT_TEXT = 500;

/** What callers may pass as an amount: a decimal string, a finite number, or a decimal.js value. */
export type AmountInput = string | number | Decimal;

const amountMessage = `must be a decimal number like '208.32' with at most 30 integer and 400 fraction digits (as a number: below 10^15)`;

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
