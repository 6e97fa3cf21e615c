import type { Policy } from '../policy/defaultPolicy.js';
import { defaultBillingPolicy } from '../policy/billing.js';

/** The parts of a {@link Policy} that the billing functions read; a whole `Policy` fits. */
export type BillingPolicyParts = Pick<Policy, 'billing'>;

/**
 * The billing defaults, without the other contexts' policy parts (DESIGN.md principle 12):
 * defaulting to `defaultPolicy` would pull every context's policy data and schemas into a bundle
 * that imports one billing function. @internal
 */
export const BILLING_DEFAULTS: BillingPolicyParts = /*@__PURE__*/ Object.freeze({ billing: defaultBillingPolicy });
