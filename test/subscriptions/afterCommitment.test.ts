/**
 * COM-02 and COM-05 read against the sources (issue 22, items 7 and 8):
 * - "The commitment to Premium Support is a minimum of 6 months, with no possibility of canceling
 *   before the end of the term." — a *minimum*: the duration is chosen at subscription (≥ 6), and
 *   after it a cancellation takes effect at the end of the billing period then running (default,
 *   `afterCommitment: 'end-of-billing-period'`), or by renewal terms (`'renew-term'`).
 * - "This type of Infomaniak support is offered for an additional cost, which may vary depending on
 *   the level of service and the duration of the commitment" — the COM-05 price table is keyed by
 *   tier, currency and duration.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  commitmentTerm,
  compareBillingPeriods,
  defaultPolicy,
  definePolicy,
  InvalidInputError,
  requestCancellation,
  subscribe,
} from '../../src/index.js';

const instants = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2080-12-31T00:00:00Z'), noInvalidDate: true });
const tiers = fc.constantFrom('plus' as const, 'pro' as const, 'enterprise' as const);
const billings = fc.constantFrom('monthly' as const, 'annual' as const);
const DAY = 86_400_000;
/** A policy whose minimum is one month, to count billing periods with commitmentTerm. */
const anyLength = definePolicy({ subscriptions: { commitmentMonths: 1 } });

describe('COM-02 the commitment is a minimum, chosen at subscription', () => {
  // "The commitment to Premium Support is a minimum of 6 months, with no possibility of canceling before the end of the term."
  it('COM-02 the DESIGN contract subscribe({ tier, startedAt, billing? }) still commits for 6 months', () => {
    const sub = subscribe({ tier: 'pro', startedAt: '2026-01-15T09:00:00+01:00', billing: 'annual' });
    expect(sub.commitmentMonths).toBe(6);
    expect(sub.commitment.end.toISOString()).toBe('2026-07-15T07:00:00.000Z');
  });

  it('COM-02 a customer may commit for longer than the minimum ("a minimum of 6 months")', () => {
    const sub = subscribe({ tier: 'plus', startedAt: '2026-01-15T09:00:00+01:00', months: 12 });
    expect(sub.commitmentMonths).toBe(12);
    expect(sub.commitment.end.toISOString()).toBe('2027-01-15T08:00:00.000Z');
    expect(requestCancellation(sub, '2026-08-01T00:00:00Z').effectiveAt.toISOString()).toBe('2027-01-15T08:00:00.000Z');
  });

  it('COM-02 bad input: a commitment below 6 months, or not a whole number of months', () => {
    expect(() => subscribe({ tier: 'plus', startedAt: '2026-01-15T00:00:00Z', months: 5 })).toThrow(
      expect.objectContaining({ code: 'COMMITMENT_TOO_SHORT', rule: 'COM-01' }),
    );
    expect(() => subscribe({ tier: 'plus', startedAt: '2026-01-15T00:00:00Z', months: 6.5 })).toThrow(InvalidInputError);
    expect(() => subscribe({ tier: 'plus', startedAt: '2026-01-15T00:00:00Z', months: '12' as never })).toThrow(/months/);
  });
});

