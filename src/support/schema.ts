import * as z from 'zod/mini';
import { SUPPORT_TIERS } from '../policy/index.js';

/**
 * An instant: a valid `Date`, or an ISO 8601 string with a `Z` or `±HH:MM` offset (seconds
 * optional). A string without offset is refused: its meaning would depend on the host's zone.
 */
export type SupportInstantInput = Date | string;

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;

function isInstant(value: unknown): value is SupportInstantInput {
  if (value instanceof Date) return Number.isFinite(value.getTime());
  if (typeof value !== 'string') return false;
  const m = ISO_INSTANT.exec(value);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Refuse '2026-02-30': Date.parse would roll it over to 2 March.
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d && Number.isFinite(Date.parse(value));
}

/** zod schema: an instant, parsed into a `Date` (never an Invalid Date). */
export const instantSchema = z.pipe(
  z.custom<SupportInstantInput>(isInstant, "must be a valid Date or an ISO 8601 instant with offset, like '2026-03-27T17:00:00+01:00'"),
  z.transform((v: SupportInstantInput) => new Date(typeof v === 'string' ? Date.parse(v) : v.getTime())),
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
