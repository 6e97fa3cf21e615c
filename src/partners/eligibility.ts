import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { describeJson } from '../internal/jsonHint.js';
import { decide, type Decision, type Reason, type ReasonCode } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import type { Money } from '../money/money.js';
import { boundedMoneyJson, moneySchema, type MoneyInput } from '../money/schema.js';
import { COMPANY_REGISTERS, type CompanyRegister } from '../policy/partners.js';
import { compilePartnersPolicy, type CompiledPartnersPolicy } from './compiledPolicy.js';
import { PARTNERS_DEFAULTS, type PartnersPolicyParts } from './policyParts.js';

/** Who applies: a company, or a private person (PAR-13). */
export const APPLICANT_KINDS = ['company', 'person'] as const;
/** Who applies: a company, or a private person (PAR-13). */
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

/** A company applying to the partner program (PAR-01, PAR-13). */
export interface PartnerApplicant {
  /**
   * Whether the applicant is a company or a private person (PAR-13). Optional, default
   * `'company'`: callers written before PAR-13 applied for companies, and their answers do not
   * change. A `'person'` is refused and referred to the affiliate program.
   */
  readonly applicantKind?: ApplicantKind;
  /** Yearly value of the products it would manage under the program. */
  readonly yearlyVolume: MoneyInput;
  readonly register: CompanyRegister;
  readonly supportsClients: boolean;
  readonly invoicesClients: boolean;
  /** Work won through requests for proposal uses only the provider's products (PAR-01, RFP-04). */
  readonly usesOnlyProviderProductsForRfp: boolean;
  readonly acceptsResellerTerms: boolean;
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const applicantSchema = strictObject({
  applicantKind: z.optional(z.enum(APPLICANT_KINDS)),
  yearlyVolume: describeJson(
    z.pipe(
      moneySchema,
      z.custom<Money>((m) => !(m as Money).isNegative(), 'must not be negative'),
    ),
    (render) => boundedMoneyJson(render, 'non-negative'),
  ),
  register: z.enum(COMPANY_REGISTERS),
  supportsClients: z.boolean(),
  invoicesClients: z.boolean(),
  usesOnlyProviderProductsForRfp: z.boolean(),
  acceptsResellerTerms: z.boolean(),
});

type ParsedApplicant = z.output<typeof applicantSchema>;

/**
 * Checks whether a company can join the partner program (PAR-01) and lists every condition it
 * fails, not only the first.
 *
 * Only companies join the reseller program (PAR-13): an applicant with `applicantKind: 'person'`
 * is refused with `PRIVATE_PERSON_AFFILIATE_PROGRAM`, whose message refers it to the affiliate
 * program; that reason comes first, followed by the PAR-01 conditions it fails too. Without
 * `applicantKind` the applicant is a company.
 *
 * A volume in a currency for which the policy has no threshold (e.g. USD by default) is a failed
 * condition `VOLUME_CURRENCY_NOT_ACCEPTED`, not an error: the program is defined in CHF and EUR,
 * and the applicant can state its volume in one of them. An unknown currency code is bad input.
 *
 * @example
 * ```ts
 * checkPartnerEligibility({
 *   yearlyVolume: { amount: '1500', currency: 'CHF' }, register: 'none',
 *   supportsClients: true, invoicesClients: true,
 *   usesOnlyProviderProductsForRfp: true, acceptsResellerTerms: true,
 * });
 * // { allowed: false, reasons: [
 * //   { code: 'VOLUME_BELOW_MINIMUM', rule: 'PAR-01', ... },
 * //   { code: 'COMPANY_NOT_REGISTERED', rule: 'PAR-01', ... } ] }
 * checkPartnerEligibility({
 *   applicantKind: 'person', yearlyVolume: { amount: '5000', currency: 'CHF' }, register: 'none',
 *   supportsClients: true, invoicesClients: true,
 *   usesOnlyProviderProductsForRfp: true, acceptsResellerTerms: true,
 * });
 * // { allowed: false, reasons: [
 * //   { code: 'PRIVATE_PERSON_AFFILIATE_PROGRAM', rule: 'PAR-13', message: '… affiliate program …' },
 * //   { code: 'COMPANY_NOT_REGISTERED', rule: 'PAR-01', ... } ] }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a negative volume, an unknown currency, an
 *   unknown applicant kind or a missing or mistyped field.
 */
export function checkPartnerEligibility(applicant: PartnerApplicant, policy: PartnersPolicyParts = PARTNERS_DEFAULTS): Decision {
  const parsed = parseInput(applicantSchema, applicant, 'partner applicant', 'PAR-01');
  return eligibilityOf(parsed, compilePartnersPolicy(policy));
}

/** @internal The typed core of {@link checkPartnerEligibility}. */
export function eligibilityOf(a: ParsedApplicant, policy: CompiledPartnersPolicy): Decision {
  const reasons: Reason[] = [];
  const fail = (code: ReasonCode, message: string): void => {
    reasons.push({ code, rule: 'PAR-01', message });
  };
  if (a.applicantKind === 'person') {
    reasons.push({
      code: 'PRIVATE_PERSON_AFFILIATE_PROGRAM',
      rule: 'PAR-13',
      message:
        "Only companies join the reseller program; a private person who recommends the provider's products for a commission can join " +
        'the affiliate program instead.',
    });
  }
  const threshold = policy.thresholds.get(a.yearlyVolume.currency);
  if (threshold === undefined) {
    const accepted = [...policy.thresholds.values()].map(String).join(' or ');
    fail(
      'VOLUME_CURRENCY_NOT_ACCEPTED',
      `The yearly volume must be stated in a currency of the program (at least ${accepted}); ${a.yearlyVolume.currency} has no threshold.`,
    );
  } else if (a.yearlyVolume.compare(threshold) < 0) {
    fail('VOLUME_BELOW_MINIMUM', `The yearly volume ${a.yearlyVolume.toString()} is below the minimum of ${threshold.toString()}.`);
  }
  if (!policy.acceptedRegisters.has(a.register)) {
    fail('COMPANY_NOT_REGISTERED', 'The company must be in the Swiss commercial register, SIRET or an equivalent register.');
  }
  if (!a.supportsClients) fail('CLIENT_SUPPORT_REQUIRED', 'The partner must support its clients or the products it manages.');
  if (!a.invoicesClients) fail('CLIENT_INVOICING_REQUIRED', 'The partner must invoice its clients or the products it manages.');
  if (!a.usesOnlyProviderProductsForRfp) {
    fail('RFP_PROVIDER_PRODUCTS_REQUIRED', "Work won through requests for proposal must use only the provider's products.");
  }
  if (!a.acceptsResellerTerms) fail('RESELLER_TERMS_NOT_ACCEPTED', 'The partner must accept the reseller terms.');
  return decide(reasons);
}
