// A named import, never the default one: decimal.js's declarations are typed as CommonJS, so in
// our ESM declarations read under `moduleResolution: nodenext` a default import is the whole
// module and `Decimal` stops being a type (TS2709, or a silent `any` with skipLibCheck; issue 20).
import { Decimal } from 'decimal.js';

/**
 * The library's own decimal.js constructor. Sixty significant digits bound what divisions that do
 * not terminate give (a rate from a division, a tier, a savings rate), and keep every sum and
 * product of amounts in cents exact. An amount, though, holds up to 30 integer and 400 fraction
 * digits (MONEY_DIGITS): Money's sums, products, splits and roundings go through exact.ts, which
 * computes in a wider clone when the result could need more than 60 digits, so that rounding
 * happens only where the API says it does (MON-03). A clone keeps the caller's global Decimal
 * settings out of our results.
 */
export const Dec: typeof Decimal = /*@__PURE__*/ Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});

export type { Decimal };

/** Tells whether a value is a decimal.js instance from any copy or clone of the library. */
export function isDecimal(value: unknown): value is Decimal {
  return Decimal.isDecimal(value);
}

/** Shared constants: decimal.js values are immutable, and allocating them sits on hot paths. */
export const ZERO: Decimal = /*@__PURE__*/ new Dec(0);
export const ONE: Decimal = /*@__PURE__*/ new Dec(1);
