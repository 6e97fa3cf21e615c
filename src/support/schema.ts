import * as z from 'zod/mini';
// Modules, not the calendar's and policy's index: an import of an index brings the whole context
// into the bundle's chunks (docs/packaging.md).
import { instantSchema, type InstantInput } from '../calendar/schema.js';
import { SUPPORT_TIERS } from '../policy/support.js';

/**
 * An instant: a valid `Date`, or an ISO 8601 string with a `Z` or `±HH:MM` offset (seconds
 * optional), in the years 0001–9999. A string without offset is refused: its meaning would depend
 * on the host's time zone. Parsed with the calendar's `instantSchema`, so every context reads
 * instants alike.
 */
export type SupportInstantInput = InstantInput;

export { instantSchema };

/** zod schema: one of the four support tiers (SUP-01). */
export const tierSchema = z.enum(SUPPORT_TIERS);
/** zod schema: a request channel (SUP-02). */
export const channelSchema = z.enum(['phone', 'email']);

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;
/** The longest language tag read. */
const MAX_LANGUAGE_TAG = 35;

/** zod schema: a BCP 47 language tag (`'fr'`, `'fr-CH'`, `'EN'`), parsed into its lower-case primary language. */
export const languageSchema = z.pipe(
  // The cap first (RFC 5646 asks for tags of up to 35 characters): the pattern then reads a bounded text.
  // `abort`: a tag above the cap is refused without running the pattern on it.
  z
    .string()
    .check(
      z.maxLength(MAX_LANGUAGE_TAG, { message: `must be a language tag of at most ${MAX_LANGUAGE_TAG} characters`, abort: true }),
      z.regex(LANGUAGE_TAG, "must be a language tag like 'fr', 'en' or 'fr-CH'"),
    ),
  z.transform((tag: string) => (tag.split(/[-_]/)[0] ?? tag).toLowerCase()),
);
