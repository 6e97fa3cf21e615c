/**
 * The value classes' `Symbol.for` brands (DESIGN.md principle 13), within one copy: the guards,
 * and hostile values that carry a brand. test/packaging/twoCopies.test.ts checks two real copies.
 */
import { describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  alwaysOpen,
  emptyPrepaidLedger,
  formatQuote,
  isMoney,
  isPrepaidLedger,
  isQuote,
  isRate,
  isSchedule,
  money,
  parseMoney,
  prepaidLedger,
  quote,
  rate,
  weeklySchedule,
} from '../../src/index.js';
import { expectInvalid, expectPolicyError } from '../helpers/expectError.js';

const brand = (name: string): symbol => Symbol.for(`hostpolicy.${name}`);

describe('the guards', () => {
  it('answer true for the library’s values and false for their JSON forms and anything else', () => {
    const q = quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 1 }] });
    expect([
      isMoney(money(1, 'CHF')),
      isRate(rate('1%')),
      isSchedule(alwaysOpen()),
      isPrepaidLedger(emptyPrepaidLedger()),
      isQuote(q),
    ]).toEqual([true, true, true, true, true]);
    expect(isMoney(money(1, 'CHF').toJSON())).toBe(false);
    expect(isRate('20%')).toBe(false);
    expect(isSchedule(alwaysOpen().toJSON())).toBe(false);
    expect(isPrepaidLedger(emptyPrepaidLedger().toJSON())).toBe(false);
    expect(isQuote(JSON.parse(JSON.stringify(q)))).toBe(false);
    for (const v of [null, undefined, 0, 'CHF 1.00', [], {}, Object.create(null)]) {
      expect([isMoney(v), isRate(v), isSchedule(v), isPrepaidLedger(v), isQuote(v)]).toEqual([false, false, false, false, false]);
    }
  });

  it('keep the brand off the data: not enumerable, not in JSON, not writable', () => {
    const m = money('1.00', 'CHF');
    expect(Object.keys(m)).toEqual(['amount', 'currency']);
    expect(Object.getOwnPropertySymbols(m)).toEqual([]); // on the prototype, nothing per instance
    expect(JSON.stringify(m)).toBe('{"amount":"1.00","currency":"CHF"}');
    const q = quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 1 }] });
    expect(Object.keys(q)).not.toContain('toJSON');
    expect(JSON.stringify(q)).not.toContain('hostpolicy');
    expect(() => {
      (Object.getPrototypeOf(m) as Record<symbol, unknown>)[brand('Money')] = 2;
    }).toThrow(TypeError);
    expect(isMoney(m)).toBe(true);
  });

  it('answer false, never throw, for a revoked Proxy or a brand getter that throws', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = Object.defineProperty({}, brand('Money'), {
      get() {
        throw new Error('no');
      },
    });
    expect([isMoney(proxy), isRate(proxy), isSchedule(proxy), isPrepaidLedger(proxy), isQuote(proxy)]).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(isMoney(throwing)).toBe(false);
  });
});

describe('values that carry a brand without being the library’s', () => {
  it('a plain object with the current brand is read as its data, and validated as such', () => {
    const json = { amount: '2.50', currency: 'CHF', [brand('Money')]: 1 };
    expect(
      money(1, 'CHF')
        .plus(json as never)
        .toString(),
    ).toBe('CHF 3.50');
    expectInvalid(() => parseMoney({ amount: 'lots', currency: 'CHF', [brand('Money')]: 1 } as never));
    const r = { toJSON: () => '0.25', [brand('Rate')]: 1 };
    expect(rate(r as never).toString()).toBe('25%');
    expectInvalid(() => rate({ toJSON: () => '1.5', [brand('Rate')]: 1 } as never));
  });

  it('a value with the brand of another format is INCOMPATIBLE_VALUE, naming the class and both formats', () => {
    const m = expectPolicyError(
      () => money(1, 'CHF').plus({ amount: '1', currency: 'CHF', [brand('Money')]: 2 } as never),
      'INCOMPATIBLE_VALUE',
    );
    expect(m.message).toBe('A Money from hostpolicy format 2; this copy reads format 1 — use one version of hostpolicy.');
    expect(m.details).toEqual({ value: 'Money', format: 2, expected: 1 });
    const r = expectPolicyError(() => rate({ toJSON: () => '0.2', [brand('Rate')]: 'v2' } as never), 'INCOMPATIBLE_VALUE');
    expect(r.message).toBe('A Rate from an unknown hostpolicy format; this copy reads format 1 — use one version of hostpolicy.');
    const s = { ...alwaysOpen().toJSON(), [brand('Schedule')]: 0 };
    expectPolicyError(() => addBusinessTime('2026-03-02T08:00:00Z', { hours: 1 }, s as never), 'INCOMPATIBLE_VALUE');
    expectPolicyError(() => weeklySchedule(s as never), 'INCOMPATIBLE_VALUE');
    expectPolicyError(() => prepaidLedger({ balances: {}, [brand('PrepaidLedger')]: 2 } as never), 'INCOMPATIBLE_VALUE');
    const q = quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 1 }] });
    expectPolicyError(
      () => formatQuote(Object.defineProperty({ ...q, toJSON: q.toJSON }, brand('Quote'), { value: 2 }), 'en'),
      'INCOMPATIBLE_VALUE',
    );
  });

  it('an object made from a Schedule’s prototype but not by the library is no schedule', () => {
    const fake = Object.create(Object.getPrototypeOf(alwaysOpen()) as object) as never;
    expectInvalid(() => addBusinessTime('2026-03-02T08:00:00Z', { hours: 1 }, fake));
  });
});
