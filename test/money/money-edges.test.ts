import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import {
  currencies,
  formatMoney,
  formatRate,
  isCurrency,
  minorUnits,
  money,
  parseMoney,
  rate,
  ROUNDING_MODES,
  type Money,
  type RoundingMode,
} from '../../src/index.js';
import { InvalidInputError } from '../../src/errors.js';
import { expectInvalid, expectPolicyError } from '../helpers/expectError.js';

const nbsp = (s: string): string => s.replace(/\u00a0|\u202f/g, ' ');
const amounts = (ms: readonly Money[]): string[] => ms.map((m) => m.toDecimalString());

describe('MON-01 currency table and amount input edges', () => {
  it('MON-01 lists every supported ISO 4217 code once, sorted', () => {
    const codes = currencies();
    expect(codes.length).toBe(166);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.slice(0, 3)).toEqual(['AED', 'AFN', 'ALL']);
    for (const code of ['CHF', 'EUR', 'JPY', 'KWD', 'CLF', 'ZWG']) expect(codes).toContain(code);
    expect(codes.every((c) => /^[A-Z]{3}$/.test(c) && isCurrency(c))).toBe(true);
  });

  it.each([
    ['JPY', 0],
    ['KRW', 0],
    ['XPF', 0],
    ['KWD', 3],
    ['TND', 3],
    ['CLF', 4],
    ['UYW', 4],
    ['CHF', 2],
    ['ZWG', 2],
  ])('MON-01 %s has %i minor-unit decimals', (code, places) => {
    expect(minorUnits(code)).toBe(places);
    expect(money('1', code).toDecimalString()).toBe(places === 0 ? '1' : `1.${'0'.repeat(places)}`);
  });

  it('MON-01 knows no lower-case or unknown code', () => {
    expect(minorUnits('XYZ')).toBeUndefined();
    expect(minorUnits('chf')).toBeUndefined();
    expect(isCurrency('chf')).toBe(false);
  });

  it('MON-01 trims blanks around a decimal string', () => {
    expect(money(' 12.50 ', 'CHF').toString()).toBe('CHF 12.50');
    expect(money('\t-3\n', 'EUR').toString()).toBe('EUR -3.00');
  });

  it('MON-01 accepts numbers below 10^15 and refuses 10^15 itself; decimals and strings up to 30 integer digits', () => {
    expect(money(999_999_999_999_999, 'CHF').toString()).toBe('CHF 999999999999999.00');
    expect(money(-999_999_999_999_999, 'CHF').toString()).toBe('CHF -999999999999999.00');
    const e = expectInvalid(() => money(1e15, 'CHF'));
    expect(e.issues[0]?.path).toEqual(['amount']);
    expectInvalid(() => money(-1e15, 'CHF'));
    // Issue 15: a value the library writes (two large credits) reads back, so decimals and strings reach further.
    expect(money(new Decimal('1e15'), 'CHF').toString()).toBe('CHF 1000000000000000.00');
    expectInvalid(() => money(new Decimal('1e30'), 'CHF'));
    expectInvalid(() => money(new Decimal('1e-401'), 'CHF'));
    expect(money(new Decimal('-2.5'), 'CHF').toString()).toBe('CHF -2.50');
  });

  it('MON-01 reads the number -0 as plain zero', () => {
    const zero = money(-0, 'CHF');
    expect(zero.amount.isNegative()).toBe(false);
    expect(zero.toString()).toBe('CHF 0.00');
  });

  it('MON-01 reads numbers through their shortest decimal form', () => {
    expect(money(0.1, 'EUR').amount.toString()).toBe('0.1');
    expect(money(1e-7, 'EUR').amount.toString()).toBe('0.0000001');
  });

  it('MON-01 names what was being read in its error messages', () => {
    expect(expectInvalid(() => money('abc', 'CHF')).message).toBe(
      "Invalid money: amount: must be a decimal number like '208.32' with at most 30 integer and 400 fraction digits (as a number: " +
        'below 10^15)',
    );
    expect(expectInvalid(() => parseMoney({ amount: '1', currency: 'chf' })).message).toBe(
      "Invalid money: currency: must be an ISO 4217 currency code in upper case, like 'CHF' or 'EUR'",
    );
    expect(expectInvalid(() => money(1, 'CHF').equals({ amount: 'x', currency: 'CHF' })).message).toMatch(/^Invalid money: amount: /);
    expect(expectInvalid(() => rate('abc')).message).toBe(
      "Invalid rate: must be a percentage between 0% and 100%, written '20%', '0.2' or 0.2",
    );
  });

  it('MON-01 parseMoney returns a Money as is and reads the JSON form', () => {
    const m = money('208.32', 'CHF');
    expect(parseMoney(m)).toBe(m);
    expect(parseMoney({ amount: '208.32', currency: 'CHF' }).equals(m)).toBe(true);
  });
});

