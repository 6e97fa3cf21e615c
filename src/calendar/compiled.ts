import type { MinuteInterval, ParsedClosure } from './schema.js';
import { DAY_MS, MINUTE_MS, localDay, wallToInstant, zoneOffsets, type ZoneOffsets } from './zone.js';

/** The open instants of one wall-clock day: `[starts[i], ends[i])`, ascending, disjoint. */
export interface DayRecord {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const EMPTY_DAY: DayRecord = { starts: [], ends: [] };
/** Day records kept per schedule before the cache starts over (a bound on memory). */
const DAY_CACHE_LIMIT = 4_096;
/** Margin (in days) kept between a week jump and an offset change or closure. */
const MARGIN_DAYS = 3;

/**
 * A schedule in the form the business-time walk reads: weekly intervals in minutes, closures as
 * day numbers and merged instant ranges, the zone's offset table, and a cache of day records.
 */
export class CompiledSchedule {
  readonly zone: ZoneOffsets;
  /** Intervals per weekday, Monday = 0. */
  readonly week: readonly (readonly MinuteInterval[])[];
  /** Open milliseconds of a week without closures and without an offset change. */
  readonly weekOpenMs: number;
  readonly #closedDays: readonly number[];
  readonly #closedDaySet: ReadonlySet<number>;
  readonly #rangeFrom: readonly number[];
  readonly #rangeTo: readonly number[];
  readonly #days = new Map<number, DayRecord>();

  constructor(timeZone: string, week: readonly (readonly MinuteInterval[])[], closures: readonly ParsedClosure[]) {
    this.zone = zoneOffsets(timeZone);
    this.week = week;
    this.weekOpenMs = week.flat().reduce((sum, [from, to]) => sum + (to - from) * MINUTE_MS, 0);
    const days: number[] = [];
    const ranges: [number, number][] = [];
    for (const c of closures) {
      if (c.kind === 'date') days.push(c.day);
      else ranges.push([c.from, c.to]);
    }
    this.#closedDays = [...new Set(days)].sort((a, b) => a - b);
    this.#closedDaySet = new Set(days);
    const merged = mergeRanges(ranges);
    this.#rangeFrom = merged.map((r) => r[0]);
    this.#rangeTo = merged.map((r) => r[1]);
  }

  /** Wall-clock day number of an instant in this schedule's zone. */
  dayOf(t: number): number {
    return localDay(this.zone, t);
  }

  /** The instant of midnight starting wall day `day` (compatible rule on DST days). */
  midnight(day: number): number {
    return wallToInstant(this.zone, day * DAY_MS);
  }

  /** The open instants of wall day `day`, from the cache. */
  day(day: number): DayRecord {
    let record = this.#days.get(day);
    if (record === undefined) {
      if (this.#days.size >= DAY_CACHE_LIMIT) this.#days.clear();
      record = this.#build(day);
      this.#days.set(day, record);
    }
    return record;
  }

  /**
   * How many days from `day` on (at most `max`) are "plain": no closure, and no offset change
   * within a margin, so that each week of them is open exactly {@link weekOpenMs}.
   */
  plainDays(day: number, max: number): number {
    let n = max;
    const closed = firstAtOrAfter(this.#closedDays, day);
    if (closed !== undefined) n = Math.min(n, closed - day);
    const start = (day - MARGIN_DAYS) * DAY_MS;
    const i = indexAfter(this.#rangeTo, start);
    const rangeFrom = this.#rangeFrom[i];
    if (rangeFrom !== undefined) n = Math.min(n, Math.floor(rangeFrom / DAY_MS) - MARGIN_DAYS - day);
    if (n <= 0) return 0;
    const change = this.zone.nextTransitionAfter(start, (day + n + MARGIN_DAYS) * DAY_MS);
    if (change !== undefined) n = Math.min(n, Math.floor(change / DAY_MS) - MARGIN_DAYS - day);
    return Math.max(0, n);
  }

  /**
   * The first day from `day` on that is not entirely inside one closure range: a closed stretch
   * of months is crossed in one step instead of day by day.
   */
  skipClosed(day: number): number {
    const limit = (day - 1) * DAY_MS; // before the day's midnight in any zone (offsets ≤ 14 h)
    const i = indexAfter(this.#rangeTo, limit);
    const from = this.#rangeFrom[i];
    const to = this.#rangeTo[i];
    if (from === undefined || to === undefined || from > limit) return day;
    return Math.max(day, Math.floor(to / DAY_MS) - 1);
  }

  #build(day: number): DayRecord {
    if (this.#closedDaySet.has(day)) return EMPTY_DAY;
    const intervals = this.week[(((day + 3) % 7) + 7) % 7] as readonly MinuteInterval[];
    if (intervals.length === 0) return EMPTY_DAY;
    const wall = day * DAY_MS;
    const ranges: [number, number][] = [];
    for (const [from, to] of intervals) {
      const start = wallToInstant(this.zone, wall + from * MINUTE_MS);
      const end = wallToInstant(this.zone, wall + to * MINUTE_MS);
      // In a spring gap an interval can shrink to nothing (02:30–03:00 does not exist).
      if (end > start) ranges.push([start, end]);
    }
    const open = this.#withoutClosures(mergeRanges(ranges));
    return open.length === 0 ? EMPTY_DAY : { starts: open.map((r) => r[0]), ends: open.map((r) => r[1]) };
  }

  #withoutClosures(open: readonly [number, number][]): [number, number][] {
    const first = open[0];
    if (first === undefined) return [];
    let i = indexAfter(this.#rangeTo, first[0]);
    if (i >= this.#rangeFrom.length) return open.map((r) => [r[0], r[1]]);
    const out: [number, number][] = [];
    for (const [s, e] of open) {
      let start = s;
      while (start < e) {
        const from = this.#rangeFrom[i];
        const to = this.#rangeTo[i];
        if (from === undefined || to === undefined || from >= e) {
          out.push([start, e]);
          break;
        }
        if (to <= start) {
          i += 1;
          continue;
        }
        if (from > start) out.push([start, from]);
        start = to;
        if (to <= e) i += 1;
      }
    }
    return out;
  }
}

/** Sorts ranges and joins the ones that overlap or touch. */
function mergeRanges(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** Index of the first element greater than `value` (binary search in an ascending list). */
function indexAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) > value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function firstAtOrAfter(sorted: readonly number[], value: number): number | undefined {
  return sorted[indexAfter(sorted, value - 1)];
}
