import type { Reason } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import { Money } from '../money/index.js';
import { instantSchema, type InstantInput } from './schema.js';
import { parseSubscription, type Subscription, type SubscriptionInput } from './subscription.js';
import { addZonedMonths, zonedDay } from './zonedMonths.js';
import { compileSubscriptionsPolicy, type CompiledSubscriptionsPolicy } from './compiledPolicy.js';
import { SUBSCRIPTIONS_DEFAULTS, type SubscriptionsPolicyParts } from './policyParts.js';

/** The outcome of a cancellation request (COM-02, COM-03). */
export interface Cancellation {
  /**
   * When the subscription ends: never before the commitment's end; after it, the end of the
   * billing period (or, with `afterCommitment: 'renew-term'`, of the term) running at the request.
   */
  readonly effectiveAt: Date;
  /** Always zero (COM-03), in the subscription's currency. */
  readonly refund: Money;
  /** Why the subscription runs on, and why nothing is refunded. */
  readonly reasons: readonly Reason[];
}

/**
 * Requests the cancellation of a Premium Support subscription. It cannot end before the end of
 * its firm commitment (COM-02: "a minimum of 6 months, with no possibility of canceling before the
 * end of the term"). What follows the commitment is policy (`policy.subscriptions.afterCommitment`,
 * Decision: the sources are silent):
 * - A request inside the commitment takes effect at the commitment's end, whatever the billing
 *   period (COM-02: "a cancellation request takes effect at the end of the current term").
 * - `'end-of-billing-period'` (default): after the commitment, the cancellation takes effect at
 *   the end of the billing period (a month, or a year when paid annually, counted from the start)
 *   running at the request.
 * - `'renew-term'`: the commitment renews by terms of `renewalMonths` months counted from the
 *   start, and the cancellation waits for the end of the term running at the request.
 *
 * Nothing is refunded (COM-03). A request made exactly at a term's or period's end falls in the
 * next one.
 *
 * @param sub - a {@link Subscription} or its JSON form.
 * @param requestedAt - when the customer asks.
 * @throws InvalidInputError (`INVALID_INPUT`) for an invalid subscription or instant.
 *   An invalid subscription includes one that contradicts its own terms under `policy` (the
 *   policy it was subscribed under): `commitmentMonths` below the minimum, a `commitment.start`
 *   other than `startedAt`, a `commitment.end` other than `commitmentMonths` months later.
 *
 * @example
 * ```ts
 * const sub = subscribe({ tier: 'pro', startedAt: '2026-01-15T09:00:00+01:00' });
 * const c = requestCancellation(sub, '2026-02-01T00:00:00Z');
 * c.effectiveAt;        // 2026-07-15T07:00:00.000Z (09:00 in Zurich)
 * c.refund.toString();  // 'CHF 0.00'
 * c.reasons.map((r) => r.code); // ['CANCELLED_AT_TERM_END', 'NO_REFUND']
 * requestCancellation(sub, '2026-09-20T00:00:00Z').effectiveAt; // 2026-10-15T07:00:00.000Z (monthly billing)
 * ```
 */
export function requestCancellation(
  sub: SubscriptionInput,
  requestedAt: InstantInput,
  policy: SubscriptionsPolicyParts = SUBSCRIPTIONS_DEFAULTS,
): Cancellation {
  const subs = compileSubscriptionsPolicy(policy);
  const subscription = parseSubscription(sub, subs);
  const at = parseInput(instantSchema, requestedAt, 'requestedAt', 'COM-02');
  return cancel(subscription, at, subs);
}

