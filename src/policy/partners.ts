import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { timeZoneSchema } from '../calendar/schema.js';
import { amountSchema, currencySchema } from '../money/schema.js';
import type { Decimal } from '../money/decimal.js';
import { deepFreeze } from '../internal/deepFreeze.js';

/** A company register a partner applicant can be listed in (PAR-01); `'none'` is not a register. */
export type CompanyRegister = 'ch-commercial-register' | 'siret' | 'equivalent' | 'none';

/** The registers an applicant may name, in the order of {@link CompanyRegister}. */
export const COMPANY_REGISTERS = ['ch-commercial-register', 'siret', 'equivalent', 'none'] as const;

/**
 * Partner program policy data (PAR-01, RFP-03). The partner discount and cashback cap is not
 * here: it is `pricing.partnerDiscountCap` (PRC-04), read by the partner engines too.
 */
export interface PartnersPolicy {
  readonly eligibility: {
    /**
     * The smallest yearly volume of products managed under the program, by currency (PAR-01).
     * A volume in a currency that has no threshold here cannot qualify.
     */
    readonly minimumYearlyVolume: Readonly<Record<string, string | number>>;
    /** The registers that count as a registered company (PAR-01). */
    readonly acceptedRegisters: readonly CompanyRegister[];
  };
  readonly rfp: {
    /**
     * How many calendar days a request for proposal stays valid after submission (RFP-03), or
     * `null` (the default) for no expiry: the request stays valid until the requester deletes it.
     */
    readonly validityDays: number | null;
    /** The zone whose calendar days count for the validity period. */
    readonly timeZone: string;
    /** The longest summary a partner's excerpt carries, in characters (RFP-01). */
    readonly excerptLength: number;
    /**
     * The known topics of requests (RFP-02). An excerpt names the request's topics with these
     * strings, never with the requester's: a topic is free text and could carry contact details
     * (`'anna@baeckerei.ch'`). Request topics are compared trimmed, in NFKC and case-folded;
     * unknown ones are left out of the excerpt (partners are still matched on them).
     */
    readonly topics: readonly string[];
  };
}

/** The sources' partner program values, each with its rule ID. */
export const defaultPartnersPolicy: PartnersPolicy = /*@__PURE__*/ deepFreeze({
  eligibility: {
    // PAR-01: "Der Gesamtbetrag der im Rahmen des Programms verwalteten Produkte muss
    // CHF 2000 / jährlich oder € 1800 / jährlich oder mehr betragen" (partner program FAQ).
    minimumYearlyVolume: { CHF: '2000', EUR: '1800' },
    // PAR-01: "im schweizerischen Handelsregister / im SIRET oder einem gleichwertigen Register".
    acceptedRegisters: ['ch-commercial-register', 'siret', 'equivalent'],
  },
  rfp: {
    // RFP-03: the sources say a request is opened "If it is still valid" and give no period; the
    // requester deletes it ("This email contains a link to cancel your request for proposal").
    // So no expiry by default; set a number of calendar days with definePolicy for one.
    validityDays: null,
    timeZone: 'Europe/Zurich',
    // RFP-01 (Decision): partners receive "an excerpt"; its summary is cut at 280 characters.
    excerptLength: 280,
    // RFP-02 (Decision): the sources name no topic list; these are the provider's product areas
    // and the kinds of work partners offer. Extend it with definePolicy (arrays replace whole).
    topics: [
      'wordpress',
      'mail',
      'shop',
      'cloud',
      'web-hosting',
      'domains',
      'e-commerce',
      'migration',
      'e-mail migration',
      'development',
      'design',
      'seo',
      'streaming',
      'kdrive',
      'ksuite',
      'backup',
    ],
  },
});

const nonNegativeAmount = z.pipe(
  amountSchema,
  z.custom<Decimal>((d) => (d as Decimal).isFinite() && !(d as Decimal).isNegative(), 'must not be negative'),
);

/** zod schema of the partner program policy. */
export const partnersPolicySchema = strictObject({
  eligibility: strictObject({
    minimumYearlyVolume: z
      .record(currencySchema, nonNegativeAmount)
      .check(z.refine((r) => Object.keys(r).length > 0, 'needs a threshold in at least one currency')),
    acceptedRegisters: z.array(z.enum(COMPANY_REGISTERS)),
  }),
  rfp: strictObject({
    validityDays: z.nullable(z.int().check(z.gte(1), z.lte(3650))),
    timeZone: timeZoneSchema,
    excerptLength: z.int().check(z.gte(20), z.lte(10_000)),
    topics: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(1000)),
  }),
});
