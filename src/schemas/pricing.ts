import type { JsonSchema } from '../internal/jsonHint.js';
import { rateJsonUpTo } from '../money/schema.js';
import { catalogSchema, defaultCatalog, defaultPricingPolicy, type BillingPeriod } from '../policy/index.js';
import { compilePricingPolicy } from '../pricing/pricingPolicy.js';
import { quoteRequestSchema } from '../pricing/schema.js';
import { inputEntries } from './entry.js';

const PERIODS: readonly BillingPeriod[] = ['monthly', 'annual'];

/**
 * The quote limits that come from the policy (defaultPolicy): the partner discount cap (PRC-04),
 * the default catalog's products and their prices per currency and period, the VAT countries and
 * the cash rounding currencies.
 */
function quoteWithPolicy(json: JsonSchema): JsonSchema {
  const properties = json['properties'] as Record<string, JsonSchema>;
  const priced = PERIODS.flatMap((period) => {
    const byCurrency = new Map<string, string[]>();
    for (const [id, product] of Object.entries(defaultCatalog.products)) {
      for (const [currency, prices] of Object.entries(product.prices)) {
        if (prices[period] !== undefined) byCurrency.set(currency, [...(byCurrency.get(currency) ?? []), id]);
      }
    }
    const periodIs =
      period === 'monthly'
        ? { anyOf: [{ not: { required: ['period'] } }, { properties: { period: { const: period } } }] }
        : { properties: { period: { const: period } }, required: ['period'] };
    return [...byCurrency].map(([currency, products]) => ({
      allOf: [
        periodIs,
        { properties: { currency: { const: currency }, lines: { items: { properties: { product: { enum: products } } } } } },
      ],
    }));
  });
  const vat = properties['vat'] as JsonSchema;
  const countries = Object.keys(defaultPricingPolicy.vat.rates);
  return {
    ...json,
    properties: {
      ...properties,
      partnerDiscount: {
        ...rateJsonUpTo(compilePricingPolicy(defaultPricingPolicy).partnerDiscountCap.fraction),
        description: `At most ${defaultPricingPolicy.partnerDiscountCap} (PRC-04, the default policy's cap).`,
      },
      vat: {
        ...vat,
        if: { type: 'object', not: { required: ['rate'] } },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a thenable
        then: { properties: { country: { enum: countries } } },
      },
    },
    allOf: [
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a thenable
      { if: { not: { required: ['catalog'] } }, then: { anyOf: priced } },
      {
        if: { properties: { cashRounding: { const: true } }, required: ['cashRounding'] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a thenable
        then: { properties: { currency: { enum: Object.keys(defaultPricingPolicy.cashRoundingSteps) } } },
      },
    ],
  };
}

/** Pricing (PRC-01..07). */
export const pricingInputs = inputEntries({
  QuoteInput: {
    schema: quoteRequestSchema,
    title: 'Quote request',
    description:
      'A quote request: currency, lines of { product, quantity }, an optional partner discount, billing period, VAT ({ rate } or { ' +
      'country }, or false) and cash rounding, and optionally a catalog. Limits from the default policy: the partner discount cap ' +
      "(35 %), the default catalog's products and prices, the VAT countries, the cash rounding currencies.",
    usedBy: ['quote(req)'],
    notChecked: [
      'with a catalog in the request: that each product is in it and has a price in the currency and period',
      'a policy other than defaultPolicy (its cap, catalog and VAT table)',
    ],
    complete: quoteWithPolicy,
  },
  CatalogInput: {
    schema: catalogSchema,
    title: 'Product catalog',
    description:
      'A product catalog as plain data: products by id, each with a name, display names, unit prices per currency and period, and a ' +
      'tier table.',
    usedBy: ['defineCatalog(data)', 'quote(req): req.catalog'],
    notChecked: ['that tier brackets start at strictly increasing quantities'],
  },
});
