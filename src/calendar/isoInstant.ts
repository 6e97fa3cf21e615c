/**
 * The common shapes of an ISO 8601 instant read from their character codes, without a regular
 * expression or `Date.parse` (a ticket's clock reads fifty of them per call, reconciling a
 * million payments reads a million):
 *
 * - `2026-03-01T09:00:00Z` and `2026-03-01T09:00:00.000Z` (what `Date#toISOString()` writes);
 * - `2026-03-01T09:00:00+01:00` and `2026-03-01T09:00:00.000+01:00` (an offset with a colon).
 *
 * Anything else — other fractions, no seconds, an offset without a colon, lowercase `t`/`z`,
 * the years 0000–0099 — returns `undefined` and takes the general path of `toInstantMs`, which
 * gives the same instants for these shapes (a property test compares both on random strings).
 */

/** Instants must lie in the years 0001–9999 (what an ISO 8601 string can say). */
export const MIN_INSTANT = -62_135_596_800_000; // 0001-01-01T00:00:00Z
export const MAX_INSTANT = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z
const MINUTE = 60_000;

/**
 * Calendar days read, as yyyymmdd, and their midnights (ms), one slot per day of the year
 * (month × 32 + day): statements repeat a few hundred days, and invoices alternate between an
 * issue day and a due day, which a single remembered day would miss every time. −1: empty.
 */
const DAY_SLOTS = 512;
const cachedDays = new Int32Array(DAY_SLOTS).fill(-1);
const cachedDayMs = new Float64Array(DAY_SLOTS);

/** The value of two ASCII digits at `i`, or −1 (a code below '0' wraps to a large unsigned number). */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >>> 0 > 9 || b >>> 0 > 9 ? -1 : a * 10 + b;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Midnight (UTC ms) of the date at the start of `s`, or −1 when it is not a real date of the years 0100–9999. */
function dateMs(s: string): number {
  // '-' 45 at 4 and 7.
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  const century = two(s, 0);
  const yy = two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  if (century < 1 || yy < 0 || month < 1 || month > 12 || day < 1) return -1; // century 0: Date.UTC would read 0–99 as 1900–1999
  const year = century * 100 + yy;
  const key = (year * 100 + month) * 100 + day;
  const slot = (month * 32 + day) & (DAY_SLOTS - 1);
  if (cachedDays[slot] === key) return cachedDayMs[slot] as number;
  if (day > daysIn(year, month)) return -1;
  const midnight = Date.UTC(year, month - 1, day);
  cachedDays[slot] = key;
  cachedDayMs[slot] = midnight;
  return midnight;
}

/** Milliseconds of `HH:MM:SS` at 11, or −1. */
function timeMs(s: string): number {
  // 'T' 84 at 10, ':' 58 at 13 and 16.
  if (s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return -1;
  const hour = two(s, 11);
  const minute = two(s, 14);
  const second = two(s, 17);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return -1;
  return ((hour * 60 + minute) * 60 + second) * 1000;
}

/** Milliseconds of `.mmm` at 19, or −1. */
function millis(s: string): number {
  if (s.charCodeAt(19) !== 46) return -1; // '.'
  const a = s.charCodeAt(20) - 48;
  const b = s.charCodeAt(21) - 48;
  const c = s.charCodeAt(22) - 48;
  return a >>> 0 > 9 || b >>> 0 > 9 || c >>> 0 > 9 ? -1 : a * 100 + b * 10 + c;
}

/** The offset `±HH:MM` at `i` in ms east of UTC, or NaN. */
function offsetMs(s: string, i: number): number {
  const sign = s.charCodeAt(i);
  if ((sign !== 43 && sign !== 45) || s.charCodeAt(i + 3) !== 58) return Number.NaN; // '+' 43, '-' 45, ':' 58
  const hours = two(s, i + 1);
  const minutes = two(s, i + 4);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return Number.NaN;
  const ms = (hours * 60 + minutes) * MINUTE;
  return sign === 43 ? ms : -ms;
}

/** @internal The instant of `s` when it has one of the common shapes above, else `undefined`. */
export function commonIsoMs(s: string): number | undefined {
  const n = s.length;
  let fraction = 0;
  let offset = 0;
  if (n === 24 || n === 20) {
    if (s.charCodeAt(n - 1) !== 90) return undefined; // 'Z'
    if (n === 24) fraction = millis(s);
  } else if (n === 25 || n === 29) {
    if (n === 29) fraction = millis(s);
    offset = offsetMs(s, n - 6);
    if (Number.isNaN(offset)) return undefined;
  } else {
    return undefined;
  }
  if (fraction < 0) return undefined;
  const time = timeMs(s);
  if (time < 0) return undefined;
  const midnight = dateMs(s);
  if (midnight === -1) return undefined;
  const ms = midnight + time + fraction - offset;
  return ms >= MIN_INSTANT && ms <= MAX_INSTANT ? ms : undefined;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/i;

/** What an invalid instant is told. */
export const INSTANT_MESSAGE = "must be a valid Date or an ISO 8601 instant with 'Z' or an offset, like '2026-10-24T22:00:00+02:00'";

/** Whether year, month and day name a real date (year 1 or later; no 30 February). @internal */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysIn(year, month);
}

/** The number written by the ASCII digits of `s` from `start` to `end` (already checked). */
function digits(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i += 1) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

/** @internal Any ISO 8601 instant string the library accepts, read by the general path (a regex test, then `Date.parse`). */
export function isoInstantMs(value: string): number | undefined {
  if (!ISO_INSTANT.test(value) || !isRealDate(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10))) return undefined;
  const ms = Date.parse(value);
  return ms >= MIN_INSTANT && ms <= MAX_INSTANT ? ms : undefined; // false for NaN
}

/** The intrinsic reader of a Date's time value, taken once: a Date's own or inherited `getTime` may lie. */
const dateTime = Date.prototype.getTime;

/**
 * Milliseconds since the epoch of an instant input, or `undefined` when it is not one. Runs on
 * every call of every public function: the common shapes are read from their character codes
 * (above); the others by a regex test and digit arithmetic instead of capture groups. A `Date` is
 * read by the intrinsic `Date.prototype.getTime`, never by a `getTime` it carries or a subclass
 * overrides; an object that only inherits from `Date.prototype` (no time value) is not one.
 */
export function toInstantMs(value: unknown): number | undefined {
  if (typeof value === 'string') {
    return commonIsoMs(value) ?? isoInstantMs(value);
  }
  if (value instanceof Date) {
    let ms: number;
    try {
      ms = dateTime.call(value);
    } catch {
      return undefined; // Object.create(Date.prototype), a Proxy of a Date: no time value of its own
    }
    return ms >= MIN_INSTANT && ms <= MAX_INSTANT ? ms : undefined;
  }
  return undefined;
}
