import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { definePolicy, InvalidInputError, responseDeadline, slaStatus } from '../../src/index.js';

// Plus by phone, Friday 17:00 CET: due Monday 08:00 CEST (06:00Z); 2 h on Friday, 2 h on Monday.
const req = { tier: 'plus' as const, channel: 'phone' as const, receivedAt: '2026-03-27T17:00:00+01:00' };
const H = 3_600_000;

describe('SUP-03 SLA status', () => {
  it('SUP-03 running while more than a quarter of the guarantee remains', () => {
    const s = slaStatus({ ...req, now: '2026-03-27T18:00:00+01:00' });
    expect(s).toMatchObject({ state: 'running', remainingBusinessMs: 3 * H });
    expect(s.deadline?.toISOString()).toBe('2026-03-30T06:00:00.000Z');
    // Calendar time to the deadline spans the weekend (and the 23-hour Sunday).
    expect(s.remainingMs).toBe(Date.parse('2026-03-30T06:00:00Z') - Date.parse('2026-03-27T17:00:00Z'));
  });

  it('SUP-03 the clock stands still while the channel is closed', () => {
    const s = slaStatus({ ...req, now: '2026-03-28T12:00:00+01:00' }); // Saturday
    expect(s).toMatchObject({ state: 'running', remainingBusinessMs: 2 * H });
  });

  it('SUP-03 at risk when a quarter of the guarantee (1 h of 4 h) or less remains', () => {
    expect(slaStatus({ ...req, now: '2026-03-30T07:00:00+02:00' })).toMatchObject({
      state: 'at-risk',
      remainingBusinessMs: H,
      remainingMs: H,
    });
    expect(slaStatus({ ...req, now: '2026-03-30T06:59:59+02:00' }).state).toBe('running');
    expect(slaStatus({ ...req, now: '2026-03-30T08:00:00+02:00' })).toMatchObject({ state: 'at-risk', remainingMs: 0 });
  });

  it('SUP-03 breached once past the deadline without response', () => {
    expect(slaStatus({ ...req, now: '2026-03-30T08:30:00+02:00' })).toMatchObject({
      state: 'breached',
      remainingMs: -H / 2,
      remainingBusinessMs: -H / 2,
    });
  });

  it('SUP-03 met when responded by the deadline, breached when after, whatever now is', () => {
    expect(slaStatus({ ...req, respondedAt: '2026-03-30T07:59:00+02:00', now: '2026-04-10T00:00:00Z' })).toMatchObject({
      state: 'met',
      remainingMs: 60_000,
    });
    expect(slaStatus({ ...req, respondedAt: '2026-03-30T08:00:00+02:00', now: '2026-03-30T08:00:00+02:00' }).state).toBe('met');
    expect(slaStatus({ ...req, respondedAt: '2026-03-30T09:00:00+02:00', now: '2026-04-10T00:00:00Z' })).toMatchObject({
      state: 'breached',
      remainingMs: -H,
    });
  });

  it('SUP-02 Standard has no guarantee: state none', () => {
    expect(slaStatus({ ...req, tier: 'standard', now: '2026-03-30T08:00:00+02:00' })).toEqual({
      state: 'none',
      deadline: null,
      remainingMs: null,
      remainingBusinessMs: null,
    });
  });

  it('SUP-03 the at-risk share is policy data', () => {
    const policy = definePolicy({ support: { atRiskRemaining: '50%' } });
    expect(slaStatus({ ...req, now: '2026-03-27T19:00:00+01:00' }, policy).state).toBe('at-risk'); // 2 h of 4 h left
    expect(() => definePolicy({ support: { atRiskRemaining: '150%' } })).toThrow(/atRiskRemaining/);
  });

  it('SUP-03 property: the state follows the deadline and the business time left', () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.constantFrom('plus' as const, 'pro' as const, 'enterprise' as const),
        fc.constantFrom('phone' as const, 'email' as const),
        fc.integer({ min: 0, max: 365 * 24 * 60 }),
        fc.integer({ min: 0, max: 5 * 24 * 60 }),
        fc.option(fc.integer({ min: 0, max: 5 * 24 * 60 }), { nil: undefined }),
        (tier, channel, receivedMin, nowAfter, respondedAfter) => {
          const receivedAt = new Date(start + receivedMin * 60_000);
          const now = new Date(receivedAt.getTime() + nowAfter * 60_000);
          const respondedAt =
            respondedAfter === undefined || respondedAfter > nowAfter
              ? undefined
              : new Date(receivedAt.getTime() + respondedAfter * 60_000);
          const s = slaStatus({ tier, channel, receivedAt, now, ...(respondedAt === undefined ? {} : { respondedAt }) });
          const deadline = responseDeadline({ tier, channel, receivedAt })!;
          expect(s.deadline?.getTime()).toBe(deadline.getTime());
          const ref = respondedAt ?? now;
          expect(s.remainingMs).toBe(deadline.getTime() - ref.getTime());
          // Past the deadline no business time is left; none at all (zero) when the channel has been
          // closed since the deadline (a deadline at a closing instant, now after it).
          if (s.remainingMs! < 0) expect(s.remainingBusinessMs!).toBeLessThanOrEqual(0);
          else expect(s.remainingBusinessMs!).toBeGreaterThanOrEqual(0);
          if (s.remainingMs! < 0) expect(s.state).toBe('breached');
          else if (respondedAt !== undefined) expect(s.state).toBe('met');
          else expect(s.state).toBe(s.remainingBusinessMs! <= 0.25 * { plus: 4, pro: 2, enterprise: 1 }[tier] * H ? 'at-risk' : 'running');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('SUP-03 bad input names each field', () => {
    expect(() => slaStatus({ ...req, now: '2026-03-27T15:00:00+01:00' })).toThrow(/now: must not be before receivedAt/);
    expect(() => slaStatus({ ...req, respondedAt: '2026-03-27T16:00:00+01:00', now: '2026-03-28T00:00:00Z' })).toThrow(
      /respondedAt: must not be before receivedAt/,
    );
    expect(() => slaStatus({ ...req, respondedAt: '2026-03-30T06:00:00Z', now: '2026-03-28T00:00:00Z' })).toThrow(
      /respondedAt: must not be after now/,
    );
    expect(() => slaStatus({ ...req } as never)).toThrow(InvalidInputError);
  });
});

describe('SUP-03 SLA status after a deadline at closing time', () => {
  it('SUP-03 breached in closed hours: no business time left', () => {
    // Enterprise by phone, Friday 18:00 CET: due at 19:00, the closing instant; at 19:01 it is breached.
    const s = slaStatus({ tier: 'enterprise', channel: 'phone', receivedAt: '2026-01-23T17:00:00Z', now: '2026-01-23T18:01:00Z' });
    expect(s).toMatchObject({ state: 'breached', remainingMs: -60_000 });
    expect(s.remainingBusinessMs === 0).toBe(true); // -0: antisymmetric with the 0 ms open from 19:00 to 19:01
  });
});
