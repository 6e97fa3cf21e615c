// Named import: a default import breaks the declarations under nodenext (see decimal.ts).
import { Decimal } from 'decimal.js';
import { Dec } from './decimal.js';
import { exactTimes, Wide } from './exact.js';

/**
 * How an amount is rounded (MON-03).
 * - `half-up`: halves away from zero (2.345 → 2.35, −2.345 → −2.35), the commercial default;
 * - `half-even`: halves to the even neighbour (2.345 → 2.34, 2.355 → 2.36), banker's rounding;
 * - `up` / `down`: away from / towards zero; `ceil` / `floor`: towards +∞ / −∞.
 */
export type RoundingMode = 'half-up' | 'half-even' | 'up' | 'down' | 'ceil' | 'floor';

/** Every rounding mode, for validation and generators. */
export const ROUNDING_MODES: readonly RoundingMode[] = ['half-up', 'half-even', 'up', 'down', 'ceil', 'floor'];

const DECIMAL_MODE: Record<RoundingMode, Decimal.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/** Tells whether a value is one of the {@link ROUNDING_MODES}. */
export function isRoundingMode(value: unknown): value is RoundingMode {
  return typeof value === 'string' && Object.hasOwn(DECIMAL_MODE, value);
}

/**
 * Rounds `value` to a multiple of `step` (e.g. 0.01, or 0.05 for Swiss cash rounding). The quotient
 * `value / step` is rounded once, to a whole number, and that rounding must see the right side of
 * every half (MON-03): a quotient that does not terminate has a denominator below 10^(step.e +
 * max(decimals) + 1), so it lies that far from any half or whole, and a precision of
 * `value.e + max(decimals) + 3` digits cannot round it across one. Amounts in cents and steps of
 * 0.05 stay within Dec's 60 digits; an amount of 400 decimals is rounded in Wide.
 */
export function roundToStep(value: Decimal, step: Decimal, mode: RoundingMode): Decimal {
  const digits = value.e + Math.max(value.decimalPlaces(), step.decimalPlaces()) + 3;
  // The whole multiple can be far from the value (CHF 0.60 up to a step of 300.(58 zeros)4): exactTimes.
  if (digits <= Dec.precision) return exactTimes(value.dividedBy(step).toDecimalPlaces(0, DECIMAL_MODE[mode]), step);
  return new Dec(new Wide(value).dividedBy(step).toDecimalPlaces(0, DECIMAL_MODE[mode]).times(step));
}

/** Rounds `value` to `places` decimal places. */
export function roundToPlaces(value: Decimal, places: number, mode: RoundingMode): Decimal {
  // Most amounts on a quote's path are already exact to the cent; rounding them is a no-op that
  // decimal.js would still pay for (it is the dearest step of a quote).
  if (value.decimalPlaces() <= places) return value;
  return value.toDecimalPlaces(places, DECIMAL_MODE[mode]);
}
