import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { commitmentTerm, definePolicy, InvalidInputError, requestCancellation, subscribe, type Subscription } from '../../src/index.js';

const instants = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2080-12-31T00:00:00Z'), noInvalidDate: true });
const tiers = fc.constantFrom('plus' as const, 'pro' as const, 'enterprise' as const);

describe('COM-02 cancellation takes effect at the end of the term', () => {
  const sub = subscribe({ tier: 'pro', startedAt: '2026-01-15T09:00:00+01:00' });

  it('COM-02 a request inside the firm term ends the subscription at the term end', () => {
    const c = requestCancellation(sub, '2026-02-01T00:00:00Z');
    expect(c.effectiveAt.toISOString()).toBe('2026-07-15T07:00:00.000Z');
    expect(c.reasons.map((r) => [r.code, r.rule])).toEqual([
      ['CANCELLED_AT_TERM_END', 'COM-02'],
      ['NO_REFUND', 'COM-03'],
    ]);
  });

  it('COM-02 COM-03 the refund is zero in the subscription currency', () => {
    const eur = subscribe({ tier: 'plus', startedAt: '2026-01-15T00:00:00Z', currency: 'EUR' });
    expect(requestCancellation(eur, '2026-03-01T00:00:00Z').refund.toJSON()).toEqual({ amount: '0.00', currency: 'EUR' });
  });

  it('COM-02 a request before the start also waits for the first term end', () => {
    expect(requestCancellation(sub, '2025-12-01T00:00:00Z').effectiveAt.toISOString()).toBe('2026-07-15T07:00:00.000Z');
  });

  // The old default (renewal by 6-month terms) stays available as policy: afterCommitment 'renew-term'.
  const renew = definePolicy({ subscriptions: { afterCommitment: 'renew-term' } });

  it(
    'COM-02 (renew-term policy) after the firm term (a request exactly at its end included), the renewal term running at the request ' +
      'ends it',
    () => {
      expect(requestCancellation(sub, '2026-07-15T07:00:00Z', renew).effectiveAt.toISOString()).toBe('2027-01-15T08:00:00.000Z');
      expect(requestCancellation(sub, '2029-03-01T00:00:00Z', renew).effectiveAt.toISOString()).toBe('2029-07-15T07:00:00.000Z');
      const monthly = definePolicy({ subscriptions: { afterCommitment: 'renew-term', renewalMonths: 1 } });
      expect(requestCancellation(sub, '2026-09-20T00:00:00Z', monthly).effectiveAt.toISOString()).toBe('2026-10-15T07:00:00.000Z');
    },
  );

  it('COM-02 (renew-term policy) renewal ends are counted from the start, so a 31st stays a 31st after a short month', () => {
    const s = subscribe({ tier: 'plus', startedAt: '2026-08-31T10:00:00+02:00' }); // firm end 28 Feb 2027
    expect(requestCancellation(s, '2027-03-01T00:00:00Z', renew).effectiveAt.toISOString()).toBe('2027-08-31T08:00:00.000Z');
    // By default the monthly billing period running on 1 March ends on 31 March (counted from the start).
    expect(requestCancellation(s, '2027-03-01T00:00:00Z').effectiveAt.toISOString()).toBe('2027-03-31T08:00:00.000Z');
  });

  it('COM-02 accepts the JSON form of a subscription', () => {
    const json = JSON.parse(JSON.stringify(sub)) as Subscription;
    expect(requestCancellation(json, '2026-02-01T00:00:00Z').effectiveAt.toISOString()).toBe('2026-07-15T07:00:00.000Z');
  });

  it('COM-02 property: the effective date is the first term end after the request, never before the firm end', () => {
    const policies = [
      definePolicy({}),
      definePolicy({ subscriptions: { renewalMonths: 1 } }),
      definePolicy({ subscriptions: { renewalMonths: 12 } }),
    ];
    fc.assert(
      fc.property(tiers, instants, fc.integer({ min: -30, max: 3000 }), fc.integer({ min: 0, max: 2 }), (tier, start, days, p) => {
        const policy = policies[p]!;
        const s = subscribe({ tier, startedAt: start }, policy);
        const at = new Date(start.getTime() + days * 86_400_000 + 3_600_000);
        const c = requestCancellation(s, at, policy);
        expect(c.effectiveAt.getTime()).toBeGreaterThan(at.getTime());
        expect(c.effectiveAt.getTime()).toBeGreaterThanOrEqual(s.commitment.end.getTime());
        // The term before the effective one has ended by the request (or it is the firm term).
        const r = policy.subscriptions.renewalMonths;
        const span = c.effectiveAt.getTime() - Math.max(at.getTime(), s.startedAt.getTime());
        expect(span).toBeLessThanOrEqual((Math.max(r, 6) * 31 + 1) * 86_400_000);
        expect(c.refund.isZero()).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('COM-02 (renew-term policy) property: the effective date is exactly the first term end (firm or renewal) after the request', () => {
    fc.assert(
      fc.property(
        tiers,
        instants,
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: 1439 }),
        fc.constantFrom(1, 3, 6, 12),
        (tier, start, days, minutes, renewalMonths) => {
          const policy = definePolicy({ subscriptions: { afterCommitment: 'renew-term', renewalMonths } });
          const s = subscribe({ tier, startedAt: start }, policy);
          const at = new Date(start.getTime() + days * 86_400_000 + minutes * 60_000);
          const { effectiveAt } = requestCancellation(s, at, policy);
          // Term ends, counted from the start: 6, 6 + r, 6 + 2r, … months.
          const ends: number[] = [];
          for (let j = 0; ends.length === 0 || ends[ends.length - 1]! <= at.getTime(); j += 1) {
            ends.push(commitmentTerm({ startedAt: start, months: 6 + j * renewalMonths }).end.getTime());
          }
          expect(effectiveAt.getTime()).toBe(ends[ends.length - 1]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('COM-02 bad input names the field', () => {
    expect(() => requestCancellation(sub, 'tomorrow')).toThrow(InvalidInputError);
    expect(() => requestCancellation({ ...sub, tier: 'gold' } as never, '2026-02-01T00:00:00Z')).toThrow(/tier/);
    expect(() =>
      requestCancellation({ ...sub, commitment: { start: sub.commitment.end, end: sub.commitment.start } }, '2026-02-01T00:00:00Z'),
    ).toThrow(/must end after it starts/);
    expect(() => requestCancellation(null as never, '2026-02-01T00:00:00Z')).toThrow(InvalidInputError);
  });
});
