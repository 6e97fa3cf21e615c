import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { parseInput } from '../internal/parse.js';
import { changePaymentMode, emptyClientAccess, grantAccess, type PartnerAccessGrantInput as AccessGrantInput, type ClientAccess, type PartnerPaymentMode as PaymentMode, type PaymentModeChanged } from '../partners/index.js';
import type { Ports, StoredClientAccess } from '../ports/ports.js';
import type { Versioned } from '../ports/repository.js';
import { retryOnConflict } from './retry.js';
import { keySchema, requirePorts } from './schema.js';

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
export async function grantPartnerAccess(ports: Pick<Ports, 'clientAccess'>, request: { readonly client: string; readonly grant: AccessGrantInput }): Promise<Versioned<StoredClientAccess>> {
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
 * returns the event naming the partner to notify by e-mail; `event` is `null` when the mode
 * already was that one (nothing changed, nobody to notify).
 *
 * @example
 * ```ts
 * const { event } = await changeClientPaymentMode(ports, { client: 'acme', mode: 'partner' });
 * event?.notify; // 'p1'
 * ```
 * @throws HostPolicyError `NO_FULL_ACCESS` (PAR-08); InvalidInputError (`INVALID_INPUT`).
 */
export async function changeClientPaymentMode(
  ports: PartnershipPorts,
  request: { readonly client: string; readonly mode: PaymentMode },
): Promise<{ record: Versioned<StoredClientAccess>; event: PaymentModeChanged | null }> {
  requirePorts(ports, ['clientAccess', 'clock']);
  const { client } = parseInput(strictObject({ client: keySchema, mode: z.unknown() }), request, 'payment mode request', 'PAR-08');
  return retryOnConflict(async () => {
    const record = await ports.clientAccess.get(client);
    const current = record?.value.access ?? emptyClientAccess(client);
    const { state, event } = changePaymentMode(current, request.mode, ports.clock.now());
    if (record !== undefined && event.from === event.to) return { record, event: null };
    return { record: await ports.clientAccess.put(stored(state), record?.version ?? 0), event };
  });
}
