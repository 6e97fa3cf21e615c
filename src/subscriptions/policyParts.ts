import type { Policy } from '../policy/defaultPolicy.js';
import { defaultSubscriptionsPolicy } from '../policy/subscriptions.js';

/** The parts of a {@link Policy} that the subscription functions read; a whole `Policy` fits. */
export type SubscriptionsPolicyParts = Pick<Policy, 'subscriptions'>;

/**
 * The subscription defaults, without the other contexts' policy parts (DESIGN.md principle 12):
 * defaulting to `defaultPolicy` would pull every context's policy data and schemas into a bundle
 * that imports one subscription function. @internal
 */
export const SUBSCRIPTIONS_DEFAULTS: SubscriptionsPolicyParts = /*@__PURE__*/ Object.freeze({ subscriptions: defaultSubscriptionsPolicy });
