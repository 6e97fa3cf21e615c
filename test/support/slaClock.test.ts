import { describe, expect, it } from 'vitest';
import { advanceSlaClock, defineSlaPolicy, slaClock, SlaPolicy, type SlaEvent } from '../../src/support/index.js';
import { definePolicy, HostPolicyError, InvalidInputError } from '../../src/index.js';
import { expectInvalid } from '../helpers/expectError.js';

const H = 3_600_000;
const iso = (d: Date | null) => d?.toISOString() ?? null;
// Pro normal: first response 2 h (SUP-03), next response 4 h, resolution 8 h; urgent: 1 h, 1 h, 4 h.
const sla = defineSlaPolicy({
  targets: {
    pro: { normal: { nextResponse: 4, resolution: 8 }, urgent: { firstResponse: 1, nextResponse: 1, resolution: 4 } },
    plus: { normal: { nextResponse: 8, resolution: 16 } },
  },
});
// Monday 9 March 2026, Zurich (CET, +01:00); phone hours Mon–Fri 06:00–19:00.
const pro = (at: string) => ({ type: 'received', at, channel: 'phone', tier: 'pro' }) as const;

describe('SLA clock: what support desks document', () => {
  it('SLA-01 pauses while waiting for the customer and resumes on the customer reply', () => {
    const events: SlaEvent[] = [
      { type: 'received', at: '2026-03-10T10:00:00+01:00', channel: 'email', tier: 'plus' },
      { type: 'waiting-on-customer', at: '2026-03-10T11:00:00+01:00' },
      { type: 'customer-replied', at: '2026-03-12T10:00:00+01:00' },
    ];
    const during = slaClock({ events, at: '2026-03-11T12:00:00+01:00' });
    expect(during.status).toBe('waiting');
    expect(during.firstResponse).toMatchObject({ state: 'paused', usedMs: H, remainingMs: 3 * H, dueAt: null });
    const after = slaClock({ events, at: '2026-03-12T12:00:00+01:00' });
    expect(after.firstResponse).toMatchObject({ state: 'at-risk', usedMs: 3 * H, remainingMs: H });
    expect(iso(after.firstResponse.dueAt)).toBe('2026-03-12T12:00:00.000Z'); // Thursday 13:00, not Tuesday 14:00
    expect(after.firstResponse.pauses.map((p) => [iso(p.from), iso(p.to)])).toEqual([
      ['2026-03-10T10:00:00.000Z', '2026-03-12T09:00:00.000Z'],
    ]);
    expect(after.waits).toEqual(after.firstResponse.pauses);
    // 'resumed' (status set back by staff) resumes the same way.
    const resumed = slaClock({
      events: [...events.slice(0, 2), { type: 'resumed', at: '2026-03-12T10:00:00+01:00' }],
      at: '2026-03-12T12:00:00+01:00',
    });
    expect(resumed.firstResponse).toEqual(after.firstResponse);
    // Without the pause, the response was due on Tuesday at 14:00.
    expect(iso(slaClock([events[0]!]).firstResponse.dueAt)).toBe('2026-03-10T13:00:00.000Z');
  });

  it('SLA-01 a breach cannot happen while paused: it happens when the clock runs again', () => {
    const events: SlaEvent[] = [pro('2026-03-09T08:00:00+01:00'), { type: 'waiting-on-customer', at: '2026-03-09T09:59:00+01:00' }];
    const week = slaClock({ events, at: '2026-03-16T12:00:00+01:00' }, sla);
    expect(week.firstResponse).toMatchObject({ state: 'paused', usedMs: 2 * H - 60_000, breachedAt: null, breaches: [], dueAt: null });
    const back = [...events, { type: 'customer-replied', at: '2026-03-16T12:00:00+01:00' } as const];
    expect(slaClock({ events: back, at: '2026-03-16T12:01:00+01:00' }, sla).firstResponse).toMatchObject({
      state: 'at-risk',
      remainingMs: 0,
    });
    const late = slaClock({ events: back, at: '2026-03-16T12:02:00+01:00' }, sla).firstResponse;
    expect(late.state).toBe('breached');
    expect(iso(late.breachedAt)).toBe('2026-03-16T11:01:00.000Z');
    // Paused exactly when the target is reached: the breach is at the resumption, never inside the pause.
    const edge = slaClock(
      {
        events: [
          pro('2026-03-09T08:00:00+01:00'),
          { type: 'waiting-on-customer', at: '2026-03-09T10:00:00+01:00' },
          { type: 'resumed', at: '2026-03-10T09:00:00+01:00' },
        ],
        at: '2026-03-10T09:30:00+01:00',
      },
      sla,
    );
    expect(iso(edge.firstResponse.breachedAt)).toBe('2026-03-10T08:00:00.000Z');
  });

  it('SLA-02 reopening continues the resolution metric: time used before stays used, the solved span does not count', () => {
    const events: SlaEvent[] = [
      pro('2026-03-09T08:00:00+01:00'),
      { type: 'staff-replied', at: '2026-03-09T09:00:00+01:00' },
      { type: 'solved', at: '2026-03-09T12:00:00+01:00' },
      { type: 'reopened', at: '2026-03-11T08:00:00+01:00' },
    ];
    const solved = slaClock({ events, at: '2026-03-10T08:00:00+01:00' }, sla);
    expect(solved.status).toBe('solved');
    expect(solved.resolution).toMatchObject({ state: 'met', usedMs: 4 * H });
    expect(iso(solved.resolution.completedAt)).toBe('2026-03-09T11:00:00.000Z');
    expect(iso(solved.resolution.dueAt)).toBe('2026-03-09T15:00:00.000Z');
    const reopened = slaClock({ events, at: '2026-03-11T09:00:00+01:00' }, sla);
    expect(reopened.resolution).toMatchObject({ state: 'running', usedMs: 5 * H, remainingMs: 3 * H, completedAt: null, cycles: 1 });
    expect(iso(reopened.resolution.dueAt)).toBe('2026-03-11T11:00:00.000Z');
    expect(reopened.resolution.pauses.map((p) => [iso(p.from), iso(p.to)])).toEqual([
      ['2026-03-09T11:00:00.000Z', '2026-03-11T07:00:00.000Z'],
    ]);
    expect(reopened.firstResponse.state).toBe('met'); // reopening does not touch the first response
    // Policy 'restart': a new cycle with the full target from the reopening.
    const fresh = slaClock(
      { events, at: '2026-03-11T09:00:00+01:00' },
      defineSlaPolicy({ reopen: 'restart', targets: { pro: { normal: { resolution: 8 } } } }),
    );
    expect(fresh.resolution).toMatchObject({ state: 'running', usedMs: H, cycles: 2 });
    expect(iso(fresh.resolution.startedAt)).toBe('2026-03-11T07:00:00.000Z');
    expect(iso(fresh.resolution.dueAt)).toBe('2026-03-11T15:00:00.000Z');
  });

  it('SLA-03 a priority change measures open metrics against the new target from their start', () => {
    const base = pro('2026-03-09T08:00:00+01:00');
    const urgentAt9 = slaClock(
      {
        events: [base, { type: 'priority-changed', at: '2026-03-09T09:00:00+01:00', priority: 'urgent' }],
        at: '2026-03-09T09:00:00+01:00',
      },
      sla,
    );
    expect(urgentAt9.priority).toBe('urgent');
    expect(iso(urgentAt9.resolution.dueAt)).toBe('2026-03-09T11:00:00.000Z'); // 08:00 + 4 h, not 09:00 + 4 h
    expect(urgentAt9.firstResponse).toMatchObject({ state: 'at-risk', remainingMs: 0 }); // 1 h used of 1 h: due now
    // Raised after the new target was passed: breached, at the instant the new target was reached.
    const late = [base, { type: 'priority-changed', at: '2026-03-09T13:00:00+01:00', priority: 'urgent' } as const];
    const r = slaClock(late, sla).resolution;
    expect(r.state).toBe('breached');
    expect(iso(r.breachedAt)).toBe('2026-03-09T11:00:00.000Z');
    // As if it had been urgent from the start.
    const fromStart = slaClock({ events: [{ ...base, priority: 'urgent' }], at: '2026-03-09T13:00:00+01:00' }, sla).resolution;
    expect(iso(fromStart.breachedAt)).toBe(iso(r.breachedAt));
    // Lowered again: measured against 8 h, the breach is gone.
    const back = slaClock([...late, { type: 'priority-changed', at: '2026-03-09T13:30:00+01:00', priority: 'normal' }], sla).resolution;
    expect(back).toMatchObject({ state: 'running', breachedAt: null, breaches: [] });
    expect(iso(back.dueAt)).toBe('2026-03-09T15:00:00.000Z');
    // A tier change works alike; a completed metric keeps the target it was measured against.
    const tier = slaClock(
      [
        base,
        { type: 'staff-replied', at: '2026-03-09T09:30:00+01:00' },
        { type: 'tier-changed', at: '2026-03-09T10:00:00+01:00', tier: 'standard' },
      ],
      sla,
    );
    expect(tier.tier).toBe('standard');
    expect(tier.firstResponse).toMatchObject({ state: 'met', targetMs: 2 * H });
    expect(tier.resolution).toMatchObject({ state: 'none', targetMs: null, usedMs: 2 * H });
  });

  it('SLA-04 next response: each customer message after a staff reply starts a cycle, the next staff reply ends it', () => {
    const events: SlaEvent[] = [
      pro('2026-03-09T08:00:00+01:00'),
      { type: 'customer-replied', at: '2026-03-09T08:30:00+01:00' }, // before any staff reply: first response still runs
      { type: 'staff-replied', at: '2026-03-09T09:00:00+01:00' },
      { type: 'customer-replied', at: '2026-03-09T10:00:00+01:00' },
      { type: 'customer-replied', at: '2026-03-09T11:00:00+01:00' }, // does not restart the cycle
      { type: 'staff-replied', at: '2026-03-09T12:00:00+01:00' },
      { type: 'customer-replied', at: '2026-03-09T13:00:00+01:00' },
    ];
    expect(slaClock({ events: events.slice(0, 2), at: '2026-03-09T08:45:00+01:00' }, sla).nextResponse).toMatchObject({
      state: 'idle',
      cycles: 0,
    });
    const met = slaClock({ events: events.slice(0, 6) }, sla).nextResponse;
    expect(met).toMatchObject({ state: 'met', usedMs: 2 * H, cycles: 1 });
    expect(iso(met.startedAt)).toBe('2026-03-09T09:00:00.000Z');
    const open = slaClock({ events, at: '2026-03-09T18:00:00+01:00' }, sla).nextResponse;
    expect(open).toMatchObject({ state: 'breached', cycles: 2 });
    expect(open.breaches.map(iso)).toEqual(['2026-03-09T16:00:00.000Z']);
    expect(slaClock({ events, at: '2026-03-09T15:30:00+01:00' }, sla).nextResponse).toMatchObject({ state: 'running', usedMs: 2.5 * H });
  });

  it('SLA-04 solving fulfils the open response metrics and stops every clock', () => {
    const c = slaClock(
      [
        pro('2026-03-09T08:00:00+01:00'),
        { type: 'waiting-on-customer', at: '2026-03-09T08:30:00+01:00' },
        { type: 'solved', at: '2026-03-09T09:00:00+01:00' },
      ],
      sla,
    );
    expect(c.status).toBe('solved');
    expect(c.firstResponse).toMatchObject({ state: 'met', usedMs: H / 2 });
    expect(c.resolution).toMatchObject({ state: 'met', usedMs: H / 2 });
    expect(c.firstResponse.pauses.map((p) => [iso(p.from), iso(p.to)])).toEqual([['2026-03-09T07:30:00.000Z', '2026-03-09T08:00:00.000Z']]);
    expect(
      slaClock(
        { events: [pro('2026-03-09T08:00:00+01:00'), { type: 'solved', at: '2026-03-09T09:00:00+01:00' }], at: '2026-03-20T00:00:00Z' },
        sla,
      ).resolution.usedMs,
    ).toBe(H);
  });

  it('SLA-05 SUP-03 targets per tier and priority are policy data; the sources give the first response for every priority', () => {
    expect(defineSlaPolicy().targets.plus.urgent).toEqual({ firstResponse: 4, nextResponse: null, resolution: null });
    expect(defineSlaPolicy().targets.standard.normal.firstResponse).toBeNull();
    expect(sla.targets.pro.urgent).toEqual({ firstResponse: 1, nextResponse: 1, resolution: 4 });
    const fromPolicy = definePolicy({ support: { tiers: { plus: { firstResponseHours: 3 } } } });
    expect(
      slaClock([{ type: 'received', at: '2026-03-09T08:00:00+01:00', channel: 'phone', tier: 'plus' }], fromPolicy).firstResponse.targetMs,
    ).toBe(3 * H);
    // The at-risk share is policy data too.
    const half = defineSlaPolicy({ atRisk: '50%' });
    const at = {
      events: [{ type: 'received', at: '2026-03-09T08:00:00+01:00', channel: 'phone', tier: 'plus' } as const],
      at: '2026-03-09T10:00:00+01:00',
    };
    expect(slaClock(at, half).firstResponse.state).toBe('at-risk');
    expect(slaClock(at).firstResponse.state).toBe('running');
    // Standard: no first-response target; next response 'none' without a target.
    const std = slaClock([{ type: 'received', at: '2026-03-09T08:00:00+01:00', channel: 'email', tier: 'standard' }]);
    expect([std.firstResponse.state, std.nextResponse.state, std.resolution.state]).toEqual(['none', 'none', 'none']);
    // pauseWhileWaiting per metric.
    const noPause = defineSlaPolicy({ pauseWhileWaiting: { firstResponse: false } });
    const waited = {
      events: [
        { type: 'received', at: '2026-03-09T08:00:00+01:00', channel: 'phone', tier: 'plus' } as const,
        { type: 'waiting-on-customer', at: '2026-03-09T09:00:00+01:00' } as const,
      ],
      at: '2026-03-09T11:00:00+01:00',
    };
    expect(slaClock(waited, noPause).firstResponse).toMatchObject({ state: 'at-risk', usedMs: 3 * H });
    expect(slaClock(waited).firstResponse).toMatchObject({ state: 'paused', usedMs: H });
  });

  it('SLA-06 events are applied by instant, then in a fixed order: any order of the same events gives the same clock', () => {
    const events: SlaEvent[] = [
      { type: 'solved', at: '2026-03-09T12:00:00+01:00' },
      { type: 'reopened', at: '2026-03-09T12:00:00+01:00' },
      { type: 'staff-replied', at: '2026-03-09T09:00:00+01:00' },
      { type: 'customer-replied', at: '2026-03-09T09:00:00+01:00' },
      pro('2026-03-09T08:00:00+01:00'),
    ];
    const a = slaClock({ events, at: '2026-03-09T14:00:00+01:00' }, sla);
    const b = slaClock({ events: [...events].reverse(), at: '2026-03-09T14:00:00+01:00' }, sla);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    // Solved then reopened at one instant: open. Staff reply then customer reply: a next-response cycle is open.
    expect(a.status).toBe('open');
    expect(a.nextResponse).toMatchObject({ state: 'met', cycles: 1 }); // ... and fulfilled by the solve at 12:00
  });

  it('SLA-06 the clock can be read at any instant: later events are not applied', () => {
    const events: SlaEvent[] = [pro('2026-03-09T08:00:00+01:00'), { type: 'staff-replied', at: '2026-03-09T09:00:00+01:00' }];
    expect(slaClock({ events, at: '2026-03-09T08:30:00+01:00' }, sla).firstResponse).toMatchObject({
      state: 'running',
      usedMs: H / 2,
      completedAt: null,
    });
    expect(slaClock({ events, at: '2026-03-09T09:00:00+01:00' }, sla).firstResponse.state).toBe('met');
    // Without `at`: read at the last event.
    expect(slaClock(events, sla).at.toISOString()).toBe('2026-03-09T08:00:00.000Z');
  });

  it('SLA-06 advanceSlaClock continues a clock with new events, equal to folding all of them', () => {
    const events: SlaEvent[] = [pro('2026-03-09T08:00:00+01:00'), { type: 'staff-replied', at: '2026-03-09T09:00:00+01:00' }];
    const more: SlaEvent[] = [
      { type: 'customer-replied', at: '2026-03-09T10:00:00+01:00' },
      { type: 'waiting-on-customer', at: '2026-03-09T11:00:00+01:00' },
    ];
    const first = slaClock({ events, at: '2026-03-09T09:30:00+01:00' }, sla);
    const next = advanceSlaClock(first, { events: more, at: '2026-03-09T12:00:00+01:00' });
    expect(JSON.stringify(next)).toBe(JSON.stringify(slaClock({ events: [...events, ...more], at: '2026-03-09T12:00:00+01:00' }, sla)));
    expect(first.status).toBe('open'); // the first clock is unchanged
  });
});

