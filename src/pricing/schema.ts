import * as z from 'zod/mini';
import { currencySchema, rateSchema } from '../money/schema.js';
import type { CatalogData } from '../policy/catalog.js';
import type { Catalog } from './catalog.js';

/** The largest quantity a quote line accepts. */
export const MAX_QUANTITY = 1_000_000;

const quantitySchema = z
  .number({ error: 'must be a whole number of units, at least 1' })
  .check(
    z.refine((n) => Number.isInteger(n), 'must be a whole number of units, at least 1'),
    z.refine((n) => n >= 1, 'must be at least 1'),
    z.refine((n) => n <= MAX_QUANTITY, `must be at most ${MAX_QUANTITY}`),
  );

const lineSchema = z.object({
  product: z.string({ error: 'must be a product id from the catalog' }).check(z.minLength(1, 'must be a product id from the catalog')),
  quantity: quantitySchema,
});

/** zod schema of a {@link QuoteRequest}. */
export const quoteRequestSchema = z.object({
  currency: currencySchema,
  lines: z.array(lineSchema).check(z.minLength(1, 'needs at least one line'), z.maxLength(1000, 'has more than 1000 lines')),
  partnerDiscount: z.optional(rateSchema),
  period: z.optional(z.enum(['monthly', 'annual'])),
  vat: z.optional(
    z.union([
      z.literal(false),
      z.object({ rate: z.optional(rateSchema), country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, 'must be a two-letter country code'))) }),
    ]),
  ),
  cashRounding: z.optional(z.boolean()),
  catalog: z.optional(z.custom<CatalogData | Catalog>((v) => typeof v === 'object' && v !== null, 'must be a catalog')),
});

/**
 * What {@link quote} takes: JSON-friendly values (rates as `'20%'` or `0.2`).
 */
export interface QuoteRequest {
  /** ISO 4217 code of the prices to quote, e.g. `'CHF'`. */
  readonly currency: string;
  /** Products and quantities (whole units, 1 to 1,000,000). */
  readonly lines: readonly { readonly product: string; readonly quantity: number }[];
  /** The reseller's partner discount, at most 35 % (PRC-04). Applied first (PRC-03). */
  readonly partnerDiscount?: string | number;
  /** Billing period of the catalog prices; monthly by default. */
  readonly period?: 'monthly' | 'annual';
  /**
   * VAT on the net total (PRC-06): `false` to quote excluding VAT only; a `rate` or a `country`
   * from the policy's rate table; by default the Swiss rate.
   */
  readonly vat?: false | { readonly rate?: string | number; readonly country?: string };
  /** Round the payable amount to the currency's cash step (CHF 0.05) as a last, separate step. */
  readonly cashRounding?: boolean;
  /** The product catalog; `defaultPolicy.catalog` by default. */
  readonly catalog?: CatalogData | Catalog;
}
