import { describe, expect, it } from 'vitest';
import { CASES, KNOWN_GAPS } from './cases.js';
import { MORE_CASES } from './cases-more.js';
import { jsonVerdict, libraryVerdict } from './verdict.js';
import { jsonSchemas } from '../../src/schemas/index.js';

it('every input has an agreement table', () => {
  const covered = new Set([...CASES, ...MORE_CASES].map((c) => c.name));
  expect(Object.keys(jsonSchemas).filter((name) => !covered.has(name as never))).toEqual([]);
});

describe('JSON Schemas agree with the library on every example', () => {
  for (const c of [...CASES, ...MORE_CASES]) {
    describe(c.name, () => {
      it.each(c.valid.map((input, i) => [i, input] as const))('valid example %i: both accept', (_, input) => {
        expect(libraryVerdict(() => c.call(input as never))).toBe('accepted');
        expect(jsonVerdict(c.name, input)).toBe('accepted');
      });
      it.each(c.invalid.map(([fault, input]) => [fault, input] as const))('%s: both refuse', (_, input) => {
        expect(libraryVerdict(() => c.call(input as never))).toBe('refused');
        expect(jsonVerdict(c.name, input)).toBe('refused');
      });
    });
  }
});

describe('what JSON Schema cannot express, and the descriptions say so', () => {
  it.each(KNOWN_GAPS.map(([name, fault, call, input]) => [name, fault, call, input] as const))(
    '%s, %s: the library refuses, the JSON Schema accepts',
    (name, _, call, input) => {
      expect(libraryVerdict(call)).toBe('refused');
      expect(jsonVerdict(name, input)).toBe('accepted');
    },
  );
});

describe('JSON Schemas agree with the library on values of the wrong kind', () => {
  const ODD_VALUES: readonly unknown[] = [null, 42, -1, 0.5, 'x', '', [], [1], {}, true];
  // 'x' is no time zone, which JSON Schema cannot know (a known gap, pinned above).
  const GAPS: Partial<Record<string, readonly unknown[]>> = { TimeZoneInput: ['x'] };
  for (const c of [...CASES, ...MORE_CASES]) {
    it(`${c.name}: null, numbers, strings, lists, {} and true get the same verdict`, () => {
      for (const value of ODD_VALUES.filter((v) => !(GAPS[c.name] ?? []).includes(v))) {
        expect([value, jsonVerdict(c.name, value)]).toEqual([value, libraryVerdict(() => c.call(value as never))]);
      }
    });
  }
});