/** @internal */
export function cancel(sub: Subscription, at: Date, subs: CompiledSubscriptionsPolicy): Cancellation {
  const renew = subs.afterCommitment === 'renew-term';
  const committed = at.getTime() < sub.commitment.end.getTime();
  const effectiveAt = committed ? sub.commitment.end : renew ? currentTermEnd(sub, at, subs) : billingPeriodEnd(sub, at, subs);
  const day = effectiveAt.toISOString();
  const atTermEnd = renew || effectiveAt.getTime() === sub.commitment.end.getTime();
  const period = sub.billing === 'annual' ? 'annual' : 'monthly';
  const first: Reason = atTermEnd
    ? {
        code: 'CANCELLED_AT_TERM_END',
        rule: 'COM-02',
        message: `Premium Support cannot be cancelled before the end of its term; the cancellation takes effect at ${day}.`,
      }
    : {
        code: 'CANCELLED_AT_PERIOD_END',
        rule: 'COM-02',
        message:
          `The commitment ended at ${sub.commitment.end.toISOString()}; the cancellation takes effect at the end of the ${period} ` +
          `billing period running at the request, ${day}.`,
      };
  return Object.freeze({
    effectiveAt,
    refund: Money.zero(sub.currency),
    reasons: Object.freeze<Reason[]>([
      first,
      {
        code: 'NO_REFUND',
        rule: 'COM-03',
        message: 'The committed amount is not refunded, not even pro rata.',
      },
    ]),
  });
}

/** Months in one billing period. */
const PERIOD_MONTHS = { monthly: 1, annual: 12 } as const;

/**
 * @internal The first billing-period end (start + k·period, k ≥ 1, counted from the start so
 * clamping never drifts) that is after `at` and not before the commitment's end.
 */
export function billingPeriodEnd(sub: Subscription, at: Date, subs: CompiledSubscriptionsPolicy): Date {
  const p = PERIOD_MONTHS[sub.billing];
  const { timeZone } = subs;
  // The end sought is the first period end after `t`.
  const t = Math.max(at.getTime(), sub.commitment.end.getTime() - 1);
  const endOf = (k: number): Date => addZonedMonths(sub.startedAt, k * p, timeZone);
  // Period end k falls in calendar month k·p after the start's (clamping stays within the month),
  // so every k with k·p < d ends in an earlier month than `t`: start one below that estimate and
  // step up (period ends only grow with k).
  const [s, a] = [zonedDay(sub.startedAt, timeZone), zonedDay(new Date(t), timeZone)];
  const d = (a.year - s.year) * 12 + (a.month - s.month);
  let k = Math.max(1, Math.floor((d - 1) / p) - 1);
  while (endOf(k).getTime() <= t) k += 1;
  return endOf(k);
}

/**
 * @internal The end of the term that contains `at`: the firm term's end, or the first renewal end
 * after `at`. Renewal ends are counted from the start (not chained) so clamping never drifts:
 * 31 Jan → 31 Jul → 31 Jan, never 31 Jan → 31 Jul → 31 Jan → 31 Jul via a 28 Feb.
 */
export function currentTermEnd(sub: Subscription, at: Date, subs: CompiledSubscriptionsPolicy): Date {
  const first = sub.commitment.end;
  if (at.getTime() < first.getTime()) return first;
  const { renewalMonths: r, timeZone } = subs;
  const m = sub.commitmentMonths;
  // k ≥ 1 below: the firm term (k = 0) was handled above.
  const endOf = (k: number): Date => addZonedMonths(sub.startedAt, m + k * r, timeZone);
  // Calendar months from the start's month to the request's month, in the policy's zone. The end
  // of renewal k falls in month m + k·r (clamping stays within the month), so every k ≤ (d − m)/r
  // ends in an earlier month than the request (at or before it), and k = ⌊(d − m)/r⌋ + 2 ends in
  // a later month: the term sought is at most two steps above the estimate.
  const [s, a] = [zonedDay(sub.startedAt, timeZone), zonedDay(at, timeZone)];
  const d = (a.year - s.year) * 12 + (a.month - s.month);
  let k = Math.max(1, Math.floor((d - m) / r));
  for (let step = 0; step < 3 && endOf(k).getTime() <= at.getTime(); step += 1) k += 1;
  return endOf(k);
}
