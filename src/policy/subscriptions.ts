import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { currencySchema } from '../money/schema.js';
import { positiveAmountSchema } from '../money/amount.js';

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

/** Subscription policy data (COM-01..05). */
export interface SubscriptionsPolicy {
  /** The firm commitment, in months from the start (COM-01). */
  readonly commitmentMonths: number;
  /**
   * After the first term, the commitment renews by terms of this many months, counted from the
   * start (COM-02, Decision).
   */
  readonly renewalMonths: number;
  /** The zone whose calendar day anchors terms: "the same day of the month" (COM-01, Decision). */
  readonly timeZone: string;
  /** The billing period when a subscription does not name one (COM-05, Decision). */
  readonly defaultBilling: SupportBilling;
  /** The currency of a subscription's amounts when it does not name one. */
  readonly defaultCurrency: string;
  /**
   * Price table: tier → currency → prices per period (COM-05). The sources give no figures, so the
   * default table is empty and callers pass their own prices.
   */
  readonly prices: Readonly<Record<string, Readonly<Record<string, BillingPrices>>>>;
}

/** The sources' subscription values, each with its rule ID and source. */
export const defaultSubscriptionsPolicy: SubscriptionsPolicy = {
  // COM-01: "the Premium Support offer requires a firm and definitive commitment for a minimum
  // period of 6 months" (commitment period FAQ).
  commitmentMonths: 6,
  // COM-02 (Decision): the sources say nothing about what follows the first term; the library
  // renews by terms of the same length, so a cancellation always has a term end to wait for.
  renewalMonths: 6,
  // COM-01 (Decision): the provider is Swiss; a term started late on the 31st UTC is a 1st in Zurich.
  timeZone: 'Europe/Zurich',
  // COM-05 (Decision): the sources name both periods and no default; monthly is the smaller step.
  defaultBilling: 'monthly',
  defaultCurrency: 'CHF',
  // COM-05: "Is it advantageous to pay annually?" — asked without figures; no price is invented.
  prices: {},
};

const positive = positiveAmountSchema;

/** zod schema of one tier's prices per period. */
export const billingPricesSchema = strictObject({ monthly: positive, annual: positive });

/** zod schema of the subscription policy. */
export const subscriptionsPolicySchema = strictObject({
  commitmentMonths: z.int().check(z.gte(1), z.lte(120)),
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
  prices: z.partialRecord(z.enum(['plus', 'pro', 'enterprise']), z.record(currencySchema, billingPricesSchema)),
});
