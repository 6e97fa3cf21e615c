import * as z from 'zod/mini';
import { listOf, matching, recordOf, strictObject } from '../internal/checks.js';
import { amountSchema, currencySchema, rateSchema } from '../money/schema.js';
import { COUNTRY_CODE, COUNTRY_CODE_MESSAGE, DEFAULT_COUNTRY_MESSAGE } from './pricing.js';

/*
 * The zod schema of the pricing policy, for definePolicy and hostpolicy/schemas. The quote reads a
 * pricing policy without zod (pricing/read.ts), with the same checks; a property test holds both
 * to the same answers.
 */

/** zod schema: an ISO 3166 alpha-2 country code in upper case. */
export const countryCodeSchema = matching(COUNTRY_CODE, COUNTRY_CODE_MESSAGE);
const country = countryCodeSchema;

/** zod schema of the pricing policy. */
export const pricingPolicySchema = strictObject({
  partnerDiscountCap: rateSchema,
  vat: strictObject({
    defaultCountry: country,
    defaultCountryCurrencies: z.optional(listOf(currencySchema, 0, 50, 'currencies')),
    rates: recordOf(country, rateSchema),
  }).check(z.refine((v) => v.defaultCountry in v.rates, DEFAULT_COUNTRY_MESSAGE)),
  cashRoundingSteps: recordOf(currencySchema, amountSchema),
});
