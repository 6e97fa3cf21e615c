import * as z from 'zod/mini';
import { listOf, oneOf, strictObject } from '../internal/checks.js';
import { hintJson, type JsonSchema, type RenderJson } from '../internal/jsonHint.js';
import { AMOUNT_JSON, amountSchema, isAmountInput, toDecimal, type AmountInput } from './amount.js';
import { currencies, isCurrency } from './currencies.js';
import { ONE, isDecimal, type Decimal } from './decimal.js';
import { nonNegativeAmountJson, positiveAmountJson, rateJson } from './json.js';
import { foreignMoneyData, Money } from './money.js';
import { Rate } from './rate.js';
import { FRACTION, foreignRate, PERCENT, RATE_MESSAGE, rateOf } from './rateInput.js';
// The checks without zod (read.ts) word their issues alike.
import { CURRENCY_MESSAGE, FACTOR_MESSAGE } from './read.js';
import { ROUNDING_MODES, type RoundingMode } from './rounding.js';

export { amountSchema };

/** zod schema: an ISO 4217 currency code in upper case. */
export const currencySchema = z.custom<string>((v) => typeof v === 'string' && isCurrency(v), CURRENCY_MESSAGE);
hintJson(currencySchema, () => ({ type: 'string', enum: currencies() }));

/** A money value, or its JSON form `{ amount: '100.00', currency: 'CHF' }`. */
export type MoneyInput = Money | { readonly amount: string | number; readonly currency: string };

/**
 * zod schema: a {@link MoneyInput}, parsed into a {@link Money}. A Money instance is read through
 * its JSON form, so that every malformed value gets field-level messages; so is a Money of
 * another copy of the library, which becomes one of this copy.
 */
export const moneySchema = z.pipe(
  z.transform((v: unknown) => (v instanceof Money ? v.toJSON() : foreignMoneyData(v))),
  z.pipe(
    strictObject({ amount: amountSchema, currency: currencySchema }),
    z.transform(({ amount, currency }) => new Money(amount, currency)),
  ),
);

/**
 * JSON Schema of a money value whose amount is above zero or at least zero (the checks that
 * follow `moneySchema` in a pipe). @internal
 */
export function boundedMoneyJson(render: RenderJson, bound: 'positive' | 'non-negative'): JsonSchema {
  const json = render(moneySchema);
  // Money#isNegative is false for minus zero.
  const amount =
    bound === 'positive'
      ? positiveAmountJson(AMOUNT_JSON.literal, AMOUNT_JSON.max)
      : nonNegativeAmountJson(AMOUNT_JSON.literal, AMOUNT_JSON.max, true);
  return { ...json, properties: { ...(json['properties'] as JsonSchema), amount } };
}

/** What {@link rate} accepts: `'20%'`, `'20 %'`, `0.2`, `'0.2'`, or a {@link Rate}. */
export type RateInput = Rate | string | number;

/** zod schema: a {@link RateInput}, parsed into a {@link Rate} between 0 and 1. */
export const rateSchema = z.transform((v: unknown, ctx): Rate => {
  const parsed = rateOf(v);
  if (parsed !== undefined) return parsed;
  ctx.issues.push({ code: 'custom', message: RATE_MESSAGE, input: v });
  return z.NEVER;
});
hintJson(rateSchema, () => rateJsonUpTo(ONE));

/** JSON Schema of a rate from 0 to `cap` (a fraction), with the rate checks' own patterns. @internal */
export function rateJsonUpTo(cap: Decimal): JsonSchema {
  return rateJson(PERCENT, FRACTION, cap);
}

/** zod schema: a {@link RoundingMode}. */
export const roundingModeSchema = oneOf<RoundingMode>(ROUNDING_MODES, 'rounding mode');

/** zod schema: a multiplication factor (finite number, decimal string, Decimal, or Rate). */
export const factorSchema = z.pipe(
  z.custom<Rate | AmountInput>((v) => v instanceof Rate || isAmountInput(v) || foreignRate(v) !== undefined, FACTOR_MESSAGE),
  z.transform((v): Decimal => (v instanceof Rate ? v.fraction : isAmountInput(v) ? toDecimal(v) : (foreignRate(v) as Rate).fraction)),
);

/** zod schema: allocation ratios — at least one, none negative, not all zero. */
export const ratiosSchema = listOf(amountSchema, 1, 10_000, 'ratios').check(
  z.refine((rs) => rs.every((r) => !r.isNegative()), 'ratios must not be negative'),
  z.refine((rs) => rs.some((r) => !r.isZero()), 'at least one ratio must be above zero'),
);

export { isDecimal };
