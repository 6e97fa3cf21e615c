/**
 * Whole minor units (issue 20, item 7): `toMinorUnits` / `fromMinorUnits`, as payment APIs take
 * amounts (Stripe's `amount: 1234` for CHF 12.34). Exact both ways; a fraction of the minor unit
 * is refused, never rounded silently (MON-03).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencies, fromMinorUnits, isMoney, minorUnits, money, toMinorUnits } from '../../src/index.js';
import { expectInvalid, expectPolicyError } from '../helpers/expectError.js';

const TWO_53 = 2n ** 53n;

describe('toMinorUnits and fromMinorUnits: examples', () => {
  it.each([
    ['CHF', '12.34', 1234],
    ['EUR', '0.01', 1],
    ['EUR', '-7.5', -750],
    ['JPY', '1500', 1500], // no minor unit
    ['KWD', '1.5', 1500], // three decimals
    ['BHD', '0.001', 1],
    ['CLF', '2.0001', 20001], // four decimals
    ['CHF', '0', 0],
  ] as const)('%s %s is %d minor units, and back', (currency, amount, units) => {
    expect(toMinorUnits(money(amount, currency))).toBe(units);
    expect(toMinorUnits({ amount, currency })).toBe(units);
    expect(fromMinorUnits(units, currency).equals(money(amount, currency))).toBe(true);
    expect(fromMinorUnits(BigInt(units), currency).equals(money(amount, currency))).toBe(true);
    expect(fromMinorUnits(String(units), currency).equals(money(amount, currency))).toBe(true);
  });

  it('writes amounts with the currency’s decimals', () => {
    expect(fromMinorUnits(1234, 'CHF').toString()).toBe('CHF 12.34');
    expect(fromMinorUnits(1500, 'JPY').toString()).toBe('JPY 1500');
    expect(fromMinorUnits(-1500, 'KWD').toString()).toBe('KWD -1.500');
    expect(fromMinorUnits(5, 'CHF').toJSON()).toEqual({ amount: '0.05', currency: 'CHF' });
  });

  it('gives 0, not −0, for a negated zero', () => {
    expect(Object.is(toMinorUnits(money(0, 'CHF').negated()), 0)).toBe(true);
    expect(fromMinorUnits('-0', 'CHF').toString()).toBe('CHF 0.00');
    expect(fromMinorUnits(-0, 'CHF').toString()).toBe('CHF 0.00');
  });

  it('answers a number up to 2^53 − 1 minor units, and a bigint when asked, for any amount', () => {
    expect(toMinorUnits(money('90071992547409.91', 'CHF'))).toBe(Number.MAX_SAFE_INTEGER);
    expect(toMinorUnits(money('-90071992547409.91', 'CHF'))).toBe(-Number.MAX_SAFE_INTEGER);
    expect(toMinorUnits(money('12.34', 'CHF'), { bigint: true })).toBe(1234n);
    expect(toMinorUnits(money('100000000000000', 'CHF'), { bigint: true })).toBe(10n ** 16n);
    expect(toMinorUnits(money(`${'9'.repeat(30)}.999`, 'KWD'), { bigint: true })).toBe(10n ** 33n - 1n);
    expect(toMinorUnits(money('12.34', 'CHF'), { bigint: false })).toBe(1234);
  });

  it('reads a bigint or a string of digits beyond 2^53 exactly', () => {
    expect(fromMinorUnits(TWO_53 + 1n, 'CHF').toString()).toBe('CHF 90071992547409.93');
    expect(fromMinorUnits('9007199254740993', 'CHF').toString()).toBe('CHF 90071992547409.93');
    expect(fromMinorUnits(10n ** 20n, 'EUR').toString()).toBe('EUR 1000000000000000000.00');
    expect(fromMinorUnits(-(10n ** 32n) + 1n, 'CHF').toString()).toBe(`CHF -${'9'.repeat(30)}.99`);
    expect(fromMinorUnits('000123', 'CHF').toString()).toBe('CHF 1.23');
    expect(isMoney(fromMinorUnits(1n, 'CHF'))).toBe(true);
  });
});

describe('MON-03 a fraction of the minor unit is refused, not rounded', () => {
  it('MON-03 refuses CHF 2.345 with NOT_IN_MINOR_UNITS, and takes it once rounded', () => {
    const error = expectPolicyError(() => toMinorUnits(money('2.345', 'CHF')), 'NOT_IN_MINOR_UNITS', 'MON-03');
    expect(error.message).toBe('CHF 2.345 has a fraction of the minor unit (2 decimals in CHF); round it first, e.g. with round().');
    expect(toMinorUnits(money('2.345', 'CHF').round())).toBe(235);
    expect(toMinorUnits(money('2.345', 'CHF').round('half-even'))).toBe(234);
  });

  it('MON-03 refuses any fraction of a yen and of a fils, also in the bigint form', () => {
    expectPolicyError(() => toMinorUnits(money('0.5', 'JPY')), 'NOT_IN_MINOR_UNITS', 'MON-03');
    expectPolicyError(() => toMinorUnits(money('1.0005', 'KWD'), { bigint: true }), 'NOT_IN_MINOR_UNITS', 'MON-03');
    expectPolicyError(() => toMinorUnits(money(`1.${'0'.repeat(399)}1`, 'CHF')), 'NOT_IN_MINOR_UNITS', 'MON-03');
  });

  it('MON-03 trailing zeros are no fraction: CHF 2.340000 is 234', () => {
    expect(toMinorUnits(money('2.340000', 'CHF'))).toBe(234);
    expect(toMinorUnits(money('1500.000', 'JPY'))).toBe(1500);
  });

  it('MON-03 property: an amount is refused exactly when it has more decimals than the currency', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...currencies()),
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: 0, max: 8 }),
        (currency, digits, places) => {
          const text = decimalText(digits, places);
          const m = money(text, currency);
          const fine = m.amount.decimalPlaces() <= (minorUnits(currency) as number);
          let refused = false;
          try {
            toMinorUnits(m, { bigint: true });
          } catch (e) {
            refused = (e as { code?: string }).code === 'NOT_IN_MINOR_UNITS';
          }
          expect(refused).toBe(!fine);
        },
      ),
    );
  });
});

describe('MON-01 beyond what a number holds exactly', () => {
  it('MON-01 toMinorUnits answers a bigint beyond 2^53 − 1 minor units, never a number that is off', () => {
    expect(toMinorUnits(money('90071992547409.92', 'CHF'))).toBe(9007199254740992n);
    expect(toMinorUnits(money('-90071992547409.92', 'CHF'))).toBe(-9007199254740992n);
    expect(toMinorUnits(money('100000000000000', 'CHF'))).toBe(10n ** 16n);
    expect(toMinorUnits(money(`${'9'.repeat(30)}.999`, 'KWD'))).toBe(10n ** 33n - 1n);
    // Up to 2^53 − 1 it stays a number.
    expect(typeof toMinorUnits(money('90071992547409.91', 'CHF'))).toBe('number');
  });
});

/** `digits` × 10^−places as a decimal string. */
function decimalText(digits: bigint, places: number): string {
  const negative = digits < 0n;
  const text = (negative ? -digits : digits).toString().padStart(places + 1, '0');
  const body = places === 0 ? text : `${text.slice(0, text.length - places)}.${text.slice(text.length - places)}`;
  return `${negative ? '-' : ''}${body}`;
}

