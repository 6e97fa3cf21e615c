import type * as z from 'zod/mini';
import { policyPartReader } from '../internal/policyPart.js';
import { Money } from '../money/money.js';
import { billingPolicySchema } from '../policy/billing.js';

/** A reminder step with its fees as Money. */
export interface CompiledStep {
  readonly step: number;
  readonly name: string;
  readonly daysAfterDue: number;
  readonly fees: ReadonlyMap<string, Money>;
  readonly illustrative: boolean;
}

/** The billing policy, validated, with the reminder steps' fees as Money. */
export interface CompiledBillingPolicy {
  readonly data: z.output<typeof billingPolicySchema>;
  readonly steps: readonly CompiledStep[];
  /** The domain transfer fee by currency (BIL-12). */
  readonly transferFees: ReadonlyMap<string, Money>;
  /** The payment means kinds a profile can hold (BIL-13). */
  readonly paymentMeans: ReadonlySet<string>;
}

/**
 * @internal The billing part of a policy, validated and compiled once per policy object.
 * @throws InvalidInputError (`INVALID_INPUT`) when the policy or its `billing` part is malformed.
 */
export const billingPolicyOf: (policy: unknown) => CompiledBillingPolicy = policyPartReader('billing', billingPolicySchema, (data) => ({
  data,
  steps: data.reminderSteps.map((s) => ({
    step: s.step,
    name: s.name,
    daysAfterDue: s.daysAfterDue,
    fees: new Map(Object.entries(s.fees ?? {}).map(([currency, fee]) => [currency, new Money(fee, currency)])),
    illustrative: s.illustrative === true,
  })),
  transferFees: new Map(Object.entries(data.domainTransfer.fees).map(([currency, fee]) => [currency, new Money(fee, currency)])),
  paymentMeans: new Set(data.paymentMeans),
}));
