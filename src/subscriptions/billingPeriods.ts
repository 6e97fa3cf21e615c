import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { HostPolicyError } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import { Money, Rate } from '../money/index.js';
import { currencySchema } from '../money/schema.js';
import type { Decimal } from '../money/decimal.js';
import { billingPricesSchema, type BillingPrices, type PremiumSupportTier, type SupportBilling } from '../policy/index.js';
import { compileSubscriptionsPolicy } from './compiledPolicy.js';
import { premiumTierSchema } from './schema.js';
import { SUBSCRIPTIONS_DEFAULTS, type SubscriptionsPolicyParts } from './policyParts.js';

/** Input of {@link compareBillingPeriods}. */
export interface BillingComparisonRequest {
  readonly tier: PremiumSupportTier;
  /** Default: `policy.subscriptions.defaultCurrency` (`'CHF'`). */
  readonly currency?: string;
  /**
   * The commitment duration in months whose prices are compared (COM-05: the price "may vary
   * depending on the level of service and the duration of the commitment"). Default and minimum:
   * `policy.subscriptions.commitmentMonths` (6).
   */
  readonly months?: number;
  /**
   * The tier's prices in that currency for that duration: `monthly` per month, `annual` per year.
   * Default: the policy's price table (`policy.subscriptions.prices`), which is empty unless the
   * caller fills it — the sources give no figures.
   */
  readonly prices?: BillingPrices;
}

/** The yearly cost of each billing period, and which one is cheaper (COM-05). */
export interface BillingComparison {
  readonly tier: PremiumSupportTier;
  /** The commitment duration in months whose prices were compared. */
  readonly months: number;
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
  months: z.optional(z.int().check(z.gte(1), z.lte(1200))),
  prices: z.optional(billingPricesSchema),
});

/**
 * Compares the yearly cost of paying a tier monthly versus annually (COM-05: "Is it advantageous
 * to pay annually?"). Prices come from the request or from the policy's price table; amounts are
 * exact (not rounded). The policy's table is keyed by tier, currency and commitment duration in
 * months; without `months` the minimum commitment's prices (6 months) are read.
 *
 * @throws HostPolicyError `NO_PRICE` (COM-05) when neither the request nor the policy gives
 *   prices for the tier, currency and duration (the default policy has none: the sources give no
 *   figures).
 * @throws HostPolicyError `COMMITMENT_TOO_SHORT` (COM-01) for `months` below the minimum.
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
export function compareBillingPeriods(
  req: BillingComparisonRequest,
  policy: SubscriptionsPolicyParts = SUBSCRIPTIONS_DEFAULTS,
): BillingComparison {
  const input = parseInput(requestSchema, req, 'billing comparison request', 'COM-05');
  const subs = compileSubscriptionsPolicy(policy);
  const currency = input.currency ?? subs.defaultCurrency;
  const months = input.months ?? subs.commitmentMonths;
  if (months < subs.commitmentMonths) {
    throw new HostPolicyError(
      'COMMITMENT_TOO_SHORT',
      `Premium Support requires a commitment of at least ${subs.commitmentMonths} months, not ${months}.`,
      {
        rule: 'COM-01',
        details: { months, minimum: subs.commitmentMonths },
      },
    );
  }
  const prices = input.prices ?? priceFor(subs.prices[input.tier]?.[currency], months, subs.commitmentMonths);
  if (prices === undefined) {
    throw new HostPolicyError(
      'NO_PRICE',
      `No ${currency} price for ${input.tier} support with a ${months}-month commitment: pass prices, or set policy.subscriptions.prices.`,
      { rule: 'COM-05', details: { tier: input.tier, currency, months } },
    );
  }
  const monthlyPerYear = new Money(prices.monthly, currency).times(12);
  const annualPerYear = new Money(prices.annual, currency);
  const order = annualPerYear.compare(monthlyPerYear);
  const cheaper = order < 0 ? 'annual' : order > 0 ? 'monthly' : 'equal';
  const dearer = order < 0 ? monthlyPerYear : annualPerYear;
  const yearlySavings = monthlyPerYear.minus(annualPerYear).abs();
  return Object.freeze({
    tier: input.tier,
    months,
    monthlyPerYear,
    annualPerYear,
    cheaper,
    yearlySavings,
    savingsRate: new Rate(yearlySavings.amount.dividedBy(dearer.amount)),
  });
}

type CompiledPrices = { readonly monthly: Decimal; readonly annual: Decimal };

/**
 * @internal The prices of one duration in a currency's entry of the price table: the entry keyed
 * by duration, or — the table's shorter form — its one pair of prices, which is the minimum
 * commitment's.
 */
export function priceFor(
  entry: CompiledPrices | Readonly<Record<string, CompiledPrices>> | undefined,
  months: number,
  minimum: number,
): CompiledPrices | undefined {
  if (entry === undefined) return undefined;
  if (isPricePair(entry)) return months === minimum ? entry : undefined;
  return Object.hasOwn(entry, String(months)) ? entry[String(months)] : undefined;
}

function isPricePair(entry: object): entry is CompiledPrices {
  return Object.hasOwn(entry, 'monthly') && Object.hasOwn(entry, 'annual');
}
