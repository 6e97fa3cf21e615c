import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { parseInput } from '../internal/parse.js';
import {
  addPartner,
  changePaymentMode,
  confirmPartnership,
  emptyClientAccess,
  endPartnership,
  grantAccess,
  type PartnerAccessGrantInput as AccessGrantInput,
  type ClientAccess,
  type PartnerPaymentMode as PaymentMode,
  type PaymentModeChanged,
  type PartnershipEnded,
  type PartnershipRequest,
} from '../partners/index.js';
import {
  partnershipRequestSchema,
  type PartnerAccessGrant,
  type PartnerAccessRights,
  type PartnerAccessRightsInput,
} from '../partners/schema.js';
import type { Ports, StoredClientAccess } from '../ports/ports.js';
import type { Versioned } from '../ports/repository.js';
import { retryOnConflict } from './retry.js';
import { keySchema, notFound, requirePorts } from './schema.js';

/** The ports the partnership services use. */
export type PartnershipPorts = Pick<Ports, 'clientAccess' | 'clock'>;

function stored(access: ClientAccess): StoredClientAccess {
  return { id: access.client, owner: [access.client, ...access.grants.map((g) => g.partner)], access };
}

/**
 * Gives a partner access to a client's products (PAR-02..05) and stores the client's access
 * state, listed under the client and each partner. Idempotent: the same grant again changes nothing.
 *
 * @example
 * ```ts
 * const r = await grantPartnerAccess(ports, { client: 'acme', grant: { partner: 'p1', access: 'full', paymentMode: 'client' } });
 * r.value.access.grants; // [{ partner: 'p1', access: 'full', paymentMode: 'client' }]
 * ```
 * @throws HostPolicyError `ACCESS_CONFLICT` (PAR-03, PAR-05); InvalidInputError (`INVALID_INPUT`).
 */
export async function grantPartnerAccess(
  ports: Pick<Ports, 'clientAccess'>,
  request: { readonly client: string; readonly grant: AccessGrantInput },
): Promise<Versioned<StoredClientAccess>> {
  requirePorts(ports, ['clientAccess']);
  const { client } = parseInput(strictObject({ client: keySchema, grant: z.unknown() }), request, 'access request', 'PAR-02');
  return retryOnConflict(async () => {
    const record = await ports.clientAccess.get(client);
    const next = grantAccess(record?.value.access ?? emptyClientAccess(client), request.grant);
    if (record !== undefined && JSON.stringify(next) === JSON.stringify(record.value.access)) return record;
    return ports.clientAccess.put(stored(next), record?.version ?? 0);
  });
}

/**
 * Changes the payment mode of a client's full-access partnership now (PAR-08), stores it and
 * returns the event naming the other side to notify by e-mail. `by` says who sets it: the client
 * (the default) or its full-access partner ("Der Kunde und der Partner können die Zahlungsmittel
 * festlegen"; check the actor with `authorize` first). `event` is `null` when the mode already
 * was that one (nothing changed, nobody to notify).
 *
 * @example
 * ```ts
 * const { event } = await changeClientPaymentMode(ports, { client: 'acme', mode: 'partner' });
 * event?.notify; // 'p1'
 * (await changeClientPaymentMode(ports, { client: 'acme', mode: 'client', by: 'partner' })).event?.notify; // 'acme'
 * ```
 * @throws HostPolicyError `NO_FULL_ACCESS` (PAR-08); InvalidInputError (`INVALID_INPUT`).
 */
export async function changeClientPaymentMode(
  ports: PartnershipPorts,
  request: { readonly client: string; readonly mode: PaymentMode; readonly by?: 'client' | 'partner' },
): Promise<{ record: Versioned<StoredClientAccess>; event: PaymentModeChanged | null }> {
  requirePorts(ports, ['clientAccess', 'clock']);
  const { client } = parseInput(
    strictObject({ client: keySchema, mode: z.unknown(), by: z.optional(z.enum(['client', 'partner'])) }),
    request,
    'payment mode request',
    'PAR-08',
  );
  return retryOnConflict(async () => {
    const record = await ports.clientAccess.get(client);
    const current = record?.value.access ?? emptyClientAccess(client);
    const { state, event } = changePaymentMode(current, request.mode, ports.clock.now(), { by: request.by ?? 'client' });
    if (record !== undefined && event === null) return { record, event: null };
    return { record: await ports.clientAccess.put(stored(state), record?.version ?? 0), event };
  });
}

/** The products of limited rights, sorted; `null` for full access. */
function productsOf(rights: PartnerAccessRights): string | null {
  return rights.access === 'full' ? null : JSON.stringify([...rights.products].sort());
}

/** The same access and payment mode, or the same products in any order. */
function sameAccess(a: PartnerAccessRights, b: PartnerAccessRights): boolean {
  if (a.access === 'full') return b.access === 'full' && a.paymentMode === b.paymentMode;
  return b.access === 'limited' && productsOf(a) === productsOf(b);
}

