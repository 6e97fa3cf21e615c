import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { decide, HostPolicyError, type Decision, type Reason } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import {
  accessGrantSchema,
  clientIdSchema,
  invitationSchema,
  partnerIdSchema,
  partnershipRequestSchema,
  type ClientInvitation,
  type PartnerAccessGrant,
  type PartnerAccessGrantInput,
  type PartnerAccessRights,
  type PartnershipRequest,
} from './schema.js';

/**
 * One client's partnerships: which partner has which access (PAR-02..05). An immutable,
 * JSON-friendly value: `JSON.parse(JSON.stringify(state))` is accepted back by every function.
 * At most one grant per partner; at most one full grant; a full grant excludes limited ones;
 * limited grants cover disjoint products.
 */
export interface ClientAccess {
  readonly client: string;
  readonly grants: readonly PartnerAccessGrant[];
  /**
   * The invitations the client received and has not answered yet, one per partner (PAR-11):
   * the trusted copy that {@link acceptInvitation} compares a presented invitation with. Left
   * out while there is none.
   */
  readonly invitations?: readonly ClientInvitation[];
  /**
   * The partners the client added and that have not confirmed yet, one request per partner
   * (PAR-15): the trusted copy that {@link confirmPartnership} compares a presented request
   * with. A pending request grants nothing. Left out while there is none.
   */
  readonly requests?: readonly PartnershipRequest[];
}

/** The conflicts a grant would cause with the other partners' grants (PAR-03, PAR-05). */
export function grantConflicts(others: readonly PartnerAccessGrant[], grant: PartnerAccessGrant): Reason[] {
  const reasons: Reason[] = [];
  const full = others.find((g) => g.access === 'full');
  if (grant.access === 'full') {
    if (full !== undefined) {
      reasons.push({
        code: 'FULL_ACCESS_TAKEN',
        rule: 'PAR-05',
        message: `Partner ${full.partner} already has full access; a client gives full access to one partner at a time.`,
      });
    }
    const limited = others.filter((g) => g.access === 'limited').map((g) => g.partner);
    if (limited.length > 0) {
      reasons.push({
        code: 'LIMITED_PARTNERS_PRESENT',
        rule: 'PAR-05',
        message:
          `Full access is exclusive, but ${limited.join(', ')} still ${limited.length === 1 ? 'has' : 'have'} limited access; revoke ` +
          `${limited.length === 1 ? 'it' : 'them'} first.`,
      });
    }
    return reasons;
  }
  if (full !== undefined) {
    reasons.push({
      code: 'FULL_ACCESS_PRESENT',
      rule: 'PAR-05',
      message: `Partner ${full.partner} has full access and already manages every product; no other partner can be added.`,
    });
  }
  for (const other of others) {
    if (other.access !== 'limited') continue;
    const shared = grant.products.filter((p) => other.products.includes(p));
    if (shared.length > 0) {
      reasons.push({
        code: 'PRODUCT_ALREADY_MANAGED',
        rule: 'PAR-03',
        message: `${shared.join(', ')} ${shared.length === 1 ? 'is' : 'are'} already managed by partner ${other.partner}.`,
      });
    }
  }
  return reasons;
}

function freezeGrant(grant: PartnerAccessGrant): PartnerAccessGrant {
  return Object.freeze(grant.access === 'full' ? { ...grant } : { ...grant, products: Object.freeze([...grant.products]) });
}

/**
 * States built here: deeply frozen and valid by construction, so they need no parsing when they
 * come back (a JSON copy from storage is parsed as any other input).
 */
const madeHere = new WeakSet<object>();

function freezeInvitation(invitation: ClientInvitation): ClientInvitation {
  return Object.freeze({ ...invitation, requested: freezeRights(invitation.requested) });
}

/** @internal Rights, frozen (the products list too). */
export function freezeRights(rights: PartnerAccessRights): PartnerAccessRights {
  return Object.freeze(rights.access === 'full' ? { ...rights } : { ...rights, products: Object.freeze([...rights.products]) });
}

/** @internal Whether two rights are the same (same kind, same payment mode or same products). */
export function sameRights(a: PartnerAccessRights, b: PartnerAccessRights): boolean {
  if (a.access === 'full') return b.access === 'full' && a.paymentMode === b.paymentMode;
  return b.access === 'limited' && a.products.length === b.products.length && a.products.every((p, i) => p === b.products[i]);
}

