/**
 * The offset table behind every business-time computation (src/calendar/zone.ts), checked at the
 * exact instants where offsets change: lookups on either side of a transition and of a segment
 * boundary, the search for the next transition (from exclusive, to inclusive), and the
 * conversion of wall-clock times on the days around a change.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tzOffset } from '@date-fns/tz';
import { localDay, wallToInstant, zoneOffsets, ZoneOffsets } from '../../src/calendar/zone.js';

const DAY = 86_400_000;
const H = 3_600_000;
const SPRING_2026 = Date.UTC(2026, 2, 29, 1); // Zurich 02:00 CET → 03:00 CEST
const AUTUMN_2026 = Date.UTC(2026, 9, 25, 1); // Zurich 03:00 CEST → 02:00 CET
const SEGMENT = 31_557_600_000;

describe('SUP-03 offsets at the exact transitions', () => {
  it('SUP-03 one millisecond before and at each change, alternating between years (and segments)', () => {
    const zone = new ZoneOffsets('Europe/Zurich');
    const probes: [number, number][] = [
      [SPRING_2026 - 1, 60],
      [Date.UTC(2031, 2, 30, 1), 120],
      [SPRING_2026, 120],
      [Date.UTC(2031, 2, 30, 1) - 1, 60],
      [AUTUMN_2026 - 1, 120],
      [Date.UTC(1990, 0, 1), 60],
      [AUTUMN_2026, 60],
      [AUTUMN_2026, 60],
      [Date.UTC(2026, 6, 1), 120],
    ];
    for (const [t, offset] of probes) expect([new Date(t).toISOString(), zone.offsetAt(t)]).toEqual([new Date(t).toISOString(), offset]);
  });

  it('SUP-03 property: alternating lookups in many years agree with tzOffset', () => {
    const zone = new ZoneOffsets('America/New_York');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2040, 0, 1) }), { minLength: 2, maxLength: 20 }), (ts) => {
        for (const t of ts) expect(zone.offsetAt(t)).toBe(tzOffset('America/New_York', new Date(t)));
      }),
      { numRuns: 50 },
    );
  });

  it('SUP-03 offsets on both sides of a segment boundary (a segment is 365.25 days from the epoch)', () => {
    const zone = new ZoneOffsets('Australia/Sydney');
    for (const k of [56, 57, 58]) {
      for (const t of [k * SEGMENT - 1, k * SEGMENT, k * SEGMENT + 1])
        expect(zone.offsetAt(t)).toBe(tzOffset('Australia/Sydney', new Date(t)));
    }
  });

  it('SUP-03 a zone is shared: the same table for the same name', () => {
    expect(zoneOffsets('Europe/Zurich')).toBe(zoneOffsets('Europe/Zurich'));
    expect(zoneOffsets('Europe/Zurich')).not.toBe(zoneOffsets('Europe/London'));
    expect(zoneOffsets('Asia/Tokyo').timeZone).toBe('Asia/Tokyo');
  });
});

describe('SUP-03 the next transition', () => {
  const zone = new ZoneOffsets('Europe/Zurich');

  it('SUP-03 from is exclusive, to is inclusive', () => {
    expect(zone.nextTransitionAfter(SPRING_2026 - 1, SPRING_2026)).toBe(SPRING_2026);
    expect(zone.nextTransitionAfter(SPRING_2026 - 1, SPRING_2026 - 1)).toBeUndefined();
    expect(zone.nextTransitionAfter(SPRING_2026, AUTUMN_2026)).toBe(AUTUMN_2026);
    expect(zone.nextTransitionAfter(SPRING_2026, AUTUMN_2026 - 1)).toBeUndefined();
    expect(zone.nextTransitionAfter(Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 2))).toBeUndefined();
  });

  it('SUP-03 a transition in a later segment is found; a zone without changes has none', () => {
    expect(zone.nextTransitionAfter(AUTUMN_2026, Date.UTC(2030, 0, 1))).toBe(Date.UTC(2027, 2, 28, 1));
    expect(zone.nextTransitionAfter(Date.UTC(2026, 10, 1), Date.UTC(2027, 11, 31))).toBe(Date.UTC(2027, 2, 28, 1));
    // Chile kept summer time from September 2014 to May 2016: nothing after the change of 2014-09-07.
    expect(new ZoneOffsets('America/Santiago').nextTransitionAfter(Date.UTC(2014, 8, 7, 4), Date.UTC(2015, 9, 1))).toBeUndefined();
    const kolkata = new ZoneOffsets('Asia/Kolkata');
    expect(kolkata.nextTransitionAfter(Date.UTC(2000, 0, 1), Date.UTC(2040, 0, 1))).toBeUndefined();
    expect(new ZoneOffsets('UTC').nextTransitionAfter(Date.UTC(2000, 0, 1), Date.UTC(2040, 0, 1))).toBeUndefined();
  });

  it('SUP-03 property: the next transition is the first instant after `from` whose offset differs from the one before it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Europe/Zurich', 'America/Santiago', 'Australia/Lord_Howe', 'America/St_Johns'),
        fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2035, 0, 1) }),
        (name, from) => {
          const z = new ZoneOffsets(name);
          const next = z.nextTransitionAfter(from, from + 400 * DAY);
          // Chile kept summer time through 2015: a year without any change is possible.
          const end = next ?? from + 400 * DAY;
          if (next !== undefined) {
            expect(next).toBeGreaterThan(from);
            expect(tzOffset(name, new Date(next - 1000))).not.toBe(tzOffset(name, new Date(next)));
          }
          // Nothing changes between from and the transition (sampled every 12 hours).
          for (let u = from; u < end - 1000; u += 12 * H) expect(tzOffset(name, new Date(u))).toBe(tzOffset(name, new Date(from)));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('SUP-03 wall-clock times around a change', () => {
  const wall = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);
  const zurich = zoneOffsets('Europe/Zurich');
  const iso = (t: number) => new Date(t).toISOString();

  it('SUP-03 the day of a change: before it the old offset, after it the new one; the days around it are plain', () => {
    expect(iso(wallToInstant(zurich, wall(2026, 3, 29, 0)))).toBe('2026-03-28T23:00:00.000Z'); // 00:00 CET
    expect(iso(wallToInstant(zurich, wall(2026, 3, 29, 1, 59)))).toBe('2026-03-29T00:59:00.000Z');
    expect(iso(wallToInstant(zurich, wall(2026, 3, 29, 2)))).toBe('2026-03-29T01:00:00.000Z'); // gap: 03:00 CEST
    expect(iso(wallToInstant(zurich, wall(2026, 3, 29, 3)))).toBe('2026-03-29T01:00:00.000Z'); // 03:00 CEST
    expect(iso(wallToInstant(zurich, wall(2026, 3, 29, 12)))).toBe('2026-03-29T10:00:00.000Z');
    expect(iso(wallToInstant(zurich, wall(2026, 3, 28, 12)))).toBe('2026-03-28T11:00:00.000Z');
    expect(iso(wallToInstant(zurich, wall(2026, 3, 30, 12)))).toBe('2026-03-30T10:00:00.000Z');
    expect(iso(wallToInstant(zurich, wall(2026, 10, 25, 1, 59)))).toBe('2026-10-24T23:59:00.000Z'); // CEST
    expect(iso(wallToInstant(zurich, wall(2026, 10, 25, 2)))).toBe('2026-10-25T00:00:00.000Z'); // the first 02:00 (CEST)
    expect(iso(wallToInstant(zurich, wall(2026, 10, 25, 3)))).toBe('2026-10-25T02:00:00.000Z'); // CET
    expect(iso(wallToInstant(zurich, wall(2026, 10, 25, 23)))).toBe('2026-10-25T22:00:00.000Z');
  });

  it('SUP-03 a zone whose clocks change at midnight (Santiago): the missing midnight moves to 01:00', () => {
    const santiago = zoneOffsets('America/Santiago');
    // 2026-09-06 00:00 does not exist in Santiago (−04:00 → −03:00).
    const t = wallToInstant(santiago, wall(2026, 9, 6, 0));
    expect(iso(t)).toBe('2026-09-06T04:00:00.000Z'); // 01:00 −03:00
    expect(localDay(santiago, t)).toBe(Math.floor(wall(2026, 9, 6, 0) / DAY));
  });

  it('SUP-03 the wall day of an instant is the day in the zone, not in UTC', () => {
    expect(localDay(zurich, Date.UTC(2026, 0, 1, 22, 59, 59, 999))).toBe(Math.floor(Date.UTC(2026, 0, 1) / DAY));
    expect(localDay(zurich, Date.UTC(2026, 0, 1, 23))).toBe(Math.floor(Date.UTC(2026, 0, 2) / DAY));
    expect(localDay(zoneOffsets('America/New_York'), Date.UTC(2026, 0, 2, 4, 59))).toBe(Math.floor(Date.UTC(2026, 0, 1) / DAY));
    expect(localDay(zoneOffsets('America/New_York'), Date.UTC(1969, 11, 31, 12))).toBe(-1);
  });
});
