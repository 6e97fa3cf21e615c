import { describe, expect, it } from 'vitest';
import { CASES, KNOWN_GAPS } from './cases.js';
import { MORE_CASES } from './cases-more.js';
import { jsonVerdict, libraryVerdict } from './verdict.js';

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
  it.each(KNOWN_GAPS.map(([name, fault, call, input]) => [name, fault, call, input] as const))('%s, %s: the library refuses, the JSON Schema accepts', (name, _, call, input) => {
    expect(libraryVerdict(call)).toBe('refused');
    expect(jsonVerdict(name, input)).toBe('accepted');
  });
});
