import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { decide, type Decision, type Reason } from '../errors.js';
import { invalidField, parseInput } from '../internal/parse.js';
import type { SupportActorKind } from '../policy/index.js';
import { instantSchema, type SupportInstantInput } from './schema.js';
import { compileSupportPolicy } from './compiledPolicy.js';
import { SUPPORT_DEFAULTS, type SupportPolicyParts } from './policyParts.js';

/**
 * Access that a customer grants the provider's support staff to some services (SUP-09). Plain
 * immutable data; its JSON form (instants as ISO strings) is accepted back.
 */
export interface TemporaryAccessGrant {
  /** The services opened, e.g. `['mail', 'kdrive']`. */
  readonly services: readonly string[];
  readonly grantedAt: Date;
  /** The grant is usable until this instant (exclusive). */
  readonly expiresAt: Date;
  /** When the customer revoked it, or `null`. */
  readonly revokedAt: Date | null;
}

/** A {@link TemporaryAccessGrant} or its JSON form. */
export type TemporaryAccessGrantInput = {
  readonly services: readonly string[];
  readonly grantedAt: SupportInstantInput;
  readonly expiresAt: SupportInstantInput;
  readonly revokedAt?: SupportInstantInput | null;
};

const services = z.array(z.string().check(z.minLength(1))).check(
  z.minLength(1, 'needs at least one service'),
  z.refine((s) => new Set(s).size === s.length, 'services must be unique'),
);

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const grantRequestSchema = strictObject({ services, grantedAt: instantSchema, expiresAt: instantSchema }).check(
  z.refine((g) => g.expiresAt.getTime() > g.grantedAt.getTime(), { message: 'must be after grantedAt', path: ['expiresAt'] }),
);

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const grantSchema = strictObject({
  services,
  grantedAt: instantSchema,
  expiresAt: instantSchema,
  revokedAt: z.optional(z.nullable(instantSchema)),
}).check(
  z.refine((g) => g.expiresAt.getTime() > g.grantedAt.getTime(), { message: 'must be after grantedAt', path: ['expiresAt'] }),
  z.refine((g) => g.revokedAt == null || g.revokedAt.getTime() >= g.grantedAt.getTime(), {
    message: 'must not be before grantedAt',
    path: ['revokedAt'],
  }),
);

function checkServices(list: readonly string[], policy: SupportPolicyParts): void {
  const known = compileSupportPolicy(policy).data.temporaryAccess.services;
  list.forEach((s, i) => {
    if (!known.includes(s))
      invalidField('temporary access grant', ['services', i], `must be one of ${known.map((k) => JSON.stringify(k)).join(', ')}`, 'SUP-09');
  });
}

function freeze(g: {
  services: readonly string[];
  grantedAt: Date;
  expiresAt: Date;
  revokedAt?: Date | null | undefined;
}): TemporaryAccessGrant {
  return Object.freeze({
    services: Object.freeze([...g.services]),
    grantedAt: g.grantedAt,
    expiresAt: g.expiresAt,
    revokedAt: g.revokedAt ?? null,
  });
}

/**
 * Grants the provider's support staff temporary access to some services (SUP-09), until `expiresAt`.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for a service the policy does not list (default
 *   `'mail'`, `'kdrive'`), duplicates, an invalid instant, or an expiry not after the grant.
 * @example
 * ```ts
 * const g = grantTemporaryAccess({ services: ['mail'], grantedAt: '2026-05-04T08:00:00Z', expiresAt: '2026-05-06T08:00:00Z' });
 * g.revokedAt; // null
 * ```
 */
export function grantTemporaryAccess(
  req: { services: readonly string[]; grantedAt: SupportInstantInput; expiresAt: SupportInstantInput },
  policy: SupportPolicyParts = SUPPORT_DEFAULTS,
): TemporaryAccessGrant {
  const input = parseInput(grantRequestSchema, req, 'temporary access grant', 'SUP-09');
  checkServices(input.services, policy);
  return freeze(input);
}

