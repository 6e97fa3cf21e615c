import * as z from 'zod/mini';
import { hintJson } from '../internal/jsonHint.js';
import { isDecimal, type Decimal } from './decimal.js';
import { AMOUNT_MESSAGE, DECIMAL_LITERAL, isAmountInput, MAX_AMOUNT, toDecimal, type AmountInput } from './amountInput.js';
import { POSITIVE_MESSAGE } from './forms.js';
import { amountJson, positiveAmountJson } from './json.js';

// The amount checks without zod live in amountInput.ts; re-exported for the modules that read them here.
export { isAmountInput, isMoneySized, MAX_AMOUNT, MONEY_DIGITS, toDecimal, type AmountInput } from './amountInput.js';

/**
 * zod schema: an amount input, parsed into an exact {@link Decimal}. One check with one message
 * rather than a union, so that a wrong value is reported in words, not as "Invalid input".
 */
export const amountSchema = z.pipe(
  z.custom<AmountInput>(isAmountInput, AMOUNT_MESSAGE),
  z.transform((v): Decimal => toDecimal(typeof v === 'string' ? v.trim() : v)),
);
hintJson(amountSchema, () => amountJson(DECIMAL_LITERAL, MAX_AMOUNT));

/** zod schema: an amount above zero (prices, rounding steps). */
export const positiveAmountSchema = z.pipe(
  amountSchema,
  z.custom<Decimal>((d) => isDecimal(d) && d.isPositive() && !d.isZero(), POSITIVE_MESSAGE),
);
hintJson(positiveAmountSchema, () => positiveAmountJson(DECIMAL_LITERAL, MAX_AMOUNT));

/** The amount pattern and limit, for JSON Schema fragments of other amount checks. @internal */
export const AMOUNT_JSON = { literal: DECIMAL_LITERAL, max: MAX_AMOUNT } as const;
