import { policyPartReader } from '../internal/policyPart.js';
import { accountsPolicySchema, type AccountsPolicy } from '../policy/accounts.js';
import type { AccountsPolicyParts } from './policyParts.js';

const readAccountsPolicy = policyPartReader('accounts', accountsPolicySchema);

/**
 * The accounts part of a policy, validated once per part object (callers may pass any policy,
 * e.g. one built by hand instead of `definePolicy`).
 *
 * @throws InvalidInputError (`INVALID_INPUT`) when the policy or its `accounts` part is malformed.
 */
export function accountsPolicyOf(policy: AccountsPolicyParts): AccountsPolicy {
  return readAccountsPolicy(policy) as AccountsPolicy;
}
