import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { currencySchema } from '../money/schema.js';
import { positiveAmountSchema } from '../money/amount.js';
import { deepFreeze } from '../internal/deepFreeze.js';

/** How a Premium Support subscription is paid (COM-05). */
export type SupportBilling = 'monthly' | 'annual';

/**
 * Prices of one tier in one currency, excluding VAT: `monthly` is the price of one month when
 * paying monthly, `annual` the price of one year when paying annually (COM-05).
 */
export interface BillingPrices {
  readonly monthly: string | number;
  readonly annual: string | number;
}

/**
 * What follows the firm commitment (COM-02, Decision; the sources are silent):
 * - `'end-of-billing-period'` (default): a cancellation takes effect at the end of the billing
 *   period (month or year, counted from the start) running at the request;
 * - `'renew-term'`: the commitment renews by terms of `renewalMonths`, and a cancellation waits for
 *   the end of the term running at the request.
 */
export type AfterCommitment = 'end-of-billing-period' | 'renew-term';

/**
 * Prices of one tier in one currency: per commitment duration in months (`'6'`, `'12'`, …), or —
 * the earlier form, still read — one {@link BillingPrices} that is the price of the minimum
 * commitment (`commitmentMonths`).
 */
export type DurationPrices = BillingPrices | Readonly<Record<string, BillingPrices>>;

/** Subscription policy data (COM-01..05). */
export interface SubscriptionsPolicy {
  /** The firm commitment, in months from the start (COM-01). */
  readonly commitmentMonths: number;
  /**
   * What follows the firm commitment (COM-02, Decision): `'end-of-billing-period'` (default) or
   * `'renew-term'` (renewal by terms of `renewalMonths`).
   */
  readonly afterCommitment: AfterCommitment;
  /**
   * With `afterCommitment: 'renew-term'`: after the first term, the commitment renews by terms of
   * this many months, counted from the start (COM-02, Decision).
   */
  readonly renewalMonths: number;
  /** The zone whose calendar day anchors terms: "the same day of the month" (COM-01, Decision). */
  readonly timeZone: string;
  /** The billing period when a subscription does not name one (COM-05, Decision). */
  readonly defaultBilling: SupportBilling;
  /** The currency of a subscription's amounts when it does not name one. */
  readonly defaultCurrency: string;
  /**
   * Price table: tier → currency → commitment duration in months → prices per period (COM-05: the
   * price "may vary depending on the level of service and the duration of the commitment"). A
   * currency may also map straight to one {@link BillingPrices}: the price of the minimum
   * commitment. The sources give no figures, so the default table is empty and callers pass their
   * own prices.
   */
  readonly prices: Readonly<Record<string, Readonly<Record<string, DurationPrices>>>>;
}

/** The sources' subscription values, each with its rule ID and source. */
export const defaultSubscriptionsPolicy: SubscriptionsPolicy = /*@__PURE__*/ deepFreeze({
  // COM-01: "the Premium Support offer requires a firm and definitive commitment for a minimum
  // period of 6 months" (commitment period FAQ).
  commitmentMonths: 6,
  // COM-02 (Decision): "a minimum of 6 months, with no possibility of canceling before the end of
  // the term" — the sources say nothing about what follows the term; the library lets a
  // cancellation after it take effect at the end of the billing period then running.
  afterCommitment: 'end-of-billing-period',
  // COM-02 (Decision): with afterCommitment 'renew-term', renewals by terms of the minimum length.
  renewalMonths: 6,
  // COM-01 (Decision): the provider is Swiss; a term started late on the 31st UTC is a 1st in Zurich.
  timeZone: 'Europe/Zurich',
  // COM-05 (Decision): the sources name both periods and no default; monthly is the smaller step.
  defaultBilling: 'monthly',
  defaultCurrency: 'CHF',
  // COM-05: "Is it advantageous to pay annually?" — asked without figures; no price is invented.
  prices: {},
});

const positive = positiveAmountSchema;

/** zod schema of one tier's prices per period. */
export const billingPricesSchema = strictObject({ monthly: positive, annual: positive });

/** zod schema: a commitment duration in months as a price-table key, `'1'`..`'1200'`. */
export const durationKeySchema = z.string().check(
  z.regex(/^[1-9][0-9]{0,3}$/, "must be a whole number of months, e.g. '6' or '12'"),
  z.refine((k) => Number(k) <= 1200, 'must be at most 1200 months'),
);

/** zod schema of one tier's prices in one currency: per duration, or the minimum duration's. */
export const durationPricesSchema = z.union([billingPricesSchema, z.record(durationKeySchema, billingPricesSchema)]);

/** zod schema of the subscription policy. */
export const subscriptionsPolicySchema = strictObject({
  commitmentMonths: z.int().check(z.gte(1), z.lte(120)),
  afterCommitment: z.enum(['end-of-billing-period', 'renew-term']),
  renewalMonths: z.int().check(z.gte(1), z.lte(120)),
  timeZone: z.string().check(
    z.refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone'),
  ),
  defaultBilling: z.enum(['monthly', 'annual']),
  defaultCurrency: currencySchema,
  prices: z.partialRecord(z.enum(['plus', 'pro', 'enterprise']), z.record(currencySchema, durationPricesSchema)),
});
