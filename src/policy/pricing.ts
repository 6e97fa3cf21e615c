import * as z from 'zod/mini';
import { matching, recordOf, strictObject } from '../internal/checks.js';
import { amountSchema, currencySchema, rateSchema } from '../money/schema.js';

/** Pricing policy data (PRC-04, PRC-06). */
export interface PricingPolicy {
  /** The highest partner discount or cashback rate (PRC-04). */
  readonly partnerDiscountCap: string | number;
  readonly vat: {
    readonly defaultCountry: string;
    /** VAT rate by country code (PRC-06). */
    readonly rates: Readonly<Record<string, string | number>>;
  };
  /** Cash rounding step by currency, for amounts paid in cash. */
  readonly cashRoundingSteps: Readonly<Record<string, string | number>>;
}

/** The sources' pricing values, each with its rule ID. */
export const defaultPricingPolicy: PricingPolicy = {
  // PRC-04: "Wiederkehrender Cashback oder bis zu 35% Rabatt auf Produkte".
  partnerDiscountCap: '35%',
  // PRC-06 (Decision): the default rate table holds Switzerland's standard rate of 8.1 %.
  vat: { defaultCountry: 'CH', rates: { CH: '8.1%' } },
  // Swiss cash rounding: CHF amounts to the nearest 0.05 (the smallest coin), only when asked for.
  cashRoundingSteps: { CHF: '0.05' },
};

/** zod schema: an ISO 3166 alpha-2 country code in upper case. */
export const countryCodeSchema = matching(/^[A-Z]{2}$/, 'must be a two-letter country code in upper case');
const country = countryCodeSchema;

/** zod schema of the pricing policy. */
export const pricingPolicySchema = strictObject({
  partnerDiscountCap: rateSchema,
  vat: strictObject({ defaultCountry: country, rates: recordOf(country, rateSchema) })
    .check(z.refine((v) => v.defaultCountry in v.rates, 'the default country needs a rate')),
  cashRoundingSteps: recordOf(currencySchema, amountSchema),
});
