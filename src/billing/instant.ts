import * as z from 'zod/mini';

/** ISO 8601 date-time with an explicit offset or Z (a bare local time would depend on the host). */
const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)$/i;

/** What billing functions accept as an instant: a valid `Date`, or an ISO 8601 string with offset. */
export type InstantInput = Date | string;

export const INSTANT_MESSAGE = "must be a Date or an ISO 8601 date-time with offset, like '2026-03-01T09:00:00Z'";

/** Milliseconds since the epoch of an instant input, or `NaN` when it is not one. @internal */
export function instantMs(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== 'string') return Number.NaN;
  const fast = canonicalUtcMs(value);
  if (fast !== undefined) return fast;
  if (!ISO_INSTANT.test(value) || !plausibleFields(value)) return Number.NaN;
  return new Date(value).getTime();
}

/**
 * The shape `Date#toISOString()` writes (`2026-03-01T09:00:00.000Z`, 24 characters), read from
 * its character codes: bank statements and JSON round trips are full of it, and this is several
 * times faster than a regular expression plus `Date.parse`. Anything else (offsets, no
 * milliseconds, a bad field) returns `undefined` and takes the general path.
 */
function canonicalUtcMs(s: string): number | undefined {
  if (s.length !== 24 || s.charCodeAt(23) !== 90 /* Z */ || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84) return undefined;
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || s.charCodeAt(19) !== 46) return undefined;
  for (const i of DIGIT_POSITIONS) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  const year = num(s, 0) * 100 + num(s, 2);
  if (year < 100 || !plausibleFields(s)) return undefined; // Date.UTC reads years 0..99 as 1900..1999
  const ms = (s.charCodeAt(20) - 48) * 100 + num(s, 21);
  return Date.UTC(year, num(s, 5) - 1, num(s, 8), num(s, 11), num(s, 14), num(s, 17), ms);
}

const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22] as const;

function num(s: string, at: number): number {
  return (s.charCodeAt(at) - 48) * 10 + (s.charCodeAt(at + 1) - 48);
}

/**
 * JavaScript's parser rolls 2026-02-30 over to 2 March and reads hour 24; such strings are bad
 * input here. Checks month, day (leap years included), hour, minute and second.
 */
function plausibleFields(s: string): boolean {
  const year = num(s, 0) * 100 + num(s, 2);
  const month = num(s, 5);
  const day = num(s, 8);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (month < 1 || month > 12 || day < 1 || day > days || num(s, 11) > 23 || num(s, 14) > 59) return false;
  return s.charCodeAt(16) !== 58 /* ':' */ || num(s, 17) <= 59;
}

/** zod schema: an {@link InstantInput}, parsed into a `Date`. */
export const instantSchema = z.pipe(
  z.custom<InstantInput>((v) => !Number.isNaN(instantMs(v)), INSTANT_MESSAGE),
  z.transform((v: InstantInput) => new Date(instantMs(v))),
);
