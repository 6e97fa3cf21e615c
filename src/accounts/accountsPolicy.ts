import { invalidField, parseInput } from '../internal/parse.js';
import { accountsPolicySchema, type AccountsPolicy } from '../policy/accounts.js';
import type { Policy } from '../policy/defaultPolicy.js';

const cache = new WeakMap<object, AccountsPolicy>();

/**
 * The accounts part of a policy, validated once per part object (callers may pass any policy,
 * e.g. one built by hand instead of `definePolicy`).
 *
 * @throws InvalidInputError (`INVALID_INPUT`) when the policy or its `accounts` part is malformed.
 */
export function accountsPolicyOf(policy: Policy): AccountsPolicy {
  if (typeof policy !== 'object' || policy === null) invalidField('policy', [], 'must be a policy object (see definePolicy)');
  const part: unknown = (policy as { accounts?: unknown }).accounts;
  if (typeof part !== 'object' || part === null) invalidField('policy', ['accounts'], 'is required (see definePolicy)');
  let parsed = cache.get(part);
  if (parsed === undefined) {
    parsed = parseInput(accountsPolicySchema, part, 'policy.accounts') as AccountsPolicy;
    cache.set(part, parsed);
  }
  return parsed;
}