/**
 * The client proposes a partnership now (PAR-15: "the partnership takes effect only when the
 * partner confirms") and stores it as pending; the returned `request` is what the provider
 * e-mails to the partner, whose confirmation link brings it back to
 * {@link confirmStoredPartnership}. Nothing is granted yet. Idempotent: proposing the same rights
 * to the same partner while that request is still pending changes nothing and returns the
 * pending request (its instant is the first proposal's); other rights replace it.
 *
 * @example
 * ```ts
 * const { request } = await proposePartnership(ports, { client: 'acme', partner: 'agency',
 *   rights: { access: 'limited', products: ['shop'] } });
 * request.requestedAt; // now, as an ISO string
 * (await ports.clientAccess.get('acme'))?.value.access.grants; // [] until the partner confirms
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for an empty client or partner id or malformed rights.
 */
export async function proposePartnership(
  ports: PartnershipPorts,
  request: { readonly client: string; readonly partner: string; readonly rights: PartnerAccessRightsInput },
): Promise<{ record: Versioned<StoredClientAccess>; request: PartnershipRequest }> {
  requirePorts(ports, ['clientAccess', 'clock']);
  const { client } = parseInput(
    strictObject({ client: keySchema, partner: z.unknown(), rights: z.unknown() }),
    request,
    'partnership proposal',
    'PAR-15',
  );
  return retryOnConflict(async () => {
    const record = await ports.clientAccess.get(client);
    const current = record?.value.access ?? emptyClientAccess(client);
    const proposed = addPartner(current, { partner: request.partner, rights: request.rights, at: ports.clock.now() });
    const pending = (current.requests ?? []).find((p) => p.partner === proposed.request.partner);
    if (record !== undefined && pending !== undefined && sameAccess(pending.rights, proposed.request.rights))
      return { record, request: pending };
    return { record: await ports.clientAccess.put(stored(proposed.state), record?.version ?? 0), request: proposed.request };
  });
}

/**
 * The partner confirms a proposed partnership from the e-mailed link (PAR-15): the grant takes
 * effect now, with the rights the client offered, and is stored under the client and the
 * partner. The client is the request's. Idempotent: confirming again after the request was
 * confirmed (the partner already has exactly those rights and nothing is pending for it) changes
 * nothing and returns the grant.
 *
 * @example
 * ```ts
 * const { request } = await proposePartnership(ports, { client: 'acme', partner: 'agency',
 *   rights: { access: 'full', paymentMode: 'client' } });
 * (await confirmStoredPartnership(ports, { request })).grant; // { partner: 'agency', access: 'full', paymentMode: 'client' }
 * ```
 * @throws HostPolicyError `PARTNERSHIP_NOT_PENDING` (PAR-15) for a request edited, never made or
 *   replaced; `ACCESS_CONFLICT` (PAR-03, PAR-05); `NOT_FOUND` when the client has no stored state.
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed request.
 */
export async function confirmStoredPartnership(
  ports: Pick<Ports, 'clientAccess'>,
  input: { readonly request: PartnershipRequest },
): Promise<{ record: Versioned<StoredClientAccess>; grant: PartnerAccessGrant }> {
  requirePorts(ports, ['clientAccess']);
  const { request } = parseInput(strictObject({ request: partnershipRequestSchema }), input, 'partnership confirmation', 'PAR-15');
  return retryOnConflict(async () => {
    const record = await ports.clientAccess.get(request.client);
    if (record === undefined) throw notFound('client access', request.client);
    const access = record.value.access;
    const granted = access.grants.find((g) => g.partner === request.partner);
    const pending = (access.requests ?? []).some((p) => p.partner === request.partner);
    if (granted !== undefined && !pending && sameAccess(granted, request.rights)) return { record, grant: granted };
    const { state, grant } = confirmPartnership(access, input.request);
    return { record: await ports.clientAccess.put(stored(state), record.version), grant };
  });
}

/**
 * The client ends a partnership now (PAR-16): every access of the partner is revoked at once and
 * stored; the event carries the instant from which the partner's orders earn nothing (pass it to
 * `incentiveFor` as `partnershipEndedAt`). Idempotent: when the partner has no access (already
 * ended), nothing changes and `event` is `null`; use the pure `endPartnership` to be told
 * `NO_PARTNERSHIP` instead.
 *
 * @example
 * ```ts
 * const { event } = await endStoredPartnership(ports, { client: 'acme', partner: 'agency' });
 * event?.at; // Date (now, from the ports' clock)
 * (await endStoredPartnership(ports, { client: 'acme', partner: 'agency' })).event; // null
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for an empty client or partner id.
 */
export async function endStoredPartnership(
  ports: PartnershipPorts,
  request: { readonly client: string; readonly partner: string },
): Promise<{ record: Versioned<StoredClientAccess> | undefined; event: PartnershipEnded | null }> {
  requirePorts(ports, ['clientAccess', 'clock']);
  const { client, partner } = parseInput(strictObject({ client: keySchema, partner: keySchema }), request, 'end of partnership', 'PAR-16');
  return retryOnConflict(async () => {
    const record = await ports.clientAccess.get(client);
    if (record === undefined || !record.value.access.grants.some((g) => g.partner === partner)) return { record, event: null };
    const { state, event } = endPartnership(record.value.access, { partner, at: ports.clock.now() });
    return { record: await ports.clientAccess.put(stored(state), record.version), event };
  });
}
