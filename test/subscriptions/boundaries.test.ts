/**
 * Exact limits of the subscription rules: requests on a term end to the millisecond, terms in
 * zones with half-hour and negative offsets, policy defaults, and the immutability of results.
 */
import { describe, expect, it } from 'vitest';
import { expectInvalid } from '../helpers/expectError.js';
import fc from 'fast-check';
import { tzOffset } from '@date-fns/tz';
import {
  canChangePlan,
  changeTier,
  commitmentTerm,
  compareBillingPeriods,
  definePolicy,
  planChangeKind,
  planLadder,
  refundFor,
  requestCancellation,
  subscribe,
} from '../../src/index.js';

const MIN = 60_000;
/** The wall-clock date and time of an instant in `zone`, as UTC fields. */
const wall = (zone: string, t: number) => new Date(t + tzOffset(zone, new Date(t)) * MIN);
const lastDayOfMonth = (year: number, month0: number) => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();

describe('COM-02 cancellation on the exact end of a term', () => {
  const sub = subscribe({ tier: 'pro', startedAt: '2026-01-15T09:00:00+01:00' });
  const renew = definePolicy({ subscriptions: { afterCommitment: 'renew-term' } });

  it('COM-02 (renew-term policy) 1 ms before a term end the term ends then; on the end the next term ends', () => {
    expect(requestCancellation(sub, '2026-07-15T06:59:59.999Z', renew).effectiveAt.toISOString()).toBe('2026-07-15T07:00:00.000Z');
    expect(requestCancellation(sub, '2026-07-15T07:00:00.000Z', renew).effectiveAt.toISOString()).toBe('2027-01-15T08:00:00.000Z');
    expect(requestCancellation(sub, '2027-01-15T07:59:59.999Z', renew).effectiveAt.toISOString()).toBe('2027-01-15T08:00:00.000Z');
    expect(requestCancellation(sub, '2027-01-15T08:00:00.000Z', renew).effectiveAt.toISOString()).toBe('2027-07-15T07:00:00.000Z');
    expect(requestCancellation(sub, '2036-01-15T08:00:00.000Z', renew).effectiveAt.toISOString()).toBe('2036-07-15T07:00:00.000Z');
  });

  it('COM-02 1 ms before the commitment end it ends then; on the end the monthly period then starting ends it', () => {
    expect(requestCancellation(sub, '2026-07-15T06:59:59.999Z').effectiveAt.toISOString()).toBe('2026-07-15T07:00:00.000Z');
    expect(requestCancellation(sub, '2026-07-15T07:00:00.000Z').effectiveAt.toISOString()).toBe('2026-08-15T07:00:00.000Z');
    expect(requestCancellation(sub, '2026-11-15T07:59:59.999Z').effectiveAt.toISOString()).toBe('2026-11-15T08:00:00.000Z');
    expect(requestCancellation(sub, '2026-11-15T08:00:00.000Z').effectiveAt.toISOString()).toBe('2026-12-15T08:00:00.000Z');
  });

  it('COM-02 monthly renewals: the request on a renewal end, and one late on the last day of February in New York', () => {
    const monthly = definePolicy({ subscriptions: { renewalMonths: 1 } });
    expect(requestCancellation(sub, '2026-08-15T07:00:00Z', monthly).effectiveAt.toISOString()).toBe('2026-09-15T07:00:00.000Z');
    expect(requestCancellation(sub, '2026-08-15T06:59:59.999Z', monthly).effectiveAt.toISOString()).toBe('2026-08-15T07:00:00.000Z');
    // Started 30 January 20:00 in New York: the renewal of February 2027 ends on the 28th at 20:00
    // (clamped), which is already March in UTC. A request at 15:00 that day ends with that term.
    const ny = definePolicy({ subscriptions: { renewalMonths: 1, timeZone: 'America/New_York' } });
    const late = subscribe({ tier: 'plus', startedAt: '2026-01-30T20:00:00-05:00' }, ny);
    expect(late.commitment.end.toISOString()).toBe('2026-07-31T00:00:00.000Z'); // 30 July 20:00 EDT
    expect(requestCancellation(late, '2027-02-28T15:00:00-05:00', ny).effectiveAt.toISOString()).toBe('2027-03-01T01:00:00.000Z');
    expect(requestCancellation(late, '2027-02-28T20:00:00-05:00', ny).effectiveAt.toISOString()).toBe('2027-03-31T00:00:00.000Z');
    // 19:30 in New York is already 1 March in UTC; the month is read in New York.
    expect(requestCancellation(late, '2027-02-28T19:30:00-05:00', ny).effectiveAt.toISOString()).toBe('2027-03-01T01:00:00.000Z');
  });

  it('COM-02 a start early on the 1st in a zone far east of UTC (Kiritimati, +14:00)', () => {
    const kiritimati = definePolicy({ subscriptions: { renewalMonths: 1, timeZone: 'Pacific/Kiritimati' } });
    const s = subscribe({ tier: 'plus', startedAt: '2026-02-01T01:00:00+14:00' }, kiritimati);
    expect(s.commitment.end.toISOString()).toBe('2026-07-31T11:00:00.000Z'); // 1 August 01:00 local
    expect(requestCancellation(s, '2026-09-01T00:30:00+14:00', kiritimati).effectiveAt.toISOString()).toBe('2026-08-31T11:00:00.000Z');
    expect(requestCancellation(s, '2026-09-01T01:00:00+14:00', kiritimati).effectiveAt.toISOString()).toBe('2026-09-30T11:00:00.000Z');
  });

  it('COM-02 a longer firm term is honoured before renewals or billing periods take over', () => {
    const s = subscribe({ tier: 'enterprise', startedAt: '2026-01-15T09:00:00+01:00', months: 24 });
    expect(requestCancellation(s, '2027-06-01T00:00:00Z').effectiveAt.toISOString()).toBe('2028-01-15T08:00:00.000Z');
    expect(requestCancellation(s, '2027-06-01T00:00:00Z', renew).effectiveAt.toISOString()).toBe('2028-01-15T08:00:00.000Z');
    expect(requestCancellation(s, '2028-01-15T08:00:00Z', renew).effectiveAt.toISOString()).toBe('2028-07-15T07:00:00.000Z');
    expect(requestCancellation(s, '2028-01-15T08:00:00Z').effectiveAt.toISOString()).toBe('2028-02-15T08:00:00.000Z');
  });
});

