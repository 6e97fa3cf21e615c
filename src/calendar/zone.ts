import { tzOffset } from '@date-fns/tz';

/** Milliseconds in one minute, and in one (24-hour) wall-clock day. */
export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/**
 * Offsets are looked up in segments of this length (365.25 days). A segment used often is scanned
 * once with `tzOffset` and kept as a small list of transitions, because one `tzOffset` call costs
 * about 2.5 µs (it formats a date with Intl) and the business-time walk needs several per day.
 */
const SEGMENT_MS = 31_557_600_000;
/**
 * Sampling step inside a segment. Two offset changes less than two days apart that return to
 * the same offset would be missed (DST periods last weeks or months); the tests compare the
 * table with `tzOffset` at random instants of several zones. A coarser step is not safe: the
 * time zone data has offsets that last under 7 days (Brazil 2000, Gaza's Ramadan rule in 2040).
 */
const SAMPLE_MS = 2 * DAY_MS;
/** Transitions happen on whole seconds; the binary search stops at that precision. */
const SECOND_MS = 1_000;
/**
 * A segment not yet scanned answers each lookup with one `tzOffset` call until it has taken as
 * many calls as a scan costs (one per sample); then it is scanned. A few lookups in many years
 * (an ICS file with a yearly event from year 1 to 9999) thus cost a few calls per year instead of
 * a scan of about 200 calls each, and a dense computation pays at most twice what scanning at once
 * would have cost.
 */
const SCAN_AFTER = Math.ceil(SEGMENT_MS / SAMPLE_MS);
/**
 * Segments (scanned, or counting their lookups) one zone keeps; the one used longest ago is
 * dropped first. A computation spans a few years, hostile input any number: memory stays bounded.
 */
export const MAX_SEGMENTS_PER_ZONE = 128;
/** Zones whose tables {@link zoneOffsets} shares; the one added longest ago is dropped first. */
export const MAX_SHARED_ZONES = 32;

interface Segment {
  /** Offset in minutes at the start of the segment. */
  readonly first: number;
  /** Instants (ms) at which the offset changes, ascending. */
  readonly at: readonly number[];
  /** Offset in minutes from `at[i]` on. */
  readonly offsets: readonly number[];
}

/**
 * A segment without transitions is its offset alone: all such segments share one object per offset
 * (the offsets are the time zone data's, a few hundred at most).
 */
const steady = new Map<number, Segment>();

function steadySegment(offset: number): Segment {
  let segment = steady.get(offset);
  if (segment === undefined) {
    segment = Object.freeze({ first: offset, at: Object.freeze([]), offsets: Object.freeze([]) });
    steady.set(offset, segment);
  }
  return segment;
}

/** Deletes the entry inserted (or touched) longest ago when a map holds more than `max`. */
function setBounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value as K);
}

/**
 * The UTC offsets of one IANA time zone, as a lazily built, bounded transition table. Every offset
 * comes from `tzOffset` of `@date-fns/tz`; nothing reads the host's time zone.
 */
export class ZoneOffsets {
  readonly timeZone: string;
  /** A scanned segment, or the number of `tzOffset` calls a segment not yet scanned has taken. */
  readonly #segments = new Map<number, Segment | number>();
  // The segment used last: most lookups of a computation fall into the same year.
  #lastKey = Number.NaN;
  #last: Segment | undefined;

  constructor(timeZone: string) {
    this.timeZone = timeZone;
  }

  /** UTC offset in minutes at the instant `t` (ms since the epoch). */
  offsetAt(t: number): number {
    const segment = this.#segment(Math.floor(t / SEGMENT_MS), false);
    if (segment === undefined) return this.#raw(t);
    let offset = segment.first;
    for (let i = 0; i < segment.at.length; i += 1) {
      if ((segment.at[i] as number) > t) break;
      offset = segment.offsets[i] as number;
    }
    return offset;
  }

