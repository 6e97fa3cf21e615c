/**
 * Exact money (MON-01..04): {@link money}, {@link Money}, {@link rate}, {@link Rate},
 * rounding modes, allocation, whole minor units (`toMinorUnits`) and formatting for people.
 *
 * @module money
 */
export { isMoney, Money, type MoneyJSON, type Factor } from './money.js';
export { isRate, Rate } from './rate.js';
export { fromMinorUnits, toMinorUnits, type MinorUnitsInput, type ToMinorUnitsOptions } from './minorUnits.js';
export { money, parseMoney, rate } from './factories.js';
export { formatMoney, formatRate, type SiteLocale } from './format.js';
export { currencies, isCurrency, minorUnits } from './currencies.js';
export { ROUNDING_MODES, type RoundingMode } from './rounding.js';
export type { AmountInput } from './amount.js';
export {
  amountSchema,
  currencySchema,
  moneySchema,
  rateSchema,
  roundingModeSchema,
  type MoneyInput,
  type RateInput,
} from './schema.js';
