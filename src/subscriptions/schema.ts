import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { instantSchema, type InstantInput } from '../calendar/index.js';
import { currencySchema } from '../money/schema.js';

/**
 * An instant: a valid `Date`, or an ISO 8601 string with a `Z` or `±HH:MM` offset (seconds
 * optional), in the years 0001–9999. A string without offset is refused: its meaning would depend
 * on the host's time zone. Parsed with the calendar's `instantSchema`, so every context reads
 * instants alike.
 */
export type { InstantInput };

export { instantSchema };

/** zod schema: a tier that can be subscribed (Premium Support). */
export const premiumTierSchema = z.enum(['plus', 'pro', 'enterprise']);
/** zod schema: a billing period. */
export const billingSchema = z.enum(['monthly', 'annual']);

/** zod schema: a commitment term's bounds. */
export const termSchema = strictObject({ start: instantSchema, end: instantSchema }).check(
  z.refine((t) => t.end.getTime() > t.start.getTime(), 'the term must end after it starts'),
);

/**
 * zod schema of a {@link Subscription}, or its JSON form (instants as ISO strings), so that a
 * subscription read back from storage is accepted as is.
 */
export const subscriptionSchema = strictObject({
  tier: premiumTierSchema,
  billing: billingSchema,
  currency: currencySchema,
  startedAt: instantSchema,
  commitmentMonths: z.int().check(z.gte(1), z.lte(1200)),
  commitment: termSchema,
});