describe('COM-01 terms in other zones', () => {
  const zones = [
    'Europe/Zurich',
    'America/New_York',
    'Asia/Kolkata',
    'Pacific/Chatham',
    'Australia/Lord_Howe',
    'America/St_Johns',
    'Pacific/Kiritimati',
    'UTC',
  ] as const;

  it(
    'COM-01 property: the end is the same wall day (or the month end) and wall time months later, ' + 'the earlier reading in an overlap',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...zones),
          fc.integer({ min: Date.parse('1990-01-01T00:00:00Z'), max: Date.parse('2060-01-01T00:00:00Z') }),
          fc.integer({ min: 6, max: 150 }),
          (timeZone, t, months) => {
            const policy = definePolicy({ subscriptions: { timeZone } });
            const { end } = commitmentTerm({ startedAt: new Date(t), months }, policy);
            const [ws, we] = [wall(timeZone, t), wall(timeZone, end.getTime())];
            const monthIndex = ws.getUTCFullYear() * 12 + ws.getUTCMonth() + months;
            const year = Math.floor(monthIndex / 12);
            const day = Math.min(ws.getUTCDate(), lastDayOfMonth(year, monthIndex % 12));
            const expected = Date.UTC(year, monthIndex % 12, day) + (ws.getTime() % 86_400_000); // the wall day and time months later
            const shift = we.getTime() - expected;
            if (shift !== 0) {
              // Only in a gap: the wall time did not exist and moved forward by the gap. Gaps are
              // usually an hour of spring; Pacific/Kiritimati skipped the whole of 1994-12-31.
              const gap = (tzOffset(timeZone, end) - tzOffset(timeZone, new Date(end.getTime() - 48 * 3_600_000))) * MIN;
              expect(gap).toBeGreaterThan(0);
              expect(shift).toBe(gap);
            }
            // No earlier instant reads the same wall time (the earlier reading of an overlap).
            for (const back of [30, 60, 120]) expect(wall(timeZone, end.getTime() - back * MIN).getTime()).not.toBe(we.getTime());
          },
        ),
        { numRuns: 200 },
      );
    },
  );

  it(
    'COM-01 an end on the day Pacific/Kiritimati skipped (1994-12-31) moves forward by the gap to 1995-01-01 at the same wall time ' +
      '(found by the property above)',
    () => {
      const policy = definePolicy({ subscriptions: { timeZone: 'Pacific/Kiritimati' } });
      // 1989-12-31 14:00 at UTC-10
      const { end } = commitmentTerm({ startedAt: new Date(Date.parse('1990-01-01T00:00:00Z')), months: 60 }, policy);
      expect(end.toISOString()).toBe('1995-01-01T00:00:00.000Z'); // 1995-01-01 14:00 at UTC+14
    },
  );

  it('COM-01 an end in the New York autumn overlap takes the earlier 01:30; one in its spring gap moves to 03:30', () => {
    const ny = definePolicy({ subscriptions: { timeZone: 'America/New_York' } });
    // 01:30 EDT
    expect(commitmentTerm({ startedAt: '2026-05-01T01:30:00-04:00' }, ny).end.toISOString()).toBe('2026-11-01T05:30:00.000Z');
    // 03:30 EDT (14 March is the change in 2027)
    expect(commitmentTerm({ startedAt: '2026-09-08T02:30:00-04:00' }, ny).end.toISOString()).toBe('2027-03-08T07:30:00.000Z');
    // 02:30 does not exist: 03:30 EDT
    expect(commitmentTerm({ startedAt: '2026-09-14T02:30:00-04:00' }, ny).end.toISOString()).toBe('2027-03-14T07:30:00.000Z');
  });
});

