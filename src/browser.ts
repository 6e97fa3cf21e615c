/**
 * The partner quote bundle: exact money and price quotes for partners' web pages, with nothing
 * else (no reconciliation, no partner authorization). Built as `dist/browser/hostpolicy.quote.global.js`
 * (global `HostPolicy`) and `dist/browser/hostpolicy.quote.mjs`.
 *
 * @module browser
 */
export { HostPolicyError, InvalidInputError, isHostPolicyError } from './errors.js';
export { money, parseMoney, rate, formatMoney, formatRate, Money, Rate, currencies, isCurrency, minorUnits } from './money/index.js';
export { quote, describeQuote, defineCatalog, quoteLabels, MAX_QUANTITY } from './pricing/index.js';
export { defaultCatalog } from './policy/catalog.js';
export { defaultPricingPolicy } from './policy/pricing.js';
