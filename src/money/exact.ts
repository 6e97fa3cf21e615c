import { Dec, type Decimal } from './decimal.js';

/*
 * Exact sums, differences and products of amounts (MON-01, MON-03). `Dec` rounds every result to
 * 60 significant digits, which keeps the quotients of rates and tiers bounded; an amount, though,
 * holds up to 30 integer and 400 fraction digits (MONEY_DIGITS), and its sum or product must not be
 * rounded silently. Operands whose result fits in 60 digits (amounts in cents: nearly every call)
 * take `Dec`'s own path, a few integer comparisons more; longer ones are computed in `Wide` and
 * handed back as a `Dec` value (`new Dec(x)` copies the digits, it does not round).
 */

/** Dec's precision: results of up to this many significant digits are exact in `Dec`. */
const PRECISION = Dec.precision;

/**
 * Wide enough for every exact result on amounts: a product of two 430-digit amounts has at most 860
 * digits, a sum 431. A result beyond MONEY_DIGITS is then refused by Money (AMOUNT_OUT_OF_RANGE),
 * never rounded. @internal
 */
export const Wide: typeof Dec = /*@__PURE__*/ Dec.clone({ precision: 1000 });

/** Tells whether `a ± b` fits in Dec's precision: the digits from the larger exponent (plus a carry) down to the last decimal. */
function sumFits(a: Decimal, b: Decimal): boolean {
  return Math.max(a.e, b.e) + Math.max(a.decimalPlaces(), b.decimalPlaces()) + 2 <= PRECISION;
}

/** `a + b`, exact. @internal */
export function exactPlus(a: Decimal, b: Decimal): Decimal {
  return sumFits(a, b) ? a.plus(b) : new Dec(new Wide(a).plus(b));
}

/** `a − b`, exact. @internal */
export function exactMinus(a: Decimal, b: Decimal): Decimal {
  return sumFits(a, b) ? a.minus(b) : new Dec(new Wide(a).minus(b));
}

/** `a × b`, exact: a product has at most the significant digits of both factors together. @internal */
export function exactTimes(a: Decimal, b: Decimal): Decimal {
  return a.precision() + b.precision() <= PRECISION ? a.times(b) : new Dec(new Wide(a).times(b));
}