describe('MON-01 signs and comparisons', () => {
  it('MON-01 negated flips the sign, abs drops it', () => {
    expect(money('2.50', 'CHF').negated().toString()).toBe('CHF -2.50');
    expect(money('-2.50', 'CHF').negated().toString()).toBe('CHF 2.50');
    expect(money('-2.50', 'CHF').abs().toString()).toBe('CHF 2.50');
  });

  it.each([
    ['1', true, false, false],
    ['0.01', true, false, false],
    ['0', false, false, true],
    ['-0.01', false, true, false],
  ])('MON-01 %s: positive %s, negative %s, zero %s', (amount, positive, negative, zero) => {
    const m = money(amount, 'CHF');
    expect(m.isPositive()).toBe(positive);
    expect(m.isNegative()).toBe(negative);
    expect(m.isZero()).toBe(zero);
    expect(m.negated().isZero()).toBe(zero);
    expect(m.negated().isPositive()).toBe(negative);
  });

  it('MON-01 compares amounts of one currency', () => {
    expect(money(1, 'CHF').compare(money(2, 'CHF'))).toBe(-1);
    expect(money(2, 'CHF').compare({ amount: '2.000', currency: 'CHF' })).toBe(0);
    expect(money(3, 'CHF').compare(money(2, 'CHF'))).toBe(1);
  });
});

describe('MON-02 currency mismatch errors', () => {
  it.each([
    ['add', (a: Money, b: Money) => a.plus(b)],
    ['subtract', (a: Money, b: Money) => a.minus(b)],
    ['compare', (a: Money, b: Money) => a.compare(b)],
  ] as const)('MON-02 %s: CURRENCY_MISMATCH names both currencies', (operation, op) => {
    const e = expectPolicyError(() => op(money(1, 'CHF'), money(1, 'EUR')), 'CURRENCY_MISMATCH', 'MON-02');
    expect(e.message).toBe(`Cannot ${operation} CHF and EUR: amounts in different currencies are never converted silently.`);
    expect(e.details).toEqual({ left: 'CHF', right: 'EUR' });
  });
});

describe('MON-01 multiplication factors', () => {
  it('MON-01 multiplies by numbers of any finite size, strings, decimals and rates', () => {
    expect(money(1, 'CHF').times(1e15).toString()).toBe('CHF 1000000000000000.00');
    expect(money(2, 'CHF').times(-1.5).toString()).toBe('CHF -3.00');
    expect(money(2, 'CHF').times('0.25').toString()).toBe('CHF 0.50');
    expect(money(2, 'CHF').times(new Decimal('0.0625')).toString()).toBe('CHF 0.125');
    expect(money(2, 'CHF').times(rate('20%')).toString()).toBe('CHF 0.40');
    expect(money('347.20', 'CHF').times(0.1).toString()).toBe('CHF 34.72');
  });

  it('MON-01 refuses a bad factor with an InvalidInputError naming the factor', () => {
    expect(expectInvalid(() => money(1, 'CHF').times('abc')).message).toBe(
      'Invalid factor: must be a finite number, a decimal string or a Rate',
    );
    expectInvalid(() => money(1, 'CHF').times(Number.POSITIVE_INFINITY));
    expectInvalid(() => money(1, 'CHF').times(null as never));
  });
});

