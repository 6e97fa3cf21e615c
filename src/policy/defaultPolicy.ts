import { defaultCatalog, type CatalogData } from './catalog.js';
import { defaultPricingPolicy, type PricingPolicy } from './pricing.js';
import { defaultAccountsPolicy, type AccountsPolicy } from './accounts.js';
import { defaultSupportPolicy, type SupportPolicy } from './support.js';
import { defaultSubscriptionsPolicy, type SubscriptionsPolicy } from './subscriptions.js';
import { defaultPartnersPolicy, type PartnersPolicy } from './partners.js';
import { defaultBillingPolicy, type BillingPolicy } from './billing.js';
import { deepFreeze } from '../internal/deepFreeze.js';

/**
 * A complete policy: every rule value the engines read, as plain JSON-friendly data grouped by
 * context. Each context adds its part here.
 */
export interface Policy {
  readonly catalog: CatalogData;
  readonly pricing: PricingPolicy;
  readonly accounts: AccountsPolicy;
  readonly support: SupportPolicy;
  readonly subscriptions: SubscriptionsPolicy;
  readonly partners: PartnersPolicy;
  readonly billing: BillingPolicy;
}

/**
 * Every value taken from the provider's sources, grouped by context; each value carries its rule
 * ID in a comment in the file it comes from. Override parts with {@link definePolicy}.
 *
 * @example
 * ```ts
 * defaultPolicy.pricing.partnerDiscountCap; // '35%' (PRC-04)
 * ```
 */
export const defaultPolicy: Policy = /*@__PURE__*/ deepFreeze({
  catalog: defaultCatalog,
  pricing: defaultPricingPolicy,
  accounts: defaultAccountsPolicy,
  support: defaultSupportPolicy,
  subscriptions: defaultSubscriptionsPolicy,
  partners: defaultPartnersPolicy,
  billing: defaultBillingPolicy,
});
