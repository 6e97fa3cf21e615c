import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { money, type Money } from '../../src/money/index.js';
import { ROUNDING_MODES, type RoundingMode } from '../../src/money/rounding.js';

/*
 * A Money holds up to 30 integer and 400 fraction digits (MONEY_DIGITS), far more than the 60
 * significant digits the library's Dec rounds to. Sums, differences, products, splits,
 * allocations and step roundings of such amounts are exact (MON-01, MON-03, MON-04); a result
 * beyond the range is AMOUNT_OUT_OF_RANGE, never a rounded amount.
 */

/** A reference with room for any exact result on amounts (860-digit products, 430-digit quotients and more). */
const Ref = Decimal.clone({ precision: 3000, rounding: Decimal.ROUND_HALF_UP });
const REF_MODE: Record<RoundingMode, Decimal.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

const chf = (amount: string): Money => money(amount, 'CHF');
const sum = (parts: readonly Money[]): Money => parts.reduce((s, p) => s.plus(p), chf('0'));
const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

/** Amount text with `intMax` integer and up to 400 fraction digits, either sign; digits cluster at both ends of the range. */
function amountArb(intMax = 30): fc.Arbitrary<string> {
  return fc
    .tuple(fc.boolean(), digits(1, intMax), fc.oneof(digits(0, 3), digits(55, 75), digits(380, 400)))
    .map(([negative, int, frac]) => `${negative ? '-' : ''}${int}${frac === '' ? '' : `.${frac}`}`);
}

const LONG = `1.${'0'.repeat(70)}1`; // 73 significant digits
const BIG = `123456789012345678901234567890.${'1'.repeat(35)}`; // 65 significant digits

describe('exact arithmetic on long amounts (MON-01, MON-03)', () => {
  it('MON-01: plus and minus keep every digit', () => {
    const a = chf(LONG);
    expect(a.plus(chf('1')).toDecimalString()).toBe(`2.${'0'.repeat(70)}1`);
    expect(a.plus(chf('1')).minus(chf('1')).equals(a)).toBe(true);
    expect(chf(BIG).plus(chf('0')).equals(chf(BIG))).toBe(true);
    expect(
      chf(`${'9'.repeat(30)}.01`)
        .plus(chf('0.001'))
        .toDecimalString(),
    ).toBe(`${'9'.repeat(30)}.011`);
    expect(
      chf(`${'9'.repeat(30)}.01`)
        .minus(chf('0.01'))
        .toDecimalString(),
    ).toBe(`${'9'.repeat(30)}.00`);
    const tiny = `0.${'0'.repeat(399)}1`;
    expect(
      chf(`${'9'.repeat(29)}`)
        .plus(chf(tiny))
        .toDecimalString(),
    ).toBe(`${'9'.repeat(29)}.${'0'.repeat(399)}1`);
  });

  it('MON-01: times is exact, and a product beyond 400 decimals is AMOUNT_OUT_OF_RANGE, not rounded', () => {
    expect(chf(LONG).times(3).toDecimalString()).toBe(`3.${'0'.repeat(70)}3`);
    expect(chf(BIG).times('1.1').toDecimalString()).toBe(new Ref(BIG).times('1.1').toFixed());
    // 400 decimals times a factor of 60 decimals: 460 decimals, which no Money holds.
    const long = chf(`0.${'1'.repeat(400)}`);
    expect(() => long.times(`0.${'3'.repeat(60)}`)).toThrow(expect.objectContaining({ code: 'AMOUNT_OUT_OF_RANGE', rule: 'MON-01' }));
  });

  it('MON-03: rounding to a step sees every digit of the amount', () => {
    const step = `0.${'0'.repeat(399)}1`;
    expect(chf(LONG).round('half-up', step).equals(chf(LONG))).toBe(true);
    expect(chf(LONG).round('up', '0.05').toDecimalString()).toBe('1.05');
    expect(chf(LONG).round('down', '0.05').toDecimalString()).toBe('1.00');
    // Just above a half: 0.025 + 10^-100 rounds up to 0.05 in every half mode.
    const aboveHalf = `0.025${'0'.repeat(96)}1`;
    expect(chf(aboveHalf).round('half-even', '0.05').toDecimalString()).toBe('0.05');
    expect(chf(aboveHalf).round('half-up', '0.05').toDecimalString()).toBe('0.05');
  });
});

