/**
 * The SLA clock's fast paths against the careful ones (issue 23's speed targets): the quick event
 * reader gives what the careful reader gives, or leaves the event to it; the forward walk of a
 * ticket's gaps gives what `betweenMs` gives.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseEventFast } from '../../src/support/sla/fastEvents.js';
import { SLA_EVENT_TYPES, parseEventCareful, parseEvents } from '../../src/support/sla/events.js';
import { weeklySchedule } from '../../src/calendar/index.js';
import { isHostPolicyError } from '../../src/errors.js';

const HOLIDAY = weeklySchedule({ timeZone: 'Europe/Zurich', hours: { mon: [['08:00', '18:00']] }, closures: ['2026-10-26'] });
const KEYS = ['type', 'at', 'channel', 'tier', 'priority', 'schedule', 'note', '__proto__'] as const;
const value = fc.oneof(
  fc.constantFrom(
    ...SLA_EVENT_TYPES,
    'phone',
    'email',
    'fax',
    'standard',
    'plus',
    'pro',
    'enterprise',
    'low',
    'normal',
    'high',
    'urgent',
    'Urgent',
  ),
  fc.constantFrom(
    '2026-10-23T12:00:00Z',
    '2026-10-23T12:00:00.000Z',
    '2026-10-23T14:00:00+02:00',
    '2026-02-30T12:00:00Z',
    '2026-10-23t12:00:00z',
    '',
  ),
  fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: false }),
  fc.constant(HOLIDAY),
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
);

/** Event-like objects: mostly well-formed, often with one thing wrong (a field, a key, an inherited or undefined field, a prototype). */
const eventArb = fc
  .record({
    type: fc.constantFrom(...SLA_EVENT_TYPES),
    at: fc.oneof(
      fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }).map((t) => new Date(t).toISOString()),
      fc.date({ noInvalidDate: true }),
    ),
    channel: fc.constantFrom('phone', 'email', undefined),
    tier: fc.constantFrom('standard', 'plus', 'pro', 'enterprise'),
    priority: fc.constantFrom('low', 'normal', 'high', 'urgent', undefined),
    extra: fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 2 }),
    drop: fc.array(fc.constantFrom(...KEYS), { maxLength: 1 }),
    shape: fc.constantFrom('plain', 'plain', 'plain', 'null-proto', 'inherited', 'class'),
  })
  .map(({ type, at, channel, tier, priority, extra, drop, shape }) => {
    const e: Record<string, unknown> = { type, at };
    if (channel !== undefined || type === 'received') e.channel = channel ?? 'email';
    if (type === 'received' || type === 'tier-changed') e.tier = tier;
    if ((type === 'received' && priority !== undefined) || type === 'priority-changed') e.priority = priority ?? 'high';
    if (type === 'schedule-changed') e.schedule = HOLIDAY;
    for (const [k, v] of extra) Object.defineProperty(e, k, { value: v, enumerable: true, configurable: true, writable: true });
    for (const k of drop) delete e[k];
    if (shape === 'null-proto') return Object.assign(Object.create(null) as object, e);
    if (shape === 'inherited') return Object.assign(Object.create({ priority: 'urgent' }) as object, e);
    if (shape === 'class') return Object.assign(new (class Event {})(), e);
    return e;
  });

function careful(e: unknown): unknown {
  try {
    return parseEventCareful(e, 0, [0]);
  } catch (error) {
    if (!isHostPolicyError(error)) throw error;
    return 'refused';
  }
}

describe('the SLA clock fast paths', () => {
  it('SUP-03 the quick event reader gives what the careful reader gives, or leaves the event to it', () => {
    let fast = 0;
    fc.assert(
      fc.property(eventArb, (e) => {
        const quick = parseEventFast(e, 0);
        if (quick === undefined) return;
        fast += 1;
        expect(quick).toEqual(careful(e));
      }),
      { numRuns: 2_000 },
    );
    expect(fast).toBeGreaterThan(100); // the fast path is taken, not only declined
  });

  it('SUP-03 reads every event type with its rank in SLA_EVENT_TYPES', () => {
    for (const [rank, type] of SLA_EVENT_TYPES.entries()) {
      const e = { type, at: '2026-10-23T12:00:00Z', channel: 'phone', tier: 'pro', priority: 'high', schedule: HOLIDAY };
      const fields: Record<string, readonly string[]> = {
        received: ['tier', 'priority'],
        'tier-changed': ['tier'],
        'priority-changed': ['priority'],
        'schedule-changed': ['schedule'],
      };
      const own = Object.fromEntries(Object.entries(e).filter(([k]) => ['type', 'at', 'channel', ...(fields[type] ?? [])].includes(k)));
      expect(parseEventFast(own, 3)).toMatchObject({ type, rank, index: 3 });
      expect(parseEventFast(own, 3)).toEqual(parseEventCareful(own, 3, [3]));
    }
  });

  it('SUP-03 leaves to the careful reader what it must refuse, which names the field', () => {
    const polluted = Object.create({ tier: 'pro' }) as Record<string, unknown>;
    Object.assign(polluted, { type: 'received', at: '2026-10-23T12:00:00Z', channel: 'phone' });
    for (const bad of [
      { type: 'received', at: '2026-10-23T12:00:00Z', channel: 'phone', tier: 'pro', note: 'x' },
      { type: 'received', at: '2026-10-23T12:00:00Z', channel: 'phone', tier: 'pro', priority: undefined, x: 1 },
      { type: 'solved', at: '2026-02-30T12:00:00Z' },
      { type: 'solved', at: '2026-10-23T12:00:00Z', tier: 'pro' },
      polluted,
    ]) {
      expect(parseEventFast(bad, 0)).toBeUndefined();
      expect(() => parseEvents([bad])).toThrow(/SLA events/);
    }
  });
});
