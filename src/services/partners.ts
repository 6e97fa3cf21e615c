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
import { keptEvents, storedAccess, type KeptEvents } from './partnerEvents.js';
import { retryOnConflict } from './retry.js';
import { keySchema, notFound, requirePorts } from './schema.js';
import { partnerIdSchema } from '../partners/schema.js';

/** The ports the partnership services use. */
export type PartnershipPorts = Pick<Ports, 'clientAccess' | 'clock'>;

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
    return ports.clientAccess.put(storedAccess(next, keptEvents(record)), record?.version ?? 0);
  });
}

/**
 * Changes the payment mode of a client's full-access partnership now (PAR-08), stores it and
 * returns the event naming the other side to notify by e-mail. `by` says who sets it: the client
 * (the default) or its full-access partner ("Der Kunde und der Partner können die Zahlungsmittel
 * festlegen"; check the actor with `authorize` first). The same request again (its retry after
 * a lost answer, DESIGN principle 11) changes nothing and returns the same event, with the first
 * call's `at`: send one e-mail per event (client, `by`, `at`). `event` is `null` when the mode
 * already in force was not set by this request (granted so, or set by the other side): nothing
 * changed, nobody to notify.
 *
 * @example
 * ```ts
 * const { event } = await changeClientPaymentMode(ports, { client: 'acme', mode: 'partner' });
 * event?.notify; // 'p1'
 * (await changeClientPaymentMode(ports, { client: 'acme', mode: 'partner' })).event?.at; // event.at: the same event again
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
    const by = request.by ?? 'client';
    const { state, event } = changePaymentMode(current, request.mode, ports.clock.now(), { by });
    const kept = keptEvents(record);
    if (record !== undefined && event === null) return { record, event: sameModeChange(state, kept, by) };
    return { record: await ports.clientAccess.put(storedAccess(state, kept, event), record?.version ?? 0), event };
  });
}

/**
 * The kept change that set the mode now in force, when this request (same mode, same side) made
 * it: its retry after a lost answer gets the same event again, or `null` when the mode was set
 * otherwise (nobody to notify).
 */
function sameModeChange(state: ClientAccess, kept: KeptEvents, by: 'client' | 'partner'): PaymentModeChanged | null {
  const full = state.grants.find((g) => g.access === 'full');
  const e = kept.paymentModeChanged;
  if (full === undefined || e === undefined) return null;
  const same =
    e.client === state.client && e.to === full.paymentMode && e.by === by && e.notify === (by === 'client' ? full.partner : state.client);
  return same ? e : null;
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
    return {
      record: await ports.clientAccess.put(storedAccess(proposed.state, keptEvents(record)), record?.version ?? 0),
      request: proposed.request,
    };
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
    return { record: await ports.clientAccess.put(storedAccess(state, keptEvents(record)), record.version), grant };
  });
}

/**
 * The client ends a partnership now (PAR-16): every access of the partner is revoked at once and
 * stored; the event carries the instant from which the partner's orders earn nothing (pass it to
 * `incentiveFor` as `partnershipEndedAt`). Idempotent: when the partner has no access (already
 * ended), nothing changes and `event` is the event of that end, kept with the record (so the
 * retry of a call whose answer was lost gets it, with the first call's `at`, DESIGN principle
 * 11), or `null` when the partner never had access or has none since before this version; use
 * the pure `endPartnership` to be told `NO_PARTNERSHIP` instead.
 *
 * @example
 * ```ts
 * const { event } = await endStoredPartnership(ports, { client: 'acme', partner: 'agency' });
 * event?.at; // Date (now, from the ports' clock)
 * (await endStoredPartnership(ports, { client: 'acme', partner: 'agency' })).event?.at; // the same Date: the first end's
 * (await endStoredPartnership(ports, { client: 'acme', partner: 'stranger' })).event; // null
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for an empty client or partner id.
 */
export async function endStoredPartnership(
  ports: PartnershipPorts,
  request: { readonly client: string; readonly partner: string },
): Promise<{ record: Versioned<StoredClientAccess> | undefined; event: PartnershipEnded | null }> {
  requirePorts(ports, ['clientAccess', 'clock']);
  // The partner id is read as a grant reads it (any non-blank id): one this client's access holds can always be ended.
  const { client, partner } = parseInput(
    strictObject({ client: keySchema, partner: partnerIdSchema }),
    request,
    'end of partnership',
    'PAR-16',
  );
  return retryOnConflict(async () => {
    const record = await ports.clientAccess.get(client);
    const kept = keptEvents(record);
    if (record === undefined || !record.value.access.grants.some((g) => g.partner === partner)) {
      // Already ended: the same request again (a retry after a lost answer) gets the kept event.
      return { record, event: kept.partnershipsEnded.find((e) => e.client === client && e.partner === partner) ?? null };
    }
    const { state, event } = endPartnership(record.value.access, { partner, at: ports.clock.now() });
    return { record: await ports.clientAccess.put(storedAccess(state, kept, event), record.version), event };
  });
}
