/**
 * SUP-03 on unusual days: the calendar agrees with a minute-stepping oracle built on `Intl`
 * (test/calendar/dstOracle.ts) around every offset change of 2010–2030 in 22 zones, and around
 * the older changes of zones that have none in those years (skipped days of Kwajalein 1993 and
 * Kiritimati 1994, Kathmandu's 15-minute change of 1986, Kolkata's war time).
 *
 * For each change, the 24 hours around it are read minute by minute with Intl, once per zone,
 * and three schedules are judged on those readings: intervals across midnight and the small
 * hours (00:00–02:00, 02:30–03:30 and 23:30–24:00 every day), a 00:30–05:00 interval with an
 * evening to 24:00 (and Saturday 10:00–12:00), and the phone line's Monday–Friday 06:00–19:00. `isOpen`, `nextOpening`,
 * `businessTimeBetween` (from the window's start) and `addBusinessTime` (90 minutes, and exactly
 * the open time since the window's start) are asked at every minute where the oracle's open
 * state changes, at the change itself and every 4 hours; `isOpen` and `businessTimeBetween` also
 * one minute before each of those. 667 changes; each zone is one test.
 */
import { describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  businessTimeBetween,
  isOpen,
  nextOpening,
  weeklySchedule,
  type ScheduleDefinition,
} from '../../src/calendar/index.js';
import { daily } from './fixtures.js';
import { MINUTE, findTransitions, openMinutes, oracleSchedule, readMinutes, wallReader } from './dstOracle.js';

const year = (y: number) => Date.UTC(y, 0, 1);
const FROM = year(2010);
const TO = year(2031);
/** Minutes read on each side of a change: from noon before to noon after a night change. */
const HALF_WINDOW = 12 * 60;
/** Plain minutes between two sample points. */
const GRID = 240;
/** Durations added from each sample point, in minutes (plus the one that ends exactly there). */
const DURATIONS = [90];

/** The zones, and the years scanned when 2010–2030 has no change (or to reach a skipped day). */
const ZONES: readonly { readonly zone: string; readonly from?: number; readonly to?: number }[] = [
  { zone: 'America/Santiago' }, // changes at midnight
  { zone: 'America/Havana' }, // changes at midnight (spring) and 01:00 (autumn)
  { zone: 'America/St_Johns' }, // −03:30; fell back from 00:01 to 23:01 of the day before until 2011
  { zone: 'Pacific/Apia' }, // skipped Friday 2011-12-30
  { zone: 'Pacific/Kwajalein', from: year(1993), to: year(1994) }, // skipped Saturday 1993-08-21
  { zone: 'Pacific/Kiritimati', from: year(1994), to: year(1996) }, // skipped Saturday 1994-12-31
  { zone: 'Pacific/Chatham' }, // +12:45/+13:45, changes at 02:45/03:45
  { zone: 'Australia/Lord_Howe' }, // 30-minute DST
  { zone: 'Asia/Kathmandu', from: year(1985), to: year(1987) }, // +05:30 → +05:45 in 1986
  { zone: 'Asia/Kolkata', from: year(1941), to: year(1946) }, // war time +06:30
  { zone: 'Europe/Zurich' },
  { zone: 'America/New_York' },
  { zone: 'Australia/Adelaide' }, // +09:30/+10:30
  { zone: 'Europe/London' },
  { zone: 'America/Sao_Paulo' }, // midnight changes until 2019
  { zone: 'Asia/Tehran' }, // 24:00 → 23:00 until 2022
  { zone: 'Africa/Casablanca' }, // Ramadan breaks
  { zone: 'Europe/Moscow' }, // 2011 and 2014
  { zone: 'America/Asuncion' },
  { zone: 'Pacific/Auckland' },
  { zone: 'Asia/Gaza' },
  { zone: 'Antarctica/Troll' }, // 2-hour DST
];

const phone = [['06:00', '19:00']] as const;
const HOURS: Readonly<Record<string, ScheduleDefinition['hours']>> = {
  'small hours': daily([
    ['00:00', '02:00'],
    ['02:30', '03:30'],
    ['23:30', '24:00'],
  ]),
  // Saturdays differ from Sundays, so that a skipped Saturday (Kwajalein, Kiritimati) whose hours
  // landed on the Sunday would show.
  '00:30 and 24:00': {
    ...daily([
      ['00:30', '05:00'],
      ['18:00', '24:00'],
    ]),
    sat: [
      ['00:30', '05:00'],
      ['10:00', '12:00'],
      ['18:00', '24:00'],
    ],
  },
  'phone line': { mon: phone, tue: phone, wed: phone, thu: phone, fri: phone },
};

const iso = (t: number) => new Date(t).toISOString();