  /** The first offset change in `(from, to]`, or `undefined`. */
  nextTransitionAfter(from: number, to: number): number | undefined {
    for (let key = Math.floor(from / SEGMENT_MS); key * SEGMENT_MS <= to; key += 1) {
      const changes = (this.#segment(key, true) as Segment).at;
      for (let i = 0; i < changes.length; i += 1) {
        const at = changes[i] as number;
        if (at > from) return at <= to ? at : undefined;
      }
    }
    return undefined;
  }

  /** How many segments this zone keeps (scanned or counting): at most {@link MAX_SEGMENTS_PER_ZONE}. */
  get keptSegments(): number {
    return this.#segments.size;
  }

  /**
   * Segment `key`, scanned when `scan` is set or it has taken {@link SCAN_AFTER} lookups; until
   * then `undefined`, and the caller asks `tzOffset` itself.
   */
  #segment(key: number, scan: boolean): Segment | undefined {
    if (key === this.#lastKey) return this.#last as Segment;
    const kept = this.#segments.get(key);
    let segment: Segment;
    if (typeof kept === 'object') {
      segment = kept;
    } else {
      const calls = (kept ?? 0) + 1;
      if (!scan && calls < SCAN_AFTER) {
        setBounded(this.#segments, key, calls, MAX_SEGMENTS_PER_ZONE);
        return undefined;
      }
      segment = this.#scan(key * SEGMENT_MS, (key + 1) * SEGMENT_MS);
    }
    setBounded(this.#segments, key, segment, MAX_SEGMENTS_PER_ZONE);
    this.#lastKey = key;
    this.#last = segment;
    return segment;
  }

  #scan(start: number, end: number): Segment {
    const first = this.#raw(start);
    const at: number[] = [];
    const offsets: number[] = [];
    let previous = first;
    let t = start;
    while (t < end) {
      const next = Math.min(t + SAMPLE_MS, end);
      const offset = this.#raw(next);
      if (offset !== previous) {
        at.push(this.#search(t, next, previous));
        offsets.push(offset);
      }
      previous = offset;
      t = next;
    }
    return at.length === 0 ? steadySegment(first) : { first, at, offsets };
  }

  /** The first instant in `(lo, hi]` whose offset differs from `before`, to the second. */
  #search(lo: number, hi: number, before: number): number {
    let low = lo;
    let high = hi;
    while (high - low > SECOND_MS) {
      const mid = low + Math.max(SECOND_MS, Math.floor((high - low) / 2 / SECOND_MS) * SECOND_MS);
      if (this.#raw(mid) === before) low = mid;
      else high = mid;
    }
    return high;
  }

  #raw(t: number): number {
    return tzOffset(this.timeZone, new Date(t));
  }
}

const zones = new Map<string, ZoneOffsets>();

/**
 * The shared offset table of a (valid, canonical) time zone. At most {@link MAX_SHARED_ZONES}
 * tables are shared; a table dropped from the share stays valid for whoever holds it.
 */
export function zoneOffsets(timeZone: string): ZoneOffsets {
  let zone = zones.get(timeZone);
  if (zone === undefined) {
    zone = new ZoneOffsets(timeZone);
    setBounded(zones, timeZone, zone, MAX_SHARED_ZONES);
  }
  return zone;
}

/**
 * The instant of a wall-clock time, given as "wall milliseconds" (the wall date and time read as
 * if it were UTC). One explicit rule, as Temporal's `'compatible'` disambiguation:
 * - a wall time that does not exist (spring-forward gap) moves forward by the length of the gap
 *   (02:30 on a Zurich spring day is 03:30 CEST);
 * - a wall time that happens twice (autumn overlap) takes the earlier instant (02:30 CEST).
 * The offsets one day before and after are compared, so every conversion looks at the offsets
 * around its own day instead of reusing a stale one.
 */
export function wallToInstant(zone: ZoneOffsets, wall: number): number {
  const before = zone.offsetAt(wall - DAY_MS);
  const after = zone.offsetAt(wall + DAY_MS);
  if (before === after) return wall - toMs(before);
  const early = wall - toMs(before);
  const late = wall - toMs(after);
  // Which readings are real instants decides the case (only reached near an offset change).
  return DISAMBIGUATION[`${zone.offsetAt(early) === before}/${zone.offsetAt(late) === after}`](early, late);
}

/**
 * The instant of a wall time near an offset change, by which of its two readings (with the offset
 * before, `early`, and after, `late`) are real instants. A record over both booleans, so a case
 * left out fails to compile, as a ts-pattern table would; a plain object keeps ts-pattern (about
 * 1.5 kB gzip) out of every bundle that uses a calendar (docs/packaging.md).
 */
const DISAMBIGUATION: Readonly<Record<`${boolean}/${boolean}`, (early: number, late: number) => number>> = {
  'true/true': (early, late) => Math.min(early, late), // overlap: the earlier instant
  'true/false': (early) => early,
  'false/true': (_early, late) => late,
  'false/false': (early) => early, // gap: read with the offset before the change, i.e. moved forward by the gap
};

/**
 * The UTC offset at the instant `t` in whole milliseconds: `t + offsetMsAt(zone, t)` is the wall
 * date and time at `t` read as if it were UTC ("wall milliseconds").
 *
 * @example
 * ```ts
 * offsetMsAt(zoneOffsets('Asia/Kathmandu'), Date.UTC(2026, 0, 1)); // 20_700_000 (+05:45)
 * ```
 */
export function offsetMsAt(zone: ZoneOffsets, t: number): number {
  return toMs(zone.offsetAt(t));
}

/** The wall-clock day number (days since 1970-01-01 in the zone) of the instant `t`. */
export function localDay(zone: ZoneOffsets, t: number): number {
  return Math.floor((t + toMs(zone.offsetAt(t))) / DAY_MS);
}

/** An offset in minutes as whole milliseconds (historic local mean time has seconds, e.g. +00:34:08). */
function toMs(offsetMinutes: number): number {
  return Math.round(offsetMinutes * MINUTE_MS);
}
