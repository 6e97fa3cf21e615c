import { canonicalTimeZone } from './schema.js';
import { icsError, type ContentLine } from './icsLines.js';
import { DAY_MS, wallToInstant, zoneOffsets } from './zone.js';

/**
 * A DTSTART/DTEND/EXDATE value: a whole date (`wall` is its midnight as wall milliseconds), or a
 * date-time in UTC (`zone` 'UTC') or in an IANA zone (TZID, or the caller's zone for a floating
 * time).
 */
export type IcsTime =
  | { readonly kind: 'date'; readonly wall: number }
  | { readonly kind: 'date-time'; readonly wall: number; readonly zone: string };

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

function digitsAt(s: string, from: number, to: number): number | undefined {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    n = n * 10 + c;
  }
  return n;
}

/** `YYYYMMDD` as wall milliseconds of its midnight, or `undefined`. */
function dateWall(s: string): number | undefined {
  const y = digitsAt(s, 0, 4);
  const m = digitsAt(s, 4, 6);
  const d = digitsAt(s, 6, 8);
  if (y === undefined || m === undefined || d === undefined || y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return wallOf(y, m, d);
}

/** The wall milliseconds of a date (`Date.UTC` reads the years 0–99 as 1900–1999, hence setUTCFullYear). */
export function wallOf(year: number, month: number, day: number, ms = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime() + ms;
}

/** The zone of a TZID parameter, or `undefined` when there is none. */
function tzidOf(line: ContentLine): string | undefined {
  const tzid = line.params.get('TZID');
  if (tzid === undefined) return undefined;
  const zone = canonicalTimeZone(tzid.length > 100 ? '' : tzid);
  if (zone === undefined)
    icsError(
      line.line,
      `TZID '${tzid.slice(0, 100)}' is not an IANA time zone (VTIMEZONE definitions are not read; use names like 'Europe/Zurich')`,
    );
  return zone;
}

/** Reads one value of a date or date-time property (`floating` is the zone of a time without Z or TZID). */
export function readTime(line: ContentLine, value: string, floating: string): IcsTime {
  const valueType = line.params.get('VALUE')?.toUpperCase();
  if (value.length === 8 && valueType !== 'DATE-TIME') {
    const wall = dateWall(value);
    if (wall === undefined) icsError(line.line, `${line.name} '${value}' is not a date YYYYMMDD`);
    return { kind: 'date', wall };
  }
  if (valueType === 'DATE') icsError(line.line, `${line.name} has VALUE=DATE but '${value.slice(0, 40)}' is not a date YYYYMMDD`);
  const utc = value.length === 16 && value[15] === 'Z';
  const date = value.length === 15 || utc ? dateWall(value.slice(0, 8)) : undefined;
  const h = digitsAt(value, 9, 11);
  const mi = digitsAt(value, 11, 13);
  const s = digitsAt(value, 13, 15);
  if (date === undefined || value[8] !== 'T' || h === undefined || mi === undefined || s === undefined || h > 23 || mi > 59 || s > 59) {
    icsError(line.line, `${line.name} '${value.slice(0, 40)}' is not a date YYYYMMDD or a date-time YYYYMMDDTHHMMSS[Z]`);
  }
  const tzid = tzidOf(line);
  if (utc && tzid !== undefined) icsError(line.line, `${line.name} has both a TZID and a UTC time ('Z')`);
  return { kind: 'date-time', wall: date + ((h * 60 + mi) * 60 + s) * 1000, zone: utc ? 'UTC' : (tzid ?? floating) };
}

/** The instant of a date-time (compatible rule on DST days: a missing time moves forward, a repeated one takes the earlier instant). */
export function instantOf(t: { wall: number; zone: string }): number {
  return t.zone === 'UTC' ? t.wall : wallToInstant(zoneOffsets(t.zone), t.wall);
}

/**
 * A DURATION value (RFC 5545 §3.3.6: `P1D`, `PT4H30M`, `P2W`) as `{ days, ms }`: days are
 * nominal (wall-clock days), the rest exact. Negative durations are refused.
 */
export function readDuration(line: ContentLine): { days: number; ms: number } {
  const v = line.value.toUpperCase();
  let i = v[0] === '+' ? 1 : 0;
  if (v[i] !== 'P') icsError(line.line, `DURATION '${v.slice(0, 40)}' must look like P1D, PT4H or P2W (no sign '-')`);
  i += 1;
  let days = 0;
  let ms = 0;
  let inTime = false;
  let any = false;
  const units: Record<string, [boolean, number]> = {
    W: [false, 7],
    D: [false, 1],
    H: [true, 3_600_000],
    M: [true, 60_000],
    S: [true, 1_000],
  };
  while (i < v.length) {
    if (v[i] === 'T' && !inTime) {
      inTime = true;
      i += 1;
      continue;
    }
    const from = i;
    while (i < v.length && i - from < 6 && v.charCodeAt(i) >= 48 && v.charCodeAt(i) <= 57) i += 1;
    const unit = units[v[i] ?? ''];
    if (i === from || unit === undefined || unit[0] !== inTime)
      icsError(line.line, `DURATION '${v.slice(0, 40)}' must look like P1D, PT4H or P2W`);
    const n = Number(v.slice(from, i));
    if (unit[0]) ms += n * unit[1];
    else days += n * unit[1];
    any = true;
    i += 1;
  }
  if (!any) icsError(line.line, `DURATION '${v.slice(0, 40)}' gives no length`);
  return { days, ms };
}

/** The wall day number (days since 1970-01-01) of a date's wall milliseconds. */
export function dayOfWall(wall: number): number {
  return Math.floor(wall / DAY_MS);
}
