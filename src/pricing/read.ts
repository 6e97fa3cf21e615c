import type { InputIssue } from '../errors.js';
import {
  custom,
  flag,
  listOf,
  matching,
  oneOf,
  optional,
  pipe,
  recordOf,
  strictObject,
  text,
  wholeNumber,
  type Reader,
} from '../internal/readers.js';
import { AMOUNT_MESSAGE, isAmountInput, toDecimal } from '../money/amountInput.js';
import { isCurrency } from '../money/currencies.js';
import type { Decimal } from '../money/decimal.js';
import { POSITIVE_MESSAGE } from '../money/forms.js';
import type { Rate } from '../money/rate.js';
import { RATE_MESSAGE, rateOf } from '../money/rateInput.js';
import { CURRENCY_MESSAGE } from '../money/read.js';
import { CATALOG_MESSAGES, type BillingPeriod, type TierMode } from '../policy/catalog.js';
import { COUNTRY_CODE, COUNTRY_CODE_MESSAGE, DEFAULT_COUNTRY_MESSAGE } from '../policy/pricing.js';

/*
 * The quote path's boundary checks without zod: the quote request, the catalog and the pricing
 * policy, read as quoteRequestSchema (schema.ts), catalogSchema and pricingPolicySchema read them
 * (same issues, same outputs). zod is a third of the partner quote bundle, whose budget is 23 kB
 * (docs/packaging.md); the zod schemas stay for hostpolicy/schemas, definePolicy and the schemas
 * that embed these. test/pricing/read.property.test.ts holds each reader to its schema.
 */

/** The largest quantity a quote line accepts. */
export const MAX_QUANTITY = 1_000_000;

const currency = custom<string>((v) => typeof v === 'string' && isCurrency(v), CURRENCY_MESSAGE);

/** A rate (rateSchema): its text forms, a number, or a Rate. */
const rate: Reader<Rate> = (v, issues, path) => {
  const parsed = rateOf(v);
  if (parsed === undefined) issues.push({ path, message: RATE_MESSAGE, code: 'custom' });
  return parsed as Rate;
};

/** An amount (amountSchema), as an exact decimal. */
const amount: Reader<Decimal> = (v, issues, path) => {
  if (isAmountInput(v)) return toDecimal(typeof v === 'string' ? v.trim() : v);
  issues.push({ path, message: AMOUNT_MESSAGE, code: 'custom' });
  return undefined as unknown as Decimal;
};

/** An amount above zero (positiveAmountSchema). */
const positiveAmount = pipe(amount, (d, issues, path) => {
  if (!(d.isPositive() && !d.isZero())) issues.push({ path, message: POSITIVE_MESSAGE, code: 'custom' });
  return d;
});

const country = matching(COUNTRY_CODE, COUNTRY_CODE_MESSAGE);
const isCountry = (k: string): boolean => COUNTRY_CODE.test(k);

const line = strictObject({
  quantity: wholeNumber(1, MAX_QUANTITY, `must be a whole number of units from 1 to ${MAX_QUANTITY}`),
  product: text('product id from the catalog'),
});

/** `vat` with both a rate and a country: one of them would be ignored without a word (PRC-06). */
export const VAT_BOTH_MESSAGE = 'must be { rate } or { country }, not both';

// Checked once the object itself is valid, as quoteRequestSchema's transform does.
const vat = pipe(strictObject({ rate: optional(rate), country: optional(country) }), (v, issues, path) => {
  if (v.rate !== undefined && v.country !== undefined) issues.push({ path, message: VAT_BOTH_MESSAGE, code: 'custom' });
  return v;
});

/** `false`, or `{ rate }` / `{ country }` (quoteRequestSchema's `vat`). */
const vatOption = pipe(
  custom<false | object>((v) => v === false || (typeof v === 'object' && v !== null), 'must be false or { rate } or { country }'),
  (v, issues, path) => (v === false ? (false as const) : vat(v, issues, path)),
);

/** A quote request, read as `quoteRequestSchema` reads it. @internal */
export const readQuoteRequest = strictObject({
  currency,
  lines: listOf(line, 1, 1000, 'lines'),
  partnerDiscount: optional(rate),
  period: optional(oneOf<BillingPeriod>(['monthly', 'annual'])),
  vat: optional(vatOption),
  cashRounding: optional(flag),
  // Checked in full by defineCatalog() when the quote is made.
  catalog: optional(custom<object>((v) => typeof v === 'object' && v !== null, 'must be a catalog')),
});

/** A pricing policy, read as `pricingPolicySchema` reads it. @internal */
export const readPricingPolicy = strictObject({
  partnerDiscountCap: rate,
  vat: strictObject(
    {
      defaultCountry: country,
      defaultCountryCurrencies: optional(listOf(currency, 0, 50, 'currencies')),
      rates: recordOf(isCountry, rate),
    },
    [[(v) => (v.defaultCountry as string) in v.rates, DEFAULT_COUNTRY_MESSAGE]],
  ),
  cashRoundingSteps: recordOf((k) => isCurrency(k), amount),
});

/** A bracket's reduction: a rate below 100 %. */
const bracketReduction = pipe(rate, (r, issues: InputIssue[], path) => {
  if (!r.fraction.lessThan(1)) issues.push({ path, message: CATALOG_MESSAGES.belowFull, code: 'custom' });
  return r;
});

const brackets = listOf(
  strictObject({
    reduction: bracketReduction,
    from: wholeNumber(1, Number.MAX_SAFE_INTEGER, CATALOG_MESSAGES.from),
    illustrative: optional(flag),
  }),
  1,
  100,
  'brackets',
  [[(bs) => bs.every((b, i) => i === 0 || b.from > (bs[i - 1]?.from ?? 0)), CATALOG_MESSAGES.increasing]],
);

const productName = text('product name');
/** A key that `text(what, max)` accepts (a key is a string already). */
const isText =
  (max: number) =>
  (k: string): boolean =>
    k.trim().length > 0 && k.length <= max;

/** A catalog, read as `catalogSchema` reads it. @internal */
export const readCatalog = strictObject({
  products: recordOf(
    isText(200),
    strictObject({
      name: productName,
      names: optional(recordOf(isText(10), productName)),
      prices: recordOf((k) => isCurrency(k), strictObject({ monthly: optional(positiveAmount), annual: optional(positiveAmount) })),
      tiers: optional(strictObject({ mode: oneOf<TierMode>(['volume', 'graduated']), brackets })),
      illustrative: optional(flag),
    }),
  ),
});
