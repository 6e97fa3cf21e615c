import { parseInput } from '../../internal/parse.js';
import { defaultPolicy, type Policy } from '../../policy/defaultPolicy.js';
import { compilePartnersPolicy } from '../compiledPolicy.js';
import { rfpSchema, type ParsedRfp, type RequestForProposal } from './schema.js';

/** What every concerned partner receives (RFP-01): never the requester's contact details (RFP-02). */
export interface RfpExcerpt {
  readonly id: string;
  readonly title: string;
  /** The description without e-mail addresses and phone-like numbers, cut to the policy length. */
  readonly summary: string;
  readonly topics: readonly string[];
  readonly submittedAt: string;
  readonly validUntil: string;
}

/** What replaces an e-mail address or a phone-like number in an excerpt. */
export const HIDDEN = '[hidden]';

/** Any whitespace-delimited word with an `@` in it: covers every e-mail address, however written. */
const EMAIL_LIKE = /\S*@\S*/g;
/** A run of digits with phone separators; hidden when it holds at least 7 digits. */
const NUMBER_RUN = /\+?\d[\d\s().\/-]*\d/g;

/**
 * Removes contact details from free text: the requester's own e-mail and phone, and any other
 * e-mail address or number of 7 digits or more (a requester often writes "call me on …" in the
 * description). Long numbers that are not phone numbers are hidden too: privacy wins.
 * @internal
 */
export function redactContact(text: string, contact: { email: string; phone?: string | undefined }): string {
  let out = text.replace(new RegExp(escapeRegExp(contact.email), 'gi'), HIDDEN);
  if (contact.phone !== undefined) out = out.split(contact.phone).join(HIDDEN);
  out = out.replace(EMAIL_LIKE, HIDDEN);
  return out.replace(NUMBER_RUN, (run) => (run.replace(/\D/g, '').length >= 7 ? HIDDEN : run));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function cut(text: string, length: number): string {
  const chars = Array.from(text);
  return chars.length <= length ? text : `${chars.slice(0, length - 1).join('').trimEnd()}…`;
}

/** @internal The typed core of {@link rfpExcerpt}. */
export function excerptOf(rfp: ParsedRfp, excerptLength: number): RfpExcerpt {
  // Redact before cutting, so that a cut never leaves half an address behind.
  return Object.freeze({
    id: rfp.id,
    title: redactContact(rfp.title, rfp.contact),
    summary: cut(redactContact(rfp.description, rfp.contact), excerptLength),
    topics: Object.freeze([...rfp.topics]),
    submittedAt: rfp.submittedAt.toISOString(),
    validUntil: rfp.validUntil.toISOString(),
  });
}

/**
 * The excerpt of a request that concerned partners receive (RFP-01). It never contains the
 * requester's contact details (RFP-02): no name, e-mail, phone or company, and e-mail addresses
 * and phone-like numbers in the title and description are replaced by `[hidden]`.
 *
 * @example
 * ```ts
 * rfpExcerpt(rfp);
 * // { id: 'rfp-1', title: 'WordPress shop', summary: 'We need a shop. Call [hidden].',
 * //   topics: ['wordpress'], submittedAt: '2026-11-23T09:00:00.000Z', validUntil: '2026-12-23T09:00:00.000Z' }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed request.
 */
export function rfpExcerpt(rfp: RequestForProposal, policy: Policy = defaultPolicy): RfpExcerpt {
  return excerptOf(parseInput(rfpSchema, rfp, 'request for proposal'), compilePartnersPolicy(policy).rfp.excerptLength);
}
