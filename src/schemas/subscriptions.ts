import { requestSchema as billingComparisonSchema } from '../subscriptions/billingPeriods.js';
import { targetSchema } from '../subscriptions/changeTier.js';
import { requestSchema as commitmentTermSchema } from '../subscriptions/commitmentTerm.js';
import { ladderSchema } from '../subscriptions/planLadder.js';
import { eventSchema } from '../subscriptions/refunds.js';
import { subscriptionSchema } from '../subscriptions/schema.js';
import { requestSchema as subscribeSchema } from '../subscriptions/subscription.js';
import { defaultSubscriptionsPolicy } from '../policy/subscriptions.js';
import type { JsonSchema } from '../internal/jsonHint.js';
import { inputEntries, withProperty } from './entry.js';

/** COM-01: the firm term's minimum of `defaultPolicy` (6 months), which `subscribe` and `commitmentTerm` refuse below. */
const MIN_MONTHS = defaultSubscriptionsPolicy.commitmentMonths;

/** `json` with `key` (a number of months) at least the default policy's minimum, and saying so. */
const monthsAtLeastMinimum =
  (key: string, what: string) =>
  (json: JsonSchema): JsonSchema =>
    withProperty(json, key, {
      minimum: MIN_MONTHS,
      description: `${what}: at least ${MIN_MONTHS} (COM-01, the default policy's minimum commitment), at most 1200.`,
    });

/** Premium Support subscriptions (COM-01..05). */
export const subscriptionsInputs = inputEntries({
  SubscribeInput: {
    schema: subscribeSchema,
    title: 'Subscription request',
    description:
      'A Premium Support subscription request: tier, start, and optionally billing period, currency and commitment months (default ' +
      `and minimum ${MIN_MONTHS}: the default policy's).`,
    usedBy: ['subscribe(req)'],
    notChecked: ['that the commitment ends by the year 9999', 'a policy other than defaultPolicy (its minimum commitment)'],
    complete: monthsAtLeastMinimum('months', 'Length of the firm term in months'),
  },
  SubscriptionInput: {
    schema: subscriptionSchema,
    title: 'Subscription',
    description: 'A subscription as subscribe() returns it, in its JSON form.',
    usedBy: ['requestCancellation(sub, requestedAt)', 'refundFor(sub, event)', 'changeTier(sub, target)'],
    notChecked: [
      'that the commitment term starts at startedAt and ends commitmentMonths months later (in the policy time zone)',
      'a policy other than defaultPolicy (its minimum commitment and time zone)',
    ],
    complete: monthsAtLeastMinimum('commitmentMonths', 'Length of the firm term in months'),
  },
  CommitmentTermInput: {
    schema: commitmentTermSchema,
    title: 'Commitment term request',
    description: `The start of a commitment and, optionally, its length in months (default and minimum ${MIN_MONTHS}, defaultPolicy's).`,
    usedBy: ['commitmentTerm(req)'],
    notChecked: ['that the commitment ends by the year 9999', 'a policy other than defaultPolicy (its minimum commitment)'],
    complete: monthsAtLeastMinimum('months', 'Length of the commitment in months'),
  },
  BillingComparisonInput: {
    schema: billingComparisonSchema,
    title: 'Billing comparison request',
    description:
      'A tier, and optionally a currency, a commitment duration in months (default 6) and monthly and annual prices, to compare the ' +
      'two billing periods.',
    usedBy: ['compareBillingPeriods(req)'],
    notChecked: ['a policy other than defaultPolicy (its minimum commitment)'],
    complete: monthsAtLeastMinimum('months', 'Commitment duration in months'),
  },
  RefundEvent: {
    schema: eventSchema,
    title: 'Refund event',
    description: 'What the customer does that could call for a refund.',
    usedBy: ['refundFor(sub, event)'],
  },
  SupportTierTarget: {
    schema: targetSchema,
    title: 'Target support tier',
    description: 'The tier to change a subscription to.',
    usedBy: ['changeTier(sub, target)'],
  },
  PlanLadderInput: {
    schema: ladderSchema,
    title: 'Plan ladder',
    description: 'An upgrade-only plan ladder in its JSON form: plans lowest first, and the rule ID its refusals report.',
    usedBy: [
      'canChangePlan(ladder, from, to)',
      'changePlan(ladder, from, to)',
      'planChangeKind(ladder, from, to)',
      'changeOffer(ladder, from, to)',
    ],
    notChecked: ['that the plans are unique'],
  },
});
