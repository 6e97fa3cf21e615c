import { ONE, type Decimal } from './decimal.js';
import { roundToPlaces } from './rounding.js';
import { hasBrand, hasOwnFormat, setBrand } from '../internal/brand.js';
import { isInstance } from '../internal/parse.js';

// The brand and format of a Rate (forms.ts): the decimal-free rate checks (unitRate.ts) read them too.
import { RATE_BRAND, RATE_FORMAT } from './forms.js';

/**
 * A percentage between 0 % and 100 %, held as an exact fraction (`0.2` for 20 %).
 * Create values with {@link rate}; recognise one with {@link isRate}.
 */
export class Rate {
  static {
    setBrand(Rate.prototype, RATE_BRAND, RATE_FORMAT);
  }

  /** The exact fraction, e.g. 0.2 for 20 %. */
  readonly fraction: Decimal;

  /** @internal Use {@link rate}, which validates its input. */
  constructor(fraction: Decimal) {
    this.fraction = fraction;
  }

  /** The rate in percent (20 for 20 %), exact. */
  get percent(): Decimal {
    return this.fraction.times(100);
  }

  /** `1 − rate`: what remains after a reduction of this rate (0.8 for 20 %). */
  complement(): Rate {
    return new Rate(ONE.minus(this.fraction));
  }

  /**
   * The combined rate of two reductions applied one after the other:
   * `1 − (1 − a)(1 − b)`; 20 % then 25 % is 40 % (PRC-03).
   */
  followedBy(next: Rate): Rate {
    return new Rate(ONE.minus(this.complement().fraction.times(next.complement().fraction)));
  }

  isZero(): boolean {
    return this.fraction.isZero();
  }

  equals(other: Rate): boolean {
    return this.fraction.equals(other.fraction);
  }

  /** −1, 0 or 1 as this rate is smaller than, equal to or larger than `other`. */
  compare(other: Rate): -1 | 0 | 1 {
    return this.fraction.comparedTo(other.fraction) as -1 | 0 | 1;
  }

  /** The fraction as a decimal string: `'0.4'`; `rate()` accepts it back. */
  toJSON(): string {
    return this.fraction.toString();
  }

  /** `'40%'`, `'8.1%'`: the percentage with at most two decimals (half-up). */
  toString(): string {
    return `${roundToPlaces(this.percent, 2, 'half-up').toString()}%`;
  }
}

/**
 * Tells whether a value is a {@link Rate}, also one made by another copy of hostpolicy (the ESM
 * and CommonJS builds in one process, two bundles on one page), where `instanceof` is false.
 * Every function that takes a Rate accepts such a value.
 *
 * @example
 * ```ts
 * isRate(rate('20%')); // true
 * isRate('20%');       // false: a rate's text, which functions accept too
 * ```
 */
export function isRate(value: unknown): value is Rate {
  return isInstance(value, Rate) || hasOwnFormat(value, RATE_BRAND, RATE_FORMAT);
}

/**
 * Whether a value is a Rate made by another copy of the library (with this copy's format). @internal
 * @throws HostPolicyError `INCOMPATIBLE_VALUE` for a Rate of another format.
 */
export function isForeignRate(value: unknown): boolean {
  return !(value instanceof Rate) && hasBrand(value, RATE_BRAND, 'Rate', RATE_FORMAT);
}
