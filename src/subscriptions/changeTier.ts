import * as z from 'zod/mini';
import { parseInput } from '../internal/parse.js';
import { SUPPORT_TIERS, type PremiumSupportTier, type SupportTier } from '../policy/index.js';
import { changePlan, planLadder, type PlanLadder } from './planLadder.js';
import { compileSubscriptionsPolicy } from './compiledPolicy.js';
import { SUBSCRIPTIONS_DEFAULTS, type SubscriptionsPolicyParts } from './policyParts.js';
import { parseSubscription, type Subscription, type SubscriptionInput } from './subscription.js';

/** The support tiers as an upgrade-only ladder, lowest first (SUP-01, COM-04). */
export const supportTierLadder: PlanLadder<SupportTier> = /*@__PURE__*/ planLadder(SUPPORT_TIERS);

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const targetSchema = z.enum(SUPPORT_TIERS);

/**
 * Changes a subscription's tier (COM-04): to a higher tier at any time, never to a lower one. An
 * upgrade keeps the commitment end date (Decision); choosing the current tier returns an equal
 * subscription (a no-op, so retries are harmless).
 *
 * @param sub - a {@link Subscription} or its JSON form.
 * @param target - `'plus' | 'pro' | 'enterprise'` (`'standard'` is always a downgrade).
 * @param policy - the policy the subscription was made under (default `defaultPolicy`): its
 *   commitment is checked against it.
 * @throws HostPolicyError `DOWNGRADE_NOT_ALLOWED` (COM-04) for a lower tier.
 * @throws InvalidInputError (`INVALID_INPUT`) for an invalid subscription or unknown tier.
 *   An invalid subscription includes one that contradicts its own terms under `policy` (the
 *   policy it was subscribed under): `commitmentMonths` below the minimum, a `commitment.start`
 *   other than `startedAt`, a `commitment.end` other than `commitmentMonths` months later.
 *
 * @example
 * ```ts
 * const sub = subscribe({ tier: 'plus', startedAt: '2026-01-15T00:00:00Z' });
 * const pro = changeTier(sub, 'pro');
 * pro.tier;                                                // 'pro'
 * pro.commitment.end.getTime() === sub.commitment.end.getTime(); // true
 * changeTier(pro, 'plus');                                 // throws DOWNGRADE_NOT_ALLOWED
 * ```
 */
export function changeTier(
  sub: SubscriptionInput,
  target: SupportTier,
  policy: SubscriptionsPolicyParts = SUBSCRIPTIONS_DEFAULTS,
): Subscription {
  const subscription = parseSubscription(sub, compileSubscriptionsPolicy(policy));
  const to = parseInput(targetSchema, target, 'target tier', 'COM-04');
  const tier = changePlan(supportTierLadder, subscription.tier, to) as PremiumSupportTier;
  return Object.freeze({ ...subscription, tier });
}
