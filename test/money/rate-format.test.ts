import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatRate, money, rate } from '../../src/index.js';
import { expectInvalid } from '../helpers/expectError.js';

describe('rates', () => {
  it("PRC-03 reads '20%', '20 %', 0.2 and '0.2' as the same rate", () => {
    for (const input of ['20%', '20 %', 0.2, '0.2']) expect(rate(input).toJSON()).toBe('0.2');
    expect(rate('20%').toString()).toBe('20%');
  });

  it('PRC-03 stacks 20 % then 25 % into 40 %, multiplying not adding', () => {
    expect(rate('20%').followedBy(rate('25%')).toString()).toBe('40%');
  });

  it.each(['abc', '-5%', '120%', 20, -0.1, Number.NaN, '', null, '1e400'])('PRC-04 refuses the rate %j', (input) => {
    expectInvalid(() => rate(input as string));
  });

  it('PRC-03 property: stacking equals 1 − (1 − a)(1 − b) and never exceeds 100 %', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 10000 }), (a, b) => {
        const stacked = rate(`${a / 100}%`).followedBy(rate(`${b / 100}%`));
        const expected = 1 - (1 - a / 10000) * (1 - b / 10000);
        expect(Math.abs(stacked.fraction.toNumber() - expected)).toBeLessThan(1e-12);
        expect(stacked.fraction.lessThanOrEqualTo(1)).toBe(true);
      }),
    );
  });
});

describe('PRC-07 formatting for people', () => {
  it('PRC-07 formats CHF and EUR in the five site languages with Intl', () => {
    const chf = money('1208.32', 'CHF');
    for (const locale of ['de-CH', 'fr-CH', 'it-CH', 'en', 'es']) {
      const expected = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CHF', minimumFractionDigits: 2 }).format(1208.32);
      expect(formatMoney(chf, locale)).toBe(expected);
    }
    expect(formatMoney(money('120.75', 'EUR'), 'es')).toBe('120,75\u00a0€');
    expect(formatMoney(money('208.32', 'CHF'), 'en')).toBe('CHF\u00a0208.32');
  });

  it('PRC-07 rounds half-up to the minor unit before formatting and keeps every digit of large amounts', () => {
    expect(formatMoney(money('2.345', 'CHF'), 'en')).toBe('CHF\u00a02.35');
    expect(formatMoney(money('999999999999999.99', 'CHF'), 'en')).toBe('CHF\u00a0999,999,999,999,999.99');
  });

  it('PRC-07 formats rates as percentages', () => {
    expect(formatRate(rate('40%'), 'en')).toBe('40%');
    expect(formatRate(rate('8.1%'), 'es')).toBe('8,1\u00a0%');
  });

  it('PRC-07 refuses a malformed locale or amount', () => {
    expectInvalid(() => formatMoney(money(1, 'CHF'), 'not a locale!'));
    expectInvalid(() => formatMoney({ amount: 'x', currency: 'CHF' }, 'en'));
  });
});
