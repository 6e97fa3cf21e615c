import type { Reason } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import { Money } from '../money/index.js';
import { defaultPolicy, type Policy } from '../policy/index.js';
import { instantSchema, type InstantInput } from './schema.js';
import { parseSubscription, type Subscription, type SubscriptionInput } from './subscription.js';
import { addZonedMonths, zonedDay } from './zonedMonths.js';
import { compileSubscriptionsPolicy, type CompiledSubscriptionsPolicy } from './compiledPolicy.js';

/** The outcome of a cancellation request (COM-02, COM-03). */
export interface Cancellation {
  /** When the subscription ends: the end of the term running at the request. */
  readonly effectiveAt: Date;
  /** Always zero (COM-03), in the subscription's currency. */
  readonly refund: Money;
  /** Why the subscription runs on, and why nothing is refunded. */
  readonly reasons: readonly Reason[];
}

/**
 * Requests the cancellation of a Premium Support subscription. It cannot end early (COM-02): the
 * cancellation takes effect at the end of the term running at `requestedAt` — the firm term
 * (COM-01), or after it the renewal term of `policy.subscriptions.renewalMonths` months counted from
 * the start (Decision). Nothing is refunded (COM-03). A request made exactly at a term's end
 * falls in the next term.
 *
 * @param sub - a {@link Subscription} or its JSON form.
 * @param requestedAt - when the customer asks.
 * @throws InvalidInputError (`INVALID_INPUT`) for an invalid subscription or instant.
 *
 * @example
 * ```ts
 * const sub = subscribe({ tier: 'pro', startedAt: '2026-01-15T09:00:00+01:00' });
 * const c = requestCancellation(sub, '2026-02-01T00:00:00Z');
 * c.effectiveAt;        // 2026-07-15T07:00:00.000Z (09:00 in Zurich)
 * c.refund.toString();  // 'CHF 0.00'
 * c.reasons.map((r) => r.code); // ['CANCELLED_AT_TERM_END', 'NO_REFUND']
 * ```
 */
export function requestCancellation(sub: SubscriptionInput, requestedAt: InstantInput, policy: Policy = defaultPolicy): Cancellation {
  const subscription = parseSubscription(sub);
  const at = parseInput(instantSchema, requestedAt, 'requestedAt', 'COM-02');
  return cancel(subscription, at, compileSubscriptionsPolicy(policy));
}

/** @internal */
export function cancel(sub: Subscription, at: Date, subs: CompiledSubscriptionsPolicy): Cancellation {
  const effectiveAt = currentTermEnd(sub, at, subs);
  const day = effectiveAt.toISOString();
  return Object.freeze({
    effectiveAt,
    refund: Money.zero(sub.currency),
    reasons: Object.freeze([
      {
        code: 'CANCELLED_AT_TERM_END',
        rule: 'COM-02',
        message: `Premium Support cannot be cancelled before the end of its term; the cancellation takes effect at ${day}.`,
      },
      {
        code: 'NO_REFUND',
        rule: 'COM-03',
        message: 'The committed amount is not refunded, not even pro rata.',
      },
    ]),
  });
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