describe('split and allocate of long amounts (MON-04)', () => {
  it('MON-04: split(2) of CHF 1.(70 zeros)1 sums to the whole', () => {
    const whole = chf(LONG);
    const parts = whole.split(2);
    expect(parts.map((p) => p.toDecimalString())).toEqual([`0.5${'0'.repeat(69)}1`, '0.50']);
    expect(sum(parts).equals(whole)).toBe(true);
  });

  it('MON-04: split(3) and allocate([1, 1]) of CHF 0.(100 ones) sum to the whole', () => {
    const whole = chf(`0.${'1'.repeat(100)}`);
    expect(sum(whole.split(3)).equals(whole)).toBe(true);
    expect(sum(whole.allocate([1, 1])).equals(whole)).toBe(true);
    expect(sum(whole.allocate([`0.${'7'.repeat(200)}`, '3', `1${'0'.repeat(29)}`])).equals(whole)).toBe(true);
  });
});

describe('properties over amounts of up to 30 integer and 400 fraction digits', () => {
  const runs = { numRuns: 150 };

  it('a + b − b = a, and the sum is the exact sum', () => {
    fc.assert(
      fc.property(amountArb(29), amountArb(29), (a, b) => {
        const s = chf(a).plus(chf(b));
        expect(s.amount.toFixed()).toBe(new Ref(a).plus(b).toFixed());
        expect(s.minus(chf(b)).equals(chf(a))).toBe(true);
      }),
      runs,
    );
  });

  it('split(n) and allocate(ratios) parts sum exactly to the whole', () => {
    const ratio = fc.oneof(
      fc.integer({ min: 0, max: 1000 }),
      amountArb(5).map((r) => r.replace('-', '')),
    );
    fc.assert(
      fc.property(amountArb(), fc.integer({ min: 1, max: 12 }), fc.array(ratio, { minLength: 1, maxLength: 6 }), (a, n, ratios) => {
        const whole = chf(a);
        expect(sum(whole.split(n)).equals(whole)).toBe(true);
        fc.pre(ratios.some((r) => !new Ref(r).isZero()));
        expect(sum(whole.allocate(ratios)).equals(whole)).toBe(true);
      }),
      runs,
    );
  });

  it('times an integer equals repeated plus, and times is the exact product or AMOUNT_OUT_OF_RANGE', () => {
    fc.assert(
      fc.property(amountArb(28), fc.integer({ min: 0, max: 9 }), amountArb(3), (a, k, f) => {
        const m = chf(a);
        expect(m.times(k).equals(Array.from({ length: k }, () => m).reduce((s, p) => s.plus(p), chf('0')))).toBe(true);
        const exact = new Ref(a).times(f);
        if (exact.decimalPlaces() > 400) expect(() => m.times(f)).toThrow(expect.objectContaining({ code: 'AMOUNT_OUT_OF_RANGE' }));
        else expect(m.times(f).amount.toFixed()).toBe(exact.toFixed());
      }),
      runs,
    );
  });

  it('round(mode, step) rounds the exact quotient once', () => {
    const step = fc.oneof(
      fc.constantFrom('0.05', '0.01', '1', '100'),
      amountArb(3).map((s) => s.replace('-', '')),
    );
    fc.assert(
      fc.property(amountArb(25), step, fc.constantFrom(...ROUNDING_MODES), (a, s, mode) => {
        fc.pre(!new Ref(s).isZero());
        const exact = new Ref(a).dividedBy(s).toDecimalPlaces(0, REF_MODE[mode]).times(s);
        expect(chf(a).round(mode, s).amount.toFixed()).toBe(exact.toFixed());
      }),
      runs,
    );
  });
});
