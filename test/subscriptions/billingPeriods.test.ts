import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compareBillingPeriods, definePolicy, InvalidInputError } from '../../src/index.js';

describe('COM-05 monthly versus annual payment', () => {
  it('COM-05 compares the yearly cost of both periods', () => {
    const c = compareBillingPeriods({ tier: 'plus', prices: { monthly: '50', annual: '540' } });
    expect(c.monthlyPerYear.toString()).toBe('CHF 600.00');
    expect(c.annualPerYear.toString()).toBe('CHF 540.00');
    expect(c.cheaper).toBe('annual');
    expect(c.yearlySavings.toString()).toBe('CHF 60.00');
    expect(c.savingsRate.toString()).toBe('10%');
  });

  it('COM-05 monthly can be cheaper, or both equal', () => {
    expect(compareBillingPeriods({ tier: 'pro', prices: { monthly: '10', annual: '130' } }).cheaper).toBe('monthly');
    const eq = compareBillingPeriods({ tier: 'pro', prices: { monthly: '10', annual: '120' } });
    expect(eq.cheaper).toBe('equal');
    expect(eq.yearlySavings.isZero()).toBe(true);
  });

  it('COM-05 reads the price table from the policy; the default policy has no figures', () => {
    expect(() => compareBillingPeriods({ tier: 'plus' })).toThrow(expect.objectContaining({ code: 'NO_PRICE', rule: 'COM-05' }));
    const policy = definePolicy({ subscriptions: { prices: { enterprise: { EUR: { monthly: '100.50', annual: '1100' } } } } });
    const c = compareBillingPeriods({ tier: 'enterprise', currency: 'EUR' }, policy);
    expect(c.monthlyPerYear.toJSON()).toEqual({ amount: '1206.00', currency: 'EUR' });
    expect(c.cheaper).toBe('annual');
    expect(() => compareBillingPeriods({ tier: 'enterprise' }, policy)).toThrow(/No CHF price/);
  });

  it('COM-05 property: savings equal the difference of the yearly costs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 2_000_000 }), (m, a) => {
        const c = compareBillingPeriods({ tier: 'plus', prices: { monthly: (m / 100).toFixed(2), annual: (a / 100).toFixed(2) } });
        const diff = c.monthlyPerYear.minus(c.annualPerYear);
        expect(c.yearlySavings.equals(diff.abs())).toBe(true);
        expect(c.cheaper).toBe(diff.isZero() ? 'equal' : diff.isNegative() ? 'monthly' : 'annual');
        expect(c.savingsRate.fraction.lessThan(1)).toBe(true);
      }),
    );
  });

  it('COM-05 bad prices and tiers are bad input', () => {
    expect(() => compareBillingPeriods({ tier: 'plus', prices: { monthly: '-5', annual: '10' } })).toThrow(InvalidInputError);
    expect(() => compareBillingPeriods({ tier: 'plus', prices: { monthly: 'abc', annual: '10' } })).toThrow(/prices.monthly/);
    expect(() => compareBillingPeriods({ tier: 'standard' as never, prices: { monthly: '1', annual: '10' } })).toThrow(/tier/);
    expect(() => compareBillingPeriods({ tier: 'plus', currency: 'chf', prices: { monthly: '1', annual: '10' } })).toThrow(/currency/);
  });
});