describe('round trips', () => {
  const currency = fc.constantFrom(...currencies());
  /** Whole minor units of up to 30 integer digits in the main unit, either sign. */
  const units = fc.bigInt({ min: -(10n ** 30n) + 1n, max: 10n ** 30n - 1n });

  it('property: fromMinorUnits(toMinorUnits(m)) equals m, through bigint for any amount', () => {
    fc.assert(
      fc.property(currency, units, (code, n) => {
        const m = money(decimalText(n, minorUnits(code) as number), code);
        const back = fromMinorUnits(toMinorUnits(m, { bigint: true }), code);
        expect(back.equals(m)).toBe(true);
        expect(back.toString()).toBe(m.toString());
      }),
    );
  });

  it('property: within 2^53 the number form round-trips too, and agrees with the bigint form', () => {
    fc.assert(
      fc.property(currency, fc.bigInt({ min: -(TWO_53 - 1n), max: TWO_53 - 1n }), (code, n) => {
        const m = fromMinorUnits(n, code);
        expect(toMinorUnits(m)).toBe(Number(n));
        expect(toMinorUnits(m, { bigint: true })).toBe(n);
        expect(fromMinorUnits(Number(n), code).equals(m)).toBe(true);
        expect(fromMinorUnits(n.toString(), code).equals(m)).toBe(true);
      }),
    );
  });

  it('property: toMinorUnits(fromMinorUnits(n)) is n for any whole number of minor units', () => {
    fc.assert(
      fc.property(currency, units, (code, n) => {
        expect(toMinorUnits(fromMinorUnits(n, code), { bigint: true })).toBe(n);
      }),
    );
  });
});

