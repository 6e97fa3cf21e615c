import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defineSlaPolicy, slaClock, type SlaEvent } from '../../src/support/index.js';
import { weeklySchedule, type ScheduleDefinition } from '../../src/calendar/index.js';
import { oracleClock, type OracleEvent, type OracleTargets } from './slaOracle.js';

const MIN = 60_000;
const days = (from: string, to: string) =>
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [[from, to]]]));
const EMAIL: ScheduleDefinition = { timeZone: 'Europe/Zurich', hours: days('06:00', '23:00') };
const PHONE: ScheduleDefinition = {
  timeZone: 'Europe/Zurich',
  hours: {
    mon: [['06:00', '19:00']],
    tue: [['06:00', '19:00']],
    wed: [['06:00', '19:00']],
    thu: [['06:00', '19:00']],
    fri: [['06:00', '19:00']],
  },
};
// Calendars a ticket can switch to: a holiday and a short day (DST weeks), and another zone.
const HOLIDAYS: ScheduleDefinition = {
  ...EMAIL,
  closures: ['2026-03-30', '2026-10-26', { from: '2026-03-31T10:00:00Z', to: '2026-03-31T12:30:00Z' }],
  overrides: [
    { date: '2026-03-27', hours: [['08:00', '12:00']] },
    {
      date: '2026-10-23',
      hours: [
        ['09:30', '11:00'],
        ['13:00', '15:00'],
      ],
    },
  ],
};
const KOLKATA: ScheduleDefinition = { timeZone: 'Asia/Kolkata', hours: { ...days('09:00', '18:00'), sun: [] } };
const CALENDARS = [HOLIDAYS, KOLKATA, EMAIL] as const;
const SCHEDULES = CALENDARS.map((d) => weeklySchedule(d));

// Targets in hours: small enough that tickets breach, three priorities differ, Standard has no first response.
const HOURS: Record<string, Partial<Record<string, [number | null, number | null, number | null]>>> = {
  standard: { low: [null, 8, 40], normal: [null, 8, 24], high: [null, 4, 16], urgent: [null, 2, 8] },
  plus: { low: [8, 8, 40], normal: [4, 4, 24], high: [2, 2, 12], urgent: [1, 1, 6] },
  pro: { low: [4, 4, 24], normal: [2, 2, 16], high: [1, 1, 8], urgent: [0.5, 0.5, 4] },
  enterprise: { low: [2, 2, 16], normal: [1, 1, 8], high: [0.5, 0.5, 4], urgent: [0.25, 0.25, 2] },
};
const TIERS = ['standard', 'plus', 'pro', 'enterprise'] as const;
const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
const targets = Object.fromEntries(
  TIERS.map((t) => [
    t,
    Object.fromEntries(
      PRIORITIES.map((p) => {
        const h = HOURS[t]![p]!;
        return [p, { firstResponse: h[0], nextResponse: h[1], resolution: h[2] }];
      }),
    ),
  ]),
);
const oracleTargets: OracleTargets = Object.fromEntries(
  TIERS.flatMap((t) =>
    PRIORITIES.map((p) => [`${t}/${p}`, HOURS[t]![p]!.map((h) => (h === null ? Number.NaN : h * 60)) as [number, number, number]]),
  ),
);
const sla = defineSlaPolicy({ targets, schedules: { phone: weeklySchedule(PHONE), email: weeklySchedule(EMAIL) } });
const restart = defineSlaPolicy({
  targets,
  reopen: 'restart',
  pauseWhileWaiting: { firstResponse: false },
  schedules: { phone: weeklySchedule(PHONE), email: weeklySchedule(EMAIL) },
});

const TYPES = [
  'staff-replied',
  'customer-replied',
  'waiting-on-customer',
  'resumed',
  'solved',
  'reopened',
  'priority-changed',
  'tier-changed',
  'schedule-changed',
] as const;
const eventArb = fc.record({
  type: fc.constantFrom(...TYPES),
  gap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 1_800 })),
  tier: fc.constantFrom(...TIERS),
  priority: fc.constantFrom(...PRIORITIES),
  calendar: fc.integer({ min: 0, max: 2 }),
});
// Weeks with a DST change in Zurich (and ordinary days around them).
const startArb = fc
  .tuple(fc.constantFrom(Date.UTC(2026, 2, 24), Date.UTC(2026, 9, 20)), fc.integer({ min: 0, max: 6 * 24 * 60 }))
  .map(([d, m]) => d + m * MIN);

describe('SLA clock against a minute-stepping oracle', () => {
  it('SLA-06 every metric (state, used, due, breach, completion, cycles) agrees on random event sequences', () => {
    fc.assert(
      fc.property(
        startArb,
        fc.constantFrom('phone' as const, 'email' as const),
        fc.constantFrom(...TIERS),
        fc.constantFrom(...PRIORITIES),
        fc.array(eventArb, { maxLength: 8 }),
        fc.integer({ min: 0, max: 1_800 }),
        fc.boolean(),
        (received, channel, tier, priority, steps, tail, useRestart) => {
          let t = received;
          const events: SlaEvent[] = [{ type: 'received', at: new Date(received), channel, tier, priority }];
          const oracleEvents: OracleEvent[] = [{ type: 'received', at: received, channel, tier, priority }];
          for (const s of steps) {
            t += s.gap * MIN;
            const at = new Date(t);
            if (s.type === 'tier-changed') events.push({ type: s.type, at, tier: s.tier });
            else if (s.type === 'priority-changed') events.push({ type: s.type, at, priority: s.priority });
            else if (s.type === 'schedule-changed') events.push({ type: s.type, at, schedule: SCHEDULES[s.calendar]! });
            else events.push({ type: s.type, at });
            oracleEvents.push({ type: s.type, at: t, tier: s.tier, priority: s.priority, def: CALENDARS[s.calendar] });
          }
          // Contradicting changes at one instant are refused (tested elsewhere): keep the last of each.
          const seen = new Set<string>();
          const keep = events
            .map((_, i) => i)
            .reverse()
            .filter((i) => {
              const e = events[i]!;
              if (!['tier-changed', 'priority-changed', 'schedule-changed'].includes(e.type)) return true;
              const key = `${e.type}@${(e.at as Date).getTime()}`;
              if (seen.has(key)) return false;
              seen.add(key);
              return true;
            })
            .reverse();
          const at = t + tail * MIN;
          const policy = useRestart ? restart : sla;
          const clock = slaClock({ events: keep.map((i) => events[i]!), at: new Date(at) }, policy);
          const expected = oracleClock(
            keep.map((i) => oracleEvents[i]!),
            at,
            oracleTargets,
            { phone: PHONE, email: EMAIL },
            useRestart ? { reopen: 'restart', pauseWhileWaiting: [false, true, true] } : {},
          );
          expect(clock.status).toBe(expected.status);
          [clock.firstResponse, clock.nextResponse, clock.resolution].forEach((m, k) => {
            const o = expected.metrics[k]!;
            expect({
              metric: m.metric,
              state: m.state,
              usedMs: m.usedMs,
              dueAt: m.dueAt?.getTime() ?? null,
              breachedAt: m.breachedAt?.getTime() ?? null,
              completedAt: m.completedAt?.getTime() ?? null,
              breaches: m.breaches.map((b) => b.getTime()),
              cycles: m.cycles,
            }).toEqual({ metric: m.metric, ...o });
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});
