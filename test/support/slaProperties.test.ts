import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { advanceSlaClock, defineSlaPolicy, responseDeadline, slaClock, slaStatus, type SlaEvent } from '../../src/support/index.js';
import { weeklySchedule } from '../../src/calendar/index.js';

const MIN = 60_000;
const TIERS = ['standard', 'plus', 'pro', 'enterprise'] as const;
const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
const sla = defineSlaPolicy({
  targets: Object.fromEntries(
    TIERS.map((t, i) => [t, Object.fromEntries(PRIORITIES.map((p, j) => [p, { nextResponse: 1 + i + j, resolution: 4 + 2 * i + 3 * j }]))]),
  ),
});
const HOLIDAY = weeklySchedule({
  timeZone: 'Europe/Zurich',
  hours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['06:00', '23:00']]])),
  closures: ['2026-10-26', '2026-10-27'],
  overrides: [{ date: '2026-10-28', hours: [['06:00', '12:00']] }],
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

/** A ticket: received in the weeks around the end of DST, then up to 10 events minutes to days apart. */
const ticketArb = fc
  .record({
    start: fc.integer({ min: Date.UTC(2026, 9, 19) / MIN, max: Date.UTC(2026, 9, 26) / MIN }),
    channel: fc.constantFrom('phone' as const, 'email' as const),
    tier: fc.constantFrom(...TIERS),
    priority: fc.constantFrom(...PRIORITIES),
    steps: fc.array(
      fc.record({
        type: fc.constantFrom(...TYPES),
        gap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3_000 })),
        tier: fc.constantFrom(...TIERS),
        priority: fc.constantFrom(...PRIORITIES),
      }),
      { maxLength: 10 },
    ),
  })
  .map(({ start, channel, tier, priority, steps }) => {
    let t = start * MIN;
    const events: SlaEvent[] = [{ type: 'received', at: new Date(t), channel, tier, priority }];
    const seen = new Set<string>();
    for (const s of steps) {
      t += s.gap * MIN;
      const at = new Date(t);
      // One change of each kind per instant (contradicting ones are refused).
      if (s.type.endsWith('-changed')) {
        if (seen.has(`${s.type}${t}`)) continue;
        seen.add(`${s.type}${t}`);
      }
      if (s.type === 'tier-changed') events.push({ type: s.type, at, tier: s.tier });
      else if (s.type === 'priority-changed') events.push({ type: s.type, at, priority: s.priority });
      else if (s.type === 'schedule-changed') events.push({ type: s.type, at, schedule: HOLIDAY });
      else events.push({ type: s.type, at });
    }
    return { events, last: t };
  });

const metrics = (c: ReturnType<typeof slaClock>) => [c.firstResponse, c.nextResponse, c.resolution];

