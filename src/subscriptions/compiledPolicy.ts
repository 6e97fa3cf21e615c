import type * as z from 'zod/mini';
import { policyPartReader } from '../internal/policyPart.js';
import { subscriptionsPolicySchema } from '../policy/subscriptions.js';

/** The subscription policy, validated (prices as exact decimals). */
export type CompiledSubscriptionsPolicy = z.output<typeof subscriptionsPolicySchema>;

/**
 * @internal The subscriptions part of a policy, validated once per policy object.
 * @throws InvalidInputError (`INVALID_INPUT`) when it is not valid.
 */
export const compileSubscriptionsPolicy: (policy: unknown) => CompiledSubscriptionsPolicy = policyPartReader(
  'subscriptions',
  subscriptionsPolicySchema,
);
