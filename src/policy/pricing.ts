/*
 * The pricing policy's data (deep-frozen), with no heavy dependency: the partner quote bundle carries it, and its zod
 * schema (pricingSchema.ts) stays out of that bundle (the quote reads policies with
 * pricing/read.ts; docs/packaging.md).
 */
import { deepFreeze } from '../internal/deepFreeze.js';

/** Pricing policy data (PRC-04, PRC-06). */
export interface PricingPolicy {
  /** The highest partner discount or cashback rate (PRC-04). */
  readonly partnerDiscountCap: string | number;
  readonly vat: {
    readonly defaultCountry: string;
    /**
     * The currencies whose quotes take the default country's rate when the request names neither
     * a country nor a rate (PRC-06: VAT follows the customer). A quote in another currency is net.
     * Absent: every currency takes the default country's rate.
     */
    readonly defaultCountryCurrencies?: readonly string[];
    /** VAT rate by country code (PRC-06). */
    readonly rates: Readonly<Record<string, string | number>>;
  };
  /** Cash rounding step by currency, for amounts paid in cash. */
  readonly cashRoundingSteps: Readonly<Record<string, string | number>>;
}

/** The sources' pricing values, each with its rule ID. */
export const defaultPricingPolicy: PricingPolicy = /*@__PURE__*/ deepFreeze({
  // PRC-04: "Wiederkehrender Cashback oder bis zu 35% Rabatt auf Produkte".
  partnerDiscountCap: '35%',
  // PRC-06 (Decision): the default rate table holds Switzerland's standard rate of 8.1 %.
  // PRC-06 (clarified): VAT follows the customer; a CHF quote is for a customer in Switzerland,
  // a EUR quote is net unless a country or rate is given ("Details der Berechnung in Euro (netto)").
  vat: { defaultCountry: 'CH', defaultCountryCurrencies: ['CHF'], rates: { CH: '8.1%' } },
  // Swiss cash rounding: CHF amounts to the nearest 0.05 (the smallest coin), only when asked for.
  cashRoundingSteps: { CHF: '0.05' },
});

/** An ISO 3166 alpha-2 country code in upper case, and what another value is told. @internal */
export const COUNTRY_CODE = /^[A-Z]{2}$/;
/** @internal */
export const COUNTRY_CODE_MESSAGE = 'must be a two-letter country code in upper case';
/** What a default country without a rate is told. @internal */
export const DEFAULT_COUNTRY_MESSAGE = 'the default country needs a rate';
