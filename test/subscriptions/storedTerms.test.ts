import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  subscribe,
  requestCancellation,
  changeTier,
  refundFor,
  commitmentTerm,
  type Subscription,
  type SubscriptionInput,
} from '../../src/subscriptions/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { memoryPorts, fixedClock, cancelSupport, upgradeSupport, subscribeSupport, isHostPolicyError } from '../../src/index.js';
import { subscriptionArbitrary } from '../../src/testing/index.js';

/*
 * COM-01, COM-02: a subscription read back (its JSON form, from storage: hostile input, see
 * docs/security.md) must agree with its own terms, as subscribe computes them. It used to be
 * checked only for a term that ends before it starts, so a 6-month Pro subscription with
 * `commitmentMonths: 1`, or an end moved one month after the start, could be cancelled after a
 * month, with the reason CANCELLED_AT_TERM_END (round 2, #2). And subscribe() made subscriptions
 * whose term ends after the year 9999, which every other function then refused.
 */

type Json = Record<string, unknown> & { commitment: { start: string; end: string } };
const stored = (s: Subscription): Json => JSON.parse(JSON.stringify(s)) as Json;
const pro = subscribe({ tier: 'pro', startedAt: '2026-01-15T09:00:00+01:00' });

/** The error of `f`, as what the caller can read of it. */
function refusal(f: () => unknown): { code: string; rule?: string; path?: string } | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    if (!isHostPolicyError(e)) throw e;
    const issues = (e.details as { issues?: { path: PropertyKey[] }[] }).issues;
    const path = issues?.[0]?.path.join('.');
    return { code: e.code, ...(e.rule === undefined ? {} : { rule: e.rule }), ...(path === undefined ? {} : { path }) };
  }
}

/** Every function that takes a subscription, on one input. */
const readers: readonly [string, (s: SubscriptionInput) => unknown][] = [
  ['requestCancellation', (s) => requestCancellation(s, '2026-02-01T00:00:00Z')],
  ['changeTier', (s) => changeTier(s, 'enterprise')],
  ['refundFor', (s) => refundFor(s, 'stop-support')],
];

