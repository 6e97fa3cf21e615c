import type { MinuteInterval, ParsedClosure, ParsedOverride } from './schema.js';
import { DAY_MS, MINUTE_MS, localDay, offsetMsAt, wallToInstant, zoneOffsets, type ZoneOffsets } from './zone.js';

/**
 * The open instants from one day's midnight to the next day's: `[starts[i], ends[i])`, ascending,
 * disjoint. Usually all of them read as that day; see `#build` for transition days.
 */
export interface DayRecord {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** The instant of the day's wall-clock midnight. */
  readonly midnight: number;
}

const NONE: readonly number[] = [];
/**
 * Day records are cached in a direct-mapped table of 4,096 slots (day number mod 4,096): a
 * lookup is an array read, and days more than 11 years apart simply replace each other.
 */
const DAY_SLOTS = 4_096;
const EMPTY_SLOT = -0x80000000; // no day number in the ISO range is this small
/** Margin (in days) kept between a week jump and an offset change or closure. */
const MARGIN_DAYS = 3;
/** Most offset pieces one day record is cut into (real days have one, or two around a change). */
const MAX_PIECES = 8;

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
  /** Days that are not plain weeks' days: closed dates and dates with their own hours, ascending. */
  readonly #irregularDays: readonly number[];
  readonly #closedDaySet: ReadonlySet<number>;
  /** Per-date hours that replace the weekday's (date overrides). */
  readonly #overrides: ReadonlyMap<number, readonly MinuteInterval[]>;
  readonly #rangeFrom: readonly number[];
  readonly #rangeTo: readonly number[];
  readonly #dayKeys = new Int32Array(DAY_SLOTS).fill(EMPTY_SLOT);
  readonly #dayRecords: (DayRecord | undefined)[] = new Array<DayRecord | undefined>(DAY_SLOTS).fill(undefined);

  constructor(
    timeZone: string,
    week: readonly (readonly MinuteInterval[])[],
    closures: readonly ParsedClosure[],
    overrides: readonly ParsedOverride[] = [],
  ) {
    this.zone = zoneOffsets(timeZone);
    this.week = week;
    this.weekOpenMs = week.flat().reduce((sum, [from, to]) => sum + (to - from) * MINUTE_MS, 0);
    const days: number[] = [];
    const ranges: [number, number][] = [];
    for (const c of closures) {
      if (c.kind === 'date') days.push(c.day);
      else ranges.push([c.from, c.to]);
    }
    this.#overrides = new Map(overrides.map((o) => [o.day, o.hours]));
    this.#irregularDays = [...new Set([...days, ...this.#overrides.keys()])].sort((a, b) => a - b);
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
    return this.day(day).midnight;
  }

  /** The open instants of wall day `day`, from the cache. */
  day(day: number): DayRecord {
    const slot = day & (DAY_SLOTS - 1);
    if (this.#dayKeys[slot] === day) return this.#dayRecords[slot] as DayRecord;
    const record = this.#build(day);
    this.#dayKeys[slot] = day;
    this.#dayRecords[slot] = record;
    return record;
  }

  /**
   * How many days from `day` on (at most `max`) are "plain": no closure, no date override, and no offset change
   * within a margin, so that each week of them is open exactly {@link weekOpenMs}. `retry` is
   * the first later day worth asking again (past the event that ended the run), so a walk asks
   * once per event instead of once per day.
   */
  plainRun(day: number, max: number): { readonly days: number; readonly retry: number } {
    let n = max;
    let retry = day + max + 1;
    if (this.#irregularDays.length > 0) {
      const closed = firstAtOrAfter(this.#irregularDays, day);
      if (closed !== undefined && closed - day < n) {
        n = closed - day;
        retry = closed + 1;
      }
    }
    const start = (day - MARGIN_DAYS) * DAY_MS;
    if (this.#rangeTo.length > 0) {
      const i = indexAfter(this.#rangeTo, start);
      if (i < this.#rangeTo.length) {
        const days = Math.floor((this.#rangeFrom[i] as number) / DAY_MS) - MARGIN_DAYS - day;
        if (days < n) {
          n = days;
          retry = Math.floor((this.#rangeTo[i] as number) / DAY_MS) + MARGIN_DAYS + 1;
        }
      }
    }
    if (n > 0) {
      const change = this.zone.nextTransitionAfter(start, (day + n + MARGIN_DAYS) * DAY_MS);
      if (change !== undefined) {
        const days = Math.floor(change / DAY_MS) - MARGIN_DAYS - day;
        if (days < n) {
          n = days;
          retry = Math.floor(change / DAY_MS) + MARGIN_DAYS + 1;
        }
      }
    }
    return { days: Math.max(0, n), retry: Math.max(retry, day + 1) };
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

  /**
   * The record of day `day` holds the open instants between its midnight and the next day's
   * midnight (both converted with the compatible rule, so the records of consecutive days
   * partition time and a walk can visit them in order). An instant is open when its own
   * wall-clock reading — date and time, as `Intl` shows it — lies in an interval of that date
   * and the date is not closed. On most days every instant of the span reads as `day`; on a
   * transition day the span is cut where the offset changes and each piece is read with its own
   * offset, so a wall time that does not exist is never open, a repeated one is open each time
   * it is read, a reading of the previous date (St. John's fell back from 00:01 to 23:01 until
   * 2011) counts for the previous date, and a date the zone skipped (Apia 2011-12-30) has an
   * empty span.
   */
  #build(day: number): DayRecord {
    const midnight = wallToInstant(this.zone, day * DAY_MS);
    // Gaps last at most 24 hours (Apia, Kwajalein), so midnights never go backwards; the max only
    // keeps the span well-formed if tz data ever said otherwise.
    const end = Math.max(midnight, wallToInstant(this.zone, (day + 1) * DAY_MS));
    const ranges: [number, number][] = [];
    let from = midnight;
    // Bounded: the offset table holds at most one change per 2-day sample, so a span of at most
    // 48 hours has one or two pieces.
    for (let piece = 0; from < end && piece < MAX_PIECES; piece += 1) {
      const to = Math.min(this.zone.nextTransitionAfter(from, end) ?? end, end);
      this.#openIn(from, to, offsetMsAt(this.zone, from), ranges);
      from = to;
    }
    if (ranges.length === 0) return { starts: NONE, ends: NONE, midnight };
    const open = this.#withoutClosures(mergeRanges(ranges));
    return { starts: open.map((r) => r[0]), ends: open.map((r) => r[1]), midnight };
  }

  /** Adds to `out` the open instants of `[from, to)`, over which the offset is `offset` ms. */
  #openIn(from: number, to: number, offset: number, out: [number, number][]): void {
    const wallFrom = from + offset;
    const wallTo = to + offset;
    // Bounded by the span: one or two dates (three when a piece reaches back a day).
    for (let date = Math.floor(wallFrom / DAY_MS); date * DAY_MS < wallTo; date += 1) {
      if (this.#closedDaySet.has(date)) continue;
      const base = date * DAY_MS;
      const hours = this.#overrides.get(date) ?? (this.week[(((date + 3) % 7) + 7) % 7] as readonly MinuteInterval[]);
      for (const [a, b] of hours) {
        const start = Math.max(base + a * MINUTE_MS, wallFrom);
        const stop = Math.min(base + b * MINUTE_MS, wallTo);
        if (stop > start) out.push([start - offset, stop - offset]);
      }
    }
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
  const i = indexAfter(sorted, value - 1);
  return i < sorted.length ? sorted[i] : undefined;
}