/** Rounding every mode to the minor unit, from the decimal.js documentation's table of modes. */
const ROUNDED: Record<RoundingMode, Record<string, string>> = {
  'half-up': { '2.345': '2.35', '2.344': '2.34', '-2.345': '-2.35', '-2.344': '-2.34', '2.355': '2.36', '2.341': '2.34' },
  'half-even': { '2.345': '2.34', '2.344': '2.34', '-2.345': '-2.34', '-2.344': '-2.34', '2.355': '2.36', '2.341': '2.34' },
  up: { '2.345': '2.35', '2.344': '2.35', '-2.345': '-2.35', '-2.344': '-2.35', '2.355': '2.36', '2.341': '2.35' },
  down: { '2.345': '2.34', '2.344': '2.34', '-2.345': '-2.34', '-2.344': '-2.34', '2.355': '2.35', '2.341': '2.34' },
  ceil: { '2.345': '2.35', '2.344': '2.35', '-2.345': '-2.34', '-2.344': '-2.34', '2.355': '2.36', '2.341': '2.35' },
  floor: { '2.345': '2.34', '2.344': '2.34', '-2.345': '-2.35', '-2.344': '-2.35', '2.355': '2.35', '2.341': '2.34' },
};

/** Rounding to the Swiss cash step 0.05. */
const CASH: Record<RoundingMode, Record<string, string>> = {
  'half-up': { '1.025': '1.05', '1.024': '1.00', '-1.025': '-1.05', '1.075': '1.10' },
  'half-even': { '1.025': '1.00', '1.024': '1.00', '-1.025': '-1.00', '1.075': '1.10' },
  up: { '1.025': '1.05', '1.024': '1.05', '-1.025': '-1.05', '1.075': '1.10' },
  down: { '1.025': '1.00', '1.024': '1.00', '-1.025': '-1.00', '1.075': '1.05' },
  ceil: { '1.025': '1.05', '1.024': '1.05', '-1.025': '-1.00', '1.075': '1.10' },
  floor: { '1.025': '1.00', '1.024': '1.00', '-1.025': '-1.05', '1.075': '1.05' },
};

describe('MON-03 every rounding mode', () => {
  it('MON-03 the six modes are listed', () => {
    expect(ROUNDING_MODES).toEqual(['half-up', 'half-even', 'up', 'down', 'ceil', 'floor']);
  });

  for (const mode of ROUNDING_MODES) {
    it(`MON-03 ${mode} to the minor unit, positive and negative`, () => {
      for (const [input, expected] of Object.entries(ROUNDED[mode])) {
        expect(money(input, 'CHF').round(mode).toDecimalString(), `${input} ${mode}`).toBe(expected);
      }
    });

    it(`MON-03 ${mode} to the cash step 0.05, positive and negative`, () => {
      for (const [input, expected] of Object.entries(CASH[mode])) {
        expect(money(input, 'CHF').round(mode, '0.05').toDecimalString(), `${input} ${mode}`).toBe(expected);
      }
    });
  }

  it('MON-03 rounds to steps given as number, string or Decimal, in the currency minor unit', () => {
    expect(money('1234', 'JPY').round('half-up', 100).toString()).toBe('JPY 1200');
    expect(money('1250', 'JPY').round('half-even', '100').toString()).toBe('JPY 1200');
    expect(money('1.23456', 'KWD').round().toString()).toBe('KWD 1.235');
    expect(money('1.234567', 'CLF').round('floor').toString()).toBe('CLF 1.2345');
    expect(money('7.5', 'JPY').round('half-even').toString()).toBe('JPY 8');
    expect(money('2.5', 'JPY').round('half-even').toString()).toBe('JPY 2');
    expect(money('3', 'CHF').round('half-up', new Decimal('2')).toString()).toBe('CHF 4.00');
  });

  it('MON-03 refuses a zero or negative step and an unknown mode, naming what was wrong', () => {
    expect(expectInvalid(() => money(1, 'CHF').round('half-up', 0)).message).toBe('Invalid rounding step: must be above zero');
    expect(expectInvalid(() => money(1, 'CHF').round('half-up', '-0.05')).message).toBe('Invalid rounding step: must be above zero');
    expect(expectInvalid(() => money(1, 'CHF').round('half-up', 'abc')).message).toMatch(
      /^Invalid rounding step: must be a decimal number/,
    );
    expect(expectInvalid(() => money(1, 'CHF').round('x' as never)).message).toMatch(/^Invalid rounding mode: must be one of 'half-up'/);
    // A non-string is refused even when it would print as a mode name.
    expectInvalid(() => money(1, 'CHF').round({ toString: () => 'up' } as never));
    expectInvalid(() => money(1, 'CHF').round(['up'] as never));
    expectInvalid(() => money(1, 'CHF').round('toString' as never));
  });
});

