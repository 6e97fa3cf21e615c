import { HostPolicyError } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import { parseClientAccess, updateState, type ClientAccess } from './clientAccess.js';
import { instantSchema, paymentModeSchema, type PartnerPaymentMode } from './schema.js';

/**
 * The event a payment-mode change yields (PAR-08): the provider e-mails `notify`, the partner
 * with full access. `from` equals `to` when the client confirmed the mode already in force.
 */
export interface PaymentModeChanged {
  readonly type: 'PaymentModeChanged';
  readonly client: string;
  /** The partner to notify by e-mail. */
  readonly notify: string;
  readonly from: PartnerPaymentMode;
  readonly to: PartnerPaymentMode;
  readonly at: Date;
}

/**
 * The client changes who pays orders and renewals of its full-access partnership (PAR-06,
 * PAR-07, PAR-08). Only the client does this (ask `authorize` with `'change-payment-mode'` to
 * check an actor); the change is immediate and yields the event that names the partner to notify.
 *
 * @example
 * ```ts
 * const s = grantAccess(emptyClientAccess('acme'), { partner: 'p1', access: 'full', paymentMode: 'client' });
 * const { state, event } = changePaymentMode(s, 'partner', '2026-11-23T10:00:00Z');
 * state.grants[0]; // { partner: 'p1', access: 'full', paymentMode: 'partner' }
 * event;           // { type: 'PaymentModeChanged', client: 'acme', notify: 'p1', from: 'client', to: 'partner', at: Date }
 * ```
 * @throws HostPolicyError `NO_FULL_ACCESS` (PAR-08) when no partner has full access: a payment
 *   mode exists only with full access.
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed state, an unknown mode or an invalid instant.
 */
export function changePaymentMode(
  state: ClientAccess,
  mode: PartnerPaymentMode,
  at: Date | string,
): { state: ClientAccess; event: PaymentModeChanged } {
  return changePaymentModeOf(
    parseClientAccess(state),
    parseInput(paymentModeSchema, mode, 'payment mode', 'PAR-08'),
    parseInput(instantSchema, at, 'instant'),
  );
}

/** @internal The typed core of {@link changePaymentMode}. */
export function changePaymentModeOf(
  state: ClientAccess,
  mode: PartnerPaymentMode,
  at: Date,
): { state: ClientAccess; event: PaymentModeChanged } {
  const full = state.grants.find((g) => g.access === 'full');
  if (full === undefined) {
    throw new HostPolicyError('NO_FULL_ACCESS', 'A payment mode exists only in a full-access partnership, and this client has none.', {
      rule: 'PAR-08',
      details: { client: state.client },
    });
  }
  const next = updateState(state, { grants: state.grants.map((g) => (g === full ? { ...full, paymentMode: mode } : g)) });
  const event: PaymentModeChanged = Object.freeze({
    type: 'PaymentModeChanged',
    client: state.client,
    notify: full.partner,
    from: full.paymentMode,
    to: mode,
    at,
  });
  return { state: next, event };
}