describe('SLA clock: bad input', () => {
  const ok = pro('2026-03-09T08:00:00+01:00');
  it('names the event and field', () => {
    expect(expectInvalid(() => slaClock([ok, { type: 'replied', at: '2026-03-09T09:00:00Z' } as never])).issues[0]?.path).toEqual([
      1,
      'type',
    ]);
    expect(expectInvalid(() => slaClock({ events: [ok, { type: 'staff-replied', at: 'tomorrow' }] })).issues[0]?.path).toEqual([
      'events',
      1,
      'at',
    ]);
    expect(
      expectInvalid(() => slaClock([ok, { type: 'staff-replied', at: '2026-03-09T09:00:00Z', tier: 'pro' } as never])).message,
    ).toMatch(/tier.*not a field of a 'staff-replied' event/);
    expect(expectInvalid(() => slaClock([{ ...ok, channel: 'fax' } as never])).issues[0]?.path).toEqual([0, 'channel']);
    expect(expectInvalid(() => slaClock([{ type: 'received', at: ok.at, channel: 'phone' } as never])).issues[0]?.path).toEqual([
      0,
      'tier',
    ]);
    expect(
      expectInvalid(() => slaClock([ok, { type: 'priority-changed', at: '2026-03-09T09:00:00Z', priority: 'p1' } as never])).issues[0]
        ?.path,
    ).toEqual([1, 'priority']);
    expect(
      expectInvalid(() => slaClock([ok, { type: 'schedule-changed', at: '2026-03-09T09:00:00Z', schedule: { timeZone: 'UTC' } } as never]))
        .issues[0]?.path,
    ).toEqual([1, 'schedule']);
  });

  it('needs exactly one received event, first', () => {
    expect(expectInvalid(() => slaClock([])).message).toMatch(/needs a received event/);
    expect(expectInvalid(() => slaClock([{ type: 'staff-replied', at: '2026-03-09T06:00:00Z' }, ok])).message).toMatch(
      /must start with the 'received' event/,
    );
    expect(expectInvalid(() => slaClock([ok, { ...ok, at: '2026-03-09T09:00:00Z' }])).message).toMatch(/second 'received'/);
    expect(expectInvalid(() => slaClock({ events: [ok], at: '2026-03-01T00:00:00Z' })).issues[0]?.path).toEqual(['at']);
  });

  it('refuses contradicting changes at one instant, and accepts repeated identical ones', () => {
    const at = '2026-03-09T09:00:00Z';
    expectInvalid(() =>
      slaClock([ok, { type: 'priority-changed', at, priority: 'high' }, { type: 'priority-changed', at, priority: 'low' }]),
    );
    expectInvalid(() => slaClock([ok, { type: 'tier-changed', at, tier: 'plus' }, { type: 'tier-changed', at, tier: 'enterprise' }]));
    expect(
      slaClock([ok, { type: 'priority-changed', at, priority: 'high' }, { type: 'priority-changed', at, priority: 'high' }]).priority,
    ).toBe('high');
  });

  it('hostile input: holes, inherited and __proto__ keys, revoked proxies, huge lists, non-lists', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the hostile input under test
    expect(expectInvalid(() => slaClock([ok, , ok] as never)).issues[0]?.path).toEqual([1]);
    expect(
      expectInvalid(() =>
        slaClock([JSON.parse('{"type":"received","at":"2026-03-09T08:00:00Z","channel":"phone","tier":"pro","__proto__":1}')]),
      ).message,
    ).toMatch(/__proto__/);
    expectInvalid(() => slaClock([Object.create(ok) as SlaEvent]));
    const { proxy, revoke } = Proxy.revocable([ok], {});
    revoke();
    expect(expectInvalid(() => slaClock(proxy)).message).toMatch(/could not be read/);
    const { proxy: event, revoke: revokeEvent } = Proxy.revocable({ ...ok }, {});
    revokeEvent();
    expectInvalid(() => slaClock([event]));
    expect(expectInvalid(() => slaClock(Array.from({ length: 10_001 }, () => ok))).message).toMatch(/at most 10000/);
    expectInvalid(() => slaClock('events' as never));
    expectInvalid(() => slaClock({ events: [ok], at: '2026-03-09T09:00:00Z', now: 1 } as never));
    expectInvalid(() => slaClock(null as never));
    const getter = { ...ok };
    Object.defineProperty(getter, 'at', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(expectInvalid(() => slaClock([getter])).cause).toBeInstanceOf(Error);
  });

  it('a bad policy, a foreign clock or an out-of-order continuation is INVALID_INPUT', () => {
    expectInvalid(() => slaClock([ok], null as never));
    expectInvalid(() => slaClock([ok], { support: {} } as never));
    expect(expectInvalid(() => defineSlaPolicy({ targets: { pro: { urgent: { firstResponse: -1 } } } })).issues[0]?.path).toEqual([
      'targets',
      'pro',
      'urgent',
      'firstResponse',
    ]);
    expectInvalid(() => defineSlaPolicy({ targets: { pro: { critical: {} } } } as never));
    expectInvalid(() => defineSlaPolicy({ atRisk: '120%' }));
    expectInvalid(() => defineSlaPolicy({ reopen: 'resume' } as never));
    expectInvalid(() => defineSlaPolicy({ schedules: { email: {} } } as never));
    const clock = slaClock([ok, { type: 'staff-replied', at: '2026-03-09T09:00:00Z' }]);
    expect(expectInvalid(() => advanceSlaClock({ ...clock }, [])).issues[0]?.path).toEqual(['clock']);
    expect(expectInvalid(() => advanceSlaClock(clock, [{ type: 'solved', at: '2026-03-09T08:30:00Z' }])).issues[0]?.path).toEqual([
      'events',
      0,
      'at',
    ]);
    expectInvalid(() => advanceSlaClock(clock, [ok]));
    // A clock read before some of its events cannot be continued (they would be lost).
    expectInvalid(() =>
      advanceSlaClock(slaClock({ events: [ok, { type: 'solved', at: '2026-03-10T09:00:00Z' }], at: '2026-03-09T09:00:00Z' }), []),
    );
    expect(sla).toBeInstanceOf(SlaPolicy);
    expect(Object.isFrozen(sla) && Object.isFrozen(clock) && Object.isFrozen(clock.firstResponse)).toBe(true);
  });

  it('a calendar that never opens again is NO_OPENING, a HostPolicyError', () => {
    const closed = defineSlaPolicy({ schedules: { email: await_() } });
    const e = (() => {
      try {
        slaClock([{ type: 'received', at: '2026-03-09T08:00:00Z', channel: 'email', tier: 'plus' }], closed);
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(HostPolicyError);
    expect((e as HostPolicyError).code).toBe('NO_OPENING');
    expect(e).not.toBeInstanceOf(InvalidInputError);
  });
});

import { weeklySchedule } from '../../src/calendar/index.js';
function await_() {
  return weeklySchedule({
    timeZone: 'Europe/Zurich',
    hours: { mon: [['06:00', '07:00']] },
    closures: [{ from: '2026-01-01T00:00:00Z', to: '2040-01-01T00:00:00Z' }],
  });
}

describe('SLA clock: bounded work', () => {
  it('10,000 priority changes cost about as much as 10,000 replies (no quadratic replay)', async () => {
    const { cpuMs } = await import('../partners/timing.js');
    const start = Date.parse('2026-03-09T07:00:00Z');
    const sla = defineSlaPolicy({ targets: { pro: { low: { resolution: 80_000 }, urgent: { resolution: 79_999 } } } });
    const ticket = (make: (i: number, at: Date) => SlaEvent): SlaEvent[] => [
      { type: 'received', at: new Date(start), channel: 'email', tier: 'pro', priority: 'low' },
      ...Array.from({ length: 9_999 }, (_, i) => make(i, new Date(start + (i + 1) * 60_000))),
    ];
    const toggles = ticket((i, at) => ({ type: 'priority-changed', at, priority: i % 2 === 0 ? 'urgent' : 'low' }));
    const replies = ticket((i, at) => ({ type: i % 2 === 0 ? 'staff-replied' : 'customer-replied', at }));
    const best = (events: SlaEvent[]) => {
      let min = Number.POSITIVE_INFINITY;
      for (let round = 0; round < 3; round += 1) {
        const t0 = cpuMs();
        slaClock(events, sla);
        min = Math.min(min, cpuMs() - t0);
      }
      return min;
    };
    best(replies);
    expect(best(toggles) / Math.max(best(replies), 1)).toBeLessThan(6);
  });
});
