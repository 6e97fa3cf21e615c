import { parseInput } from '../internal/parse.js';
import { ownValue, policyPart, requirePolicyObject } from '../internal/policyPart.js';
import { Money } from '../money/money.js';
import type { Rate } from '../money/rate.js';
import { rateSchema } from '../money/schema.js';
import type { PartnersPolicyParts } from './policyParts.js';
import { partnersPolicySchema, type CompanyRegister } from '../policy/partners.js';

/** The partner program's policy values, parsed once per policy object. */
export interface CompiledPartnersPolicy {
  /** PAR-01 thresholds by currency. */
  readonly thresholds: ReadonlyMap<string, Money>;
  readonly acceptedRegisters: ReadonlySet<CompanyRegister>;
  /** PRC-04: the highest reduction a partner price may give. */
  readonly discountCap: Rate;
  readonly rfp: {
    readonly validityDays: number | null;
    readonly timeZone: string;
    readonly excerptLength: number;
    readonly topics: readonly string[];
  };
}

const cache = new WeakMap<PartnersPolicyParts, CompiledPartnersPolicy>();

/** Parses (and caches) the partner part of a policy; a bad policy raises `INVALID_INPUT`. */
export function compilePartnersPolicy(policy: PartnersPolicyParts): CompiledPartnersPolicy {
  requirePolicyObject(policy);
  const cached = cache.get(policy);
  if (cached !== undefined) return cached;
  const part = parseInput(partnersPolicySchema, policyPart(policy, 'partners'), 'policy.partners');
  const compiled: CompiledPartnersPolicy = {
    thresholds: new Map(Object.entries(part.eligibility.minimumYearlyVolume).map(([c, a]) => [c, new Money(a, c)])),
    acceptedRegisters: new Set(part.eligibility.acceptedRegisters),
    discountCap: parseInput(
      rateSchema,
      ownValue(policyPart(policy, 'pricing'), 'partnerDiscountCap', 'policy.pricing'),
      'policy.pricing.partnerDiscountCap',
    ),
    rfp: part.rfp,
  };
  cache.set(policy, compiled);
  return compiled;
}
