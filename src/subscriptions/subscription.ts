import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { invalidField, parseInput } from '../internal/parse.js';
import { currencySchema } from '../money/schema.js';
import type { PremiumSupportTier, SupportBilling } from '../policy/index.js';
import { termFrom, type CommitmentTerm } from './commitmentTerm.js';
import { compileSubscriptionsPolicy, type CompiledSubscriptionsPolicy } from './compiledPolicy.js';
import { addZonedMonths } from './zonedMonths.js';
import { billingSchema, instantSchema, premiumTierSchema, subscriptionSchema, type InstantInput } from './schema.js';
import { SUBSCRIPTIONS_DEFAULTS, type SubscriptionsPolicyParts } from './policyParts.js';

/**
 * A Premium Support subscription: plain immutable data. `JSON.parse(JSON.stringify(sub))` is
 * accepted by every function that takes a subscription (instants come back as ISO strings).
 */
export interface Subscription {
  readonly tier: PremiumSupportTier;
  readonly billing: SupportBilling;
  /** The currency of the subscription's amounts (refunds are stated in it). */
  readonly currency: string;
  readonly startedAt: Date;
  /** Length of the first term in months (COM-01). */
  readonly commitmentMonths: number;
  /** The first, firm term (COM-01); an upgrade keeps it (COM-04). */
  readonly commitment: CommitmentTerm;
}

/** A {@link Subscription}, or its JSON form with instants as ISO strings. */
export type SubscriptionInput =
  | Subscription
  | (Omit<Subscription, 'startedAt' | 'commitment'> & {
      readonly startedAt: InstantInput;
      readonly commitment: { readonly start: InstantInput; readonly end: InstantInput };
    });

/** Input of {@link subscribe}. */
export interface SubscribeRequest {
  readonly tier: PremiumSupportTier;
  readonly startedAt: InstantInput;
  /** Default: `policy.subscriptions.defaultBilling` (`'monthly'`). */
  readonly billing?: SupportBilling;
  /** Default: `policy.subscriptions.defaultCurrency` (`'CHF'`). */
  readonly currency?: string;
  /** Length of the firm term; default and minimum 6 (COM-01). */
  readonly months?: number;
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const requestSchema = strictObject({
  tier: premiumTierSchema,
  startedAt: instantSchema,
  billing: z.optional(billingSchema),
  currency: z.optional(currencySchema),
  months: z.optional(z.int().check(z.gte(1), z.lte(1200))),
});

/**
 * Subscribes to a Premium Support tier (Plus, Pro or Enterprise) with its firm commitment
 * (COM-01). Standard support is included with every account and is not subscribed.
 *
 * @returns a frozen {@link Subscription}.
 * @throws InvalidInputError (`INVALID_INPUT`) for an unknown tier (including `'standard'`), an
 *   invalid instant, billing period or currency, or a start whose commitment would end after the
 *   year 9999 (what every function reads back).
 * @throws HostPolicyError `COMMITMENT_TOO_SHORT` (COM-01) for `months` below the minimum.
 *
 * @example
 * ```ts
 * const sub = subscribe({ tier: 'plus', startedAt: '2026-01-31T09:00:00+01:00', billing: 'annual' });
 * sub.commitment.end; // 2026-07-31T07:00:00.000Z (31 July, 09:00 in Zurich)
 * ```
 */
export function subscribe(req: SubscribeRequest, policy: SubscriptionsPolicyParts = SUBSCRIPTIONS_DEFAULTS): Subscription {
  const input = parseInput(requestSchema, req, 'subscription request', 'COM-01');
  const subs = compileSubscriptionsPolicy(policy);
  const months = input.months ?? subs.commitmentMonths;
  return Object.freeze({
    tier: input.tier,
    billing: input.billing ?? subs.defaultBilling,
    currency: input.currency ?? subs.defaultCurrency,
    startedAt: input.startedAt,
    commitmentMonths: months,
    commitment: termFrom(input.startedAt, months, subs, 'subscription request'),
  });
}

/**
 * @internal Reads a subscription (or its JSON form) at a public boundary, and checks it against
 * its own terms under `subs`: a subscription read back from storage is hostile input
 * (docs/security.md), and a commitment `subscribe` would never compute (1 month, an end one month
 * after the start, a start years before `startedAt`) would let a cancellation take effect before
 * the end of the firm term (COM-01, COM-02).
 */
export function parseSubscription(input: unknown, subs: CompiledSubscriptionsPolicy, what = 'subscription'): Subscription {
  const sub = parseInput(subscriptionSchema, input, what);
  const minimum = subs.commitmentMonths;
  if (sub.commitmentMonths < minimum) {
    invalidField(what, ['commitmentMonths'], `must be at least ${minimum} (the firm term of Premium Support)`, 'COM-01');
  }
  if (sub.commitment.start.getTime() !== sub.startedAt.getTime()) {
    invalidField(
      what,
      ['commitment', 'start'],
      `must be startedAt, ${sub.startedAt.toISOString()}: the firm term starts with the subscription`,
      'COM-01',
    );
  }
  const end = addZonedMonths(sub.startedAt, sub.commitmentMonths, subs.timeZone);
  if (sub.commitment.end.getTime() !== end.getTime()) {
    invalidField(
      what,
      ['commitment', 'end'],
      `must be ${sub.commitmentMonths} months after startedAt in ${subs.timeZone}, ${end.toISOString()}: the end of the firm term`,
      'COM-02',
    );
  }
  return Object.freeze({ ...sub, commitment: Object.freeze(sub.commitment) });
}