/** Compares the calendar with the oracle on one window; returns the disagreements. */
function compareWindow(definition: ScheduleDefinition, start: number, walls: readonly number[], change: number): string[] {
  const schedule = weeklySchedule(definition);
  const { open, prefix } = openMinutes(oracleSchedule(definition), start, walls);
  const n = walls.length;
  const end = start + n * MINUTE;
  const at = (k: number) => start + k * MINUTE;
  // Every question at the change, at each minute where the open state changes and every GRID
  // minutes; isOpen and businessTimeBetween also at the minute before each of those.
  const samples = new Set<number>();
  for (let k = 0; k < n; k += 1) {
    if (k % GRID === 0 || Math.abs(k - change) <= 1 || (k > 0 && open[k] !== open[k - 1])) samples.add(k);
  }
  const bad: string[] = [];
  const check = (what: string, actual: unknown, expected: unknown) => {
    if (actual !== expected && bad.length < 10) bad.push(`${definition.timeZone} ${what}: ${String(actual)}, oracle ${String(expected)}`);
  };
  for (const k of samples) {
    const t = at(k);
    for (const j of k > 0 ? [k - 1, k] : [k]) {
      check(`isOpen(${iso(at(j))})`, isOpen(new Date(at(j)), schedule), open[j] === 1);
      check(
        `businessTimeBetween(${iso(start)}, ${iso(at(j))})`,
        businessTimeBetween(new Date(start), new Date(at(j)), schedule),
        (prefix[j] as number) * MINUTE,
      );
    }
    // nextOpening: the first open minute from k on, when the window has one.
    let j = k;
    while (j < n && open[j] === 0) j += 1;
    const next = nextOpening(new Date(t), schedule).getTime();
    if (j < n) check(`nextOpening(${iso(t)})`, iso(next), iso(at(j)));
    else check(`nextOpening(${iso(t)}) after the window`, next >= end, true);
    // addBusinessTime: the end of the minute in which the d-th open minute from k is completed.
    const added: [number, number][] = DURATIONS.map((d) => [t, d]);
    // And from the window's start up to here, which lands on every closing instant.
    if ((prefix[k] as number) > 0) added.push([start, prefix[k] as number]);
    for (const [from, d] of added) {
      const target = (prefix[(from - start) / MINUTE] as number) + d;
      const result = addBusinessTime(new Date(from), { minutes: d }, schedule).getTime();
      if (target > (prefix[n] as number)) {
        check(`addBusinessTime(${iso(from)}, ${d} min) after the window`, result > end, true);
        continue;
      }
      let m = (from - start) / MINUTE;
      while ((prefix[m] as number) < target) m += 1;
      check(`addBusinessTime(${iso(from)}, ${d} min)`, iso(result), iso(at(m)));
    }
  }
  return bad;
}

describe('SUP-03 the calendar agrees with a minute-stepping Intl oracle around every offset change', () => {
  for (const { zone, from = FROM, to = TO } of ZONES) {
    it(`SUP-03 ${zone}, ${new Date(from).getUTCFullYear()}–${new Date(to).getUTCFullYear() - 1}`, () => {
      const changes = findTransitions(zone, from, to);
      const read = wallReader(zone);
      const bad: string[] = [];
      for (const change of changes) {
        const start = change.at - HALF_WINDOW * MINUTE;
        const walls = readMinutes(read, start, 2 * HALF_WINDOW);
        for (const hours of Object.values(HOURS)) bad.push(...compareWindow({ timeZone: zone, hours }, start, walls, HALF_WINDOW));
        if (bad.length >= 10) break;
      }
      expect(changes.length).toBeGreaterThan(0);
      expect(bad).toEqual([]);
    }, 120_000);
  }

  it(
    "SUP-03 the oracle sees what the issue saw: Santiago and Havana skip their midnight, St. John's went back to the day before, Apia " +
      'skipped a day',
    () => {
      const santiago = findTransitions('America/Santiago', Date.UTC(2026, 8, 1), Date.UTC(2026, 8, 10));
      expect(santiago).toEqual([{ at: Date.parse('2026-09-06T04:00:00Z'), before: -240, after: -180 }]);
      const stJohns = findTransitions('America/St_Johns', Date.UTC(2010, 10, 1), Date.UTC(2010, 10, 10));
      expect(stJohns).toEqual([{ at: Date.parse('2010-11-07T02:31:00Z'), before: -150, after: -210 }]);
      const read = wallReader('America/St_Johns');
      expect(iso(read(Date.parse('2010-11-07T02:30:00Z')))).toBe('2010-11-07T00:00:00.000Z'); // Sunday 00:00 NDT
      expect(iso(read(Date.parse('2010-11-07T02:31:00Z')))).toBe('2010-11-06T23:01:00.000Z'); // Saturday 23:01 NST
      const apia = findTransitions('Pacific/Apia', Date.UTC(2011, 11, 25), Date.UTC(2012, 0, 5));
      expect(apia).toEqual([{ at: Date.parse('2011-12-30T10:00:00Z'), before: -600, after: 840 }]);
      expect(iso(wallReader('Pacific/Apia')(Date.parse('2011-12-30T10:00:00Z')))).toBe('2011-12-31T00:00:00.000Z');
    },
  );
});
