import { strictObject } from '../internal/checks.js';
import { isOpen } from '../calendar/openings.js';
import { parseInput } from '../internal/parse.js';
import type { SupportTier } from '../policy/index.js';
import { instantSchema, tierSchema, type SupportInstantInput } from './schema.js';
import { compileSupportPolicy } from './compiledPolicy.js';
import { SUPPORT_DEFAULTS, type SupportPolicyParts } from './policyParts.js';

const argsSchema = strictObject({ tier: tierSchema, at: instantSchema });

/**
 * Whether a tier's account manager can be reached at an instant (SUP-05): the tier has at least
 * one (Pro one, Enterprise two, one of them technical) and it is Mon–Fri 09:00–18:00 in Zurich.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for an unknown tier or an invalid instant.
 * @example
 * ```ts
 * isAccountManagerAvailable('pro', '2026-03-30T10:00:00+02:00');  // true (Monday 10:00)
 * isAccountManagerAvailable('pro', '2026-03-28T10:00:00+01:00');  // false (Saturday)
 * isAccountManagerAvailable('plus', '2026-03-30T10:00:00+02:00'); // false (no account manager)
 * ```
 */
export function isAccountManagerAvailable(
  tier: SupportTier,
  at: SupportInstantInput,
  policy: SupportPolicyParts = SUPPORT_DEFAULTS,
): boolean {
  const input = parseInput(argsSchema, { tier, at }, 'account manager request', 'SUP-05');
  const { data, schedules } = compileSupportPolicy(policy);
  return data.tiers[input.tier].accountManagers.total > 0 && isOpen(input.at, schedules.accountManager);
}
