/**
 * JSON Schema fragments of the money checks (amounts and rates), built from the same regular
 * expressions as the checks, for `hostpolicy/schemas`. Only the hints in `amount.ts` and
 * `schema.ts` call them, so the quote bundles drop them with the hints.
 *
 * @module
 * @internal
 */
import type { JsonSchema } from '../internal/jsonHint.js';
import type { Decimal } from './decimal.js';

/** A pattern's body without its anchors. */
const body = (pattern: RegExp): string => pattern.source.replace(/^\^/, '').replace(/\$$/, '');

/** An amount: a finite number below 10^15 in magnitude, or a decimal string (white space around it allowed). */
export function amountJson(literal: RegExp, max: number): JsonSchema {
  return {
    description:
      "A decimal amount: a string like '208.32' (at most 30 integer and 400 fraction digits, no exponent) or a number below 10^15 in " +
      'magnitude.',
    anyOf: [
      { type: 'number', exclusiveMinimum: -max, exclusiveMaximum: max },
      { type: 'string', pattern: `^\\s*${body(literal)}\\s*$` },
    ],
  };
}

/** An amount above zero: no minus sign, and a digit other than 0. */
export function positiveAmountJson(literal: RegExp, max: number): JsonSchema {
  return {
    description: "An amount above zero: a string like '208.32' (at most 30 integer and 400 fraction digits) or a number below 10^15.",
    anyOf: [
      { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: max },
      { type: 'string', allOf: [{ pattern: `^\\s*${body(literal)}\\s*$` }, { pattern: '^[^-]*[1-9]' }] },
    ],
  };
}

/**
 * An amount of at least zero. A Money check accepts minus zero ('-0.00'); a decimal check does
 * not (decimal.js reads '-0' as negative), hence `minusZero`.
 */
export function nonNegativeAmountJson(literal: RegExp, max: number, minusZero: boolean): JsonSchema {
  return {
    description: "An amount of at least zero: a string like '208.32' (at most 30 integer and 400 fraction digits) or a number below 10^15.",
    anyOf: [
      { type: 'number', minimum: 0, exclusiveMaximum: max },
      {
        type: 'string',
        allOf: [{ pattern: `^\\s*${body(literal)}\\s*$` }, { pattern: minusZero ? '^(?:[^-]*|\\s*-[0.]+\\s*)$' : '^[^-]*$' }],
      },
    ],
  };
}

/**
 * Digit strings `d` (one or more) with `0.d ≤ 0.digits`: the fraction part of a decimal at most
 * a bound whose fraction digits are `digits` (no trailing zeros).
 */
function fractionAtMost(digits: string): string {
  if (digits === '') return '0+';
  const first = Number(digits[0]);
  const same = `${first}(?:${fractionAtMost(digits.slice(1))})?`;
  return first === 0 ? same : `(?:[0-${first - 1}]\\d*|${same})`;
}

/** A non-negative decimal (leading zeros allowed) at most `bound` (plain decimal text), as a pattern body; `undefined` past 1000. */
function decimalAtMost(bound: string): string | undefined {
  const [whole = '0', fraction = ''] = bound.split('.');
  const limit = Number(whole);
  if (limit > 1000) return undefined;
  const below = Array.from({ length: limit }, (_, i) => String(i)).join('|');
  const at = `${whole}(?:\\.${fractionAtMost(fraction.replace(/0+$/, ''))})?`;
  return `0*(?:${below === '' ? '' : `(?:${below})(?:\\.\\d+)?|`}${at})`;
}

/**
 * A rate from 0 to `cap` (a fraction, 1 = 100 %): a number, a percentage string like '20%' or a
 * fraction string like '0.2'. `percent` and `fraction` are the checks' own patterns; a second
 * pattern bounds the value, since JSON Schema cannot compare numbers written in strings.
 */
export function rateJson(percent: RegExp, fraction: RegExp, cap: Decimal): JsonSchema {
  const inPercent = cap.times(100);
  return rateJsonOf(percent, fraction, {
    fraction: cap.toFixed(),
    percent: inPercent.toFixed(),
    percentText: inPercent.toString(),
    max: cap.toNumber(),
  });
}

/** {@link rateJson} from 0 to 100 %, for the rate checks that read rates without decimal.js (unitRate.ts). */
export function unitRateJson(percent: RegExp, fraction: RegExp): JsonSchema {
  return rateJsonOf(percent, fraction, { fraction: '1', percent: '100', percentText: '100', max: 1 });
}

/** The cap of a rate as plain decimal text: the fraction, the percentage (and as the description writes it), the largest number. */
type RateCap = { readonly fraction: string; readonly percent: string; readonly percentText: string; readonly max: number };

function rateJsonOf(percent: RegExp, fraction: RegExp, cap: RateCap): JsonSchema {
  const percentBound = decimalAtMost(cap.percent);
  const fractionBound = decimalAtMost(cap.fraction);
  const bounded = (shape: RegExp, bound: string | undefined, suffix: string): JsonSchema =>
    bound === undefined
      ? { type: 'string', pattern: shape.source }
      : { type: 'string', allOf: [{ pattern: shape.source }, { pattern: `^\\s*${bound}\\s*${suffix}$` }] };
  return {
    description: `A rate from 0 % to ${cap.percentText} %: '20%', '0.2' or 0.2. A second pattern bounds the value written in a string.`,
    anyOf: [
      { type: 'number', minimum: 0, maximum: cap.max },
      bounded(percent, percentBound, '%\\s*'),
      bounded(fraction, fractionBound, ''),
    ],
  };
}
