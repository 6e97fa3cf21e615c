import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { HostPolicyError } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import {
  deleteRfp,
  submitRfp,
  type RequestForProposal,
  type RfpExcerpt,
  type RfpRecipient,
  type RfpSubmission,
} from '../partners/index.js';
import { excerptOf } from '../partners/rfp/excerpt.js';
import { rfpSchema } from '../partners/rfp/schema.js';
import { defaultPolicy, type Policy } from '../policy/index.js';
import type { Ports, StoredRfp } from '../ports/ports.js';
import { isVersionConflict, type Versioned } from '../ports/repository.js';
import { retryOnConflict } from './retry.js';
import { keySchema, notFound, requirePorts } from './schema.js';

const submitRequestSchema = strictObject({
  submission: z.custom<object>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'must be a request for proposal'),
  directory: z.array(z.unknown()),
});

/** The ports the request-for-proposal services use. */
export type RfpPorts = Pick<Ports, 'rfps' | 'clock'>;

/** One excerpt to send: to whom, what. */
export type RfpDelivery = { readonly partner: string; readonly excerpt: RfpExcerpt };

/** The fields of a submission: the same ones again are the same request. */
const SUBMITTED = ['id', 'title', 'description', 'topics', 'contact', 'deleteToken'] as const;

/** JSON with the keys of every object sorted: a store (PostgreSQL `jsonb`) need not keep key order. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    typeof x === 'object' && x !== null && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );
}

/**
 * The excerpts of a stored request asked for again (the retry of a call whose answer was lost, or
 * a repeat: they cannot be told apart): those the first call returned, rebuilt from what it stored
 * (its recipients, its instant), so that every partner concerned gets its excerpt (RFP-01). None
 * when the submission differs from the stored one, or when the requester deleted it since (RFP-03).
 */
function excerptsAgain(stored: RequestForProposal, asked: RequestForProposal, policy: Policy): readonly RfpDelivery[] {
  const rfp = parseInput(rfpSchema, stored, 'stored request for proposal', 'RFP-01');
  if (rfp.deletedAt !== null || SUBMITTED.some((k) => canonical(rfp[k]) !== canonical(asked[k]))) return [];
  const excerpt = excerptOf(rfp, policy);
  return Object.freeze(rfp.recipients.map((partner) => Object.freeze({ partner, excerpt })));
}

/**
 * Submits a request for proposal now (RFP-01), stores it under the requester's e-mail and returns
 * the excerpts to send to the concerned partners. Idempotent: the same submission again (a retry
 * after a lost answer, DESIGN principle 11) stores nothing and returns the same excerpts, those
 * of the first call (same recipients, same `submittedAt`): send each at most once per request id
 * and partner. The same id and deletion token with other contents, or after the requester deleted
 * the request, returns the stored request with no excerpts.
 *
 * @example
 * ```ts
 * const { excerpts } = await submitStoredRfp(ports, { submission, directory: [{ partner: 'p1', topics: ['wordpress'] }] });
 * excerpts.map((e) => e.partner); // ['p1']
 * ```
 * @throws HostPolicyError `RFP_EXISTS` for an id used by another request; InvalidInputError (`INVALID_INPUT`).
 */
export async function submitStoredRfp(
  ports: RfpPorts,
  request: { readonly submission: Omit<RfpSubmission, 'at'>; readonly directory: readonly RfpRecipient[] },
  policy: Policy = defaultPolicy,
): Promise<{ record: Versioned<StoredRfp>; excerpts: readonly RfpDelivery[] }> {
  requirePorts(ports, ['rfps', 'clock']);
  parseInput(submitRequestSchema, request, 'submission request', 'RFP-01');
  const { rfp, excerpts } = submitRfp({ ...request.submission, at: ports.clock.now() }, request.directory, policy);
  try {
    return { record: await ports.rfps.put({ id: rfp.id, owner: rfp.contact.email, rfp }, 0), excerpts };
  } catch (e) {
    if (!isVersionConflict(e)) throw e;
    const existing = await ports.rfps.get(rfp.id);
    if (existing !== undefined && existing.value.rfp.deleteToken === rfp.deleteToken)
      return { record: existing, excerpts: excerptsAgain(existing.value.rfp, rfp, policy) };
    throw new HostPolicyError('RFP_EXISTS', `Request for proposal ${rfp.id} already exists.`, { rule: 'RFP-01', details: { id: rfp.id } });
  }
}

/**
 * Deletes a stored request for proposal now through its deletion link (RFP-03): from then on no
 * partner can open it. The token (the link's secret) is required. Idempotent: deleting again
 * keeps the first deletion instant.
 *
 * @example
 * ```ts
 * (await deleteStoredRfp(ports, { id: 'rfp-1', token: 'a-long-random-secret' })).value.rfp.deletedAt; // now, as an ISO string
 * ```
 * @throws HostPolicyError `RFP_TOKEN_INVALID` (RFP-03), `NOT_FOUND`; InvalidInputError (`INVALID_INPUT`).
 */
export async function deleteStoredRfp(
  ports: RfpPorts,
  request: { readonly id: string; readonly token: string },
): Promise<Versioned<StoredRfp>> {
  requirePorts(ports, ['rfps', 'clock']);
  const { id, token } = parseInput(
    strictObject({ id: keySchema, token: z.string().check(z.minLength(1, 'is required: the secret of the deletion link')) }),
    request,
    'deletion request',
    'RFP-03',
  );
  return retryOnConflict(async () => {
    const record = await ports.rfps.get(id);
    if (record === undefined) throw notFound('request for proposal', id);
    const deleted = deleteRfp(record.value.rfp, { at: ports.clock.now(), token });
    if (deleted.deletedAt === record.value.rfp.deletedAt) return record;
    return ports.rfps.put({ ...record.value, rfp: deleted }, record.version);
  });
}