/**
 * Revokes a grant at `revokedAt` (SUP-09). Revoking twice keeps the earlier revocation, so a retry
 * changes nothing.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for an invalid grant or instant, or a revocation
 *   before the grant.
 * @example
 * ```ts
 * revokeTemporaryAccess(g, '2026-05-05T12:00:00Z').revokedAt; // 2026-05-05T12:00:00.000Z
 * ```
 */
export function revokeTemporaryAccess(grant: TemporaryAccessGrantInput, revokedAt: SupportInstantInput): TemporaryAccessGrant {
  const g = parseInput(grantSchema, grant, 'temporary access grant', 'SUP-09');
  const at = parseInput(instantSchema, revokedAt, 'revokedAt', 'SUP-09');
  if (at.getTime() < g.grantedAt.getTime()) invalidField('revocation', ['revokedAt'], 'must not be before grantedAt', 'SUP-09');
  const earliest = g.revokedAt != null && g.revokedAt.getTime() <= at.getTime() ? g.revokedAt : at;
  return freeze({ ...g, revokedAt: earliest });
}

/** Who tries to use a grant. */
export interface TemporaryAccessUse {
  readonly actor: { readonly kind: SupportActorKind; readonly id?: string };
  readonly at: SupportInstantInput;
  /** The service the actor wants to open; when given, it must be granted. */
  readonly service?: string;
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const useSchema = strictObject({
  actor: strictObject({ kind: z.enum(['support-staff', 'customer', 'partner', 'other']), id: z.optional(z.string()) }),
  at: instantSchema,
  service: z.optional(z.string().check(z.minLength(1))),
});

/**
 * Whether a grant may be used now (SUP-09): only by the provider's support staff, only from the
 * grant to its expiry, never after its revocation, only for the granted services. Every failed
 * condition is listed.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for an invalid grant, actor or instant.
 * @example
 * ```ts
 * canUseTemporaryAccess(g, { actor: { kind: 'support-staff' }, at: '2026-05-05T09:00:00Z', service: 'mail' }); // { allowed: true }
 * canUseTemporaryAccess(g, { actor: { kind: 'partner' }, at: '2026-05-07T09:00:00Z' });
 * // { allowed: false, reasons: [{ code: 'ACTOR_NOT_ALLOWED', rule: 'SUP-09', … },
 * //   { code: 'ACCESS_EXPIRED', rule: 'SUP-09', … }] }
 * ```
 */
export function canUseTemporaryAccess(
  grant: TemporaryAccessGrantInput,
  use: TemporaryAccessUse,
  policy: SupportPolicyParts = SUPPORT_DEFAULTS,
): Decision {
  const g = parseInput(grantSchema, grant, 'temporary access grant', 'SUP-09');
  const { actor, at, service } = parseInput(useSchema, use, 'temporary access use', 'SUP-09');
  const t = at.getTime();
  const reasons: Reason[] = [];
  if (!compileSupportPolicy(policy).data.temporaryAccess.actors.includes(actor.kind)) {
    reasons.push({
      code: 'ACTOR_NOT_ALLOWED',
      rule: 'SUP-09',
      message: `Only the provider's support staff can use temporary access, not a ${actor.kind}.`,
    });
  }
  if (t < g.grantedAt.getTime()) {
    reasons.push({ code: 'ACCESS_NOT_YET_GRANTED', rule: 'SUP-09', message: `The access is granted from ${g.grantedAt.toISOString()}.` });
  }
  if (t >= g.expiresAt.getTime()) {
    reasons.push({ code: 'ACCESS_EXPIRED', rule: 'SUP-09', message: `The access expired at ${g.expiresAt.toISOString()}.` });
  }
  if (g.revokedAt != null && t >= g.revokedAt.getTime()) {
    reasons.push({ code: 'ACCESS_REVOKED', rule: 'SUP-09', message: `The customer revoked the access at ${g.revokedAt.toISOString()}.` });
  }
  if (service !== undefined && !g.services.includes(service)) {
    reasons.push({
      code: 'SERVICE_NOT_GRANTED',
      rule: 'SUP-09',
      message: `The access does not cover ${service} (granted: ${g.services.join(', ')}).`,
    });
  }
  return decide(reasons);
}