describe('bad input', () => {
  it.each([
    ['a fraction', 12.5, 'must be a whole number of minor units'],
    ['NaN', Number.NaN, 'must be a whole number of minor units'],
    ['Infinity', Number.POSITIVE_INFINITY, 'must be a whole number of minor units'],
    [
      'a number beyond 2^53 − 1',
      2 ** 60,
      'is beyond 2^53 − 1, where a number may not be the one meant: pass a bigint or a string of digits',
    ],
    ['decimal text', '12.5', 'must be a whole number of minor units: a safe integer, a bigint or a string of digits'],
    ['exponent text', '1e3', 'must be a whole number of minor units: a safe integer, a bigint or a string of digits'],
    ['blank text', '', 'must be a whole number of minor units: a safe integer, a bigint or a string of digits'],
    ['huge text', '1'.repeat(1_000_000), 'must be a whole number of minor units: a safe integer, a bigint or a string of digits'],
    ['an object', { units: 5 }, 'must be a whole number of minor units: a safe integer, a bigint or a string of digits'],
    ['null', null, 'must be a whole number of minor units: a safe integer, a bigint or a string of digits'],
  ])('fromMinorUnits refuses %s', (_what, value, message) => {
    const error = expectInvalid(() => fromMinorUnits(value as never, 'CHF'));
    expect(error.issues).toEqual([{ path: ['units'], message, code: 'custom' }]);
  });

  it('fromMinorUnits refuses more than 30 integer digits in the main unit', () => {
    expect(fromMinorUnits(10n ** 32n - 1n, 'CHF').toString()).toBe(`CHF ${'9'.repeat(30)}.99`);
    const error = expectInvalid(() => fromMinorUnits(10n ** 32n, 'CHF'));
    expect(error.issues[0]?.message).toBe('must be at most 30 integer digits in the main unit (32 digits of minor units)');
    expectInvalid(() => fromMinorUnits(10n ** 30n, 'JPY'));
    // A huge bigint is refused before it is written out in digits.
    expect(expectInvalid(() => fromMinorUnits(-(10n ** 100_000n), 'CHF')).issues[0]?.path).toEqual(['units']);
  });

  it.each([['chf'], ['XYZ'], ['__proto__'], ['constructor'], [''], [42], [undefined]])('fromMinorUnits refuses the currency %s', (code) => {
    const error = expectInvalid(() => fromMinorUnits(100, code as never));
    expect(error.issues[0]?.path).toEqual(['currency']);
  });

  it('toMinorUnits refuses what is not money', () => {
    expectInvalid(() => toMinorUnits({ amount: '1.00', currency: 'chf' }));
    expectInvalid(() => toMinorUnits({ amount: 'NaN', currency: 'CHF' }));
    expectInvalid(() => toMinorUnits({ amount: '1.00', currency: 'CHF', extra: 1 } as never));
    expectInvalid(() => toMinorUnits(null as never));
    expectInvalid(() => toMinorUnits(JSON.parse('{"amount":"1","currency":"CHF","__proto__":{"x":1}}') as never));
  });

  it('toMinorUnits refuses unknown or malformed options', () => {
    expect(expectInvalid(() => toMinorUnits(money(1, 'CHF'), { bigInt: true } as never)).message).toContain("'bigInt'");
    expectInvalid(() => toMinorUnits(money(1, 'CHF'), { bigint: 'yes' } as never));
    expectInvalid(() => toMinorUnits(money(1, 'CHF'), null as never));
    expectInvalid(() => toMinorUnits(money(1, 'CHF'), JSON.parse('{"__proto__":{"bigint":true}}') as never));
  });
});
