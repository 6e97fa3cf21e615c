import * as z from 'zod/mini';
import { currencySchema } from '../money/schema.js';

/**
 * An instant: a valid `Date`, or an ISO 8601 string with a `Z` or `±HH:MM` offset
 * (`'2026-03-31T10:00:00+02:00'`, seconds optional). A string without offset is refused: its
 * meaning would depend on the host's time zone.
 */
export type InstantInput = Date | string;

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;

const INSTANT_MESSAGE = "must be a valid Date or an ISO 8601 instant with offset, like '2026-03-27T17:00:00+01:00'";

/** The instant's milliseconds, or `undefined` when the value is not a valid instant. */
function instantMs(value: unknown): number | undefined {
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isFinite(t) ? t : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const m = ISO_INSTANT.exec(value);
  if (m === null) return undefined;
  const t = Date.parse(value);
  if (!Number.isFinite(t)) return undefined;
  // Refuse '2026-02-30': Date.parse would roll it over to 2 March.
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d ? t : undefined;
}

/** zod schema: an {@link InstantInput}, parsed into a `Date` (never an Invalid Date). */
export const instantSchema = z.pipe(
  z.unknown(),
  z.transform((value: unknown, ctx): Date => {
    const t = instantMs(value);
    if (t !== undefined) return new Date(t);
    ctx.issues.push({ code: 'custom', message: INSTANT_MESSAGE, input: value });
    return z.NEVER;
  }),
);

/** zod schema: a tier that can be subscribed (Premium Support). */
export const premiumTierSchema = z.enum(['plus', 'pro', 'enterprise']);
/** zod schema: a billing period. */
export const billingSchema = z.enum(['monthly', 'annual']);

/** zod schema: a commitment term's bounds. */
export const termSchema = z
  .object({ start: instantSchema, end: instantSchema })
  .check(z.refine((t) => t.end.getTime() > t.start.getTime(), 'the term must end after it starts'));

/**
 * zod schema of a {@link Subscription}, or its JSON form (instants as ISO strings), so that a
 * subscription read back from storage is accepted as is.
 */
export const subscriptionSchema = z.object({
  tier: premiumTierSchema,
  billing: billingSchema,
  currency: currencySchema,
  startedAt: instantSchema,
  commitmentMonths: z.int().check(z.gte(1), z.lte(1200)),
  commitment: termSchema,
});
