import * as z from 'zod/mini';
import { match } from 'ts-pattern';
import type { Reason } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import { Money } from '../money/index.js';
import { compileSubscriptionsPolicy } from './compiledPolicy.js';
import { SUBSCRIPTIONS_DEFAULTS, type SubscriptionsPolicyParts } from './policyParts.js';
import { parseSubscription, type SubscriptionInput } from './subscription.js';

/** Events after which a customer might ask for money back (COM-03). */
export type RefundEvent = 'stop-support' | 'cancel-products' | 'close-account' | 'close-organization';

/** Every {@link RefundEvent}. */
export const REFUND_EVENTS = [
  'stop-support',
  'cancel-products',
  'close-account',
  'close-organization',
] as const satisfies readonly RefundEvent[];

/** What is refunded, and why. */
export interface Refund {
  /** Always zero (COM-03), in the subscription's currency. */
  readonly amount: Money;
  readonly reasons: readonly Reason[];
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const eventSchema = z.enum(REFUND_EVENTS);

/** The reason for each event, as one exhaustive table: a new event fails to compile until worded. */
function reasonFor(event: RefundEvent): Reason {
  const message = match(event)
    .with('stop-support', () => 'Stopping Premium Support does not refund the committed amount, not even pro rata.')
    .with('cancel-products', () => 'Cancelling the products does not refund the committed Premium Support amount, not even pro rata.')
    .with('close-account', () => 'Closing the user account does not refund the committed Premium Support amount, not even pro rata.')
    .with('close-organization', () => 'Closing the Organization does not refund the committed Premium Support amount, not even pro rata.')
    .exhaustive();
  return { code: 'NO_REFUND', rule: 'COM-03', message };
}

/**
 * The refund owed when the customer stops support, cancels products, or closes the user account
 * or the Organization: always zero, with the reason (COM-03).
 *
 * @param sub - a {@link Subscription} or its JSON form.
 * @param event - `'stop-support' | 'cancel-products' | 'close-account' | 'close-organization'`.
 * @param policy - the policy the subscription was made under (default `defaultPolicy`): its
 *   commitment is checked against it.
 * @throws InvalidInputError (`INVALID_INPUT`) for an invalid subscription or unknown event.
 *   An invalid subscription includes one that contradicts its own terms under `policy` (the
 *   policy it was subscribed under): `commitmentMonths` below the minimum, a `commitment.start`
 *   other than `startedAt`, a `commitment.end` other than `commitmentMonths` months later.
 *
 * @example
 * ```ts
 * const r = refundFor(subscribe({ tier: 'plus', startedAt: '2026-01-01T00:00:00Z' }), 'close-account');
 * r.amount.toString(); // 'CHF 0.00'
 * r.reasons[0].code;   // 'NO_REFUND'
 * ```
 */
export function refundFor(sub: SubscriptionInput, event: RefundEvent, policy: SubscriptionsPolicyParts = SUBSCRIPTIONS_DEFAULTS): Refund {
  const subscription = parseSubscription(sub, compileSubscriptionsPolicy(policy));
  const parsed = parseInput(eventSchema, event, 'refund event', 'COM-03');
  return Object.freeze({ amount: Money.zero(subscription.currency), reasons: Object.freeze([reasonFor(parsed)]) });
}
