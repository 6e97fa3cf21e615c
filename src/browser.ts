/**
 * The partner quote bundle: exact money and price quotes for partners' web pages, with nothing
 * else (no reconciliation, no partner authorization). Built as `dist/browser/hostpolicy.quote.global.js`
 * (global `HostPolicy`) and `dist/browser/hostpolicy.quote.mjs`.
 *
 * @module browser
 */
// From the modules, not the contexts' index files: an index brings its zod schemas into the chunks
// of this entry, and so into a page that bundles `hostpolicy/quote` (docs/packaging.md).
export { HostPolicyError, InvalidInputError, isHostPolicyError } from './errors.js';
export { money, parseMoney, rate } from './money/factories.js';
export { formatMoney, formatRate } from './money/format.js';
export { Money } from './money/money.js';
export { Rate } from './money/rate.js';
export { currencies, isCurrency, minorUnits } from './money/currencies.js';
export { quote } from './pricing/quote.js';
export { describeQuote } from './pricing/formatQuote.js';
export { defineCatalog } from './pricing/catalog.js';
export { quoteLabels } from './pricing/labels.js';
export { MAX_QUANTITY } from './pricing/read.js';
export { defaultCatalog } from './policy/catalog.js';
export { defaultPricingPolicy } from './policy/pricing.js';
