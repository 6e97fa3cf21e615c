import { strictObject } from '../internal/checks.js';
import { HostPolicyError } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import {
  freezeRights,
  grantAccessTo,
  parseClientAccess,
  pendingInvitations,
  sameRights,
  updateState,
  type ClientAccess,
} from './clientAccess.js';
import {
  accessRightsSchema,
  clientIdSchema,
  instantSchema,
  invitationSchema,
  partnerIdSchema,
  partnerRoleSchema,
  type ClientInvitation,
  type PartnerAccessGrant,
  type PartnerAccessRights,
  type PartnerAccessRightsInput,
  type PartnerRole,
} from './schema.js';

export { invitationSchema, type ClientInvitation };

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
    throw new HostPolicyError(
      'LEGAL_REPRESENTATIVE_REQUIRED',
      `Only a legal representative of the partner organisation can add clients, not a person with the role ${r.role}.`,
      {
        rule: 'PAR-11',
        details: { partner: r.partner, role: r.role },
      },
    );
  }
  return Object.freeze({ partner: r.partner, client: r.client, requested: freezeRights(r.requested), invitedAt: r.at.toISOString() });
}

/** The invitation as stored: instants as ISO strings, rights frozen. */
function invitationOf(parsed: { partner: string; client: string; requested: PartnerAccessRights; invitedAt: Date }): ClientInvitation {
  return Object.freeze({
    partner: parsed.partner,
    client: parsed.client,
    requested: freezeRights(parsed.requested),
    invitedAt: parsed.invitedAt.toISOString(),
  });
}

function clientMismatch(invitation: ClientInvitation, client: string): HostPolicyError {
  return new HostPolicyError('INVITATION_CLIENT_MISMATCH', `This invitation is for client ${invitation.client}, not ${client}.`, {
    rule: 'PAR-11',
    details: { invitation: invitation.client, client },
  });
}

/** Same partner, client, rights and instant: the invitation the client received, unedited. */
function sameInvitation(a: ClientInvitation, b: ClientInvitation): boolean {
  return a.partner === b.partner && a.client === b.client && a.invitedAt === b.invitedAt && sameRights(a.requested, b.requested);
}

/**
 * Records an invitation as received by the client (PAR-11): the provider delivers what
 * {@link inviteClient} produced, and the client's state keeps it as the trusted copy until the
 * client answers. A newer invitation of the same partner replaces the older one.
 *
 * @example
 * ```ts
 * const inv = inviteClient({ partner: 'p1', role: 'legal-representative', client: 'acme',
 *                            requested: { access: 'full', paymentMode: 'partner' }, at: '2026-11-23T09:00:00Z' });
 * receiveInvitation(emptyClientAccess('acme'), inv).invitations; // [{ partner: 'p1', client: 'acme', … }]
 * ```
 * @throws HostPolicyError `INVITATION_CLIENT_MISMATCH` (PAR-11) when the invitation is for another client.
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed state or invitation.
 */
export function receiveInvitation(state: ClientAccess, invitation: ClientInvitation): ClientAccess {
  const s = parseClientAccess(state);
  const inv = invitationOf(parseInput(invitationSchema, invitation, 'client invitation', 'PAR-11'));
  if (inv.client !== s.client) throw clientMismatch(inv, s.client);
  return updateState(s, { invitations: [...pendingInvitations(s).filter((p) => p.partner !== inv.partner), inv] });
}

/**
 * The client accepts an invitation, granting the rights requested or other rights of its choice
 * (PAR-11); what it grants is what counts. The invitation must be one the client received
 * ({@link receiveInvitation}) and has not answered: it is bound to its partner, client, rights
 * and instant, so an invitation edited on its way (another partner, other rights) is refused.
 * The grant goes through {@link grantAccess}'s checks; the invitation is no longer pending after.
 *
 * @example
 * ```ts
 * const inv = inviteClient({ partner: 'p1', role: 'legal-representative', client: 'acme',
 *                            requested: { access: 'full', paymentMode: 'partner' }, at: '2026-11-23T09:00:00Z' });
 * const received = receiveInvitation(emptyClientAccess('acme'), inv);
 * const { grant } = acceptInvitation(received, inv, { access: 'limited', products: ['site'] });
 * grant; // { partner: 'p1', access: 'limited', products: ['site'] }
 * acceptInvitation(received, { ...inv, partner: 'p2' }); // throws INVITATION_NOT_PENDING
 * ```
 * @throws HostPolicyError `INVITATION_CLIENT_MISMATCH` (PAR-11) when the invitation is for another client.
 * @throws HostPolicyError `INVITATION_NOT_PENDING` (PAR-11) when the client has no such invitation
 *   waiting (edited, never received, or already answered).
 * @throws HostPolicyError `ACCESS_CONFLICT` (PAR-03, PAR-05) as {@link grantAccess}.
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed state, invitation or rights.
 */
export function acceptInvitation(
  state: ClientAccess,
  invitation: ClientInvitation,
  granted?: PartnerAccessRightsInput,
): { state: ClientAccess; grant: PartnerAccessGrant } {
  const s = parseClientAccess(state);
  const inv = invitationOf(parseInput(invitationSchema, invitation, 'client invitation', 'PAR-11'));
  const rights = granted === undefined ? inv.requested : parseInput(accessRightsSchema, granted, 'granted rights', 'PAR-11');
  if (inv.client !== s.client) throw clientMismatch(inv, s.client);
  const pending = pendingInvitations(s);
  if (!pending.some((p) => sameInvitation(p, inv))) {
    throw new HostPolicyError(
      'INVITATION_NOT_PENDING',
      `Client ${s.client} has no such invitation from partner ${inv.partner} waiting: it was edited, never received, or already answered.`,
      { rule: 'PAR-11', details: { client: s.client, partner: inv.partner } },
    );
  }
  const grant: PartnerAccessGrant = { partner: inv.partner, ...rights };
  const withGrant = grantAccessTo(s, grant);
  const next = updateState(withGrant, { invitations: pending.filter((p) => p.partner !== inv.partner) });
  const stored = next.grants.find((g) => g.partner === inv.partner) as PartnerAccessGrant;
  return { state: next, grant: stored };
}
