/**
 * Pricing (PRC-01..07): the product catalog, volume and graduated tiers, the partner discount
 * stacked before the tier reduction, VAT, cash rounding, and quotes formatted for people.
 *
 * @module pricing
 */
export { quote, type PricingPolicyParts } from './quote.js';
export { quoteRequestSchema, type QuoteRequest } from './schema.js';
export { MAX_QUANTITY } from './read.js';
export { isQuote, type Jsonify, type Quote, type QuoteJSON, type QuoteLine, type Step } from './quoteTypes.js';
export { defineCatalog, type Catalog, type Product, type TierBracket } from './catalog.js';
export { describeQuote, formatQuote, type QuoteRow } from './formatQuote.js';
export { quoteLabels, type QuoteLabels } from './labels.js';
