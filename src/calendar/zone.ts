import { tzOffset } from '@date-fns/tz';

/** Milliseconds in one minute, and in one (24-hour) wall-clock day. */
export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/**
 * Offsets are looked up in segments of this length (365.25 days). A segment is scanned once with
 * `tzOffset` and kept as a small list of transitions, because one `tzOffset` call costs about
 * 2.5 µs (it formats a date with Intl) and the business-time walk needs several per day.
 */
const SEGMENT_MS = 31_557_600_000;
/**
 * Sampling step inside a segment. Two offset changes less than two days apart that return to
 * the same offset would be missed (DST periods last weeks or months); the tests compare the
 * table with `tzOffset` at random instants of several zones.
 */
const SAMPLE_MS = 2 * DAY_MS;
/** Transitions happen on whole seconds; the binary search stops at that precision. */
const SECOND_MS = 1_000;

interface Segment {
  /** Offset in minutes at the start of the segment. */
  readonly first: number;
  /** Instants (ms) at which the offset changes, ascending. */
  readonly at: readonly number[];
  /** Offset in minutes from `at[i]` on. */
  readonly offsets: readonly number[];
}

/**
 * The UTC offsets of one IANA time zone, as a lazily built transition table. Every offset comes
 * from `tzOffset` of `@date-fns/tz`; nothing reads the host's time zone.
 */
export class ZoneOffsets {
  readonly timeZone: string;
  readonly #segments = new Map<number, Segment>();
  // The segment used last: most lookups of a computation fall into the same year.
  #lastKey = Number.NaN;
  #last: Segment | undefined;

  constructor(timeZone: string) {
    this.timeZone = timeZone;
  }

  /** UTC offset in minutes at the instant `t` (ms since the epoch). */
  offsetAt(t: number): number {
    const segment = this.#segment(Math.floor(t / SEGMENT_MS));
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
      const changes = this.#segment(key).at;
      for (let i = 0; i < changes.length; i += 1) {
        const at = changes[i] as number;
        if (at > from) return at <= to ? at : undefined;
      }
    }
    return undefined;
  }

  /** Segment `key`, scanned on first use. */
  #segment(key: number): Segment {
    if (key === this.#lastKey) return this.#last as Segment;
    let segment = this.#segments.get(key);
    if (segment === undefined) {
      segment = this.#scan(key * SEGMENT_MS, (key + 1) * SEGMENT_MS);
      this.#segments.set(key, segment);
    }
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
    return { first, at, offsets };
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

/** The shared offset table of a (valid, canonical) time zone. */
export function zoneOffsets(timeZone: string): ZoneOffsets {
  let zone = zones.get(timeZone);
  if (zone === undefined) {
    zone = new ZoneOffsets(timeZone);
    zones.set(timeZone, zone);
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
