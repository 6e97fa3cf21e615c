import type { Policy } from '../policy/defaultPolicy.js';
import { defaultCatalog } from '../policy/catalog.js';
import { defaultPartnersPolicy } from '../policy/partners.js';
import { defaultPricingPolicy } from '../policy/pricing.js';

/**
 * The parts of a {@link Policy} that the partner functions read: the program's values, and the
 * partner discount cap (PRC-04), which is pricing's. A whole `Policy` fits.
 */
export type PartnersPolicyParts = Pick<Policy, 'partners' | 'pricing'>;

/** What the incentive functions read besides: the catalog, whose tiers raise the cap (PRC-04). A whole `Policy` fits. */
export type IncentivePolicyParts = Pick<Policy, 'partners' | 'pricing' | 'catalog'>;

/**
 * The partner defaults, without the other contexts' policy parts (DESIGN.md principle 12):
 * defaulting to `defaultPolicy` would pull every context's policy data and schemas into a bundle
 * that imports one partner function. @internal
 */
export const PARTNERS_DEFAULTS: PartnersPolicyParts = /*@__PURE__*/ Object.freeze({
  partners: defaultPartnersPolicy,
  pricing: defaultPricingPolicy,
});

/** The incentive defaults: the partner defaults and the default catalog. @internal */
export const INCENTIVE_DEFAULTS: IncentivePolicyParts = /*@__PURE__*/ Object.freeze({ ...PARTNERS_DEFAULTS, catalog: defaultCatalog });