describe('COM-01 COM-05 policy defaults and immutable results', () => {
  it('COM-01 COM-05 billing, currency and length default to the policy', () => {
    const sub = subscribe({ tier: 'plus', startedAt: '2026-01-15T00:00:00Z' });
    expect({ billing: sub.billing, currency: sub.currency, months: sub.commitmentMonths }).toEqual({
      billing: 'monthly',
      currency: 'CHF',
      months: 6,
    });
    const policy = definePolicy({ subscriptions: { defaultBilling: 'annual', defaultCurrency: 'EUR', commitmentMonths: 12 } });
    const other = subscribe({ tier: 'plus', startedAt: '2026-01-15T00:00:00Z' }, policy);
    expect({
      billing: other.billing,
      currency: other.currency,
      months: other.commitmentMonths,
      end: other.commitment.end.toISOString(),
    }).toEqual({
      billing: 'annual',
      currency: 'EUR',
      months: 12,
      end: '2027-01-15T00:00:00.000Z',
    });
    expect(subscribe({ tier: 'plus', startedAt: '2026-01-15T00:00:00Z', billing: 'annual', currency: 'USD', months: 7 })).toMatchObject({
      billing: 'annual',
      currency: 'USD',
      commitmentMonths: 7,
    });
    expect(() => subscribe({ tier: 'plus', startedAt: '2026-01-15T00:00:00Z', months: 11 }, policy)).toThrow(
      'Premium Support requires a commitment of at least 12 months, not 11.',
    );
    // 01:00 CET → 01:00 CEST
    expect(commitmentTerm({ startedAt: '2026-01-15T00:00:00Z', months: 6 }).end.toISOString()).toBe('2026-07-14T23:00:00.000Z');
  });

  it('COM-05 the default currency and the policy price table are used when the request gives none', () => {
    const policy = definePolicy({ subscriptions: { defaultCurrency: 'EUR', prices: { pro: { EUR: { monthly: '10', annual: '100' } } } } });
    const c = compareBillingPeriods({ tier: 'pro' }, policy);
    expect(c.annualPerYear.toJSON()).toEqual({ amount: '100.00', currency: 'EUR' });
    expect(c.savingsRate.toString()).toBe('16.67%');
    expect(c.savingsRate.fraction.toFixed(6)).toBe('0.166667');
    expect(() => compareBillingPeriods({ tier: 'plus' }, policy)).toThrow('No EUR price for plus support');
    // Prices given in the request win over the table.
    expect(compareBillingPeriods({ tier: 'pro', prices: { monthly: '1', annual: '24' } }, policy).cheaper).toBe('monthly');
  });

  it('COM-05 the savings rate is taken on the dearer period', () => {
    expect(compareBillingPeriods({ tier: 'pro', prices: { monthly: '10', annual: '150' } }).savingsRate.toString()).toBe('20%');
    expect(compareBillingPeriods({ tier: 'pro', prices: { monthly: '25', annual: '150' } }).savingsRate.toString()).toBe('50%');
    expect(compareBillingPeriods({ tier: 'pro', prices: { monthly: '10', annual: '120' } }).savingsRate.toString()).toBe('0%');
  });

  it('COM-01..05 results are frozen', () => {
    const sub = subscribe({ tier: 'plus', startedAt: '2026-01-15T00:00:00Z' });
    const c = requestCancellation(sub, '2026-02-01T00:00:00Z');
    const r = refundFor(JSON.parse(JSON.stringify(sub)) as typeof sub, 'stop-support');
    const up = changeTier(JSON.parse(JSON.stringify(sub)) as typeof sub, 'pro');
    const frozen = [
      sub,
      sub.commitment,
      commitmentTerm({ startedAt: '2026-01-15T00:00:00Z' }),
      c,
      c.reasons,
      r,
      r.reasons,
      up,
      up.commitment,
    ];
    expect(frozen.map((o) => Object.isFrozen(o))).toEqual(frozen.map(() => true));
    expect(compareBillingPeriods({ tier: 'pro', prices: { monthly: '10', annual: '100' } })).toSatisfy(Object.isFrozen);
    expect(up).toEqual({ ...sub, tier: 'pro' });
  });
});

