import * as z from 'zod/mini';
import { hintJson } from '../internal/jsonHint.js';
import { flag, listOf, oneOf, text, wholeNumber, strictObject } from '../internal/checks.js';
import { countryCodeSchema } from '../policy/pricingSchema.js';
import { currencySchema, rateSchema } from '../money/schema.js';
import type { CatalogData } from '../policy/catalog.js';
import { catalogSchema } from '../policy/catalogSchema.js';
import type { Catalog } from './catalog.js';
// The largest quantity is defined with the reader of quote requests, which the quote bundle carries.
import { MAX_QUANTITY, VAT_BOTH_MESSAGE } from './read.js';

export { MAX_QUANTITY };

const quantitySchema = wholeNumber(1, MAX_QUANTITY, `must be a whole number of units from 1 to ${MAX_QUANTITY}`);

const lineSchema = strictObject({
  quantity: quantitySchema,
  product: text('product id from the catalog'),
});

const vatSchema = strictObject({
  rate: z.optional(rateSchema),
  country: z.optional(countryCodeSchema),
});

const vatOptionSchema = z.pipe(
  z.custom<false | object>((v) => v === false || (typeof v === 'object' && v !== null), 'must be false or { rate } or { country }'),
  z.transform((v, ctx) => {
    if (v === false) return v;
    const parsed = vatSchema.safeParse(v);
    if (parsed.success && parsed.data.rate !== undefined && parsed.data.country !== undefined) {
      ctx.issues.push({ code: 'custom', message: VAT_BOTH_MESSAGE, input: v });
      return z.NEVER;
    }
    if (parsed.success) return parsed.data;
    // Reported under the request's own path (vat.rate), like every other field.
    for (const issue of parsed.error.issues) ctx.issues.push({ ...issue, input: v } as z.core.$ZodRawIssue);
    return z.NEVER;
  }),
);
hintJson(vatOptionSchema, (render) => ({
  anyOf: [{ const: false }, { ...render(vatSchema), not: { required: ['rate', 'country'] } }],
}));

// Checked in full by defineCatalog() when the quote is made.
const catalogOptionSchema = z.custom<CatalogData | Catalog>((v) => typeof v === 'object' && v !== null, 'must be a catalog');
hintJson(catalogOptionSchema, (render) => render(catalogSchema));

/** zod schema of a {@link QuoteRequest}. */
export const quoteRequestSchema = strictObject({
  currency: currencySchema,
  lines: listOf(lineSchema, 1, 1000, 'lines'),
  partnerDiscount: z.optional(rateSchema),
  period: z.optional(oneOf(['monthly', 'annual'])),
  vat: z.optional(vatOptionSchema),
  cashRounding: z.optional(flag),
  catalog: z.optional(catalogOptionSchema),
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
   * from the policy's rate table, not both (`INVALID_INPUT` at `vat`). By default VAT follows the customer: the Swiss rate (8.1 %) on a
   * quote in CHF (the policy's `vat.defaultCountryCurrencies`), none on a quote in EUR, which is
   * net ("Details der Berechnung in Euro (netto)").
   */
  readonly vat?: false | { readonly rate?: string | number; readonly country?: string };
  /** Round the payable amount to the currency's cash step (CHF 0.05) as a last, separate step. */
  readonly cashRounding?: boolean;
  /** The product catalog; `defaultPolicy.catalog` by default. */
  readonly catalog?: CatalogData | Catalog;
}
