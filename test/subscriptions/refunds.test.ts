import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { InvalidInputError, REFUND_EVENTS, refundFor, subscribe } from '../../src/index.js';

describe('COM-03 no refund', () => {
  it.each(REFUND_EVENTS)('COM-03 %s refunds nothing and says why', (event) => {
    const r = refundFor(subscribe({ tier: 'enterprise', startedAt: '2026-01-01T00:00:00Z' }), event);
    expect(r.amount.toJSON()).toEqual({ amount: '0.00', currency: 'CHF' });
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]).toMatchObject({ code: 'NO_REFUND', rule: 'COM-03' });
    expect(r.reasons[0]?.message).toMatch(/not even pro rata/);
  });

  it('COM-03 property: refunds are zero for every event, tier, currency and start', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REFUND_EVENTS),
        fc.constantFrom('plus' as const, 'pro' as const, 'enterprise' as const),
        fc.constantFrom('CHF', 'EUR', 'USD', 'JPY'),
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-01-01T00:00:00Z'), noInvalidDate: true }),
        (event, tier, currency, startedAt) => {
          const r = refundFor(subscribe({ tier, startedAt, currency }), event);
          expect(r.amount.isZero()).toBe(true);
          expect(r.amount.currency).toBe(currency);
        },
      ),
    );
  });

  it('COM-03 an unknown event is bad input', () => {
    const sub = subscribe({ tier: 'plus', startedAt: '2026-01-01T00:00:00Z' });
    expect(() => refundFor(sub, 'changed-my-mind' as never)).toThrow(InvalidInputError);
  });
});
