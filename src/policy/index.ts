/**
 * Policy: the rule values as data (`defaultPolicy`) and validated overrides (`definePolicy`).
 *
 * @module policy
 */
export { defaultPolicy, type Policy } from './defaultPolicy.js';
export { definePolicy, type PolicyOverrides, type DeepPartial } from './definePolicy.js';
export { defaultCatalog, type CatalogData, type ProductData, type TierBracketData, type TierMode, type BillingPeriod } from './catalog.js';
export { catalogSchema } from './catalogSchema.js';
export { defaultPricingPolicy, type PricingPolicy } from './pricing.js';
export { pricingPolicySchema } from './pricingSchema.js';
export { policySchema } from './schema.js';
export { defaultAccountsPolicy, accountsPolicySchema, type AccountsPolicy, type OrganizationRole } from './accounts.js';
export {
  defaultSupportPolicy,
  supportPolicySchema,
  supportHoursSchema,
  SUPPORT_TIERS,
  type SupportPolicy,
  type SupportTierData,
  type SupportTier,
  type PremiumSupportTier,
  type SupportChannel,
  type IncidentKind,
  type SupportActorKind,
  type SupportHoursData,
  type SupportWeekday,
} from './support.js';
export {
  defaultSubscriptionsPolicy,
  subscriptionsPolicySchema,
  billingPricesSchema,
  type SubscriptionsPolicy,
  type SupportBilling,
  type BillingPrices,
  type DurationPrices,
  type AfterCommitment,
} from './subscriptions.js';
export { defaultPartnersPolicy, partnersPolicySchema, COMPANY_REGISTERS, type PartnersPolicy, type CompanyRegister } from './partners.js';
export {
  defaultBillingPolicy,
  billingPolicySchema,
  type BillingPolicy,
  type ReminderStepData,
  type PayoutMethod,
  type PaymentMeansKind,
  type DomainTransferFeeData,
} from './billing.js';