describe('COM-02 after the commitment: the end of the current billing period (default)', () => {
  const monthly = subscribe({ tier: 'pro', startedAt: '2026-01-15T09:00:00+01:00' });
  const annual = subscribe({ tier: 'pro', startedAt: '2026-01-15T09:00:00+01:00', billing: 'annual' });

  it('COM-02 the default policy is end-of-billing-period', () => {
    expect(defaultPolicy.subscriptions.afterCommitment).toBe('end-of-billing-period');
  });

  it(
    'COM-02 within the 6 months a cancellation waits for the end of ' +
      'the term ("no possibility of canceling before the end of the term")',
    () => {
      const c = requestCancellation(monthly, '2026-02-01T00:00:00Z');
      expect(c.effectiveAt.toISOString()).toBe('2026-07-15T07:00:00.000Z');
      expect(c.reasons[0]).toMatchObject({ code: 'CANCELLED_AT_TERM_END', rule: 'COM-02' });
    },
  );

  it('COM-02 after the term, a monthly subscription ends with the month then running, not another 6-month term', () => {
    const c = requestCancellation(monthly, '2026-09-20T00:00:00Z');
    expect(c.effectiveAt.toISOString()).toBe('2026-10-15T07:00:00.000Z');
    expect(c.reasons.map((r) => [r.code, r.rule])).toEqual([
      ['CANCELLED_AT_PERIOD_END', 'COM-02'],
      ['NO_REFUND', 'COM-03'],
    ]);
    // The renewal-by-terms behaviour stays available as policy.
    const renew = definePolicy({ subscriptions: { afterCommitment: 'renew-term' } });
    expect(requestCancellation(monthly, '2026-09-20T00:00:00Z', renew).effectiveAt.toISOString()).toBe('2027-01-15T08:00:00.000Z');
  });

  it('COM-02 after the term, an annual subscription ends with the year then running', () => {
    expect(requestCancellation(annual, '2026-09-20T00:00:00Z').effectiveAt.toISOString()).toBe('2027-01-15T08:00:00.000Z');
    expect(requestCancellation(annual, '2027-01-15T08:00:00Z').effectiveAt.toISOString()).toBe('2028-01-15T08:00:00.000Z');
  });

  it(
    'COM-02 inside the commitment a cancellation takes effect at the end of the term, paid annually too ("a cancellation request takes ' +
      'effect at the end of the current term")',
    () => {
      const c = requestCancellation(annual, '2026-02-01T00:00:00Z');
      expect(c.effectiveAt.toISOString()).toBe(annual.commitment.end.toISOString());
      expect(c.reasons[0]).toMatchObject({ code: 'CANCELLED_AT_TERM_END', rule: 'COM-02' });
    },
  );

  it('COM-02 billing periods are counted from the start, so a 31st stays a 31st after February', () => {
    const s = subscribe({ tier: 'plus', startedAt: '2026-08-31T10:00:00+02:00' }); // commitment ends 28 Feb 2027
    expect(requestCancellation(s, '2027-03-01T00:00:00Z').effectiveAt.toISOString()).toBe('2027-03-31T08:00:00.000Z');
    expect(requestCancellation(s, '2027-04-01T00:00:00Z').effectiveAt.toISOString()).toBe('2027-04-30T08:00:00.000Z');
    expect(requestCancellation(s, '2027-05-01T00:00:00Z').effectiveAt.toISOString()).toBe('2027-05-31T08:00:00.000Z');
  });

  it('COM-02 bad policy: an unknown afterCommitment is refused', () => {
    expect(() => definePolicy({ subscriptions: { afterCommitment: 'never' as never } })).toThrow(InvalidInputError);
  });

  it('COM-02 property: never before the commitment end, never after the end of the billing period then running', () => {
    fc.assert(
      fc.property(
        tiers,
        billings,
        instants,
        fc.integer({ min: 6, max: 36 }),
        fc.integer({ min: -30, max: 4000 }),
        fc.integer({ min: 0, max: 1439 }),
        (tier, billing, start, months, days, minutes) => {
          const s = subscribe({ tier, startedAt: start, billing, months });
          const at = new Date(start.getTime() + days * DAY + minutes * 60_000);
          const { effectiveAt, refund } = requestCancellation(s, at);
          const end = s.commitment.end.getTime();
          expect(effectiveAt.getTime()).toBeGreaterThan(at.getTime());
          expect(effectiveAt.getTime()).toBeGreaterThanOrEqual(end);
          // Inside the commitment: its end, whatever the billing period (COM-02).
          if (at.getTime() < end) {
            expect(effectiveAt.getTime()).toBe(end);
            return;
          }
          // Billing-period ends, counted from the start: p, 2p, … months.
          const p = billing === 'annual' ? 12 : 1;
          const periodEnd = (k: number) =>
            k === 0 ? start.getTime() : commitmentTerm({ startedAt: start, months: k * p }, anyLength).end.getTime();
          // The effective date is a period end, and the one before it has not passed both the request and the commitment end.
          let k = Math.max(1, Math.floor((effectiveAt.getTime() - start.getTime()) / (p * 32 * DAY)));
          while (periodEnd(k) < effectiveAt.getTime()) k += 1;
          expect(periodEnd(k)).toBe(effectiveAt.getTime());
          if (k > 1) expect(periodEnd(k - 1) <= at.getTime() || periodEnd(k - 1) < end).toBe(true);
          // After the commitment: the end of the billing period running at the request.
          if (at.getTime() >= end) expect(periodEnd(k - 1)).toBeLessThanOrEqual(at.getTime());
          expect(refund.isZero()).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('COM-02 property: with monthly billing the effective date is at most a month (31 days) after max(request, commitment end)', () => {
    fc.assert(
      fc.property(tiers, instants, fc.integer({ min: 6, max: 24 }), fc.integer({ min: 0, max: 3000 }), (tier, start, months, days) => {
        const s = subscribe({ tier, startedAt: start, months });
        const at = new Date(start.getTime() + days * DAY);
        const { effectiveAt } = requestCancellation(s, at);
        const from = Math.max(at.getTime(), s.commitment.end.getTime());
        expect(effectiveAt.getTime() - from).toBeLessThanOrEqual(31 * DAY + 3_600_000);
      }),
      { numRuns: 200 },
    );
  });
});

describe('COM-05 prices per level of service and duration of the commitment', () => {
  // "This type of Infomaniak support is offered for an additional cost, which may vary depending on the level of service
  // and the duration of the commitment"
  const policy = definePolicy({
    subscriptions: {
      prices: {
        pro: {
          CHF: { '6': { monthly: '100', annual: '1100' }, '12': { monthly: '90', annual: '1000' } },
        },
        plus: { CHF: { monthly: '50', annual: '540' } }, // the shorter form: the 6-month price
      },
    },
  });

  it('COM-05 a caller who names no duration gets the 6-month price', () => {
    const c = compareBillingPeriods({ tier: 'pro' }, policy);
    expect(c.months).toBe(6);
    expect(c.monthlyPerYear.toString()).toBe('CHF 1200.00');
    expect(c.annualPerYear.toString()).toBe('CHF 1100.00');
  });

  it('COM-05 the price varies with the duration of the commitment', () => {
    const c = compareBillingPeriods({ tier: 'pro', months: 12 }, policy);
    expect(c.months).toBe(12);
    expect(c.monthlyPerYear.toString()).toBe('CHF 1080.00');
    expect(c.annualPerYear.toString()).toBe('CHF 1000.00');
    expect(c.cheaper).toBe('annual');
  });

  it('COM-05 the shorter table form (no duration key) is the minimum commitment price', () => {
    expect(compareBillingPeriods({ tier: 'plus' }, policy).yearlySavings.toString()).toBe('CHF 60.00');
    expect(() => compareBillingPeriods({ tier: 'plus', months: 12 }, policy)).toThrow(
      expect.objectContaining({ code: 'NO_PRICE', rule: 'COM-05' }),
    );
  });

  it('COM-05 a duration without a price is NO_PRICE, naming the duration', () => {
    expect(() => compareBillingPeriods({ tier: 'pro', months: 24 }, policy)).toThrow(
      expect.objectContaining({ code: 'NO_PRICE', rule: 'COM-05', details: { tier: 'pro', currency: 'CHF', months: 24 } }),
    );
  });

  it('COM-05 bad input: a duration below the minimum, or not a whole number; a bad duration key in the policy', () => {
    expect(() => compareBillingPeriods({ tier: 'pro', months: 3 }, policy)).toThrow(
      expect.objectContaining({ code: 'COMMITMENT_TOO_SHORT', rule: 'COM-01' }),
    );
    expect(() => compareBillingPeriods({ tier: 'pro', months: 0.5 }, policy)).toThrow(/months/);
    expect(() => definePolicy({ subscriptions: { prices: { pro: { CHF: { six: { monthly: '1', annual: '10' } } } } } })).toThrow(
      InvalidInputError,
    );
    expect(() => definePolicy({ subscriptions: { prices: { pro: { CHF: { '06': { monthly: '1', annual: '10' } } } } } })).toThrow(
      InvalidInputError,
    );
    expect(() => definePolicy({ subscriptions: { prices: { pro: { CHF: { '12': { monthly: '0', annual: '10' } } } } } })).toThrow(
      InvalidInputError,
    );
  });

  it('COM-05 property: the compared prices are the table entry of the requested duration', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 6, max: 60 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (months, m, a) => {
          const p = definePolicy({
            subscriptions: {
              prices: { enterprise: { EUR: { [String(months)]: { monthly: (m / 100).toFixed(2), annual: (a / 100).toFixed(2) } } } },
            },
          });
          const c = compareBillingPeriods({ tier: 'enterprise', currency: 'EUR', months }, p);
          expect(c.months).toBe(months);
          expect(c.annualPerYear.amount.toFixed(2)).toBe((a / 100).toFixed(2));
          expect(c.monthlyPerYear.amount.toFixed(2)).toBe(((m * 12) / 100).toFixed(2));
        },
      ),
      { numRuns: 100 },
    );
  });
});
