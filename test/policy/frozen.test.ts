/**
 * The policies are shared by every call in a process: the defaults and what definePolicy returns
 * are frozen all the way down, so that no caller can change the rules for the others — a write
 * used to change later results, or not, depending on whether a function had cached its part.
 */
import { describe, expect, it } from 'vitest';
import { definePolicy, defaultPolicy, dueReminder } from '../../src/index.js';

/** The paths below `value` whose plain object or array is not frozen. */
function unfrozen(value: unknown, path = '$'): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const proto: unknown = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return [];
  const own = Object.isFrozen(value) ? [] : [path];
  return [...own, ...Object.entries(value).flatMap(([k, v]) => unfrozen(v, `${path}.${k}`))];
}

const invoice = {
  id: 'i',
  customer: 'c',
  reference: 'RF18539007547034',
  amount: { amount: '10.00', currency: 'CHF' },
  issuedAt: '2026-03-01T00:00:00Z',
  dueAt: '2026-03-31T00:00:00Z',
};

describe('policies are frozen all the way down', () => {
  it('defaultPolicy: every object and array', () => {
    expect(unfrozen(defaultPolicy)).toEqual([]);
  });

  it('a write to the defaults throws where it is made, and later results do not change', () => {
    const before = dueReminder(invoice, [], '2026-04-15T00:00:00Z');
    const steps = defaultPolicy.billing.reminderSteps as unknown as { daysAfterDue: number }[];
    expect(() => {
      (steps[0] as { daysAfterDue: number }).daysAfterDue = 1000;
    }).toThrow(TypeError);
    expect(() => steps.push({ daysAfterDue: 1 })).toThrow(TypeError);
    expect(dueReminder(invoice, [], '2026-04-15T00:00:00Z')).toEqual(before);
  });

  it("definePolicy: the result is frozen, the caller's override objects are not", () => {
    const rates = { CH: '8.1%', DE: '19%' };
    const policy = definePolicy({ pricing: { vat: { rates } } });
    expect(unfrozen(policy)).toEqual([]);
    expect(Object.isFrozen(rates)).toBe(false);
    rates.DE = '7%';
    expect(policy.pricing.vat.rates['DE']).toBe('19%');
  });
});
