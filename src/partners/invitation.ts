import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { HostPolicyError } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import { grantAccessTo, parseClientAccess, type ClientAccess } from './clientAccess.js';
import {
  accessRightsSchema,
  clientIdSchema,
  instantSchema,
  partnerIdSchema,
  partnerRoleSchema,
  type PartnerAccessGrant,
  type PartnerAccessRights,
  type PartnerAccessRightsInput,
  type PartnerRole,
} from './schema.js';

/** A partner's request for rights on a client's account, waiting for the client (PAR-11). */
export interface ClientInvitation {
  readonly partner: string;
  readonly client: string;
  readonly requested: PartnerAccessRights;
  /** ISO 8601 instant (UTC) of the request. */
  readonly invitedAt: string;
}

/** What {@link inviteClient} needs. */
export interface InviteClientRequest {
  readonly partner: string;
  /** The role of the partner's person who sends the invitation. */
  readonly role: PartnerRole;
  readonly client: string;
  readonly requested: PartnerAccessRightsInput;
  readonly at: Date | string;
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const inviteSchema = strictObject({
  partner: partnerIdSchema,
  role: partnerRoleSchema,
  client: clientIdSchema,
  requested: accessRightsSchema,
  at: instantSchema,
});

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const invitationSchema = strictObject({
  partner: partnerIdSchema,
  client: clientIdSchema,
  requested: accessRightsSchema,
  invitedAt: instantSchema,
});

/**
 * A partner's legal representative asks a client for access rights (PAR-11). Nothing is granted
 * until the client accepts with {@link acceptInvitation}.
 *
 * @example
 * ```ts
 * inviteClient({ partner: 'p1', role: 'legal-representative', client: 'acme',
 *                requested: { access: 'full', paymentMode: 'partner' }, at: '2026-11-23T09:00:00Z' });
 * // { partner: 'p1', client: 'acme', requested: { access: 'full', paymentMode: 'partner' },
 * //   invitedAt: '2026-11-23T09:00:00.000Z' }
 * ```
 * @throws HostPolicyError `LEGAL_REPRESENTATIVE_REQUIRED` (PAR-11) when the sender is an
 *   administrator or staff member.
 * @throws InvalidInputError (`INVALID_INPUT`) for empty ids, unknown roles or rights, an invalid instant.
 */
export function inviteClient(req: InviteClientRequest): ClientInvitation {
  const r = parseInput(inviteSchema, req, 'client invitation', 'PAR-11');
  if (r.role !== 'legal-representative') {
    throw new HostPolicyError('LEGAL_REPRESENTATIVE_REQUIRED', `Only a legal representative of the partner organisation can add clients, not a person with the role ${r.role}.`, {
      rule: 'PAR-11',
      details: { partner: r.partner, role: r.role },
    });
  }
  return Object.freeze({ partner: r.partner, client: r.client, requested: freezeRights(r.requested), invitedAt: r.at.toISOString() });
}

function freezeRights(rights: PartnerAccessRights): PartnerAccessRights {
  return Object.freeze(rights.access === 'full' ? { ...rights } : { ...rights, products: Object.freeze([...rights.products]) });
}

/**
 * The client accepts an invitation, granting the rights requested or other rights of its choice
 * (PAR-11); what it grants is what counts. The grant goes through {@link grantAccess}'s checks.
 *
 * @example
 * ```ts
 * const inv = inviteClient({ partner: 'p1', role: 'legal-representative', client: 'acme',
 *                            requested: { access: 'full', paymentMode: 'partner' }, at: '2026-11-23T09:00:00Z' });
 * const { grant } = acceptInvitation(emptyClientAccess('acme'), inv, { access: 'limited', products: ['site'] });
 * grant; // { partner: 'p1', access: 'limited', products: ['site'] }
 * ```
 * @throws HostPolicyError `INVITATION_CLIENT_MISMATCH` (PAR-11) when the invitation is for another client.
 * @throws HostPolicyError `ACCESS_CONFLICT` (PAR-03, PAR-05) as {@link grantAccess}.
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed state, invitation or rights.
 */
export function acceptInvitation(
  state: ClientAccess,
  invitation: ClientInvitation,
  granted?: PartnerAccessRightsInput,
): { state: ClientAccess; grant: PartnerAccessGrant } {
  const s = parseClientAccess(state);
  const inv = parseInput(invitationSchema, invitation, 'client invitation', 'PAR-11');
  const rights = granted === undefined ? inv.requested : parseInput(accessRightsSchema, granted, 'granted rights', 'PAR-11');
  if (inv.client !== s.client) {
    throw new HostPolicyError('INVITATION_CLIENT_MISMATCH', `This invitation is for client ${inv.client}, not ${s.client}.`, {
      rule: 'PAR-11',
      details: { invitation: inv.client, client: s.client },
    });
  }
  const grant: PartnerAccessGrant = { partner: inv.partner, ...rights };
  const next = grantAccessTo(s, grant);
  const stored = next.grants.find((g) => g.partner === inv.partner) as PartnerAccessGrant;
  return { state: next, grant: stored };
}
