import * as z from 'zod/mini';
import { amountSchema, currencySchema, rateSchema } from '../money/schema.js';
import { isDecimal, type Decimal } from '../money/decimal.js';
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
  },
};

const positiveAmount = z.pipe(amountSchema, z.custom<Decimal>((d) => isDecimal(d) && d.isPositive() && !d.isZero(), 'must be above zero'));

const bracketsSchema = z
  .array(
    z.object({
      from: z.int().check(z.gte(1)),
      reduction: z.pipe(rateSchema, z.custom<Rate>((r) => r instanceof Rate && r.fraction.lessThan(1), 'must be below 100%')),
      illustrative: z.optional(z.boolean()),
    }),
  )
  .check(
    z.minLength(1),
    z.refine((bs) => bs.every((b, i) => i === 0 || b.from > (bs[i - 1]?.from ?? 0)), 'brackets must start at strictly increasing quantities'),
  );

/** zod schema of a catalog; the output holds exact amounts and rates. */
export const catalogSchema = z.object({
  products: z.record(
    z.string().check(z.minLength(1)),
    z.object({
      name: z.string().check(z.minLength(1)),
      names: z.optional(z.record(z.string(), z.string())),
      prices: z.record(currencySchema, z.object({ monthly: z.optional(positiveAmount), annual: z.optional(positiveAmount) })),
      tiers: z.optional(z.object({ mode: z.enum(['volume', 'graduated']), brackets: bracketsSchema })),
    }),
  ),
});
