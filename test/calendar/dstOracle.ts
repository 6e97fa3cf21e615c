/**
 * A minute-stepping oracle for the calendar on unusual days, independent of src/calendar: it
 * never converts a wall-clock time into an instant. It steps through real instants one minute at
 * a time, asks `Intl.DateTimeFormat` (with the schedule's `timeZone`) what the wall clock reads
 * at each of them, and calls the minute open when that reading — date and time — lies in an
 * opening interval of that date and the date is not closed. This is the definition of
 * docs/calendar.md ("What an interval means on a transition day"): an interval is the set of real
 * instants whose wall-clock reading lies in it. Missing wall times are therefore never open,
 * repeated ones are open each time they are read, and a date the zone skipped has no instant at
 * all.
 *
 * Exact for schedules, closures and offsets on whole minutes (every offset change from 1941 on
 * in the zones tested is on a whole minute).
 */
import type { ScheduleDefinition, Weekday } from '../../src/calendar/index.js';

export const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** `Date#getUTCDay()` order. */
const WEEKDAY_KEYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const READING = /^(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{2}):(\d{2})$/;

/**
 * A reader of wall-clock times in `timeZone`: the wall date and time at the instant `t`, to the
 * minute, as "wall milliseconds" (the reading written as if it were UTC).
 */
export function wallReader(timeZone: string): (t: number) => number {
  // `format` and a fixed pattern: about 3× cheaper than `formatToParts`, and the oracle reads
  // millions of minutes. h23 so that midnight reads 00 (never 24).
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return (t) => {
    const text = format.format(t);
    const m = READING.exec(text);
    if (m === null) throw new Error(`unexpected Intl reading ${JSON.stringify(text)} in ${timeZone}`);
    return Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), Number(m[4]), Number(m[5]));
  };
}

/** One offset change: `at` is the first minute read with the new offset. */
export interface Transition {
  readonly at: number;
  /** Offsets in minutes before and after. */
  readonly before: number;
  readonly after: number;
}

/**
 * The offset changes of `timeZone` in `[from, to)`, found with Intl alone: the offset (reading −
 * instant) is sampled every `stepMs` and each change is bisected to the minute. 12-hour samples
 * are safe from 1941 on: no zone changed its offset twice within 12 hours (DST periods last
 * weeks; the shortest, Morocco's Ramadan breaks, last about a month).
 */
export function findTransitions(timeZone: string, from: number, to: number, stepMs = 12 * HOUR): Transition[] {
  const read = wallReader(timeZone);
  const offset = (t: number) => (read(t) - t) / MINUTE;
  const out: Transition[] = [];
  let t = Math.floor(from / MINUTE) * MINUTE;
  let previous = offset(t);
  // Bounded: (to − from) / stepMs samples.
  while (t < to) {
    const next = Math.min(t + stepMs, to);
    const current = offset(next);
    if (current !== previous) {
      let lo = t;
      let hi = next;
      // Bounded: halves a 12-hour range down to one minute (10 steps).
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (offset(mid) === previous) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi, before: previous, after: offset(hi) });
    }
    previous = current;
    t = next;
  }
  return out;
}

/** A schedule definition in minutes, for the oracle's membership test. */
export interface OracleSchedule {
  /** Intervals `[from, to)` in minutes of the day, indexed like `Date#getUTCDay()`. */
  readonly week: readonly (readonly (readonly [number, number])[])[];
  /** Closed dates as day numbers (days since 1970-01-01). */
  readonly closedDates: ReadonlySet<number>;
  /** Closed instant ranges `[from, to)`. */
  readonly closedRanges: readonly (readonly [number, number])[];
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Reads a definition as written (`'24:00'` is 1440); not validated, the library does that. */
export function oracleSchedule(def: ScheduleDefinition): OracleSchedule {
  const closedDates = new Set<number>();
  const closedRanges: [number, number][] = [];
  for (const c of def.closures ?? []) {
    if (typeof c === 'string') closedDates.add(Date.parse(`${c}T00:00:00Z`) / DAY);
    else closedRanges.push([new Date(c.from).getTime(), new Date(c.to).getTime()]);
  }
  const week = WEEKDAY_KEYS.map((key) => (def.hours[key] ?? []).map(([a, b]) => [minutesOf(a), minutesOf(b)] as const));
  return { week, closedDates, closedRanges };
}

/** Whether the minute that starts at instant `t` and reads `wall` (wall milliseconds) is open. */
export function isOpenMinute(s: OracleSchedule, t: number, wall: number): boolean {
  const date = Math.floor(wall / DAY);
  if (s.closedDates.has(date)) return false;
  if (s.closedRanges.some(([from, to]) => from <= t && t < to)) return false;
  const minute = (wall - date * DAY) / MINUTE;
  const intervals = s.week[new Date(date * DAY).getUTCDay()] ?? [];
  return intervals.some(([a, b]) => a <= minute && minute < b);
}

/**
 * The oracle's view of `count` minutes from `start`: `open[k]` for the minute `[start + k min,
 * start + (k+1) min)`, and `prefix[k]`, the open minutes before minute k (`prefix[count]` is the
 * total). `walls` are the readings, shared by every schedule of the same zone.
 */
export function openMinutes(s: OracleSchedule, start: number, walls: readonly number[]): { open: Uint8Array; prefix: Int32Array } {
  const open = new Uint8Array(walls.length);
  const prefix = new Int32Array(walls.length + 1);
  for (let k = 0; k < walls.length; k += 1) {
    open[k] = isOpenMinute(s, start + k * MINUTE, walls[k] as number) ? 1 : 0;
    prefix[k + 1] = (prefix[k] as number) + (open[k] as number);
  }
  return { open, prefix };
}

/** The readings of `count` consecutive minutes from `start`. */
export function readMinutes(read: (t: number) => number, start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => read(start + k * MINUTE));
}
