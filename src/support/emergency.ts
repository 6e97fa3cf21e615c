import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { isOpen } from '../calendar/openings.js';
import { decide, type Decision, type Reason } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import type { IncidentKind, SupportTier } from '../policy/index.js';
import { instantSchema, languageSchema, tierSchema, type SupportInstantInput } from './schema.js';
import { compileSupportPolicy } from './compiledPolicy.js';
import { SUPPORT_DEFAULTS, type SupportPolicyParts } from './policyParts.js';

/** Input of {@link canPlaceEmergencyCall}. */
export interface EmergencyCallRequest {
  readonly tier: SupportTier;
  readonly incident: IncidentKind;
  /** The language of the call, a BCP 47 tag (`'fr'`, `'en-GB'`, `'de-CH'`). */
  readonly language: string;
  /** Whether the incident needs the provider's immediate intervention. Default `true`. */
  readonly immediateInterventionNeeded?: boolean;
  /** When the call is placed (checked against the emergency line's hours: 24/7 by default). */
  readonly at?: SupportInstantInput;
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const requestSchema = strictObject({
  tier: tierSchema,
  incident: z.enum(['infrastructure', 'application', 'webmastering', 'other']),
  language: languageSchema,
  immediateInterventionNeeded: z.optional(z.boolean()),
  at: z.optional(instantSchema),
});

/**
 * Whether a 24/7 emergency call may be placed (SUP-04): only with a tier that includes emergency
 * calls (Pro, Enterprise), only for an infrastructure incident that needs immediate intervention,
 * only in French or English; when `at` is given, the emergency line must be open then (24/7 by
 * default, so only a policy override can close it). Every failed condition is listed.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for an unknown tier or incident kind, a malformed
 *   language tag or instant.
 * @example
 * ```ts
 * canPlaceEmergencyCall({ tier: 'pro', incident: 'infrastructure', language: 'fr-CH' }); // { allowed: true }
 * canPlaceEmergencyCall({ tier: 'plus', incident: 'webmastering', language: 'de' });
 * // { allowed: false, reasons: [{ code: 'TIER_WITHOUT_EMERGENCY_CALLS', rule: 'SUP-04', … },
 * //   { code: 'INCIDENT_NOT_ELIGIBLE', rule: 'SUP-04', … }, { code: 'LANGUAGE_NOT_SUPPORTED', rule: 'SUP-04', … }] }
 * ```
 */
export function canPlaceEmergencyCall(req: EmergencyCallRequest, policy: SupportPolicyParts = SUPPORT_DEFAULTS): Decision {
  const input = parseInput(requestSchema, req, 'emergency call request', 'SUP-04');
  const {
    data: { tiers, emergency },
    schedules,
  } = compileSupportPolicy(policy);
  const tier = tiers[input.tier];
  const reasons: Reason[] = [];
  if (!tier.emergencyCalls) {
    const allowed = Object.values(tiers)
      .filter((t) => t.emergencyCalls)
      .map((t) => t.name);
    const which = allowed.length === 0 ? 'no tier has them' : `only ${allowed.join(' and ')}`;
    reasons.push({
      code: 'TIER_WITHOUT_EMERGENCY_CALLS',
      rule: 'SUP-04',
      message: `${tier.name} support has no emergency calls (${which}).`,
    });
  }
  if (!emergency.incidents.includes(input.incident)) {
    reasons.push({
      code: 'INCIDENT_NOT_ELIGIBLE',
      rule: 'SUP-04',
      message: `Emergency calls are reserved for ${emergency.incidents.join(', ') || 'no'} incidents, not ${input.incident}.`,
    });
  }
  if (input.immediateInterventionNeeded === false) {
    reasons.push({
      code: 'NOT_URGENT',
      rule: 'SUP-04',
      message: 'Emergency calls are reserved for incidents that need immediate intervention.',
    });
  }
  if (!emergency.languages.includes(input.language)) {
    reasons.push({
      code: 'LANGUAGE_NOT_SUPPORTED',
      rule: 'SUP-04',
      message: `Emergency calls are conducted only in ${emergency.languages.join(' and ')}, not '${input.language}'.`,
    });
  }
  if (input.at !== undefined && !isOpen(input.at, schedules.emergency)) {
    reasons.push({ code: 'EMERGENCY_LINE_CLOSED', rule: 'SUP-04', message: 'The emergency line is closed at that time.' });
  }
  return decide(reasons);
}
