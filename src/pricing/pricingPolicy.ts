import type * as z from 'zod/mini';
import { invalidField, readInput } from '../internal/parse.js';
import type { Money } from '../money/money.js';
import { Money as MoneyClass } from '../money/money.js';
import type { Rate } from '../money/rate.js';
import type { PricingPolicy } from '../policy/pricing.js';
import type { pricingPolicySchema } from '../policy/pricingSchema.js';
// Read without zod (read.ts), as pricingPolicySchema reads it: the partner quote bundle ships no zod.
import { readPricingPolicy } from './read.js';

/** The pricing policy with exact rates and steps, compiled once per policy object. */
export interface CompiledPricingPolicy {
  readonly partnerDiscountCap: Rate;
  /**
   * The VAT rate for a quote: an explicit rate, a country's rate, or the default country's when the
   * quote's currency is one of `defaultCountryCurrencies`; otherwise none, the quote is net (PRC-06).
   */
  vatRate(vat: { rate?: Rate | undefined; country?: string | undefined } | undefined, currency: string): Rate | undefined;
  /** The cash rounding step of a currency. */
  cashStep(currency: string): Money;
}

const cache = new WeakMap<PricingPolicy, CompiledPricingPolicy>();

export function compilePricingPolicy(policy: PricingPolicy): CompiledPricingPolicy {
  let compiled = cache.get(policy);
  if (compiled === undefined) {
    type Parsed = z.output<typeof pricingPolicySchema>;
    const parsed = readInput(policy, 'pricing policy', (v, issues) => readPricingPolicy(v, issues, [])) as Parsed;
    compiled = {
      partnerDiscountCap: parsed.partnerDiscountCap,
      vatRate(vat, currency) {
        if (vat?.rate !== undefined) return vat.rate;
        const own = parsed.vat.defaultCountryCurrencies;
        if (vat?.country === undefined && own !== undefined && !own.includes(currency)) return undefined;
        const country = vat?.country ?? parsed.vat.defaultCountry;
        const found = parsed.vat.rates[country];
        if (found === undefined) {
          invalidField('quote request', ['vat', 'country'], `no VAT rate for '${country}' in the policy; pass vat.rate`, 'PRC-06');
        }
        return found;
      },
      cashStep(currency) {
        const step = parsed.cashRoundingSteps[currency];
        if (step === undefined) {
          invalidField('quote request', ['cashRounding'], `no cash rounding step for ${currency} in the policy`);
        }
        return new MoneyClass(step, currency);
      },
    };
    cache.set(policy, compiled);
  }
  return compiled;
}
