import { minorUnits } from './currencies.js';
import type { Decimal } from './decimal.js';

/**
 * Whether an amount is a whole number of its currency's minor units (trailing zeros do not count:
 * `10.500` CHF is 10.50, as in `toMinorUnits`). Money that is booked, invoiced or moved by a bank
 * is: billing refuses finer amounts (billing/itemRules.ts says where), and so does `incentiveFor`
 * for the prices its cashback is the difference of. @internal
 */
export function isInMinorUnits(amount: Decimal, currency: string): boolean {
  return amount.decimalPlaces() <= (minorUnits(currency) ?? 0);
}

/** The issue of an amount finer than its currency's minor unit: `must be in whole minor units of CHF (at most 2 decimals)`. @internal */
export function minorUnitsMessage(currency: string): string {
  const places = minorUnits(currency) ?? 0;
  return `must be in whole minor units of ${currency} (at most ${places} decimal${places === 1 ? '' : 's'})`;
}
