import * as z from 'zod/mini';
import { strictObject } from '../../internal/checks.js';
import { decide, HostPolicyError, type Decision, type Reason, type SharedCode } from '../../errors.js';
import { parseInput } from '../../internal/parse.js';
import { instantSchema, partnerIdSchema } from '../schema.js';
import { rfpSchema, type ParsedRfp, type RequestForProposal, type RfpContact } from './schema.js';

/** The full request a partner sees while it is valid (RFP-02): with the contact details. */
export interface RfpFullView {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly topics: readonly string[];
  readonly contact: RfpContact;
  readonly submittedAt: string;
  /** `null` when the request has no expiry (RFP-03). */
  readonly validUntil: string | null;
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const openSchema = strictObject({ partner: partnerIdSchema, at: instantSchema });
/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const deleteSchema = strictObject({
  at: instantSchema,
  token: z.string().check(z.minLength(1, 'is required: the secret of the deletion link')),
});

/** @internal Every reason why `partner` cannot open the request at `at`. */
export function openReasons(rfp: ParsedRfp, partner: string, at: Date): Reason<SharedCode>[] {
  const reasons: Reason<SharedCode>[] = [];
  // Deletion has immediate and final effect (RFP-03), whatever instant is asked about.
  if (rfp.deletedAt !== null) {
    reasons.push({ code: 'RFP_DELETED', rule: 'RFP-03', message: 'The requester deleted this request; it is no longer visible.' });
  }
  if (rfp.validUntil !== null && at.getTime() >= rfp.validUntil.getTime()) {
    reasons.push({ code: 'RFP_EXPIRED', rule: 'RFP-03', message: `This request was valid until ${rfp.validUntil.toISOString()}.` });
  }
  if (at.getTime() < rfp.submittedAt.getTime()) {
    reasons.push({
      code: 'RFP_NOT_YET_SUBMITTED',
      rule: 'RFP-02',
      message: `This request was submitted at ${rfp.submittedAt.toISOString()}, after the instant asked about.`,
    });
  }
  if (!rfp.recipients.includes(partner)) {
    reasons.push({
      code: 'RFP_NOT_ADDRESSED',
      rule: 'RFP-01',
      message: `Partner ${partner} is not among the partners concerned by this request.`,
    });
  }
  return reasons;
}

/**
 * Tells whether a partner can open the full request now, listing every reason if not
 * (RFP-01..03): it must be one of the concerned partners, and the request neither deleted nor
 * expired. A request with `validUntil: null` (the default policy) never expires.
 *
 * @example
 * ```ts
 * canOpenRfp(rfp, { partner: 'p1', at: '2027-01-30T00:00:00Z' }); // { allowed: true } (no expiry by default)
 * canOpenRfp(rfp, { partner: 'p9', at: '2027-01-30T00:00:00Z' });
 * // { allowed: false, reasons: [{ code: 'RFP_NOT_ADDRESSED', rule: 'RFP-01', ... }] }
 * // With definePolicy({ partners: { rfp: { validityDays: 30 } } }) at submission, the request
 * // submitted on 2026-11-23 is RFP_EXPIRED (RFP-03) from 2026-12-23.
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed request, an empty partner id or an invalid instant.
 */
export function canOpenRfp(rfp: RequestForProposal, req: { partner: string; at: Date | string }): Decision {
  const r = parseInput(rfpSchema, rfp, 'request for proposal');
  const q = parseInput(openSchema, req, 'open request', 'RFP-02');
  return decide(openReasons(r, q.partner, q.at));
}

/**
 * A concerned partner opens the full request, with the requester's contact details (RFP-02).
 * Denials throw, always: use {@link canOpenRfp} to ask first.
 *
 * @example
 * ```ts
 * openRfp(rfp, { partner: 'p1', at: '2026-11-24T08:00:00Z' }).contact.email; // 'ana@example.ch'
 * ```
 * @throws HostPolicyError `RFP_DELETED` (RFP-03), `RFP_EXPIRED` (RFP-03), `RFP_NOT_YET_SUBMITTED`
 *   (RFP-02) or `RFP_NOT_ADDRESSED` (RFP-01); the first reason gives the code, `details.reasons` lists all.
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed request, an empty partner id or an invalid instant.
 */
export function openRfp(rfp: RequestForProposal, req: { partner: string; at: Date | string }): RfpFullView {
  const r = parseInput(rfpSchema, rfp, 'request for proposal');
  const q = parseInput(openSchema, req, 'open request', 'RFP-02');
  const [first, ...rest] = openReasons(r, q.partner, q.at);
  if (first !== undefined) {
    throw new HostPolicyError(first.code, first.message, {
      rule: first.rule,
      details: { rfp: r.id, partner: q.partner, reasons: [first, ...rest] },
    });
  }
  return Object.freeze({
    id: r.id,
    title: r.title,
    description: r.description,
    topics: Object.freeze([...r.topics]),
    contact: Object.freeze({ ...r.contact }),
    submittedAt: r.submittedAt.toISOString(),
    validUntil: r.validUntil === null ? null : r.validUntil.toISOString(),
  });
}

/**
 * The requester deletes the request through the link e-mailed at submission (RFP-03: "This email
 * contains a link to cancel your request for proposal. Be aware that the effect is immediate.").
 * The `token` (the link's secret) is required: from then on no partner can open the request.
 * Deleting twice keeps the first deletion instant.
 *
 * @example
 * ```ts
 * const deleted = deleteRfp(rfp, { at: '2026-11-24T10:00:00Z', token: 'a-long-random-secret' });
 * deleted.deletedAt; // '2026-11-24T10:00:00.000Z'
 * ```
 * @throws HostPolicyError `RFP_TOKEN_INVALID` (RFP-03) when the token is not the link's.
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed request, an invalid instant or a
 *   missing token.
 */
export function deleteRfp(rfp: RequestForProposal, req: { at: Date | string; token: string }): RequestForProposal {
  const r = parseInput(rfpSchema, rfp, 'request for proposal');
  const q = parseInput(deleteSchema, req, 'delete request', 'RFP-03');
  if (q.token !== r.deleteToken) {
    throw new HostPolicyError('RFP_TOKEN_INVALID', 'This deletion link does not belong to the request.', {
      rule: 'RFP-03',
      details: { rfp: r.id },
    });
  }
  if (r.deletedAt !== null) return rfp;
  return Object.freeze({ ...rfp, deletedAt: q.at.toISOString() });
}
