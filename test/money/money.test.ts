import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type HostPolicyError, InvalidInputError, isHostPolicyError, money, minorUnits, parseMoney, type Money } from '../../src/index.js';
import { expectInvalid } from '../helpers/expectError.js';

describe('MON-01 exact amounts with an ISO 4217 currency', () => {
  it('MON-01 adds decimal fractions exactly (0.1 + 0.2 = 0.3)', () => {
    expect(money(0.1, 'CHF').plus(money(0.2, 'CHF')).equals(money('0.3', 'CHF'))).toBe(true);
    expect(money('0.1', 'EUR').times(3).toString()).toBe('EUR 0.30');
  });

  it('MON-01 knows the minor unit of CHF, EUR, USD, GBP (2), JPY (0), BHD and KWD (3)', () => {
    expect([minorUnits('CHF'), minorUnits('EUR'), minorUnits('USD'), minorUnits('GBP')]).toEqual([2, 2, 2, 2]);
    expect([minorUnits('JPY'), minorUnits('BHD'), minorUnits('KWD')]).toEqual([0, 3, 3]);
    expect(money(1500, 'JPY').toString()).toBe('JPY 1500');
    expect(money('1.5', 'KWD').toString()).toBe('KWD 1.500');
  });

  it('MON-01 round-trips through JSON', () => {
    const m = money('208.32', 'CHF');
    const back = parseMoney(JSON.parse(JSON.stringify(m)) as { amount: string; currency: string });
    expect(back.equals(m)).toBe(true);
    expect(JSON.stringify(money(100, 'CHF'))).toBe('{"amount":"100.00","currency":"CHF"}');
  });

  it('MON-01 accepts the JSON form wherever a Money is accepted', () => {
    expect(money('1', 'CHF').plus({ amount: '2.50', currency: 'CHF' }).toString()).toBe('CHF 3.50');
  });

  it('MON-01 property: the JSON form reads back to an equal amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), (cents) => {
        const abs = cents < 0n ? -cents : cents;
        const m = money(`${cents < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`, 'CHF');
        expect(parseMoney(m.toJSON()).equals(m)).toBe(true);
      }),
    );
  });
});

describe('MON-02 no arithmetic across currencies', () => {
  it('MON-02 refuses to add, subtract or compare CHF and EUR', () => {
    const chf = money(1, 'CHF');
    const eur = money(1, 'EUR');
    for (const op of [() => chf.plus(eur), () => chf.minus(eur), () => chf.compare(eur)]) {
      try {
        op();
        expect.fail('no error');
      } catch (e) {
        expect(isHostPolicyError(e)).toBe(true);
        expect((e as HostPolicyError).code).toBe('CURRENCY_MISMATCH');
        expect((e as HostPolicyError).rule).toBe('MON-02');
      }
    }
  });

  it('MON-02 amounts in different currencies are never equal', () => {
    expect(money(1, 'CHF').equals(money(1, 'EUR'))).toBe(false);
  });
});

