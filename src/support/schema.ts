import * as z from 'zod/mini';
import { SUPPORT_TIERS } from '../policy/index.js';

/**
 * An instant: a valid `Date`, or an ISO 8601 string with a `Z` or `±HH:MM` offset (seconds
 * optional). A string without offset is refused: its meaning would depend on the host's zone.
 */
export type SupportInstantInput = Date | string;

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

/** zod schema: an {@link SupportInstantInput}, parsed into a `Date` (never an Invalid Date). */
export const instantSchema = z.pipe(
  z.unknown(),
  z.transform((value: unknown, ctx): Date => {
    const t = instantMs(value);
    if (t !== undefined) return new Date(t);
    ctx.issues.push({ code: 'custom', message: INSTANT_MESSAGE, input: value });
    return z.NEVER;
  }),
);

/** zod schema: one of the four support tiers (SUP-01). */
export const tierSchema = z.enum(SUPPORT_TIERS);
/** zod schema: a request channel (SUP-02). */
export const channelSchema = z.enum(['phone', 'email']);

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;

/** zod schema: a BCP 47 language tag (`'fr'`, `'fr-CH'`, `'EN'`), parsed into its lower-case primary language. */
export const languageSchema = z.pipe(
  z.string().check(z.regex(LANGUAGE_TAG, "must be a language tag like 'fr', 'en' or 'fr-CH'")),
  z.transform((tag: string) => (tag.split(/[-_]/)[0] ?? tag).toLowerCase()),
);
