/**
 * addBusinessTime's quick path against its careful path (issue 21): on every input the quick
 * check accepts, the careful path (the schema, then the walk) gives the same instant; what it
 * declines, the careful path reads and refuses or computes, so the public function's outcome is
 * always the careful one — the same instant, or the same error with the same message.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addBusinessTime, alwaysOpen, weeklySchedule } from '../../src/calendar/index.js';
import { carefulAddMs, quickAddMs } from '../../src/calendar/businessTime.js';
import { isHostPolicyError } from '../../src/errors.js';
import { expectInvalid } from '../helpers/expectError.js';
import { instantArb, scheduleArb } from './arbitraries.js';

const weekday = [['06:00', '19:00']] as const;
const phone = weeklySchedule({
  timeZone: 'Europe/Zurich',
  hours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
});

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

// fast-check cannot hold a revoked proxy as a generated value (it probes values): it holds this
// marker, and the property swaps in a fresh revoked proxy.
const REVOKED = Symbol('revoked proxy');
const real = (v: unknown): unknown => (v === REVOKED ? revoked() : v);

/** Starts: mostly instants the calendar reads (Date, the common ISO shapes, other ISO shapes), sometimes not. */
const startArb = fc.oneof(
  { weight: 6, arbitrary: instantArb.map((t) => new Date(t)) },
  { weight: 6, arbitrary: instantArb.map((t) => new Date(t).toISOString()) },
  {
    weight: 2,
    arbitrary: instantArb.map((t) =>
      new Date(t)
        .toISOString()
        .replace('.000Z', '+00:00')
        .replace(/\.\d{3}/, ''),
    ),
  },
  { weight: 2, arbitrary: instantArb.map((t) => `${new Date(t).toISOString().slice(0, 16)}Z`) }, // no seconds: the general reader
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      new Date(Number.NaN),
      '2026-02-30T12:00:00Z',
      '2026-10-23 12:00',
      '',
      Date.UTC(2026, 0, 1),
      null,
      undefined,
      {},
      { getTime: () => 0 },
    ),
  },
  { weight: 1, arbitrary: fc.constant(REVOKED) },
);

const partArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 400 }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(-1, Number.NaN, Number.POSITIVE_INFINITY, 1e12, '1', null, undefined, 87_660, 87_661) },
);
const KEYS = ['hours', 'minutes', 'seconds', 'milliseconds', 'hour', 'constructor', '__proto__', 'toString'] as const;

/** Durations: plain objects of the four units, sometimes with an unknown, inherited or odd key, or another shape. */
const durationArb = fc
  .record({
    parts: fc.array(fc.tuple(fc.constantFrom(...KEYS.slice(0, 4)), partArb), { minLength: 0, maxLength: 4 }),
    extra: fc.array(fc.tuple(fc.constantFrom(...KEYS), partArb), { maxLength: 1 }),
    shape: fc.constantFrom(
      'plain',
      'plain',
      'plain',
      'plain',
      'null-proto',
      'inherited',
      'class',
      'array',
      'getter',
      'throwing',
      'revoked',
    ),
  })
  .map(({ parts, extra, shape }) => {
    const d: Record<string, unknown> = {};
    for (const [k, v] of [...parts, ...extra])
      Object.defineProperty(d, k, { value: v, enumerable: true, configurable: true, writable: true });
    switch (shape) {
      case 'null-proto':
        return Object.assign(Object.create(null) as object, d);
      case 'inherited':
        return Object.assign(Object.create({ hours: 1 }) as object, d);
      case 'class':
        return Object.assign(new (class Duration {})(), d);
      case 'array':
        return [1];
      case 'getter':
        return Object.defineProperty(d, 'minutes', { get: () => 30, enumerable: true });
      case 'throwing':
        return Object.defineProperty(d, 'minutes', {
          get: () => {
            throw new Error('boom');
          },
          enumerable: true,
        });
      case 'revoked':
        return REVOKED;
      default:
        return d;
    }
  });

const scheduleInputArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant(phone) },
  { weight: 4, arbitrary: scheduleArb({ step: 30, closures: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      null,
      { timeZone: 'Europe/Zurich', hours: { mon: weekday } },
      'Europe/Zurich',
      new Proxy(phone, {}),
    ),
  },
  { weight: 1, arbitrary: fc.constant(REVOKED) },
);

/** The outcome of a call: the instant, or the error's code and message (anything else fails the test). */
function outcome(fn: () => number | Date): unknown {
  try {
    const result = fn();
    return typeof result === 'number' ? result : result.getTime();
  } catch (e) {
    if (!isHostPolicyError(e)) throw e;
    return { code: e.code, message: e.message };
  }
}

describe('addBusinessTime: the quick path agrees with the careful path', () => {
  it('property: what the quick check accepts gives the careful instant; the public outcome is always the careful one', () => {
    let quick = 0;
    fc.assert(
      fc.property(startArb, durationArb, scheduleInputArb, (startArg, durationArg, scheduleArg) => {
        const [start, duration, schedule] = [real(startArg), real(durationArg), real(scheduleArg)];
        const careful = outcome(() => carefulAddMs(start, duration, schedule));
        const fast = outcome(() => quickAddMs(start, duration, schedule) ?? Number.NaN);
        if (!Number.isNaN(fast)) {
          quick += 1;
          expect(fast).toEqual(careful);
        }
        expect(outcome(() => addBusinessTime(start as never, duration as never, schedule as never))).toEqual(careful);
      }),
      { numRuns: 3_000 },
    );
    expect(quick).toBeGreaterThan(500); // the quick path is taken, not only declined
  });

  it('takes the quick path for the documented input shapes', () => {
    for (const start of [
      '2026-10-24T20:00:00Z',
      '2026-10-24T20:00:00.000Z',
      '2026-10-24T22:00:00+02:00',
      new Date('2026-10-24T20:00:00Z'),
    ]) {
      expect(quickAddMs(start, { hours: 4 }, phone)).toBe(carefulAddMs(start, { hours: 4 }, phone));
    }
    expect(quickAddMs('2026-10-24T20:00:00Z', { hours: 1, minutes: 30, seconds: 1, milliseconds: 1 }, phone)).toBeTypeOf('number');
    expect(quickAddMs('2026-10-24T20:00:00Z', Object.assign(Object.create(null) as object, { hours: 4 }), phone)).toBeTypeOf('number');
  });

  it('declines, and the careful path refuses with the field named: an Object.prototype member as a unit', () => {
    // These once read Object.prototype's members as units and made the duration NaN.
    for (const key of ['constructor', '__proto__', 'toString']) {
      const duration = Object.defineProperty({}, key, { value: 1, enumerable: true });
      expect(quickAddMs('2026-01-01T00:00:00Z', duration, alwaysOpen())).toBeUndefined();
      const e = expectInvalid(() => addBusinessTime('2026-01-01T00:00:00Z', duration as never, alwaysOpen()));
      expect(e.message).toContain(`unknown key '${key}'`);
    }
  });

  it('declines a schedule of another shape, a revoked proxy and a duration over the cap, which the careful path reports', () => {
    expect(quickAddMs('2026-01-01T00:00:00Z', { hours: 1 }, new Proxy(phone, {}))).toBeUndefined();
    expect(quickAddMs(revoked(), { hours: 1 }, phone)).toBeUndefined();
    expect(quickAddMs('2026-01-01T00:00:00Z', { hours: 87_661 }, phone)).toBeUndefined();
    expect(expectInvalid(() => addBusinessTime('2026-01-01T00:00:00Z', { hours: 87_661 }, phone)).message).toContain('87,660 hours');
    expect(expectInvalid(() => addBusinessTime(revoked() as never, { hours: 1 }, phone)).message).toMatch(/could not be read: .*revoked/);
  });
});
