/**
 * A value outside a schema's bounds is told the bound: "must be at most 1200", not "is not valid
 * (too big)" (zod/mini ships no wording, src/internal/parse.ts writes it).
 */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { addBusinessTime, alwaysOpen } from '../../src/calendar/index.js';
import { InvalidInputError } from '../../src/errors.js';
import { parseInput } from '../../src/internal/parse.js';

const message = (schema: z.ZodMiniType, input: unknown): string => {
  try {
    parseInput(schema, input, 'value');
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputError);
    return (e as InvalidInputError).issues.map((i) => i.message).join('; ');
  }
  return 'valid';
};

describe('bounds in messages', () => {
  it('numbers: the inclusive or exclusive bound, five digits and more with thousands separators', () => {
    expect(message(z.number().check(z.maximum(1200)), 1e9)).toBe('must be at most 1200');
    expect(message(z.number().check(z.minimum(1)), 0)).toBe('must be at least 1');
    expect(message(z.number().check(z.lt(87_660)), 87_660)).toBe('must be less than 87,660');
    expect(message(z.number().check(z.gt(0)), 0)).toBe('must be more than 0');
    expect(message(z.number().check(z.maximum(0.5)), 1)).toBe('must be at most 0.5');
    expect(message(z.number().check(z.minimum(-12_000)), -20_000)).toBe('must be at least -12,000');
    expect(message(z.bigint().check(z.maximum(10n ** 6n)), 10n ** 7n)).toBe('must be at most 1,000,000');
    expect(message(z.number().check(z.multipleOf(5)), 7)).toBe('must be a multiple of 5');
    expect(message(z.number().check(z.maximum(10)), 10)).toBe('valid');
  });

  it('lengths of texts and lists, in characters and entries', () => {
    expect(message(z.string().check(z.maxLength(3)), 'abcd')).toBe('must have at most 3 characters');
    expect(message(z.string().check(z.minLength(1)), '')).toBe('must have at least 1 character');
    expect(message(z.string().check(z.length(2)), 'abc')).toBe('must have exactly 2 characters');
    expect(
      message(
        z.array(z.number()).check(z.maxLength(100)),
        Array.from({ length: 101 }, () => 1),
      ),
    ).toBe('must have at most 100 entries');
    expect(message(z.array(z.number()).check(z.minLength(1)), [])).toBe('must have at least 1 entry');
  });

  it('dates: the instant, in ISO 8601', () => {
    expect(message(z.date().check(z.maximum(new Date('2026-01-01T00:00:00Z'))), new Date('2027-01-01T00:00:00Z'))).toBe(
      'must be at or before 2026-01-01T00:00:00.000Z',
    );
  });

  it('through a public function: a negative business duration is told its bound', () => {
    expect(() => addBusinessTime('2026-01-01T00:00:00Z', { hours: -1 }, alwaysOpen('UTC'))).toThrow(
      'Invalid business-time addition: duration.hours: must be at least 0',
    );
  });
});
