import { dataOf } from '../internal/brand.js';
import { isAmountInput, toDecimal } from './amountInput.js';
import { Dec, type Decimal } from './decimal.js';
import { isForeignRate, Rate } from './rate.js';
import { FRACTION, MAX_RATE_TEXT, PERCENT } from './forms.js';

export { FRACTION, PERCENT, RATE_MESSAGE } from './forms.js';

/*
 * What a rate input is, without zod: `rate()` and Money's checks read rates with these, and so
 * does `rateSchema` (schema.ts), so that `money()` and `rate()` ship no zod (docs/packaging.md).
 */

function fractionOf(input: string | number): Decimal | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? toDecimal(input) : undefined;
  if (input.length > MAX_RATE_TEXT) return undefined; // before the patterns: bounded work
  const percent = PERCENT.exec(input);
  if (percent?.[1] !== undefined) return new Dec(`${percent[1]}e-2`); // exact, and no division
  const fraction = FRACTION.exec(input);
  return fraction?.[1] === undefined ? undefined : new Dec(fraction[1]);
}

/** Whether a fraction lies in 0..1 (100 %). @internal */
export function inUnitInterval(fraction: Decimal | undefined): fraction is Decimal {
  if (fraction === undefined) return false;
  return fraction.greaterThanOrEqualTo(0) && fraction.lessThanOrEqualTo(1);
}

/** The rate an input stands for, or `undefined`; each input is read once (rates sit on hot paths). @internal */
export function rateOf(v: unknown): Rate | undefined {
  if (v instanceof Rate) return v;
  if (typeof v !== 'string' && typeof v !== 'number') return foreignRate(v);
  const fraction = fractionOf(v);
  return inUnitInterval(fraction) ? new Rate(fraction) : undefined;
}

/**
 * A Rate of another copy of the library as one of this copy, re-read from its fraction string
 * (at any precision: a product of rates has more digits than rate text may); else `undefined`.
 * @throws HostPolicyError `INCOMPATIBLE_VALUE` for a Rate of another format.
 * @internal
 */
export function foreignRate(v: unknown): Rate | undefined {
  if (!isForeignRate(v)) return undefined;
  const json = dataOf(v as object);
  const fraction = typeof json === 'string' && isAmountInput(json) ? toDecimal(json.trim()) : undefined;
  return inUnitInterval(fraction) ? new Rate(fraction) : undefined;
}
