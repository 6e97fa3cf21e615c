import * as z from 'zod/mini';
import { describeJson } from '../../internal/jsonHint.js';
import { instantSchema, partnerIdSchema } from '../schema.js';

/**
 * zod schemas and types of requests for proposal (RFP-01..03). Internal: the public surface is
 * the context's `index.ts`.
 */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ().\/-]{5,24}$/;

// The JSON Schema hints count `min` on the whole string; every use has min 1 (not blank).
const text = (min: number, max: number, what: string) =>
  describeJson(
    z.string().check(z.refine((s) => s.trim().length >= min && s.length <= max, `must be ${what} of ${min} to ${max} characters`)),
    () => ({ type: 'string', minLength: min, maxLength: max, pattern: '\\S' }),
  );

const nonBlank = describeJson(z.string().check(z.refine((s) => s.trim().length > 0, 'must not be empty')), () => ({ type: 'string', pattern: '\\S' }));

/** The requester's contact details: only partners who open a valid request see them (RFP-02). */
export interface RfpContact {
  readonly name: string;
  readonly email: string;
  readonly phone?: string | undefined;
  readonly company?: string | undefined;
}

export const contactSchema = z.object({
  name: text(1, 200, 'a name'),
  email: describeJson(
    z.string().check(z.refine((s) => EMAIL.test(s) && s.length <= 254, 'must be an e-mail address like name@example.ch')),
    () => ({ type: 'string', maxLength: 254, pattern: EMAIL.source }),
  ),
  phone: z.optional(
    describeJson(
      z.string().check(
        z.refine((s) => PHONE.test(s) && s.replace(/\D/g, '').length >= 7, "must be a phone number with at least 7 digits, like '+41 21 555 12 34'"),
      ),
      () => ({ type: 'string', pattern: PHONE.source, description: 'A phone number. Not checked here: that it has at least 7 digits.' }),
    ),
  ),
  company: z.optional(text(1, 200, 'a company name')),
});

/** A partner of the directory and the topics of requests it wishes to receive (RFP-01). */
export interface RfpRecipient {
  readonly partner: string;
  readonly topics: readonly string[];
}

export const recipientsSchema = z.array(z.object({ partner: partnerIdSchema, topics: z.array(nonBlank) }));

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

export const submissionSchema = z.object({
  id: nonBlank,
  title: text(1, 200, 'a title'),
  description: text(1, 20_000, 'a description'),
  topics: z.array(nonBlank).check(z.minLength(1, 'needs at least one topic')),
  contact: contactSchema,
  deleteToken: z.string().check(z.minLength(16, 'must be at least 16 characters (a secret for the deletion link)')),
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
  /** First instant at which the request is no longer valid (RFP-03). */
  readonly validUntil: string;
  readonly deletedAt: string | null;
}

export const rfpSchema = z.object({
  id: nonBlank,
  title: z.string(),
  description: z.string(),
  topics: z.array(z.string()),
  contact: contactSchema,
  deleteToken: z.string(),
  recipients: z.array(partnerIdSchema),
  submittedAt: instantSchema,
  validUntil: instantSchema,
  deletedAt: z.nullable(instantSchema),
});

/** The parsed form of a stored request: instants as `Date`. */
export type ParsedRfp = z.output<typeof rfpSchema>;
