import * as z from 'zod/mini';
import { hintJson } from '../internal/jsonHint.js';
import { flag, listOf, oneOf, recordOf, text, wholeNumber, strictObject } from '../internal/checks.js';
import { currencySchema, rateJsonUpTo, rateSchema } from '../money/schema.js';
import { ONE } from '../money/decimal.js';
import { positiveAmountSchema } from '../money/amount.js';
import { Rate } from '../money/rate.js';

/** How a product's tier table applies (PRC-02). */
export type TierMode = 'volume' | 'graduated';

/** A billing period of the catalog's prices. */
export type BillingPeriod = 'monthly' | 'annual';

/** A bracket of a tier table: from this quantity on, this reduction applies. */
export interface TierBracketData {
  readonly from: number;
  readonly reduction: string | number;
  /** True when the value is an example, not taken from the sources. */
  readonly illustrative?: boolean;
}

/** One product of the catalog, as plain data. */
export interface ProductData {
  readonly name: string;
  /** Display names by language code (`de`, `fr`, `it`, `en`, `es`). */
  readonly names?: Readonly<Record<string, string>>;
  /** Unit prices excluding VAT: currency → billing period → amount. */
  readonly prices: Readonly<Record<string, Readonly<Partial<Record<BillingPeriod, string | number>>>>>;
  readonly tiers?: { readonly mode: TierMode; readonly brackets: readonly TierBracketData[] };
  /** True when the prices are examples, not taken from the sources. */
  readonly illustrative?: boolean;
}

/** A product catalog as plain data (PRC-01, PRC-02). */
export interface CatalogData {
  readonly products: Readonly<Record<string, ProductData>>;
}

/**
 * The default product catalog (PRC-01, PRC-02): public unit prices per currency and billing
 * period, excluding VAT, and each product's tier table.
 */
export const defaultCatalog: CatalogData = {
  products: {
    'web-hosting': {
      name: 'Web hosting',
      names: { de: 'Webhosting', fr: 'Hébergement Web', it: 'Hosting Web', en: 'Web hosting', es: 'Alojamiento web' },
      // PRC-01: "35 web hostings cost CHF 347.20 (CHF 9.92 each) or EUR 201.25 (EUR 5.75 each)
      // per month, excluding VAT" (partner program FAQ, "Kumulierung").
      prices: { CHF: { monthly: '9.92' }, EUR: { monthly: '5.75' } },
      // PRC-02: the source gives a single point of the graduated table: -25 % for 35 hostings,
      // applied to all units (volume mode). No other bracket is known, so none is invented.
      tiers: { mode: 'volume', brackets: [{ from: 35, reduction: '25%' }] },
    },
    'mail-hosting': {
      name: 'Mail hosting',
      names: { de: 'Mail-Hosting', fr: 'Hébergement Mail', it: 'Hosting Mail', en: 'Mail hosting', es: 'Alojamiento de correo' },
      // PRC-02 (clarified): "Der Rabatt wird auf den gestaffelten Preis der Web/Mail-Hostings
      // angerechnet" — mail hostings have graduated prices too, but the sources give neither their
      // price nor their brackets. ILLUSTRATIVE: the web hosting's structure with example prices;
      // replace them with `definePolicy({ catalog: … })`.
      prices: { CHF: { monthly: '3.00' }, EUR: { monthly: '2.75' } },
      tiers: { mode: 'volume', brackets: [{ from: 35, reduction: '25%', illustrative: true }] },
      illustrative: true,
    },
  },
};


const bracketReduction = z.pipe(rateSchema, z.custom<Rate>((r) => r instanceof Rate && r.fraction.lessThan(1), 'must be below 100%'));
hintJson(bracketReduction, () => ({
  ...rateJsonUpTo(ONE),
  not: { anyOf: [{ const: 1 }, { type: 'string', pattern: '^\\s*0*1(?:\\.0*)?\\s*$|^\\s*0*100(?:\\.0*)?\\s*%\\s*$' }] },
}));

const bracketsSchema = listOf(
  // Reduction first: the minifier then inlines its schema (bytes of the quote bundle, scripts/size.mjs).
  strictObject({
    reduction: bracketReduction,
    from: wholeNumber(1, Number.MAX_SAFE_INTEGER, 'must be a whole quantity of at least 1'),
    illustrative: z.optional(flag),
  }),
  1,
  100,
  'brackets',
).check(
  z.refine((bs) => bs.every((b, i) => i === 0 || b.from > (bs[i - 1]?.from ?? 0)), 'brackets must start at strictly increasing quantities'),
);

/** zod schema of a catalog; the output holds exact amounts and rates. */
export const catalogSchema = strictObject({
  products: recordOf(
    text('product id'),
    strictObject({
      name: text('product name'),
      names: z.optional(recordOf(text('language code', 10), text('product name'))),
      prices: recordOf(currencySchema, strictObject({ monthly: z.optional(positiveAmountSchema), annual: z.optional(positiveAmountSchema) })),
      tiers: z.optional(strictObject({ mode: oneOf(['volume', 'graduated']), brackets: bracketsSchema })),
      illustrative: z.optional(flag),
    }),
  ),
});
