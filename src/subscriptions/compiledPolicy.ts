import type * as z from 'zod/mini';
import { parseInput } from '../internal/parse.js';
import { subscriptionsPolicySchema } from '../policy/subscriptions.js';

/** The subscription policy, validated (prices as exact decimals). */
export type CompiledSubscriptionsPolicy = z.output<typeof subscriptionsPolicySchema>;

// Validated once per policy part (policies are immutable data).
const cache = new WeakMap<object, CompiledSubscriptionsPolicy>();

const isObject = (v: unknown): v is object => (typeof v === 'object' && v !== null) || typeof v === 'function';

/**
 * @internal The subscriptions part of a policy, validated once per policy object.
 * @throws InvalidInputError (`INVALID_INPUT`) when it is not valid.
 */
export function compileSubscriptionsPolicy(policy: unknown): CompiledSubscriptionsPolicy {
  const part = isObject(policy) ? (policy as { subscriptions?: unknown }).subscriptions : undefined;
  const cached = isObject(part) ? cache.get(part) : undefined;
  if (cached !== undefined) return cached;
  const data = parseInput(subscriptionsPolicySchema, part, 'policy.subscriptions');
  if (isObject(part)) cache.set(part, data);
  return data;
}
