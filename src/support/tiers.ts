import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { decide, type Decision, type Reason } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import type { SupportTier, SupportTierData } from '../policy/index.js';
import { tierSchema } from './schema.js';
import { compileSupportPolicy } from './compiledPolicy.js';
import { SUPPORT_DEFAULTS, type SupportPolicyParts } from './policyParts.js';

/**
 * Every feature of a support tier, from the policy (SUP-01..08): included or subscribed, guaranteed
 * first response, emergency calls, account managers, custom advice, partners, VIP code.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for an unknown tier.
 * @example
 * ```ts
 * supportTierFeatures('enterprise');
 * // { name: 'Enterprise', included: false, firstResponseHours: 1, emergencyCalls: true,
 * //   accountManagers: { total: 2, technical: 1 }, customAdvice: true, openToPartners: false, vipCode: true }
 * ```
 */
export function supportTierFeatures(tier: SupportTier, policy: SupportPolicyParts = SUPPORT_DEFAULTS): SupportTierData {
  const t = compileSupportPolicy(policy).data.tiers[parseInput(tierSchema, tier, 'support tier', 'SUP-01')];
  // A frozen copy: callers must not be able to change the shared default policy through it.
  return Object.freeze({ ...t, accountManagers: Object.freeze({ ...t.accountManagers }) });
}

/** Who subscribes a tier (SUP-06). */
export type SupportSubscriberKind = 'customer' | 'partner';

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const takeSchema = strictObject({ tier: tierSchema, subscriber: z.enum(['customer', 'partner']) });

/**
 * Whether a customer or a partner can take a tier (SUP-06: "Partners can benefit from this support"
 * is said of Plus). By default partners can take Standard and Plus; the sources are silent on Pro
 * and Enterprise, so those stay closed to partners unless the policy opens them
 * (`support.tiers.pro.openToPartners`).
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for an unknown tier or subscriber kind.
 * @example
 * ```ts
 * canTakeSupportTier({ tier: 'plus', subscriber: 'partner' }); // { allowed: true }
 * canTakeSupportTier({ tier: 'pro', subscriber: 'partner' });
 * // { allowed: false, reasons: [{ code: 'TIER_NOT_OPEN_TO_PARTNERS', rule: 'SUP-06', … }] }
 * ```
 */
export function canTakeSupportTier(
  req: { tier: SupportTier; subscriber: SupportSubscriberKind },
  policy: SupportPolicyParts = SUPPORT_DEFAULTS,
): Decision {
  const { tier, subscriber } = parseInput(takeSchema, req, 'support tier request', 'SUP-06');
  const features = compileSupportPolicy(policy).data.tiers[tier];
  const reasons: Reason[] = [];
  if (subscriber === 'partner' && !features.openToPartners) {
    reasons.push({ code: 'TIER_NOT_OPEN_TO_PARTNERS', rule: 'SUP-06', message: `${features.name} support is not offered to partners.` });
  }
  return decide(reasons);
}

/**
 * Whether a tier gives a VIP code (SUP-08). Every user has a support code; the VIP code is
 * reserved to Premium Support customers (Plus, Pro and Enterprise by default; the older German
 * page names only Pro and Enterprise — set `support.tiers.plus.vipCode` to `false` to follow it).
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for an unknown tier.
 * @example
 * ```ts
 * canUseVipCode('plus');     // { allowed: true }
 * canUseVipCode('standard'); // { allowed: false, reasons: [{ code: 'VIP_CODE_NOT_INCLUDED', rule: 'SUP-08', … }] }
 * ```
 */
export function canUseVipCode(tier: SupportTier, policy: SupportPolicyParts = SUPPORT_DEFAULTS): Decision {
  const features = supportTierFeatures(tier, policy);
  return decide(
    features.vipCode
      ? []
      : [
          {
            code: 'VIP_CODE_NOT_INCLUDED',
            rule: 'SUP-08',
            message: `The VIP code is reserved to Premium Support; ${features.name} support does not include it.`,
          },
        ],
  );
}