describe('SLA clock properties', () => {
  it('SLA-06 used time never decreases as the clock is read later (within a cycle)', () => {
    fc.assert(
      fc.property(ticketArb, fc.array(fc.integer({ min: 0, max: 6_000 }), { minLength: 2, maxLength: 5 }), ({ events }, offsets) => {
        const start = (events[0]!.at as Date).getTime();
        const reads = [...offsets].sort((a, b) => a - b).map((o) => slaClock({ events, at: new Date(start + o * MIN) }, sla));
        for (let i = 1; i < reads.length; i += 1) {
          metrics(reads[i]!).forEach((m, k) => {
            const before = metrics(reads[i - 1]!)[k]!;
            if (m.cycles === before.cycles) expect(m.usedMs).toBeGreaterThanOrEqual(before.usedMs);
            else expect(m.cycles).toBeGreaterThan(before.cycles);
            // A lowered priority can lift the current breach only.
            expect(m.breaches.length).toBeGreaterThanOrEqual(before.breaches.length - 1);
          });
        }
      }),
      { numRuns: 60 },
    );
  });

  it('SLA-01 pausing never brings a due date earlier, nor a breach', () => {
    fc.assert(
      fc.property(
        ticketArb,
        fc.integer({ min: 0, max: 3_000 }),
        fc.integer({ min: 0, max: 3_000 }),
        fc.integer({ min: 0, max: 3_000 }),
        ({ events: all, last }, from, length, after) => {
          // The added pause is the ticket's only one: no other waiting, and no customer message inside it.
          const events = all.filter((e) => e.type !== 'waiting-on-customer' && e.type !== 'resumed');
          const start = (events[0]!.at as Date).getTime();
          const pauseAt = start + from * MIN;
          const resumeAt = pauseAt + length * MIN;
          fc.pre(
            !events.some(
              (e) => e.type === 'customer-replied' && (e.at as Date).getTime() >= pauseAt && (e.at as Date).getTime() <= resumeAt,
            ),
          );
          const at = new Date(Math.max(resumeAt, last) + after * MIN);
          const plain = slaClock({ events, at }, sla);
          const paused = slaClock(
            {
              events: [...events, { type: 'waiting-on-customer', at: new Date(pauseAt) }, { type: 'resumed', at: new Date(resumeAt) }],
              at,
            },
            sla,
          );
          metrics(paused).forEach((m, k) => {
            const p = metrics(plain)[k]!;
            expect(m.usedMs).toBeLessThanOrEqual(p.usedMs);
            if (m.cycles === p.cycles && m.dueAt !== null && p.dueAt !== null && m.state !== 'met' && p.state !== 'met') {
              expect(m.dueAt.getTime()).toBeGreaterThanOrEqual(p.dueAt.getTime());
            }
            if (m.breachedAt !== null && m.cycles === p.cycles) {
              expect(p.breachedAt).not.toBeNull();
              expect(m.breachedAt.getTime()).toBeGreaterThanOrEqual(p.breachedAt!.getTime());
            }
          });
        },
      ),
      { numRuns: 80 },
    );
  });

  it('SLA-06 events in any order with the same instants give the same clock', () => {
    fc.assert(
      fc.property(ticketArb, fc.integer({ min: 0, max: 2_000 }), fc.infiniteStream(fc.nat()), ({ events, last }, after, rnd) => {
        const shuffled = [...events];
        const r = rnd[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i -= 1) {
          const j = (r.next().value as number) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const at = new Date(last + after * MIN);
        expect(JSON.stringify(slaClock({ events: shuffled, at }, sla))).toBe(JSON.stringify(slaClock({ events, at }, sla)));
      }),
      { numRuns: 80 },
    );
  });

  it('SLA-06 advancing a stored clock equals folding every event again', () => {
    fc.assert(
      fc.property(ticketArb, fc.nat(), fc.integer({ min: 0, max: 2_000 }), ({ events, last }, cut, after) => {
        const sorted = [...events].sort((a, b) => (a.at as Date).getTime() - (b.at as Date).getTime());
        const k = 1 + (cut % sorted.length);
        const head = sorted.slice(0, k);
        const split = (head[head.length - 1]!.at as Date).getTime();
        const tail = sorted.slice(k).filter((e) => (e.at as Date).getTime() > split);
        const whole = [...sorted.slice(0, k), ...tail];
        const at = new Date(last + after * MIN);
        const stored = slaClock(head, sla);
        expect(JSON.stringify(advanceSlaClock(stored, { events: tail, at }))).toBe(JSON.stringify(slaClock({ events: whole, at }, sla)));
      }),
      { numRuns: 80 },
    );
  });

  it('SLA-03 a priority change equals having had that priority from the start, for the metrics still open', () => {
    fc.assert(
      fc.property(ticketArb, fc.constantFrom(...PRIORITIES), fc.integer({ min: 0, max: 2_000 }), ({ events, last }, priority, after) => {
        const simple = events.filter((e) => e.type !== 'priority-changed' && e.type !== 'tier-changed' && e.type !== 'reopened');
        const received = simple[0] as Extract<SlaEvent, { type: 'received' }>;
        const changeAt = new Date(last);
        const at = new Date(last + after * MIN);
        const changed = slaClock({ events: [...simple, { type: 'priority-changed', at: changeAt, priority }], at }, sla);
        const fromStart = slaClock({ events: [{ ...received, priority }, ...simple.slice(1)], at }, sla);
        const before = slaClock({ events: simple, at: changeAt }, sla);
        metrics(changed).forEach((m, k) => {
          const open = metrics(before)[k]!;
          if (open.completedAt === null && open.cycles > 0 && k !== 1) {
            const same = metrics(fromStart)[k]!;
            expect([m.state, m.dueAt?.getTime(), m.breachedAt?.getTime(), m.usedMs]).toEqual([
              same.state,
              same.dueAt?.getTime(),
              same.breachedAt?.getTime(),
              same.usedMs,
            ]);
          }
        });
      }),
      { numRuns: 80 },
    );
  });

  it('SUP-03 responseDeadline and slaStatus are the first-response view of the clock', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TIERS),
        fc.constantFrom('phone' as const, 'email' as const),
        fc.integer({ min: Date.UTC(2026, 0, 1) / MIN, max: Date.UTC(2027, 0, 1) / MIN }),
        fc.integer({ min: 0, max: 5 * 24 * 60 }),
        fc.option(fc.integer({ min: 0, max: 5 * 24 * 60 }), { nil: undefined }),
        (tier, channel, minute, nowAfter, respondedAfter) => {
          const receivedAt = new Date(minute * MIN);
          const now = new Date(receivedAt.getTime() + nowAfter * MIN);
          const responded =
            respondedAfter === undefined || respondedAfter > nowAfter ? undefined : new Date(receivedAt.getTime() + respondedAfter * MIN);
          const events: SlaEvent[] = [{ type: 'received', at: receivedAt, channel, tier }];
          if (responded !== undefined) events.push({ type: 'staff-replied', at: responded });
          const clock = slaClock({ events, at: now }).firstResponse;
          const status = slaStatus({ tier, channel, receivedAt, now, ...(responded === undefined ? {} : { respondedAt: responded }) });
          expect(responseDeadline({ tier, channel, receivedAt })?.getTime()).toBe(slaClock([events[0]!]).firstResponse.dueAt?.getTime());
          expect(status.deadline?.getTime()).toBe(clock.dueAt?.getTime());
          expect(status.state).toBe(clock.state);
          if (responded === undefined && status.remainingBusinessMs !== null && status.state !== 'breached')
            expect(status.remainingBusinessMs).toBe(clock.remainingMs);
        },
      ),
      { numRuns: 150 },
    );
  });
});