describe('MON-03 explicit rounding', () => {
  it('MON-03 rounds half-up by default and half-even on request', () => {
    expect(money('2.345', 'CHF').round().toString()).toBe('CHF 2.35');
    expect(money('-2.345', 'CHF').round().toString()).toBe('CHF -2.35');
    expect(money('2.345', 'CHF').round('half-even').toString()).toBe('CHF 2.34');
    expect(money('2.355', 'CHF').round('half-even').toString()).toBe('CHF 2.36');
  });

  it('MON-03 rounds to a step: Swiss cash rounding to 0.05', () => {
    expect(money('225.19', 'CHF').round('half-up', '0.05').toString()).toBe('CHF 225.20');
    expect(money('225.17', 'CHF').round('half-up', '0.05').toString()).toBe('CHF 225.15');
    expect(money('2.375', 'CHF').round('half-up', 0.05).toString()).toBe('CHF 2.40');
  });

  it('MON-03 rounds to the currency minor unit (JPY 0, KWD 3)', () => {
    expect(money('1.5', 'JPY').round().toString()).toBe('JPY 2');
    expect(money('1.2345', 'KWD').round().toString()).toBe('KWD 1.235');
  });

  it('MON-03 property: rounding is idempotent and moves by at most half a minor unit (half modes)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom('half-up', 'half-even' as const), (milli, mode) => {
        const m = money((milli / 1000).toFixed(3), 'CHF');
        const r = m.round(mode);
        expect(r.round(mode).equals(r)).toBe(true);
        expect(r.minus(m).abs().compare(money('0.005', 'CHF'))).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('MON-04 allocation never loses a cent', () => {
  it('MON-04 splits CHF 100 in three: 33.34, 33.33, 33.33', () => {
    expect(money(100, 'CHF').split(3).map(String)).toEqual(['CHF 33.34', 'CHF 33.33', 'CHF 33.33']);
  });

  it('MON-04 allocates by ratios, leftovers to the largest remainders', () => {
    expect(money('0.05', 'CHF').allocate([1, 2]).map(String)).toEqual(['CHF 0.02', 'CHF 0.03']);
    expect(money(10, 'CHF').allocate([70, 30]).map(String)).toEqual(['CHF 7.00', 'CHF 3.00']);
    expect(money(-1, 'CHF').split(3).map(String)).toEqual(['CHF -0.34', 'CHF -0.33', 'CHF -0.33']);
  });

  const amounts = fc.integer({ min: -1e12, max: 1e12 }).map((cents) => money((cents / 100).toFixed(2), 'CHF'));

  it('MON-04 property: parts sum exactly to the whole for any ratios', () => {
    fc.assert(
      fc.property(
        amounts,
        fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 12 }).filter((rs) => rs.some((r) => r > 0)),
        (m, ratios) => {
          const parts = m.allocate(ratios);
          expect(parts).toHaveLength(ratios.length);
          expect(parts.reduce((s: Money, p) => s.plus(p), money(0, 'CHF')).equals(m)).toBe(true);
        },
      ),
    );
  });

  it('MON-04 property: equal ratios give parts that differ by at most one minor unit', () => {
    fc.assert(
      fc.property(amounts, fc.integer({ min: 1, max: 50 }), (m, n) => {
        const parts = m.split(n);
        const sorted = [...parts].sort((a, b) => a.compare(b));
        const spread = (sorted[sorted.length - 1] as Money).minus(sorted[0] as Money);
        expect(spread.compare(money('0.01', 'CHF'))).toBeLessThanOrEqual(0);
        expect(parts.reduce((s: Money, p) => s.plus(p), money(0, 'CHF')).equals(m)).toBe(true);
      }),
    );
  });

  it('MON-04 property: splits amounts finer than the minor unit at their own precision', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 9 }), (milli, n) => {
        const m = money((milli / 1000).toFixed(3), 'EUR');
        expect(
          m
            .split(n)
            .reduce((s: Money, p) => s.plus(p), money(0, 'EUR'))
            .equals(m),
        ).toBe(true);
      }),
    );
  });
});

describe('money bad input', () => {
  it.each([
    ['1e400', 'CHF'],
    [Number.NaN, 'CHF'],
    [Number.POSITIVE_INFINITY, 'CHF'],
    ['abc', 'CHF'],
    ['', 'CHF'],
    ['1.00', 'XYZ'],
    ['1.00', 'chf'],
    [null, 'CHF'],
    [{}, 'CHF'],
  ])('MON-01 refuses money(%j, %j)', (amount, currency) => {
    expectInvalid(() => money(amount as string, currency));
  });

  it('MON-01 names the offending field', () => {
    try {
      money('1e400', 'CHF');
      expect.fail('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).issues[0]?.path).toEqual(['amount']);
    }
  });

  it('MON-04 refuses empty, negative or all-zero ratios and bad part counts', () => {
    const m = money(1, 'CHF');
    expectInvalid(() => m.allocate([]));
    expectInvalid(() => m.allocate([1, -1]));
    expectInvalid(() => m.allocate([0, 0]));
    expectInvalid(() => m.split(0));
    expectInvalid(() => m.split(1.5));
  });

  it('MON-03 refuses an unknown rounding mode or a zero step', () => {
    expectInvalid(() => money(1, 'CHF').round('sideways' as 'half-up'));
    expectInvalid(() => money(1, 'CHF').round('half-up', 0));
  });

  it('MON-02 refuses a malformed other amount instead of throwing a TypeError', () => {
    expectInvalid(() => money(1, 'CHF').plus({} as Money));
    expectInvalid(() => money(1, 'CHF').times('abc'));
    expectInvalid(() => money(1, 'CHF').times(Number.NaN));
  });
});
