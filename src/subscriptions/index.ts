/**
 * Premium Support subscriptions: the firm commitment of a chosen duration (COM-01), cancellation
 * never before its end and then at the end of a billing period (COM-02),
 * no refunds (COM-03), upgrade-only plan ladders (COM-04, shared with kSuite offers ACC-04) and the
 * monthly-versus-annual comparison (COM-05).
 *
 * @module subscriptions
 */
export { commitmentTerm, type CommitmentTerm, type CommitmentTermRequest } from './commitmentTerm.js';
export type { SubscriptionsPolicyParts } from './policyParts.js';
export { subscribe, type Subscription, type SubscriptionInput, type SubscribeRequest } from './subscription.js';
export { requestCancellation, type Cancellation } from './cancellation.js';
export { refundFor, REFUND_EVENTS, type Refund, type RefundEvent } from './refunds.js';
export {
  planLadder,
  planChangeKind,
  canChangePlan,
  changePlan,
  changeOffer,
  type PlanLadder,
  type PlanLadderOptions,
  type PlanChangeKind,
} from './planLadder.js';
export { changeTier, supportTierLadder } from './changeTier.js';
export { compareBillingPeriods, type BillingComparison, type BillingComparisonRequest } from './billingPeriods.js';
