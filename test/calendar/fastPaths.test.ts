/**
 * The calendar's fast paths against the general ones: the common ISO 8601 shapes read from
 * character codes give what the regex and `Date.parse` give (and refuse what they refuse); a
 * forward walk over consecutive spans gives what `betweenMs` gives for each span.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { commonIsoMs } from '../../src/calendar/isoInstant.js';
import { isoInstantMs, toInstantMs } from '../../src/calendar/schema.js';
import { compiledOf } from '../../src/calendar/schedule.js';
import { betweenMs, openMsForward, type WalkSeat } from '../../src/calendar/walk.js';
import { instantArb, scheduleArb } from './arbitraries.js';

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** Strings of the common shapes, with digits anywhere in range or just out of it, and sometimes one character changed. */
const isoArb = fc
  .record({
    year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(1, 99, 100, 1970, 2026, 9999)),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 61 }),
    second: fc.integer({ min: 0, max: 61 }),
    ms: fc.option(fc.integer({ min: 0, max: 999 })),
    offset: fc.option(
      fc.record({ sign: fc.constantFrom('+', '-'), h: fc.integer({ min: 0, max: 25 }), m: fc.integer({ min: 0, max: 61 }) }),
    ),
    typo: fc.option(fc.tuple(fc.nat(), fc.constantFrom('-', ':', '.', 'T', 't', 'Z', 'z', '+', ' ', '/', '0', '9', 'a', '٣'))),
  })
  .map(({ year, month, day, hour, minute, second, ms, offset, typo }) => {
    let s = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}`;
    if (ms !== null) s += `.${pad(ms, 3)}`;
    s += offset === null ? 'Z' : `${offset.sign}${pad(offset.h, 2)}:${pad(offset.m, 2)}`;
    if (typo !== null) {
      const i = typo[0] % s.length;
      s = s.slice(0, i) + typo[1] + s.slice(i + 1);
    }
    return s;
  });

describe('the calendar fast paths', () => {
  it('SUP-03 the common ISO shapes read from character codes give the same instants as the general path, and refuse the same', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(isoArb, fc.string({ maxLength: 30 })), (s) => {
        const fast = commonIsoMs(s);
        const general = isoInstantMs(s);
        if (fast !== undefined) {
          read += 1;
          expect(fast).toBe(general);
        }
        expect(toInstantMs(s)).toBe(general);
      }),
      { numRuns: 5_000 },
    );
    expect(read).toBeGreaterThan(100); // the fast path is taken, not only declined
  });

  it('SUP-03 reads offsets and the edges of the range like Date.parse', () => {
    expect(commonIsoMs('2026-10-24T22:00:00+02:00')).toBe(Date.UTC(2026, 9, 24, 20));
    expect(commonIsoMs('2026-10-24T22:00:00.250-05:30')).toBe(Date.UTC(2026, 9, 25, 3, 30, 0, 250));
    expect(commonIsoMs('9999-12-31T23:59:59.999Z')).toBe(Date.UTC(9999, 11, 31, 23, 59, 59, 999));
    expect(commonIsoMs('9999-12-31T23:00:00-01:00')).toBeUndefined(); // after the year 9999
    expect(isoInstantMs('9999-12-31T23:00:00-01:00')).toBeUndefined();
    expect(commonIsoMs('0100-01-01T00:00:00Z')).toBe(Date.parse('0100-01-01T00:00:00Z'));
    expect(commonIsoMs('0099-01-01T00:00:00Z')).toBeUndefined(); // left to the general path
    expect(toInstantMs('0099-01-01T00:00:00Z')).toBe(Date.parse('0099-01-01T00:00:00Z'));
    expect(commonIsoMs('2024-02-29T12:00:00Z')).toBe(Date.UTC(2024, 1, 29, 12));
    expect(commonIsoMs('2026-02-29T12:00:00Z')).toBeUndefined();
    expect(toInstantMs('2026-02-29T12:00:00Z')).toBeUndefined();
  });

  it('SUP-03 a forward walk over consecutive spans gives betweenMs for each span (DST, closures, overrides, long gaps)', () => {
    fc.assert(
      fc.property(
        scheduleArb({ step: 30, closures: true }),
        instantArb,
        fc.array(fc.oneof(fc.integer({ min: 0, max: 36 * 60 }), fc.integer({ min: 0, max: 20 * 24 * 60 })), {
          minLength: 1,
          maxLength: 30,
        }),
        (schedule, start, steps) => {
          const s = compiledOf(schedule)!;
          const seat: WalkSeat = { walkDay: Number.NaN, walkMidnight: Number.NaN };
          let a = start;
          for (const minutes of steps) {
            // Now and then unseated as after a calendar change, the last midnight left behind.
            if (minutes % 7 === 3) seat.walkDay = Number.NaN;
            const b = a + minutes * 60_000;
            expect(openMsForward(s, seat, a, b)).toBe(betweenMs(s, a, b));
            a = b;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