/** Largest remainder in exact integer arithmetic: floor shares, then the first largest remainders. */
function referenceAllocation(units: bigint, ratios: readonly number[]): bigint[] {
  const rs = ratios.map(BigInt);
  const total = rs.reduce((s, r) => s + r, 0n);
  const parts = rs.map((r) => (units * r) / total);
  const remainders = rs.map((r) => (units * r) % total);
  let leftover = units - parts.reduce((s, p) => s + p, 0n);
  const used = new Set<number>();
  while (leftover > 0n) {
    let best = -1;
    remainders.forEach((r, i) => {
      if (!used.has(i) && (best < 0 || r > (remainders[best] as bigint))) best = i;
    });
    used.add(best);
    parts[best] = (parts[best] as bigint) + 1n;
    leftover -= 1n;
  }
  return parts;
}

describe('MON-04 allocation edges', () => {
  it('MON-04 gives a leftover unit to the larger remainder even when it comes later', () => {
    expect(amounts(money('0.01', 'CHF').allocate([1, 3]))).toEqual(['0.00', '0.01']);
    expect(amounts(money('0.02', 'CHF').allocate([1, 1, 8]))).toEqual(['0.00', '0.00', '0.02']);
    expect(amounts(money('0.10', 'CHF').allocate([1, 1, 1, 3]))).toEqual(['0.02', '0.02', '0.01', '0.05']);
  });

  it('MON-04 breaks ties by position: earlier parts first', () => {
    expect(amounts(money('0.02', 'CHF').split(3))).toEqual(['0.01', '0.01', '0.00']);
    expect(amounts(money('0.05', 'CHF').split(7))).toEqual(['0.01', '0.01', '0.01', '0.01', '0.01', '0.00', '0.00']);
    expect(amounts(money('-0.02', 'CHF').split(3))).toEqual(['-0.01', '-0.01', '0.00']);
  });

  it('MON-04 zero ratios get nothing; JPY splits in whole yen', () => {
    expect(amounts(money('100', 'CHF').allocate([0, 1, 0]))).toEqual(['0.00', '100.00', '0.00']);
    expect(amounts(money('100', 'JPY').split(3))).toEqual(['34', '33', '33']);
    expect(amounts(money('1.000', 'KWD').allocate(['1', '2']))).toEqual(['0.333', '0.667']);
  });

  it('MON-04 breaks exact ties by position even when the shares repeat forever (1/296)', () => {
    // 10^8 cents by 28 and 65 of 296 leave the same remainder: the earlier part gets the cent.
    const parts = money(1_000_000, 'CHF').allocate([43, 15, 53, 28, 65, 4, 63, 25]);
    expect(amounts(parts)).toEqual(['145270.27', '50675.68', '179054.05', '94594.60', '219594.59', '13513.51', '212837.84', '84459.46']);
  });

  it('MON-04 property: allocation matches the largest-remainder method in integer arithmetic', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 8 }),
        (cents, ratios) => {
          fc.pre(ratios.some((r) => r > 0));
          const parts = money(new Decimal(cents).dividedBy(100), 'CHF').allocate(ratios);
          const units = referenceAllocation(BigInt(Math.abs(cents)), ratios);
          const expected = units.map((u) => (cents < 0 && u > 0n ? `-${u}` : `${u}`));
          expect(parts.map((p) => p.amount.times(100).toFixed(0))).toEqual(expected);
        },
      ),
    );
  });

  it('MON-04 names the ratios or part count that was refused', () => {
    expect(expectInvalid(() => money(1, 'CHF').allocate([])).message).toBe(
      'Invalid allocation ratios: must be a list of 1 to 10000 ratios',
    );
    expect(expectInvalid(() => money(1, 'CHF').split(0)).message).toBe('Invalid number of parts: must be a whole number from 1 to 1000000');
  });
});

