import { HostPolicyError } from '../errors.js';
import { strictObject } from '../internal/checks.js';
import { parseInput } from '../internal/parse.js';
import { grantAccessTo, grantOf, parseClientAccess, pendingRequests, updateState, type ClientAccess } from './clientAccess.js';
import { instantSchema, partnerIdSchema, productsSchema, type LimitedAccessGrant, type PartnerAccessGrant } from './schema.js';

/**
 * The event that ending a partnership yields (PAR-16): the grant revoked, and the instant from
 * which the partner has no access and its client's orders earn it nothing (pass `at` to
 * `incentiveFor` as `partnershipEndedAt`).
 */
export interface PartnershipEnded {
  readonly type: 'PartnershipEnded';
  readonly client: string;
  readonly partner: string;
  /** The grant the partner had until `at`. */
  readonly revoked: PartnerAccessGrant;
  readonly at: Date;
}

/** What {@link endPartnership} needs. */
export interface EndPartnershipRequest {
  readonly partner: string;
  readonly at: Date | string;
}

/** What {@link addProductAccess} and {@link removeProductAccess} need. */
export interface ProductAccessChange {
  readonly partner: string;
  /** Product ids, in any order; duplicates are ignored. */
  readonly products: readonly string[];
}

/** @internal The boundary schemas, read by `hostpolicy/schemas`. */
export const endPartnershipSchema = strictObject({ partner: partnerIdSchema, at: instantSchema });
/** @internal */
export const productAccessChangeSchema = strictObject({ partner: partnerIdSchema, products: productsSchema });

function noPartnership(client: string, partner: string): HostPolicyError {
  return new HostPolicyError('NO_PARTNERSHIP', `Partner ${partner} has no partnership with client ${client}.`, {
    rule: 'PAR-16',
    details: { client, partner },
  });
}

/**
 * The client ends a partnership (PAR-16): every access of the partner is revoked at once, at `at`,
 * and a request to that partner still waiting for confirmation is dropped too (so that an old
 * e-mail link cannot bring it back, PAR-15). From `at` on, the partner can do nothing on the
 * client's account and orders earn it no incentive: the event carries the instant to pass to
 * `incentiveFor` as `partnershipEndedAt`.
 *
 * @example
 * ```ts
 * const s = grantAccess(emptyClientAccess('acme'), { partner: 'agency', access: 'limited', products: ['shop', 'blog'] });
 * const { state, event } = endPartnership(s, { partner: 'agency', at: '2026-12-01T12:00:00Z' });
 * state.grants; // []
 * event; // { type: 'PartnershipEnded', client: 'acme', partner: 'agency',
 *        //   revoked: { partner: 'agency', access: 'limited', products: ['blog', 'shop'] }, at: Date }
 * ```
 * @throws HostPolicyError `NO_PARTNERSHIP` (PAR-16) when the partner has no access to end.
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed state, an empty partner id or an invalid instant.
 */
export function endPartnership(state: ClientAccess, req: EndPartnershipRequest): { state: ClientAccess; event: PartnershipEnded } {
  const s = parseClientAccess(state);
  const r = parseInput(endPartnershipSchema, req, 'end of partnership', 'PAR-16');
  const revoked = grantOf(s, r.partner);
  if (revoked === undefined) throw noPartnership(s.client, r.partner);
  const next = updateState(s, {
    grants: s.grants.filter((g) => g.partner !== r.partner),
    requests: pendingRequests(s).filter((p) => p.partner !== r.partner),
  });
  const event: PartnershipEnded = Object.freeze({ type: 'PartnershipEnded', client: s.client, partner: r.partner, revoked, at: r.at });
  return { state: next, event };
}

/** The partner's limited grant, or the error that says why there is none to change. */
function limitedGrantOf(state: ClientAccess, partner: string): LimitedAccessGrant {
  const grant = grantOf(state, partner);
  if (grant === undefined) throw noPartnership(state.client, partner);
  if (grant.access === 'full') {
    throw new HostPolicyError(
      'NOT_LIMITED_ACCESS',
      `Partner ${partner} has full access, which covers every product; product accesses are changed only in a limited-access partnership.`,
      {
        rule: 'PAR-16',
        details: { client: state.client, partner },
      },
    );
  }
  return grant;
}

/**
 * With limited access, the client gives its partner access to more products, at any time
 * (PAR-16). The products go through {@link grantAccess}'s checks: one managed by another partner
 * is refused (PAR-03). Products the partner already manages change nothing.
 *
 * @example
 * ```ts
 * const s = grantAccess(emptyClientAccess('acme'), { partner: 'agency', access: 'limited', products: ['shop'] });
 * addProductAccess(s, { partner: 'agency', products: ['blog'] }).grants;
 * // [{ partner: 'agency', access: 'limited', products: ['blog', 'shop'] }]
 * ```
 * @throws HostPolicyError `NO_PARTNERSHIP` (PAR-16) when the partner has no access (add a partner
 *   with `addPartner`, PAR-15), `NOT_LIMITED_ACCESS` (PAR-16) when it has full access.
 * @throws HostPolicyError `ACCESS_CONFLICT` (PAR-03) when a product is managed by another partner.
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed state, an empty partner id or an
 *   empty product list.
 */
export function addProductAccess(state: ClientAccess, change: ProductAccessChange): ClientAccess {
  const s = parseClientAccess(state);
  const c = parseInput(productAccessChangeSchema, change, 'product access change', 'PAR-16');
  const grant = limitedGrantOf(s, c.partner);
  const products = [...new Set([...grant.products, ...c.products])].sort();
  if (products.length === grant.products.length) return s;
  return grantAccessTo(s, { ...grant, products });
}

/**
 * With limited access, the client takes products away from its partner, at any time (PAR-16).
 * Products the partner does not manage are ignored. A limited grant keeps at least one product:
 * to remove the last ones, end the partnership with {@link endPartnership}, which yields the
 * instant that incentives depend on.
 *
 * @example
 * ```ts
 * const s = grantAccess(emptyClientAccess('acme'), { partner: 'agency', access: 'limited', products: ['shop', 'blog'] });
 * removeProductAccess(s, { partner: 'agency', products: ['blog'] }).grants;
 * // [{ partner: 'agency', access: 'limited', products: ['shop'] }]
 * ```
 * @throws HostPolicyError `NO_PARTNERSHIP` (PAR-16) when the partner has no access,
 *   `NOT_LIMITED_ACCESS` (PAR-16) when it has full access, `LAST_PRODUCT_ACCESS` (PAR-16) when no
 *   product would be left.
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed state, an empty partner id or an
 *   empty product list.
 */
export function removeProductAccess(state: ClientAccess, change: ProductAccessChange): ClientAccess {
  const s = parseClientAccess(state);
  const c = parseInput(productAccessChangeSchema, change, 'product access change', 'PAR-16');
  const grant = limitedGrantOf(s, c.partner);
  const removed = new Set(c.products);
  const products = grant.products.filter((p) => !removed.has(p));
  if (products.length === grant.products.length) return s;
  if (products.length === 0) {
    throw new HostPolicyError(
      'LAST_PRODUCT_ACCESS',
      `Removing ${c.products.join(', ')} would leave partner ${c.partner} no product; end the partnership instead.`,
      {
        rule: 'PAR-16',
        details: { client: s.client, partner: c.partner },
      },
    );
  }
  return grantAccessTo(s, { ...grant, products });
}
