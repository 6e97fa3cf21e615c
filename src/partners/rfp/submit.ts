import { addDays } from 'date-fns';
import { tz } from '@date-fns/tz';
import { parseInput } from '../../internal/parse.js';
import { compilePartnersPolicy } from '../compiledPolicy.js';
import { PARTNERS_DEFAULTS, type PartnersPolicyParts } from '../policyParts.js';
import { excerptOf, type RfpExcerpt } from './excerpt.js';
import { recipientsSchema, type RequestForProposal, type RfpRecipient, type RfpSubmission, submissionSchema, rfpSchema } from './schema.js';

/** What {@link submitRfp} returns: the request to store and the excerpt for each concerned partner. */
export interface RfpSubmitted {
  readonly rfp: RequestForProposal;
  readonly excerpts: readonly { readonly partner: string; readonly excerpt: RfpExcerpt }[];
}

/**
 * Anyone submits a request for proposal, free of charge (RFP-01): there is no fee and no account
 * check. Every partner of the directory that wishes to receive one of the request's topics is
 * concerned and receives the excerpt. The request stays valid until the requester deletes it
 * (RFP-03: the sources give no period), so `validUntil` is `null`; with a number of
 * `partners.rfp.validityDays` in the policy it expires that many calendar days later in
 * `partners.rfp.timeZone`.
 *
 * @example
 * ```ts
 * const { rfp, excerpts } = submitRfp(
 *   { id: 'rfp-1', title: 'WordPress shop', description: 'We need a shop.', topics: ['wordpress'],
 *     contact: { name: 'Ana', email: 'ana@example.ch' }, deleteToken: 'a-long-random-secret', at: '2026-11-23T09:00:00Z' },
 *   [{ partner: 'p1', topics: ['wordpress'] }, { partner: 'p2', topics: ['mail'] }],
 * );
 * rfp.validUntil;                  // null (valid until deleted)
 * excerpts.map((e) => e.partner);  // ['p1']
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a missing title, description, topic or contact
 *   e-mail, a malformed phone, a short deletion token, or an invalid instant.
 */
export function submitRfp(
  submission: RfpSubmission,
  directory: readonly RfpRecipient[],
  policy: PartnersPolicyParts = PARTNERS_DEFAULTS,
): RfpSubmitted {
  const s = parseInput(submissionSchema, submission, 'request for proposal', 'RFP-01');
  const partners = parseInput(recipientsSchema, directory, 'partner directory', 'RFP-01');
  const { validityDays, timeZone } = compilePartnersPolicy(policy).rfp;
  const topics = [...new Set(s.topics)];
  const recipients = [...new Set(partners.filter((p) => p.topics.some((t) => topics.includes(t))).map((p) => p.partner))];
  // Calendar days in the provider's zone: 30 days after 09:00 is 09:00 again, across DST.
  const validUntil = validityDays === null ? null : new Date(addDays(s.at, validityDays, { in: tz(timeZone) }).getTime());
  const rfp: RequestForProposal = Object.freeze({
    id: s.id,
    title: s.title,
    description: s.description,
    topics: Object.freeze(topics),
    contact: Object.freeze({ ...s.contact }),
    deleteToken: s.deleteToken,
    recipients: Object.freeze(recipients),
    submittedAt: s.at.toISOString(),
    validUntil: validUntil === null ? null : validUntil.toISOString(),
    deletedAt: null,
  });
  const excerpt = excerptOf(parseInput(rfpSchema, rfp, 'request for proposal'), policy);
  return { rfp, excerpts: Object.freeze(recipients.map((partner) => Object.freeze({ partner, excerpt }))) };
}
