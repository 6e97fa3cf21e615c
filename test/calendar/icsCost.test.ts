/**
 * Bounded work per input (DESIGN principle 10, docs/security.md) for the ICS reader and the zone
 * offset table behind it (red team 2, finding 7): a 104-character file with a yearly event from
 * year 1 to 9999 cost 6.7 s of CPU, because each year's offsets were scanned with about 200 Intl
 * calls for one lookup, and every scanned year stayed in a process-wide cache without bound.
 *
 * Each time is compared with a benign input measured in the same test (CPU time of this process,
 * best of a few rounds): never a bare time. Hostile runs use zones this file has not used before,
 * so a cache filled by an earlier round cannot hide the cost.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tzOffset } from '@date-fns/tz';
import { closuresFromIcs } from '../../src/calendar/index.js';
import { MAX_SEGMENTS_PER_ZONE, MAX_SHARED_ZONES, ZoneOffsets, zoneOffsets } from '../../src/calendar/zone.js';
import { cpuMs } from '../partners/timing.js';

const cal = (...events: string[][]) =>
  ['BEGIN:VCALENDAR', ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']), 'END:VCALENDAR'].join('\r\n');

/** Zones no other test of this file asks for, handed out one per hostile run. */
const fresh = (() => {
  const zones = Intl.supportedValuesOf('timeZone').filter((z) => /^(America|Europe|Australia|Asia)\//.test(z));
  let next = 0;
  return () => {
    next += 7;
    return zones[next % zones.length] as string;
  };
})();

/** CPU milliseconds of one call. */
function cpuOf(run: () => unknown): number {
  const start = cpuMs();
  run();
  return cpuMs() - start;
}

/** Best-of-`rounds` CPU time of a hostile run (a fresh zone each round, its text made untimed) over the best benign one. */
function ratio(hostile: (zone: string) => () => unknown, benign: () => unknown, rounds = 3): number {
  benign();
  let bestBenign = Infinity;
  let bestHostile = Infinity;
  for (let r = 0; r < rounds; r += 1) {
    bestBenign = Math.min(bestBenign, cpuOf(benign));
    bestHostile = Math.min(bestHostile, cpuOf(hostile(fresh())));
    // Far beyond the bound: stop, so that the code before the fix fails in seconds, not minutes.
    if (bestHostile > 50 * bestBenign) break;
  }
  return bestHostile / bestBenign;
}

describe('closuresFromIcs: bounded work (DESIGN 10)', () => {
  it('a yearly all-day event from year 1 to 9999 costs about what 9,999 dates of one long event cost', () => {
    // Same output size: 9,999 dates. The long event needs no zone at all.
    const benign = cal(['DTSTART;VALUE=DATE:20260101', 'DURATION:P9999D']);
    expect(closuresFromIcs(benign, { zone: 'Europe/Zurich' })).toHaveLength(9999);
    const endless = cal(['DTSTART;VALUE=DATE:00010801', 'RRULE:FREQ=YEARLY']);
    const r = ratio(
      (zone) => () => expect(closuresFromIcs(endless, { zone, until: '9999-12-31' })).toHaveLength(9999),
      () => closuresFromIcs(benign, { zone: 'Europe/Zurich' }),
    );
    expect(r).toBeLessThan(4);
  });

  it('with UNTIL (one zone lookup per year) it costs a few times 9,999 dates, not a scan of every year', () => {
    const benign = cal(['DTSTART;VALUE=DATE:20260101', 'DURATION:P9999D']);
    const until = cal(['DTSTART;VALUE=DATE:00010801', 'RRULE:FREQ=YEARLY;UNTIL=99991231']);
    const r = ratio(
      (zone) => () => expect(closuresFromIcs(until, { zone })).toHaveLength(9999),
      () => closuresFromIcs(benign, { zone: 'Europe/Zurich' }),
    );
    // About 7 here (two Intl calls per year against formatting a date); a scan per year was about 400.
    expect(r).toBeLessThan(20);
  });

  it('timed events in 2,000 different years cost about what 2,000 timed events in one year cost', () => {
    // Floating times, read in options.zone.
    const events = (year: (i: number) => number) =>
      cal(
        ...Array.from({ length: 2000 }, (_, i) => [
          `DTSTART:${String(year(i)).padStart(4, '0')}0801T100000`,
          `DTEND:${String(year(i)).padStart(4, '0')}0801T120000`,
        ]),
      );
    const benign = events(() => 2026);
    const r = ratio(
      (zone) => {
        const text = events((i) => 100 + i * 4);
        return () => closuresFromIcs(text, { zone });
      },
      () => closuresFromIcs(benign, { zone: 'Europe/Zurich' }),
    );
    // About 4 here (a few Intl calls per event, where one year's table serves the benign file); a scan per year was about 100.
    expect(r).toBeLessThan(15);
  });

  it('a TZID on each of 20,000 EXDATE lines (every spelling different) costs about what floating EXDATEs cost', () => {
    // Zone names are matched without regard to case: 2^13 spellings of one zone.
    const spelling = (i: number) => [...'europe/zurich'].map((c, k) => ((i >> k) & 1 ? c.toUpperCase() : c)).join('');
    const exdates = (tzid: (i: number) => string) =>
      cal([
        'DTSTART;TZID=Europe/Zurich:20260801T100000',
        'DURATION:PT1H',
        ...Array.from({ length: 20_000 }, (_, i) => `EXDATE${tzid(i)}:${2027 + (i % 8)}0801T100000`),
      ]);
    const benign = exdates(() => '');
    const hostile = exdates((i) => `;TZID=${spelling(i)}`);
    expect(closuresFromIcs(hostile, { zone: 'Europe/Zurich' })).toHaveLength(1);
    const r = ratio(
      () => () => closuresFromIcs(hostile, { zone: 'Europe/Zurich' }),
      () => closuresFromIcs(benign, { zone: 'Europe/Zurich' }),
    );
    expect(r).toBeLessThan(5);
  });
});

describe('SUP-03 the zone offset table stays bounded and exact', () => {
  it('SUP-03 a lookup or two in each of 9,999 years keeps at most MAX_SEGMENTS_PER_ZONE years, and the values are exact', () => {
    const zone = new ZoneOffsets('Europe/Zurich');
    for (let y = 1; y <= 9999; y += 1) zone.offsetAt(Date.UTC(2000, 6, 1) + (y - 2000) * 31_556_952_000);
    expect(zone.keptSegments).toBeLessThanOrEqual(MAX_SEGMENTS_PER_ZONE);
    expect(MAX_SEGMENTS_PER_ZONE).toBeLessThanOrEqual(256);
    // A year dropped from the table is looked up again, with the same answers.
    const spring = Date.UTC(2026, 2, 29, 1);
    expect([zone.offsetAt(spring - 1), zone.offsetAt(spring)]).toEqual([60, 120]);
    expect(zone.nextTransitionAfter(Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31))).toBe(spring);
  });

  it('SUP-03 the shared tables are bounded: a zone asked for after MAX_SHARED_ZONES others gets a new table', () => {
    const first = zoneOffsets('Pacific/Tahiti');
    expect(zoneOffsets('Pacific/Tahiti')).toBe(first);
    for (const z of Intl.supportedValuesOf('timeZone')
      .filter((n) => n.startsWith('Africa/'))
      .slice(0, MAX_SHARED_ZONES))
      zoneOffsets(z);
    const again = zoneOffsets('Pacific/Tahiti');
    expect(again).not.toBe(first);
    expect(again.offsetAt(Date.UTC(2026, 0, 1))).toBe(first.offsetAt(Date.UTC(2026, 0, 1)));
    expect(MAX_SHARED_ZONES).toBeLessThanOrEqual(64);
  });

  it('SUP-03 property: sparse and dense lookups in any order, over more years than are kept, agree with tzOffset', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Europe/Zurich', 'America/Santiago', 'Australia/Lord_Howe', 'Africa/Casablanca', 'Asia/Gaza'),
        fc.array(
          fc.oneof(
            fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 31) }),
            fc.integer({ min: Date.UTC(2010, 0, 1), max: Date.UTC(2030, 0, 1) }),
          ),
          { minLength: 1, maxLength: 400 },
        ),
        (name, ts) => {
          const zone = new ZoneOffsets(name);
          for (const t of ts) expect(zone.offsetAt(t)).toBe(tzOffset(name, new Date(t)));
          expect(zone.keptSegments).toBeLessThanOrEqual(MAX_SEGMENTS_PER_ZONE);
        },
      ),
      { numRuns: 40 },
    );
  });
});
