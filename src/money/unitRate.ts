import * as z from 'zod/mini';
import { dataOf, hasBrand } from '../internal/brand.js';
import { DECIMAL_LITERAL, FRACTION, MAX_AMOUNT_TEXT, MAX_RATE_TEXT, PERCENT, RATE_BRAND, RATE_FORMAT, RATE_MESSAGE } from './forms.js';

/*
 * A rate read as a number, without decimal.js: for the policy values that are only compared as
 * numbers (the SLA's at-risk share), so that the support functions ship no decimal.js
 * (docs/packaging.md). It accepts exactly what `rateSchema` accepts — the same text forms, a Rate
 * of this or another copy — and gives the number its fraction stands for
 * (`rate(x).fraction.toNumber()`); test/money/unitRate.property.test.ts holds both to it.
 * Exactness: rate text has at most 13 significant digits, so comparing it as a number with 1 or
 * 100 is exact; a Rate's data (any number of digits) is compared as text.
 */

/** Whether a plain decimal literal (already matched by DECIMAL_LITERAL) lies in 0..1, read as text. */
function literalInUnitInterval(literal: string): boolean {
  const [whole = '', fraction = ''] = literal.replace(/^[+-]/, '').split('.');
  const zeroFraction = /^0*$/.test(fraction);
  const integer = whole.replace(/^0+/, '');
  // −0 is 0 (decimal.js: −0 ≥ 0); any other negative value is below 0.
  if (literal.startsWith('-') && !(integer === '' && zeroFraction)) return false;
  return integer === '' || (integer === '1' && zeroFraction);
}

/**
 * The fraction (0 to 1) that a rate input stands for, as a number, or `undefined` when it is not a
 * rate from 0 % to 100 %. @internal
 * @throws HostPolicyError `INCOMPATIBLE_VALUE` for a Rate of another hostpolicy format.
 */
export function unitRateOf(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 && v <= 1 ? v + 0 : undefined; // + 0: −0 is read as 0
  if (typeof v === 'string') {
    if (v.length > MAX_RATE_TEXT) return undefined; // before the patterns: bounded work
    const percent = PERCENT.exec(v)?.[1];
    if (percent !== undefined) return Number(percent) <= 100 ? Number(`${percent}e-2`) : undefined;
    const fraction = FRACTION.exec(v)?.[1];
    return fraction !== undefined && Number(fraction) <= 1 ? Number(fraction) : undefined;
  }
  if (!hasBrand(v, RATE_BRAND, 'Rate', RATE_FORMAT)) return undefined;
  // A Rate, of this copy or another: read through its data, the fraction as a decimal string.
  const json = dataOf(v as object);
  if (typeof json !== 'string' || json.length > MAX_AMOUNT_TEXT) return undefined;
  const literal = json.trim();
  return DECIMAL_LITERAL.test(literal) && literalInUnitInterval(literal) ? Number(literal) : undefined;
}

/** zod schema: a rate input from 0 % to 100 % (what `rateSchema` accepts), parsed into its fraction as a number. */
export const unitRateSchema = z.transform((v: unknown, ctx): number => {
  const fraction = unitRateOf(v);
  if (fraction !== undefined) return fraction;
  ctx.issues.push({ code: 'custom', message: RATE_MESSAGE, input: v });
  return z.NEVER;
});
// Its JSON Schema hint is attached by hostpolicy/schemas (schemas/money.ts), the one reader of
// hints: attached here, it would bring the JSON Schema builders (json.ts) into every bundle of a
// support function.
