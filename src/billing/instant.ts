import * as z from 'zod/mini';

/** ISO 8601 date-time with an explicit offset or Z (a bare local time would depend on the host). */
const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)$/i;

/** What billing functions accept as an instant: a valid `Date`, or an ISO 8601 string with offset. */
export type InstantInput = Date | string;

export const INSTANT_MESSAGE = "must be a Date or an ISO 8601 date-time with offset, like '2026-03-01T09:00:00Z'";

/** Milliseconds since the epoch of an instant input, or `NaN` when it is not one. @internal */
export function instantMs(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return Number.NaN;
  return new Date(value).getTime();
}

/** zod schema: an {@link InstantInput}, parsed into a `Date`. */
export const instantSchema = z.pipe(
  z.custom<InstantInput>((v) => !Number.isNaN(instantMs(v)), INSTANT_MESSAGE),
  z.transform((v: InstantInput) => new Date(instantMs(v))),
);
