import { requestSchema as billingComparisonSchema } from '../subscriptions/billingPeriods.js';
import { targetSchema } from '../subscriptions/changeTier.js';
import { requestSchema as commitmentTermSchema } from '../subscriptions/commitmentTerm.js';
import { ladderSchema } from '../subscriptions/planLadder.js';
import { eventSchema } from '../subscriptions/refunds.js';
import { subscriptionSchema } from '../subscriptions/schema.js';
import { requestSchema as subscribeSchema } from '../subscriptions/subscription.js';
import { inputEntries } from './entry.js';

/** Premium Support subscriptions (COM-01..05). */
export const subscriptionsInputs = inputEntries({
  SubscribeInput: {
    schema: subscribeSchema,
    title: 'Subscription request',
    description: 'A Premium Support subscription request: tier, start, and optionally billing period, currency and commitment months.',
    usedBy: ['subscribe(req)'],
  },
  SubscriptionInput: {
    schema: subscriptionSchema,
    title: 'Subscription',
    description: 'A subscription as subscribe() returns it, in its JSON form.',
    usedBy: ['requestCancellation(sub, requestedAt)', 'refundFor(sub, event)', 'changeTier(sub, target)'],
    notChecked: ['that the commitment term ends after it starts'],
  },
  CommitmentTermInput: {
    schema: commitmentTermSchema,
    title: 'Commitment term request',
    description: 'The start of a commitment and, optionally, its length in months.',
    usedBy: ['commitmentTerm(req)'],
  },
  BillingComparisonInput: {
    schema: billingComparisonSchema,
    title: 'Billing comparison request',
    description:
      'A tier, and optionally a currency, a commitment duration in months (default 6) and monthly and annual prices, to compare the ' +
      'two billing periods.',
    usedBy: ['compareBillingPeriods(req)'],
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
