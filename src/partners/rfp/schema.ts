import * as z from 'zod/mini';
import { strictObject } from '../../internal/checks.js';
import { EMAIL_MAX_LENGTH, emailSchema } from '../../internal/email.js';
import { describeJson } from '../../internal/jsonHint.js';
import { instantSchema, partnerIdSchema } from '../schema.js';

/**
 * zod schemas and types of requests for proposal (RFP-01..03). Internal: the public surface is
 * the context's `index.ts`.
 *
 * Every free-text field has a length cap, checked before any other work on the string, at
 * submission and again when a stored request is read (a store is input too): see {@link RFP_LIMITS}.
 */

/**
 * The length caps of a request's free-text fields, in UTF-16 code units (JSON Schema's maxLength
 * counts code points: the two differ only for characters outside the Basic Multilingual Plane).
 */
export const RFP_LIMITS = Object.freeze({
  id: 200,
  title: 200,
  description: 20_000,
  /** Each topic; a request names at most `topicCount` of them. */
  topic: 100,
  topicCount: 20,
  name: 200,
  company: 200,
  email: EMAIL_MAX_LENGTH,
  /** A phone number: '+', a digit and up to 24 digits or separators. */
  phone: 26,
  deleteToken: 256,
});

// Anchored, one optional sign, then a single bounded character class: a regular expression
// that cannot backtrack (and the length cap is checked before it anyway).
const PHONE = /^\+?[0-9][0-9 ()./-]{5,24}$/;

// The JSON Schema hints count `min` on the whole string; every use has min 1 (not blank).
const text = (min: number, max: number, what: string) =>
  describeJson(
    // The cap first: trim() and every later step read a string of bounded length.
    z.string().check(z.refine((s) => s.length <= max && s.trim().length >= min, `must be ${what} of ${min} to ${max} characters`)),
    () => ({ type: 'string', minLength: min, maxLength: max, pattern: '\\S' }),
  );

const idText = text(1, RFP_LIMITS.id, 'an id');
const topicText = text(1, RFP_LIMITS.topic, 'a topic');
const topicList = z.array(topicText).check(z.maxLength(RFP_LIMITS.topicCount, `names at most ${RFP_LIMITS.topicCount} topics`));

/** The requester's contact details: only partners who open a valid request see them (RFP-02). */
export interface RfpContact {
  readonly name: string;
  readonly email: string;
  readonly phone?: string | undefined;
  readonly company?: string | undefined;
}

export const contactSchema = strictObject({
  name: text(1, RFP_LIMITS.name, 'a name'),
  email: emailSchema('must be an e-mail address like name@example.ch, of at most 254 characters'),
  phone: z.optional(
    describeJson(
      z
        .string()
        .check(
          z.refine(
            (s) => s.length <= RFP_LIMITS.phone && PHONE.test(s) && digitCount(s) >= 7,
            "must be a phone number with at least 7 digits, like '+41 21 555 12 34'",
          ),
        ),
      () => ({
        type: 'string',
        maxLength: RFP_LIMITS.phone,
        pattern: PHONE.source,
        description: 'A phone number. Not checked here: that it has at least 7 digits.',
      }),
    ),
  ),
  company: z.optional(text(1, RFP_LIMITS.company, 'a company name')),
});

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i += 1) if (s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) n += 1;
  return n;
}

/** A partner of the directory and the topics of requests it wishes to receive (RFP-01). */
export interface RfpRecipient {
  readonly partner: string;
  readonly topics: readonly string[];
}

export const recipientsSchema = z.array(strictObject({ partner: partnerIdSchema, topics: z.array(topicText) }));

/** What {@link submitRfp} needs. Ids and the deletion token come from the caller (the core draws no random numbers). */
export interface RfpSubmission {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** What kind of help is asked for, e.g. `'wordpress'`, `'e-mail migration'`. */
  readonly topics: readonly string[];
  readonly contact: RfpContact;
  /** The secret of the deletion link e-mailed to the requester (RFP-03); at least 16 characters. */
  readonly deleteToken: string;
  readonly at: Date | string;
}

export const submissionSchema = strictObject({
  id: idText,
  title: text(1, RFP_LIMITS.title, 'a title'),
  description: text(1, RFP_LIMITS.description, 'a description'),
  topics: topicList.check(z.minLength(1, 'needs at least one topic')),
  contact: contactSchema,
  deleteToken: z
    .string()
    .check(
      z.maxLength(RFP_LIMITS.deleteToken, `must be at most ${RFP_LIMITS.deleteToken} characters`),
      z.minLength(16, 'must be at least 16 characters (a secret for the deletion link)'),
    ),
  at: instantSchema,
});

/**
 * A submitted request for proposal, as stored: a JSON-friendly value (instants as ISO strings).
 * `deletedAt` is `null` until the requester deletes it.
 */
export interface RequestForProposal {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly topics: readonly string[];
  readonly contact: RfpContact;
  readonly deleteToken: string;
  /** The partners concerned, who received the excerpt (RFP-01). */
  readonly recipients: readonly string[];
  readonly submittedAt: string;
  /** First instant at which the request is no longer valid (RFP-03); `null`: no expiry, valid until deleted. */
  readonly validUntil: string | null;
  readonly deletedAt: string | null;
}

// The stored request has the caps of a submission: a store is input too, and the excerpt's
// redactor then always reads at most 20,000 characters of description.
export const rfpSchema = strictObject({
  id: idText,
  title: text(1, RFP_LIMITS.title, 'a title'),
  description: text(1, RFP_LIMITS.description, 'a description'),
  topics: topicList,
  contact: contactSchema,
  deleteToken: z.string().check(z.maxLength(RFP_LIMITS.deleteToken, `must be at most ${RFP_LIMITS.deleteToken} characters`)),
  recipients: z.array(partnerIdSchema),
  submittedAt: instantSchema,
  validUntil: z.nullable(instantSchema),
  deletedAt: z.nullable(instantSchema),
});

/** The parsed form of a stored request: instants as `Date`. */
export type ParsedRfp = z.output<typeof rfpSchema>;
