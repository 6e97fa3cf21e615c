import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseInput } from '../../src/internal/parse.js';
import { rateSchema } from '../../src/money/schema.js';
import { unitRateOf, unitRateSchema } from '../../src/money/unitRate.js';
import { rate, Rate } from '../../src/money/index.js';

/*
 * The support policy's rates (the SLA at-risk share) are read without decimal.js (unitRate.ts),
 * so that the support functions ship none (docs/packaging.md). On any input, the reading must
 * be rateSchema's: the same verdict, the same error, and the number its fraction stands for.
 */

function outcome(run: () => unknown): unknown {
  try {
    const value = run();
    return { value: value instanceof Rate ? value.fraction.toNumber() : value };
  } catch (e) {
    const err = e as { name?: unknown; code?: unknown; message?: unknown; issues?: unknown; details?: unknown };
    return { error: { name: err.name, code: err.code, message: err.message, issues: err.issues, details: err.details } };
  }
}

/** A Rate of another copy of hostpolicy: its brand at a format, and its data. */
function foreignRate(format: unknown, json: unknown): object {
  return Object.create({ [Symbol.for('hostpolicy.Rate')]: format, constructor: Object, toJSON: () => json }) as object;
}

const digits = (max: number) => fc.string({ unit: fc.constantFrom('0', '1', '2', '5', '9'), minLength: 1, maxLength: max });
const rateText = fc.oneof(
  fc
    .tuple(digits(4), fc.option(digits(11)), fc.constantFrom('%', ' %', '%  ', ''))
    .map(([w, f, s]) => `${w}${f === null ? '' : `.${f}`}${s}`),
  fc.tuple(digits(2), fc.option(digits(13))).map(([w, f]) => `${w}${f === null ? '' : `.${f}`}`),
  fc.constantFrom(
    '100%',
    '100.0000000001%',
    '100.0000000000%',
    '1',
    '1.000000000000',
    '1.000000000001',
    '0',
    '0%',
    ' 25 % ',
    '-5%',
    '+0.2',
    '1e-1',
    '.5',
    '',
  ),
  fc.string({ maxLength: 45 }),
);
const decimalText = fc
  .tuple(fc.constantFrom('', '-', '+', ' '), digits(3), fc.option(digits(30)))
  .map(([s, w, f]) => `${s}${w}${f === null ? '' : `.${f}`}`);
const input = fc.oneof(
  rateText,
  fc.double(),
  fc.constantFrom(0, -0, 1, 0.25, 1 + Number.EPSILON, 1e-7, -1e-300, Number.NaN, Number.POSITIVE_INFINITY),
  fc.constantFrom(rate('25%'), rate('0'), rate('100%'), rate('35%').followedBy(rate('12.5%'))),
  decimalText.map((json) => foreignRate(1, json)),
  fc.constantFrom(
    foreignRate(1, 7),
    foreignRate(1, ' 0.5 '),
    foreignRate(1, '-0.000'),
    foreignRate(1, '1.0000000000000000000001'),
    foreignRate(1, `0.${'9'.repeat(400)}`),
  ),
  fc.constantFrom(foreignRate(2, '0.5'), foreignRate('x', '0.5'), foreignRate(undefined, '0.5')),
  fc.anything(),
);

describe('a rate read without decimal.js agrees with rateSchema', () => {
  it('MON-01 gives the same verdict, error and fraction on any input', () => {
    fc.assert(
      fc.property(input, (v) => {
        expect(outcome(() => parseInput(unitRateSchema, v, 'rate'))).toEqual(outcome(() => parseInput(rateSchema, v, 'rate')));
      }),
      { numRuns: 5000 },
    );
  });

  it('MON-01 reads the boundaries exactly: 100 % and 1 are rates, anything above is not', () => {
    expect(unitRateOf('100%')).toBe(1);
    expect(unitRateOf('100.0000000001%')).toBeUndefined();
    expect(unitRateOf('1.000000000001')).toBeUndefined();
    expect(unitRateOf(foreignRate(1, '1.0000000000000000000001'))).toBeUndefined();
    expect(unitRateOf(-0)).toBe(0);
    expect(Object.is(unitRateOf(-0), 0)).toBe(true);
  });
});