describe('a stored subscription must agree with its own terms (COM-01, COM-02)', () => {
  const tampered: readonly [string, Json, string, string][] = [
    [
      'commitmentMonths 1',
      { ...stored(pro), commitmentMonths: 1, commitment: { ...stored(pro).commitment, end: '2026-02-15T08:00:00.000Z' } },
      'commitmentMonths',
      'COM-01',
    ],
    [
      'an end one month after the start',
      { ...stored(pro), commitment: { ...stored(pro).commitment, end: '2026-02-15T08:00:00.000Z' } },
      'commitment.end',
      'COM-02',
    ],
    [
      'a start three years before startedAt',
      { ...stored(pro), commitment: { start: '2023-01-15T08:00:00.000Z', end: '2023-07-15T07:00:00.000Z' } },
      'commitment.start',
      'COM-01',
    ],
    ['12 months with the end of 6', { ...stored(pro), commitmentMonths: 12 }, 'commitment.end', 'COM-02'],
  ];

  for (const [name, value, path, rule] of tampered) {
    it(`${rule} ${name}: INVALID_INPUT naming ${path}, by every function that reads a subscription`, () => {
      for (const [fn, read] of readers)
        expect(
          refusal(() => read(value as never)),
          fn,
        ).toEqual({ code: 'INVALID_INPUT', rule, path });
    });
  }

  it('COM-02 the genuine subscription, as an object or its JSON form, still cancels at the end of its term', () => {
    for (const s of [pro, stored(pro)]) {
      const c = requestCancellation(s as never, '2026-02-01T00:00:00Z');
      expect(c.effectiveAt.toISOString()).toBe('2026-07-15T07:00:00.000Z');
      expect(c.reasons.map((r) => r.code)).toEqual(['CANCELLED_AT_TERM_END', 'NO_REFUND']);
    }
  });

  it('COM-02 cancelSupport on a tampered stored record: INVALID_INPUT, no cancellation stored', async () => {
    const ports = memoryPorts({ clock: fixedClock('2026-02-01T00:00:00Z') });
    const record = await ports.subscriptions.put(
      { id: 'sub-1', owner: 'acme', subscription: tampered[0]?.[1] as never, cancellation: null },
      0,
    );
    expect(await cancelSupport(ports, { id: 'sub-1' }).catch((e: unknown) => (isHostPolicyError(e) ? e.code : 'OTHER'))).toBe(
      'INVALID_INPUT',
    );
    expect(
      await upgradeSupport(ports, { id: 'sub-1', tier: 'enterprise' }).catch((e: unknown) => (isHostPolicyError(e) ? e.code : 'OTHER')),
    ).toBe('INVALID_INPUT');
    expect(await ports.subscriptions.get('sub-1')).toEqual(record);
  });

  it('COM-01 property: what subscribe returns, as an object or JSON, is read by every function; any other commitment is refused', () => {
    fc.assert(
      fc.property(
        subscriptionArbitrary(),
        fc.integer({ min: -400 * 86_400_000, max: 400 * 86_400_000 }).filter((ms) => ms !== 0),
        fc.constantFrom('start', 'end', 'months') as fc.Arbitrary<'start' | 'end' | 'months'>,
        (sub, shift, what) => {
          for (const [, read] of readers) {
            expect(() => read(sub)).not.toThrow();
            expect(() => read(stored(sub) as never)).not.toThrow();
          }
          const json = stored(sub);
          const moved = (iso: string) => new Date(new Date(iso).getTime() + shift).toISOString();
          const bad =
            what === 'months'
              ? { ...json, commitmentMonths: 1 + (Math.abs(shift) % 5) }
              : { ...json, commitment: { ...json.commitment, [what]: moved(json.commitment[what]) } };
          for (const [fn, read] of readers) expect(refusal(() => read(bad as never))?.code, fn).toBe('INVALID_INPUT');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('COM-01 a subscription made under another policy is read with that policy (minimum, zone), and refused under the default', () => {
    const policy = definePolicy({ subscriptions: { commitmentMonths: 3, timeZone: 'America/New_York' } });
    const short = subscribe({ tier: 'plus', startedAt: '2026-01-31T09:00:00-05:00', months: 3 }, policy);
    expect(short.commitment.end.toISOString()).toBe('2026-04-30T13:00:00.000Z');
    expect(requestCancellation(stored(short) as never, '2026-02-01T00:00:00Z', policy).effectiveAt).toEqual(short.commitment.end);
    expect(changeTier(stored(short) as never, 'pro', policy).tier).toBe('pro');
    expect(refundFor(stored(short) as never, 'close-account', policy).amount.toString()).toBe('CHF 0.00');
    expect(refusal(() => requestCancellation(stored(short) as never, '2026-02-01T00:00:00Z'))).toMatchObject({ path: 'commitmentMonths' });
    const zoned = subscribe({ tier: 'plus', startedAt: '2026-08-30T23:30:00-04:00', months: 6 }, policy);
    // 30 August in New York is 31 August in Zurich: clamped to 28 February, each zone ends on another day.
    expect(zoned.commitment.end.toISOString()).toBe('2027-03-01T04:30:00.000Z');
    expect(refusal(() => changeTier(zoned, 'pro'))).toMatchObject({ code: 'INVALID_INPUT', path: 'commitment.end' });
  });

  it('COM-01 upgradeSupport and cancelSupport take the policy the subscription was made under', async () => {
    const policy = definePolicy({ subscriptions: { commitmentMonths: 3 } });
    const ports = memoryPorts({ clock: fixedClock('2026-01-15T08:00:00Z') });
    await subscribeSupport(ports, { id: 'sub-1', customer: 'acme', tier: 'plus', months: 3 }, policy);
    expect((await upgradeSupport(ports, { id: 'sub-1', tier: 'pro' }, policy)).value.subscription.tier).toBe('pro');
    expect((await cancelSupport(ports, { id: 'sub-1' }, policy)).effectiveAt.toISOString()).toBe('2026-04-15T07:00:00.000Z');
  });
});

describe('subscribe returns only what the other functions read back (years 0001–9999)', () => {
  it('COM-01 a start whose commitment would end after the year 9999: INVALID_INPUT naming startedAt', () => {
    expect(refusal(() => subscribe({ tier: 'pro', startedAt: '9999-08-15T00:00:00Z' }))).toEqual({
      code: 'INVALID_INPUT',
      rule: 'COM-01',
      path: 'startedAt',
    });
    expect(refusal(() => subscribe({ tier: 'pro', startedAt: '9990-01-15T00:00:00Z', months: 1200 }))).toMatchObject({ path: 'startedAt' });
    expect(refusal(() => commitmentTerm({ startedAt: '9999-08-15T00:00:00Z' }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: 'startedAt',
    });
  });

  it('COM-01 property: near the year 9999, subscribe either refuses or returns what every function accepts', () => {
    const start = fc.integer({ min: Date.UTC(9998, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(start, fc.constantFrom(6, 7, 12, 18), (startedAt, months) => {
        let sub: Subscription;
        try {
          sub = subscribe({ tier: 'plus', startedAt, months });
        } catch (e) {
          expect(isHostPolicyError(e) && e.code).toBe('INVALID_INPUT');
          return;
        }
        for (const s of [sub, stored(sub)]) {
          expect(() => changeTier(s as never, 'pro')).not.toThrow();
          expect(() => refundFor(s as never, 'stop-support')).not.toThrow();
          expect(() => requestCancellation(s as never, startedAt)).not.toThrow();
        }
      }),
      { numRuns: 300 },
    );
  });
});
