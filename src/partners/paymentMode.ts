import * as z from 'zod/mini';
import { HostPolicyError } from '../errors.js';
import { strictObject } from '../internal/checks.js';
import { parseInput } from '../internal/parse.js';
import { parseClientAccess, updateState, type ClientAccess } from './clientAccess.js';
import { instantSchema, paymentModeSchema, type PartnerPaymentMode } from './schema.js';

/**
 * The event a payment-mode change yields (PAR-08): the provider e-mails `notify`, the other side
 * of the full-access partnership: the partner when the client changed the mode, the client when
 * the partner did. There is no event when the mode already was the one asked for.
 */
export interface PaymentModeChanged {
  readonly type: 'PaymentModeChanged';
  readonly client: string;
  /** Who changed the mode: the client or its full-access partner. */
  readonly by: 'client' | 'partner';
  /** The side to notify by e-mail: the partner's id when `by` is `'client'`, the client's id when `by` is `'partner'`. */
  readonly notify: string;
  readonly from: PartnerPaymentMode;
  readonly to: PartnerPaymentMode;
  readonly at: Date;
}

/** Options of {@link changePaymentMode}. */
export interface PaymentModeChangeOptions {
  /** Who sets the mode (PAR-08): `'client'` (the default) or `'partner'`, the full-access partner. */
  readonly by?: 'client' | 'partner';
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const paymentModeOptionsSchema = strictObject({ by: z.optional(z.enum(['client', 'partner'])) });

/**
 * The client or its full-access partner sets who pays orders and renewals (PAR-06, PAR-07,
 * PAR-08: "Der Kunde und der Partner können die Zahlungsmittel festlegen"). Ask `authorize` with
 * `'change-payment-mode'` to check an actor. The change is immediate and yields the event that
 * names the other side to notify. Setting the mode already in force changes nothing and notifies
 * no one: the same state comes back with `event: null`.
 *
 * @example
 * ```ts
 * const s = grantAccess(emptyClientAccess('acme'), { partner: 'p1', access: 'full', paymentMode: 'client' });
 * const { state, event } = changePaymentMode(s, 'partner', '2026-11-23T10:00:00Z');
 * state.grants[0]; // { partner: 'p1', access: 'full', paymentMode: 'partner' }
 * event;           // { type: 'PaymentModeChanged', client: 'acme', by: 'client', notify: 'p1', from: 'client', to: 'partner', at: Date }
 * changePaymentMode(state, 'client', '2026-11-24T10:00:00Z', { by: 'partner' }).event;
 * // { type: 'PaymentModeChanged', client: 'acme', by: 'partner', notify: 'acme', from: 'partner', to: 'client', at: Date }
 * changePaymentMode(state, 'partner', '2026-11-24T10:00:00Z').event; // null (already "partner pays")
 * ```
 * @throws HostPolicyError `NO_FULL_ACCESS` (PAR-08) when no partner has full access: a payment
 *   mode exists only with full access.
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed state, an unknown mode, an invalid
 *   instant or unknown options.
 */
export function changePaymentMode(
  state: ClientAccess,
  mode: PartnerPaymentMode,
  at: Date | string,
  options: PaymentModeChangeOptions = {},
): { state: ClientAccess; event: PaymentModeChanged | null } {
  return changePaymentModeOf(
    parseClientAccess(state),
    parseInput(paymentModeSchema, mode, 'payment mode', 'PAR-08'),
    parseInput(instantSchema, at, 'instant'),
    parseInput(paymentModeOptionsSchema, options, 'payment mode options', 'PAR-08').by ?? 'client',
  );
}

/** @internal The typed core of {@link changePaymentMode}. */
export function changePaymentModeOf(
  state: ClientAccess,
  mode: PartnerPaymentMode,
  at: Date,
  by: 'client' | 'partner' = 'client',
): { state: ClientAccess; event: PaymentModeChanged | null } {
  const full = state.grants.find((g) => g.access === 'full');
  if (full === undefined) {
    throw new HostPolicyError('NO_FULL_ACCESS', 'A payment mode exists only in a full-access partnership, and this client has none.', {
      rule: 'PAR-08',
      details: { client: state.client },
    });
  }
  if (full.paymentMode === mode) return { state, event: null };
  const next = updateState(state, { grants: state.grants.map((g) => (g === full ? { ...full, paymentMode: mode } : g)) });
  const event: PaymentModeChanged = Object.freeze({
    type: 'PaymentModeChanged',
    client: state.client,
    by,
    notify: by === 'client' ? full.partner : state.client,
    from: full.paymentMode,
    to: mode,
    at,
  });
  return { state: next, event };
}
