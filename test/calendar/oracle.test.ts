import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { tzOffset } from '@date-fns/tz';
import { addBusinessTime, businessTimeBetween } from '../../src/calendar/index.js';
import { wallToInstant, zoneOffsets } from '../../src/calendar/zone.js';
import { naiveAddBusinessMinutes, naiveBusinessMinutesBetween } from '../../bench/naiveBusinessTime.js';
import { ZONES, instantArb, scheduleArb } from './arbitraries.js';

const HALF_HOUR = 1_800_000;

describe('against an independent oracle', () => {
  it('SUP-03 addBusinessTime equals stepping through wall-clock time (whole-hour schedules, week jumps, DST, closures)', () => {
    fc.assert(
      fc.property(
        scheduleArb({ step: 60, closures: true }).filter((s) => s.weeklyOpenHours >= 10),
        instantArb,
        fc.integer({ min: 0, max: 200 }),
        (s, raw, halfHours) => {
          // Starts and durations on a 30-minute grid, where the oracle's steps are exact
          // (Asia/Kolkata's wall hours fall on :30 UTC).
          const start = Math.floor(raw / HALF_HOUR) * HALF_HOUR;
          const expected = naiveAddBusinessMinutes(start, halfHours * 30, s, 30);
          expect(addBusinessTime(new Date(start), { minutes: halfHours * 30 }, s).getTime()).toBe(expected);
          expect(businessTimeBetween(new Date(start), new Date(expected), s)).toBe(halfHours * HALF_HOUR);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('businessTimeBetween over up to 120 days equals stepping through wall-clock time', () => {
    fc.assert(
      fc.property(scheduleArb({ step: 60, closures: true }), instantArb, fc.integer({ min: 0, max: 120 * 48 }), (s, raw, halfHours) => {
        const a = Math.floor(raw / HALF_HOUR) * HALF_HOUR;
        const b = a + halfHours * HALF_HOUR;
        expect(businessTimeBetween(new Date(a), new Date(b), s)).toBe(naiveBusinessMinutesBetween(a, b, s, 30) * 60_000);
      }),
      { numRuns: 25 },
    );
  });

  it('the offset table agrees with tzOffset of @date-fns/tz at every instant', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES, 'Australia/Lord_Howe', 'America/Santiago', 'Europe/London'),
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
        (zone, t) => {
          expect(zoneOffsets(zone).offsetAt(t)).toBe(tzOffset(zone, new Date(t)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('offset changes are found to the second (Zurich 2026: 01:00Z on 03-29 and 10-25)', () => {
    const zone = zoneOffsets('Europe/Zurich');
    const spring = Date.UTC(2026, 2, 29, 1);
    const autumn = Date.UTC(2026, 9, 25, 1);
    expect([zone.offsetAt(spring - 1), zone.offsetAt(spring), zone.offsetAt(autumn - 1), zone.offsetAt(autumn)]).toEqual([
      60, 120, 120, 60,
    ]);
    expect(zone.nextTransitionAfter(Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31))).toBe(spring);
  });

  it('wall-clock conversion: a missing time moves forward by the gap, a repeated one takes the earlier instant', () => {
    const wall = (y: number, mo: number, d: number, h: number, mi: number) => Date.UTC(y, mo - 1, d, h, mi);
    const zurich = zoneOffsets('Europe/Zurich');
    expect(new Date(wallToInstant(zurich, wall(2026, 3, 29, 2, 30))).toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
    expect(new Date(wallToInstant(zurich, wall(2026, 10, 25, 2, 30))).toISOString()).toBe('2026-10-25T00:30:00.000Z'); // 02:30 CEST
    const ny = zoneOffsets('America/New_York');
    expect(new Date(wallToInstant(ny, wall(2026, 3, 8, 2, 30))).toISOString()).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
    expect(new Date(wallToInstant(ny, wall(2026, 11, 1, 1, 30))).toISOString()).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT
  });

  it('a converted wall time reads back as the same wall time, except inside a gap', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2035, 0, 1) }), (name, w) => {
        const zone = zoneOffsets(name);
        const instant = wallToInstant(zone, w);
        const back = instant + zone.offsetAt(instant) * 60_000;
        // Equal, or moved forward by at most the gap (one hour in these zones).
        expect(back - w).toBeGreaterThanOrEqual(0);
        expect(back - w).toBeLessThanOrEqual(3_600_000);
        if (back !== w) expect(zone.offsetAt(w - 86_400_000)).not.toBe(zone.offsetAt(w + 86_400_000));
      }),
      { numRuns: 500 },
    );
  });
});
