import { parseInput } from '../../internal/parse.js';
import { compilePartnersPolicy } from '../compiledPolicy.js';
import { PARTNERS_DEFAULTS, type PartnersPolicyParts } from '../policyParts.js';
import { redact } from './redact.js';
import { RFP_LIMITS, rfpSchema, type ParsedRfp, type RequestForProposal } from './schema.js';
import { excerptTopics } from './topics.js';

export { HIDDEN } from './redact.js';

/** What every concerned partner receives (RFP-01): never the requester's contact details (RFP-02). */
export interface RfpExcerpt {
  readonly id: string;
  /** The title with contact data replaced by `[hidden]`. */
  readonly title: string;
  /** The description with contact data replaced by `[hidden]`, then cut to the policy length. */
  readonly summary: string;
  /** The request's topics that the policy knows, in the policy's own spelling. */
  readonly topics: readonly string[];
  readonly submittedAt: string;
  /** `null` when the request has no expiry (RFP-03). */
  readonly validUntil: string | null;
}

function cut(text: string, length: number): string {
  const chars = Array.from(text);
  return chars.length <= length
    ? text
    : `${chars
        .slice(0, length - 1)
        .join('')
        .trimEnd()}…`;
}

/** @internal The typed core of {@link rfpExcerpt}. */
export function excerptOf(rfp: ParsedRfp, policy: PartnersPolicyParts): RfpExcerpt {
  const { excerptLength } = compilePartnersPolicy(policy).rfp;
  // Redact before cutting, so that a cut never leaves half an address behind. NFKC can lengthen
  // a text, so the redacted title is cut to the title's cap again.
  return Object.freeze({
    id: rfp.id,
    title: cut(redact(rfp.title, rfp.contact), RFP_LIMITS.title),
    summary: cut(redact(rfp.description, rfp.contact), excerptLength),
    topics: excerptTopics(rfp.topics, policy),
    submittedAt: rfp.submittedAt.toISOString(),
    validUntil: rfp.validUntil === null ? null : rfp.validUntil.toISOString(),
  });
}

/**
 * The excerpt of a request that concerned partners receive (RFP-01). Until a partner opens the
 * full request, nothing in it can identify or reach the requester (RFP-02 as clarified).
 *
 * What is capped: the stored request is read with the caps of a submission (title 200,
 * description 20,000, each topic 100 characters, 20 topics, contact fields), checked before any
 * other work, so a stored request of any size costs at most the time of a capped one.
 *
 * What is hidden (each piece becomes `[hidden]`), in the title and the description, after
 * normalising the text (NFKC; invisible characters, soft hyphens and combining marks removed;
 * `[at]`, `(at)`, ` at `, `＠`, `&#64;`, `%40` read as `@`, `[dot]`, `(dot)`, ` dot ` as `.`):
 * e-mail addresses; URLs and domain names; every run of 7 digits or more of any script with any
 * separators (phones, account numbers); IBANs, letters in the bank code included; streets with
 * their number and postcodes with their town; and the requester's own name, company (without
 * its legal form) and e-mail parts wherever they appear, compared without case or diacritics
 * ('ä', 'ae' and 'a' alike). Privacy wins over false positives: dates and amounts of 7 digits or
 * more, words next to an `@`, or a capitalised word after a 4-digit number are hidden too. The
 * description is redacted first, then cut to `partners.rfp.excerptLength` characters.
 *
 * Topics are never echoed: the excerpt names those of the policy's list
 * (`partners.rfp.topics`) that the request's topics match (trimmed, NFKC, case-folded), in the
 * list's spelling; unknown topics are left out.
 *
 * @example
 * ```ts
 * rfpExcerpt(rfp);
 * // { id: 'rfp-1', title: 'WordPress shop', summary: 'We need a shop. Call [hidden].',
 * //   topics: ['wordpress'], submittedAt: '2026-11-23T09:00:00.000Z', validUntil: null }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed request, or one whose fields exceed their caps.
 */
export function rfpExcerpt(rfp: RequestForProposal, policy: PartnersPolicyParts = PARTNERS_DEFAULTS): RfpExcerpt {
  return excerptOf(parseInput(rfpSchema, rfp, 'request for proposal'), policy);
}