function freezeRequest(request: PartnershipRequest): PartnershipRequest {
  return Object.freeze({ ...request, rights: freezeRights(request.rights) });
}

/**
 * @internal Builds a deeply frozen state (`invitations` and `requests` left out when there is
 * none).
 */
export function makeState(
  client: string,
  grants: readonly PartnerAccessGrant[],
  invitations: readonly ClientInvitation[] = [],
  requests: readonly PartnershipRequest[] = [],
): ClientAccess {
  const frozenGrants = Object.freeze(grants.map(freezeGrant));
  const state: {
    client: string;
    grants: readonly PartnerAccessGrant[];
    invitations?: readonly ClientInvitation[];
    requests?: readonly PartnershipRequest[];
  } = { client, grants: frozenGrants };
  if (invitations.length > 0) state.invitations = Object.freeze(invitations.map(freezeInvitation));
  if (requests.length > 0) state.requests = Object.freeze(requests.map(freezeRequest));
  Object.freeze(state);
  madeHere.add(state);
  return state;
}

/**
 * @internal A copy of `state` with some parts replaced; every part not named is carried over,
 * so that no operation drops pending invitations or partnership requests by omission.
 */
export function updateState(
  state: ClientAccess,
  parts: { grants?: readonly PartnerAccessGrant[]; invitations?: readonly ClientInvitation[]; requests?: readonly PartnershipRequest[] },
): ClientAccess {
  return makeState(
    state.client,
    parts.grants ?? state.grants,
    parts.invitations ?? pendingInvitations(state),
    parts.requests ?? pendingRequests(state),
  );
}

/** The pending invitations of a state (none when the field is left out). */
export function pendingInvitations(state: ClientAccess): readonly ClientInvitation[] {
  return state.invitations ?? [];
}

/** The pending partnership requests of a state (none when the field is left out). */
export function pendingRequests(state: ClientAccess): readonly PartnershipRequest[] {
  return state.requests ?? [];
}

/** The invariants in one pass: partners named once, full access alone, products disjoint. */
function consistent(grants: readonly PartnerAccessGrant[]): boolean {
  const partners = new Set<string>();
  const products = new Set<string>();
  for (const g of grants) {
    if (partners.has(g.partner)) return false;
    partners.add(g.partner);
    if (g.access === 'full') {
      if (grants.length > 1) return false;
      continue;
    }
    for (const p of g.products) {
      if (products.has(p)) return false;
      products.add(p);
    }
  }
  return true;
}

/** Pending invitations (or partnership requests): each for this client, one per partner. */
function consistentInvitations(client: string, invitations: readonly { partner: string; client: string }[]): boolean {
  const partners = new Set<string>();
  for (const inv of invitations) {
    if (inv.client !== client || partners.has(inv.partner)) return false;
    partners.add(inv.partner);
  }
  return true;
}

/** zod schema of a {@link ClientAccess}, including its invariants; the output is frozen. */
export const clientAccessSchema = z.pipe(
  strictObject({
    client: clientIdSchema,
    grants: z.array(accessGrantSchema),
    invitations: z.optional(z.array(invitationSchema)),
    requests: z.optional(z.array(partnershipRequestSchema)),
  }).check(
    z.refine((s) => consistent(s.grants), {
      message:
        'grants must name each partner once, give full access to one partner alone and keep limited products disjoint (PAR-03, PAR-05)',
      path: ['grants'],
    }),
    z.refine((s) => consistentInvitations(s.client, s.invitations ?? []), {
      message: 'pending invitations must be for this client, one per partner (PAR-11)',
      path: ['invitations'],
    }),
    z.refine((s) => consistentInvitations(s.client, s.requests ?? []), {
      message: 'pending partnership requests must be for this client, one per partner (PAR-15)',
      path: ['requests'],
    }),
  ),
  z.transform(
    (s): ClientAccess =>
      makeState(
        s.client,
        s.grants,
        (s.invitations ?? []).map((inv) => ({ ...inv, invitedAt: inv.invitedAt.toISOString() })),
        (s.requests ?? []).map((req) => ({ ...req, requestedAt: req.requestedAt.toISOString() })),
      ),
  ),
);