describe('rates: equality, zero and parsing edges', () => {
  it('PRC-03 equal rates whatever their spelling', () => {
    expect(rate('20%').equals(rate(0.2))).toBe(true);
    expect(rate('20%').equals(rate('0.200'))).toBe(true);
    expect(rate('20%').equals(rate('21%'))).toBe(false);
    expect(rate('20%').compare(rate('21%'))).toBe(-1);
    expect(rate('21%').compare(rate('20%'))).toBe(1);
    expect(rate('21%').compare(rate(0.21))).toBe(0);
  });

  it('PRC-03 isZero only for 0 %', () => {
    expect(rate(0).isZero()).toBe(true);
    expect(rate('0%').isZero()).toBe(true);
    expect(rate('0.01%').isZero()).toBe(false);
  });

  it('PRC-03 reads tiny number fractions exactly and prints percentages half-up to two decimals', () => {
    expect(rate(1e-7).toJSON()).toBe('0.0000001');
    expect(rate('12.345%').toString()).toBe('12.35%');
    expect(rate('12.344%').toString()).toBe('12.34%');
    expect(rate(1).toString()).toBe('100%');
  });

  it('PRC-03 refuses anything that only prints like a rate', () => {
    expectInvalid(() => rate(['0.2'] as never));
    expectInvalid(() => rate({ toString: () => '20%' } as never));
    expectInvalid(() => rate(null as never));
    expectInvalid(() => rate(Number.NaN));
    expectInvalid(() => rate(1.5));
  });
});

describe('PRC-07 formatting edges', () => {
  it('PRC-07 formats a rate given as a string or number', () => {
    const percent = (n: number, locale: string): string =>
      nbsp(new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(n));
    expect(nbsp(formatRate('8.1%', 'de-CH'))).toBe(percent(0.081, 'de-CH'));
    expect(nbsp(formatRate(0.4, 'fr-CH'))).toBe(percent(0.4, 'fr-CH'));
    expect(nbsp(formatRate('0.125', 'en'))).toBe('12.5%');
    expect(expectInvalid(() => formatRate('abc', 'en')).message).toMatch(/^Invalid rate: /);
  });

  it.each(['de-CH', 'fr-CH', 'it-CH', 'en', 'es'])('PRC-07 formats JPY, KWD and CLF with their own decimals in %s', (locale) => {
    for (const [amount, currency, digits] of [
      ['1234.5', 'JPY', 0],
      ['1234.5675', 'KWD', 3],
      ['1234.56785', 'CLF', 4],
    ] as const) {
      const expected = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      const rounded = money(amount, currency).round().toDecimalString();
      expect(nbsp(formatMoney(money(amount, currency), locale))).toBe(nbsp(expected.format(rounded as `${number}`)));
    }
  });

  it('PRC-07 rounds half-up for display, also for JPY', () => {
    expect(nbsp(formatMoney(money('1234.5', 'JPY'), 'en'))).toBe('¥1,235');
    expect(nbsp(formatMoney(money('-0.005', 'CHF'), 'en'))).toBe('-CHF 0.01');
  });

  it('PRC-07 canonicalises the locale tag', () => {
    expect(nbsp(formatMoney(money('1.5', 'CHF'), 'EN-us'))).toBe('CHF 1.50');
  });

  it.each([['de-CH'], [123], [null], [undefined], [''], ['!!']])(
    'PRC-07 refuses the locale %j with a message naming the locale',
    (locale) => {
      const loc = (typeof locale === 'string' && locale === 'de-CH' ? ['de-CH'] : locale) as never;
      const e = expectInvalid(() => formatMoney(money(1, 'CHF'), loc));
      const message = "must be a BCP 47 language tag such as 'de-CH', 'fr-CH', 'it-CH', 'en' or 'es'";
      expect(e.message).toBe(`Invalid locale: ${message}`);
      expect(e.issues).toEqual([{ path: [], message, code: 'custom' }]);
      expect(e).toBeInstanceOf(InvalidInputError);
    },
  );
});
