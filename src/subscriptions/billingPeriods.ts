import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { HostPolicyError } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import { Money, Rate } from '../money/index.js';
import { currencySchema } from '../money/schema.js';
import { billingPricesSchema, defaultPolicy, type BillingPrices, type Policy, type PremiumSupportTier, type SupportBilling } from '../policy/index.js';
import { compileSubscriptionsPolicy } from './compiledPolicy.js';
import { premiumTierSchema } from './schema.js';

/** Input of {@link compareBillingPeriods}. */
export interface BillingComparisonRequest {
  readonly tier: PremiumSupportTier;
  /** Default: `policy.subscriptions.defaultCurrency` (`'CHF'`). */
  readonly currency?: string;
  /**
   * The tier's prices in that currency: `monthly` per month, `annual` per year. Default: the
   * policy's price table (`policy.subscriptions.prices`), which is empty unless the caller fills
   * it — the sources give no figures.
   */
  readonly prices?: BillingPrices;
}

/** The yearly cost of each billing period, and which one is cheaper (COM-05). */
export interface BillingComparison {
  readonly tier: PremiumSupportTier;
  /** Twelve monthly payments. */
  readonly monthlyPerYear: Money;
  /** One annual payment. */
  readonly annualPerYear: Money;
  /** The cheaper period, or `'equal'`. */
  readonly cheaper: SupportBilling | 'equal';
  /** How much the cheaper period saves per year (zero when equal). */
  readonly yearlySavings: Money;
  /** The savings as a share of the dearer yearly cost. */
  readonly savingsRate: Rate;
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const requestSchema = strictObject({
  tier: premiumTierSchema,
  currency: z.optional(currencySchema),
  prices: z.optional(billingPricesSchema),
});

/**
 * Compares the yearly cost of paying a tier monthly versus annually (COM-05: "Is it advantageous
 * to pay annually?"). Prices come from the request or from the policy's price table; amounts are
 * exact (not rounded).
 *
 * @throws HostPolicyError `NO_PRICE` (COM-05) when neither the request nor the policy gives
 *   prices for the tier and currency (the default policy has none: the sources give no figures).
 * @throws InvalidInputError (`INVALID_INPUT`) for an unknown tier, currency or a price ≤ 0.
 *
 * @example
 * ```ts
 * const c = compareBillingPeriods({ tier: 'plus', prices: { monthly: '50', annual: '540' } });
 * c.monthlyPerYear.toString(); // 'CHF 600.00'
 * c.cheaper;                   // 'annual'
 * c.yearlySavings.toString();  // 'CHF 60.00'
 * c.savingsRate.toString();    // '10%'
 * ```
 */
export function compareBillingPeriods(req: BillingComparisonRequest, policy: Policy = defaultPolicy): BillingComparison {
  const input = parseInput(requestSchema, req, 'billing comparison request', 'COM-05');
  const subs = compileSubscriptionsPolicy(policy);
  const currency = input.currency ?? subs.defaultCurrency;
  const prices = input.prices ?? subs.prices[input.tier]?.[currency];
  if (prices === undefined) {
    throw new HostPolicyError('NO_PRICE', `No ${currency} price for ${input.tier} support: pass prices, or set policy.subscriptions.prices.`, {
      rule: 'COM-05',
      details: { tier: input.tier, currency },
    });
  }
  const monthlyPerYear = new Money(prices.monthly, currency).times(12);
  const annualPerYear = new Money(prices.annual, currency);
  const order = annualPerYear.compare(monthlyPerYear);
  const cheaper = order < 0 ? 'annual' : order > 0 ? 'monthly' : 'equal';
  const dearer = order < 0 ? monthlyPerYear : annualPerYear;
  const yearlySavings = monthlyPerYear.minus(annualPerYear).abs();
  return Object.freeze({
    tier: input.tier,
    monthlyPerYear,
    annualPerYear,
    cheaper,
    yearlySavings,
    savingsRate: new Rate(yearlySavings.amount.dividedBy(dearer.amount)),
  });
}
