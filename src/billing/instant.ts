import * as z from 'zod/mini';

/** ISO 8601 date-time with an explicit offset or Z (a bare local time would depend on the host). */
const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)$/i;

/** What billing functions accept as an instant: a valid `Date`, or an ISO 8601 string with offset. */
export type InstantInput = Date | string;

export const INSTANT_MESSAGE = "must be a Date or an ISO 8601 date-time with offset, like '2026-03-01T09:00:00Z'";

/** Milliseconds since the epoch of an instant input, or `NaN` when it is not one. @internal */
export function instantMs(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== 'string' || !ISO_INSTANT.test(value) || !plausibleFields(value)) return Number.NaN;
  return new Date(value).getTime();
}

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