/** @internal Parses a state argument. */
export function parseClientAccess(state: unknown): ClientAccess {
  if (typeof state === 'object' && state !== null && madeHere.has(state)) return state as ClientAccess;
  return parseInput(clientAccessSchema, state, 'client access');
}

/**
 * The partnerships of a client that has none yet.
 *
 * @example
 * ```ts
 * emptyClientAccess('acme'); // { client: 'acme', grants: [] }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for an empty client id.
 */
export function emptyClientAccess(client: string): ClientAccess {
  return makeState(parseInput(clientIdSchema, client, 'client id'), []);
}

/**
 * Tells whether the client can give this grant now, listing every conflict (PAR-03, PAR-05).
 * A grant to a partner that already has one replaces it, so it is checked against the others.
 *
 * @example
 * ```ts
 * const s = grantAccess(emptyClientAccess('acme'), { partner: 'p1', access: 'limited', products: ['site'] });
 * canGrantAccess(s, { partner: 'p2', access: 'limited', products: ['site'] });
 * // { allowed: false, reasons: [{ code: 'PRODUCT_ALREADY_MANAGED', rule: 'PAR-03', ... }] }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed state or grant.
 */
export function canGrantAccess(state: ClientAccess, grant: PartnerAccessGrantInput): Decision {
  const s = parseClientAccess(state);
  const g = parseInput(accessGrantSchema, grant, 'access grant');
  return decide(
    grantConflicts(
      s.grants.filter((o) => o.partner !== g.partner),
      g,
    ),
  );
}

/**
 * Gives a partner limited access to some products (PAR-02) or full access with a payment mode
 * (PAR-04). A grant to a partner that already has one replaces it (e.g. limited → full).
 *
 * @example
 * ```ts
 * const s = grantAccess(emptyClientAccess('acme'), { partner: 'p1', access: 'full', paymentMode: 'client' });
 * s.grants; // [{ partner: 'p1', access: 'full', paymentMode: 'client' }]
 * ```
 * @throws HostPolicyError `ACCESS_CONFLICT` (rule PAR-05 or PAR-03; `details.reasons` lists every
 *   conflict) when another partner has full access, when full access is asked while others have
 *   limited access, or when a product is already managed by another partner.
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed state or grant (empty partner id,
 *   no products).
 */
export function grantAccess(state: ClientAccess, grant: PartnerAccessGrantInput): ClientAccess {
  return grantAccessTo(parseClientAccess(state), parseInput(accessGrantSchema, grant, 'access grant'));
}

/** @internal The typed core of {@link grantAccess}. */
export function grantAccessTo(state: ClientAccess, grant: PartnerAccessGrant): ClientAccess {
  const others = state.grants.filter((g) => g.partner !== grant.partner);
  const [first, ...rest] = grantConflicts(others, grant);
  if (first !== undefined) {
    throw new HostPolicyError('ACCESS_CONFLICT', first.message, {
      rule: first.rule,
      details: { client: state.client, partner: grant.partner, conflict: first.code, reasons: [first, ...rest] },
    });
  }
  const index = state.grants.findIndex((g) => g.partner === grant.partner);
  const grants = index < 0 ? [...state.grants, grant] : state.grants.map((g, i) => (i === index ? grant : g));
  return updateState(state, { grants });
}

/**
 * Ends a partner's access (either kind). Revoking a partner that has no access changes nothing.
 *
 * @example
 * ```ts
 * revokeAccess(grantAccess(emptyClientAccess('acme'), { partner: 'p1', access: 'full', paymentMode: 'client' }), 'p1');
 * // { client: 'acme', grants: [] }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed state or an empty partner id.
 */
export function revokeAccess(state: ClientAccess, partner: string): ClientAccess {
  return revokeAccessOf(parseClientAccess(state), parseInput(partnerIdSchema, partner, 'partner id'));
}

/** @internal The typed core of {@link revokeAccess}. */
export function revokeAccessOf(state: ClientAccess, partner: string): ClientAccess {
  if (!state.grants.some((g) => g.partner === partner)) return state;
  return updateState(state, { grants: state.grants.filter((g) => g.partner !== partner) });
}

/** The grant of one partner, if it has one. */
export function grantOf(state: ClientAccess, partner: string): PartnerAccessGrant | undefined {
  return state.grants.find((g) => g.partner === partner);
}
