import { HostPolicyError } from '../errors.js';
import { strictObject } from '../internal/checks.js';
import { parseInput } from '../internal/parse.js';
import {
  freezeRights,
  grantAccessTo,
  parseClientAccess,
  pendingRequests,
  sameRights,
  updateState,
  type ClientAccess,
} from './clientAccess.js';
import {
  accessRightsSchema,
  instantSchema,
  partnerIdSchema,
  partnershipRequestSchema,
  type PartnerAccessGrant,
  type PartnerAccessRights,
  type PartnerAccessRightsInput,
  type PartnershipRequest,
} from './schema.js';

export { partnershipRequestSchema, type PartnershipRequest };

/** What {@link addPartner} needs: the partner, the rights the client offers, and when. */
export interface AddPartnerRequest {
  readonly partner: string;
  readonly rights: PartnerAccessRightsInput;
  readonly at: Date | string;
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const addPartnerSchema = strictObject({
  partner: partnerIdSchema,
  rights: accessRightsSchema,
  at: instantSchema,
});

/** The request as stored: instants as ISO strings, rights frozen. */
function requestOf(parsed: { client: string; partner: string; rights: PartnerAccessRights; requestedAt: Date }): PartnershipRequest {
  return Object.freeze({
    client: parsed.client,
    partner: parsed.partner,
    rights: freezeRights(parsed.rights),
    requestedAt: parsed.requestedAt.toISOString(),
  });
}

/** Same client, partner, rights and instant: the request the client made, unedited. */
function sameRequest(a: PartnershipRequest, b: PartnershipRequest): boolean {
  return a.client === b.client && a.partner === b.partner && a.requestedAt === b.requestedAt && sameRights(a.rights, b.rights);
}

/**
 * The client adds a partner, offering it limited or full access (PAR-15). Nothing is granted yet:
 * the state keeps the request as pending, and the returned `request` is what the provider
 * e-mails to the partner, whose confirmation link brings it back to
 * {@link confirmPartnership}. A newer request to the same partner replaces the older one; a
 * partner that already has access keeps it, unchanged, until it confirms. Conflicts with other
 * partners (PAR-03, PAR-05) are checked when the partner confirms, the moment the grant is made.
 *
 * @example
 * ```ts
 * const { state, request } = addPartner(emptyClientAccess('acme'),
 *   { partner: 'agency', rights: { access: 'limited', products: ['shop'] }, at: '2026-11-23T09:00:00Z' });
 * request; // { client: 'acme', partner: 'agency', rights: { access: 'limited', products: ['shop'] },
 *          //   requestedAt: '2026-11-23T09:00:00.000Z' }
 * state.grants; // [] (PAR-15: nothing until the partner confirms)
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed state, an empty partner id,
 *   malformed rights or an invalid instant.
 */
export function addPartner(state: ClientAccess, req: AddPartnerRequest): { state: ClientAccess; request: PartnershipRequest } {
  const s = parseClientAccess(state);
  const r = parseInput(addPartnerSchema, req, 'partnership request', 'PAR-15');
  const request = requestOf({ client: s.client, partner: r.partner, rights: r.rights, requestedAt: r.at });
  const next = updateState(s, { requests: [...pendingRequests(s).filter((p) => p.partner !== r.partner), request] });
  return { state: next, request: next.requests?.find((p) => p.partner === r.partner) ?? request };
}

/**
 * The partner confirms a client's request, from the link of the e-mail it received (PAR-15): the
 * partnership takes effect now, with the rights the client offered. Only a request the client
 * made and that is still pending is confirmed, exactly as stored: a request edited on its way
 * (other rights, another partner, another instant), never made, already confirmed or replaced by
 * a newer one is refused. The grant goes through {@link grantAccess}'s checks; the request is no
 * longer pending after.
 *
 * @example
 * ```ts
 * const { state, request } = addPartner(emptyClientAccess('acme'),
 *   { partner: 'agency', rights: { access: 'full', paymentMode: 'client' }, at: '2026-11-23T09:00:00Z' });
 * confirmPartnership(state, request).grant; // { partner: 'agency', access: 'full', paymentMode: 'client' }
 * confirmPartnership(state, { ...request, rights: { access: 'full', paymentMode: 'partner' } });
 * // throws PARTNERSHIP_NOT_PENDING
 * ```
 * @throws HostPolicyError `PARTNERSHIP_CLIENT_MISMATCH` (PAR-15) when the request is another client's.
 * @throws HostPolicyError `PARTNERSHIP_NOT_PENDING` (PAR-15) when the client has no such request
 *   waiting (edited, never made, replaced or already confirmed).
 * @throws HostPolicyError `ACCESS_CONFLICT` (PAR-03, PAR-05) as {@link grantAccess}.
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed state or request.
 */
export function confirmPartnership(state: ClientAccess, request: PartnershipRequest): { state: ClientAccess; grant: PartnerAccessGrant } {
  const s = parseClientAccess(state);
  const req = requestOf(parseInput(partnershipRequestSchema, request, 'partnership request', 'PAR-15'));
  if (req.client !== s.client) {
    throw new HostPolicyError('PARTNERSHIP_CLIENT_MISMATCH', `This partnership request is client ${req.client}'s, not ${s.client}'s.`, {
      rule: 'PAR-15',
      details: { request: req.client, client: s.client },
    });
  }
  const pending = pendingRequests(s);
  if (!pending.some((p) => sameRequest(p, req))) {
    throw new HostPolicyError(
      'PARTNERSHIP_NOT_PENDING',
      `Client ${s.client} has no such request to partner ${req.partner} waiting: it was edited, never made, replaced or already confirmed.`,
      { rule: 'PAR-15', details: { client: s.client, partner: req.partner } },
    );
  }
  const withGrant = grantAccessTo(s, { partner: req.partner, ...req.rights });
  const next = updateState(withGrant, { requests: pending.filter((p) => p.partner !== req.partner) });
  const grant = next.grants.find((g) => g.partner === req.partner) as PartnerAccessGrant;
  return { state: next, grant };
}