describe('COM-04 ladders', () => {
  it('COM-04 a ladder is frozen, keeps its own copy of the plans, and defaults to COM-04; options are an object with known keys', () => {
    const plans = ['a', 'b'] as ['a', 'b'];
    const ladder = planLadder(plans);
    plans.reverse();
    expect(ladder).toEqual({ plans: ['a', 'b'], rule: 'COM-04' });
    expect(Object.isFrozen(ladder) && Object.isFrozen(ladder.plans)).toBe(true);
    // Options that are not an object, or have a misspelled key, are refused rather than ignored (issue 15).
    expect(expectInvalid(() => planLadder(['a'], null as never)).message).toBe('Invalid plan ladder options: must be an object');
    expect(expectInvalid(() => planLadder(['a'], 'ACC-04' as never)).message).toBe('Invalid plan ladder options: must be an object');
    expect(expectInvalid(() => planLadder(['a'], { rul: 'ACC-04' } as never)).message).toBe(
      "Invalid plan ladder options: unknown key 'rul' — did you mean 'rule'?",
    );
    expect(planLadder(['a'], {}).rule).toBe('COM-04');
  });

  it('COM-04 a ladder not made by planLadder is validated, then used', () => {
    const plain = { plans: ['x', 'y', 'z'], rule: 'ACC-04' as const };
    expect(planChangeKind(plain, 'z', 'x')).toBe('downgrade');
    expect(planChangeKind(plain, 'x', 'z')).toBe('upgrade');
    expect(planChangeKind(plain, 'y', 'y')).toBe('same');
    const d = canChangePlan(plain, 'z', 'y');
    expect(!d.allowed && d.reasons).toEqual([
      { code: 'DOWNGRADE_NOT_ALLOWED', rule: 'ACC-04', message: 'Cannot change from z to the lower y: plans can only be upgraded.' },
    ]);
    expect(() => planChangeKind({ plans: ['x', 'x'], rule: 'ACC-04' }, 'x', 'x')).toThrow(
      'Invalid plan ladder: plans: plans must be unique',
    );
  });
});
