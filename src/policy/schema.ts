import { strictObject } from '../internal/checks.js';
import { catalogSchema } from './catalogSchema.js';
import { pricingPolicySchema } from './pricingSchema.js';
import { accountsPolicySchema } from './accounts.js';
import { supportPolicySchema } from './support.js';
import { subscriptionsPolicySchema } from './subscriptions.js';
import { partnersPolicySchema } from './partners.js';
import { billingPolicySchema } from './billing.js';

/**
 * One schema per policy part. A context that adds a part to {@link Policy} adds its schema here,
 * so that {@link definePolicy} validates every override.
 */
export const policySchema = strictObject({
  catalog: catalogSchema,
  pricing: pricingPolicySchema,
  accounts: accountsPolicySchema,
  support: supportPolicySchema,
  subscriptions: subscriptionsPolicySchema,
  partners: partnersPolicySchema,
  billing: billingPolicySchema,
});
