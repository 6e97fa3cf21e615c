import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { parseInput, readInput } from '../../src/internal/parse.js';
import { factorSchema, moneySchema, rateSchema, ratiosSchema, roundingModeSchema } from '../../src/money/schema.js';
import { positiveAmountSchema } from '../../src/money/amount.js';
import { wholeNumber } from '../../src/internal/checks.js';
import { readFactor, readMoney, readParts, readPositiveAmount, readRate, readRatios, readRoundingMode } from '../../src/money/read.js';
import { money, Money, rate, Rate } from '../../src/money/index.js';

/*
 * money(), rate() and Money's methods check their input without zod (src/money/read.ts), so that
 * `import { money }` ships no zod (docs/packaging.md). The zod schemas of the same checks stay for
 * hostpolicy/schemas and the boundary schemas that embed money. On any input, both must agree:
 * the same value, or the same error (class, code, rule, message, issues, details).
 */

function plain(value: unknown): unknown {
  if (value instanceof Money) return { money: value.toJSON() };
  if (value instanceof Rate) return { rate: value.toJSON() };
  if (Decimal.isDecimal(value)) return { decimal: (value as Decimal).toString() };
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

function outcome(run: () => unknown): unknown {
  try {
    return { value: plain(run()) };
  } catch (e) {
    const err = e as { name?: unknown; code?: unknown; rule?: unknown; message?: unknown; issues?: unknown; details?: unknown };
    return { error: { name: err.name, code: err.code, rule: err.rule, message: err.message, issues: err.issues, details: err.details } };
  }
}

/** A value of another copy of hostpolicy: its brand (at a format) and its JSON form. */
function foreign(name: 'Money' | 'Rate', format: unknown, json: unknown): object {
  return Object.assign(
    Object.create({ [Symbol.for(`hostpolicy.${name}`)]: format, constructor: Object, toJSON: () => json }) as object,
    {},
  );
}

const amount = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.double({ noNaN: false }),
  fc.constantFrom(
    '208.32',
    ' 12.5 ',
    '-0',
    '-0.00',
    '1e3',
    '0x10',
    '',
    '1.',
    '.5',
    '+3',
    '1'.repeat(31),
    `0.${'1'.repeat(401)}`,
    1e15,
    -1e15 + 1,
    -0,
  ),
  fc.string({ maxLength: 8 }),
  fc.constantFrom(new Decimal('1.5'), new Decimal(NaN), new Decimal(Infinity), new Decimal('1e40'), new Decimal('-0')),
  fc.anything(),
);
const currency = fc.oneof(fc.constantFrom('CHF', 'EUR', 'JPY', 'KWD', 'chf', 'XYZ', ''), fc.anything());
const hostile = fc.constantFrom(
  null,
  undefined,
  [],
  JSON.parse('{"__proto__":{"amount":"1","currency":"CHF"}}') as unknown,
  JSON.parse('{"amount":"1","currency":"CHF","__proto__":1}') as unknown,
  Object.create({ amount: '1', currency: 'CHF' }) as unknown,
  // biome-ignore lint/suspicious/noSparseArray: the hole is the hostile input under test
  [, 1],
  { amount: '1', currency: 'CHF', amout: 2 },
  { amount: '1', Currency: 'CHF' },
);
const rateLike = fc.oneof(
  fc.constantFrom('20%', '20 %', '0.2', 0.2, '100%', '101%', '-5%', 20, 1, 0, -0, '1.0000000000001', '12.3456789012%', rate('35%')),
  fc.constantFrom(
    foreign('Rate', 1, '0.25'),
    foreign('Rate', 1, '1.5'),
    foreign('Rate', 1, 7),
    foreign('Rate', 2, '0.25'),
    foreign('Rate', 'x', '0.2'),
  ),
  fc.string({ maxLength: 6 }),
  fc.double(),
);
/** A key made from any value; `String()` of a null-prototype object throws, which must not stop the generator. */
function keyText(value: unknown): string {
  try {
    return String(value).slice(0, 3);
  } catch {
    return 'x';
  }
}
const moneyInput = fc.oneof(
  fc.record({ amount, currency }),
  fc.record({ amount, currency }, { requiredKeys: [] }),
  fc.record({ amount, currency, extra: fc.anything() }),
  fc.tuple(amount, currency).map(([a, c]) => ({ [c === undefined ? 'x' : keyText(c)]: a })),
  fc.constantFrom(money('12.34', 'CHF'), money('-0.001', 'KWD'), money('1500', 'JPY')),
  fc.constantFrom(foreign('Money', 1, { amount: '5.00', currency: 'CHF' }), foreign('Money', 1, { amount: 'x' }), foreign('Money', 3, {})),
  hostile,
  fc.anything(),
);

function agree(
  schema: Parameters<typeof parseInput>[0],
  reader: Parameters<typeof readInput>[2],
  what: string,
  input: fc.Arbitrary<unknown>,
): void {
  fc.assert(
    fc.property(input, (v) => {
      expect(outcome(() => readInput(v, what, reader))).toEqual(outcome(() => parseInput(schema, v, what)));
    }),
    { numRuns: 3000 },
  );
}

describe('money checks without zod agree with the zod schemas', () => {
  it('MON-01 a money input is read as moneySchema reads it', () => agree(moneySchema, readMoney, 'money', moneyInput));
  it('MON-01 a factor is read as factorSchema reads it', () =>
    agree(factorSchema, readFactor, 'factor', fc.oneof(amount, rateLike, hostile)));
  it('MON-01 a rate is read as rateSchema reads it', () => agree(rateSchema, readRate, 'rate', fc.oneof(rateLike, amount, hostile)));
  it('MON-03 a rounding mode is read as roundingModeSchema reads it', () =>
    agree(
      roundingModeSchema,
      readRoundingMode,
      'rounding mode',
      fc.oneof(fc.constantFrom('half-up', 'half-even', 'up', 'down', 'ceil', 'floor', 'HALF-UP', '__proto__', 'toString'), fc.anything()),
    ));
  it('MON-03 a rounding step is read as positiveAmountSchema reads it', () =>
    agree(positiveAmountSchema, readPositiveAmount, 'rounding step', fc.oneof(amount, hostile)));
  it('MON-04 allocation ratios are read as ratiosSchema reads them', () =>
    agree(
      ratiosSchema,
      readRatios,
      'allocation ratios',
      fc.oneof(
        fc.array(amount, { maxLength: 5 }),
        fc.array(fc.constantFrom(0, '0', -0, '-0', '1', 2, -1), { maxLength: 4 }),
        hostile,
        fc.anything(),
      ),
    ));
  it('MON-04 a number of parts is read as wholeNumber(1, 1000000) reads it', () =>
    agree(
      wholeNumber(1, 1_000_000),
      readParts,
      'number of parts',
      fc.oneof(
        fc.integer({ min: -5, max: 2_000_000 }),
        fc.constantFrom(0, 1, 1_000_000, 1_000_001, 1.5, Number.NaN, '2'),
        fc.double(),
        fc.anything(),
      ),
    ));

  it('MON-01 the checks can tell them apart: a wrong currency is reported with its path', () => {
    expect(outcome(() => money('1', 'chf'))).toMatchObject({
      error: {
        code: 'INVALID_INPUT',
        issues: [{ path: ['currency'], code: 'custom', message: "must be an ISO 4217 currency code in upper case, like 'CHF' or 'EUR'" }],
      },
    });
    expect(outcome(() => money('1', 'chf'))).toEqual(outcome(() => parseInput(moneySchema, { amount: '1', currency: 'chf' }, 'money')));
  });
});
