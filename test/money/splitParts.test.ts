/**
 * MON-04: `split(n)` takes the 1 to 1,000,000 parts its message advertises. Found by an outside
 * attack: split went through `allocate` with n ratios, so above 10,000 parts it refused with
 * "Invalid allocation ratios: must be a list of 1 to 10000 ratios", a parameter the caller never
 * passed, while its own limit said 1 to 1,000,000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money } from '../../src/money/index.js';
import { expectInvalid } from '../helpers/expectError.js';

describe('MON-04 split(n) for every advertised number of parts', () => {
  it.each([10_000, 10_001, 123_457, 1_000_000])('MON-04 split(%i) gives that many parts summing exactly to the whole', (n) => {
    const whole = money('1234.57', 'CHF');
    const parts = whole.split(n);
    expect(parts).toHaveLength(n);
    // The parts take at most two amounts, one minor unit apart, the larger first; counted, they sum to the whole.
    const counts = new Map<string, number>();
    for (const p of parts) {
      const key = p.toDecimalString();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const [first, second] = [...counts];
    const [larger, many] = first as [string, number];
    const [smaller, rest] = second ?? [larger, 0];
    expect(counts.size).toBeLessThanOrEqual(2);
    if (counts.size === 2) expect(money(larger, 'CHF').minus(money(smaller, 'CHF')).toString()).toBe('CHF 0.01');
    expect(parts[0]?.toDecimalString()).toBe(larger);
    expect(money(larger, 'CHF').times(many).plus(money(smaller, 'CHF').times(rest)).toString()).toBe(whole.toString());
  });

  it('MON-04 parts are distinct Money values, not one object repeated', () => {
    const parts = money('1', 'CHF').split(3);
    expect(parts[1]).not.toBe(parts[2]);
    expect(parts.map(String)).toEqual(['CHF 0.34', 'CHF 0.33', 'CHF 0.33']);
  });

  it('MON-04 beyond 1,000,000, or not a whole number, the error names the number of parts', () => {
    for (const n of [0, 1_000_001, 10_000_000, 1.5, Number.NaN, '3' as unknown as number]) {
      expect(expectInvalid(() => money(1, 'CHF').split(n)).message).toBe(
        'Invalid number of parts: must be a whole number from 1 to 1000000',
      );
    }
  });

  it('MON-04 property: split(n) is allocate with n equal ratios, for any amount, sign, precision and currency', () => {
    const amount = fc
      .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 5 }))
      .map(([units, places]) => (places === 0 ? String(units) : (Number(units) / 10 ** places).toFixed(places)));
    fc.assert(
      fc.property(amount, fc.constantFrom('CHF', 'JPY', 'KWD'), fc.integer({ min: 1, max: 300 }), (a, currency, n) => {
        const m = money(a, currency);
        expect(m.split(n).map((p) => p.toJSON())).toEqual(m.allocate(Array.from({ length: n }, () => 1)).map((p) => p.toJSON()));
      }),
      { numRuns: 300 },
    );
  });
});
