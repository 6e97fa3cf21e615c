import * as z from 'zod/mini';
import { match, P } from 'ts-pattern';
import { decide, HostPolicyError, type Decision, type Reason, type ReasonCode } from '../errors.js';
import { strictObject } from '../internal/checks.js';
import { parseInput } from '../internal/parse.js';
import { policyPartReader } from '../internal/policyPart.js';
import { accountsPolicySchema, compileVatPattern } from '../policy/accounts.js';
import { makeOrganization, readOrganization, type Organization, type OrganizationKind } from './organization.js';
import { idSchema, MAX_VAT_NUMBER_TEXT, type ReadonlyInput } from './schema.js';
import { ACCOUNTS_DEFAULTS, type AccountsPolicyParts } from './policyParts.js';

/**
 * zod schema: an EU VAT identification number as a person types it (ACC-10): at most
 * {@link MAX_VAT_NUMBER_TEXT} characters, checked before anything else; spaces, dots and hyphens
 * are allowed and dropped, case does not matter (`'de 123.456.789'`).
 */
export const vatNumberTextSchema = z
  .string()
  .check(z.minLength(1, 'must not be empty'), z.maxLength(MAX_VAT_NUMBER_TEXT, `must be at most ${MAX_VAT_NUMBER_TEXT} characters`));

/** zod schema: a request to register an organization's VAT number (ACC-10). */
export const vatRegistrationSchema = strictObject({ actor: idSchema, vatNumber: vatNumberTextSchema });
/** Who registers which VAT number: `actor` must be an owner / legal representative (ACC-01). */
export type VatRegistration = ReadonlyInput<z.input<typeof vatRegistrationSchema>>;

/** The policy's VAT number formats, compiled once per policy part (a `Map`: any prefix is data). */
const readVatFormats = policyPartReader('accounts', accountsPolicySchema, (part) => {
  const formats = new Map<string, RegExp>();
  // The schema has checked every pattern: each compiles.
  for (const [prefix, pattern] of Object.entries(part.vatNumberFormats)) formats.set(prefix, compileVatPattern(pattern) as RegExp);
  return formats;
});

/** What a VAT number's form says: the compact number, or why it is not one. */
type VatForm =
  | { readonly kind: 'valid'; readonly compact: string }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'unknown-country'; readonly prefix: string }
  | { readonly kind: 'bad-format'; readonly prefix: string; readonly compact: string };

/** The compact form: separators dropped, upper case; `undefined` beyond the cap or with other characters. */
function compact(text: string): string | undefined {
  if (text.length > MAX_VAT_NUMBER_TEXT) return undefined; // the cap, before anything else
  const out = text.replace(/[\s.-]/g, '').toUpperCase();
  return /^[A-Z]{2}[A-Z0-9+*]{2,12}$/.test(out) ? out : undefined;
}

function formOf(text: string, policy: AccountsPolicyParts): VatForm {
  const formats = readVatFormats(policy);
  const number = compact(text);
  if (number === undefined) return { kind: 'unreadable' };
  const prefix = number.slice(0, 2);
  const pattern = formats.get(prefix);
  if (pattern === undefined) return { kind: 'unknown-country', prefix };
  return pattern.test(number.slice(2)) ? { kind: 'valid', compact: number } : { kind: 'bad-format', prefix, compact: number };
}

/** The reasons a VAT number's form fails (ACC-10), none when it is valid. */
function formReasons(form: VatForm): Reason[] {
  return match(form)
    .with({ kind: 'valid' }, () => [])
    .with({ kind: 'unreadable' }, () => [
      reason('VAT_NUMBER_FORMAT', 'A VAT number is a two-letter country prefix followed by 2 to 12 letters and digits.'),
    ])
    .with({ kind: 'unknown-country' }, ({ prefix }) => [
      reason('VAT_COUNTRY_UNKNOWN', `${prefix} is not the prefix of an EU VAT number${prefix === 'GR' ? ' (Greece uses EL)' : ''}.`),
    ])
    .with({ kind: 'bad-format' }, ({ prefix, compact: number }) => [
      reason('VAT_NUMBER_FORMAT', `${number} does not have the form of a ${prefix} VAT number.`),
    ])
    .exhaustive();
}

/**
 * Tells whether a text has the form of an EU VAT identification number (ACC-10): a country
 * prefix of `policy.accounts.vatNumberFormats` (VIES: `EL` for Greece, `XI` for Northern Ireland)
 * and that country's pattern. Spaces, dots and hyphens are ignored, case too. The text is capped
 * at 32 characters before it is read; anything else (a longer text, a non-string) is `false`.
 * Only the form is checked: whether the number is registered is for VIES to say.
 *
 * @example
 * ```ts
 * isValidEuVatNumber('DE 123 456 789'); // true
 * isValidEuVatNumber('ATU12345678');    // true
 * isValidEuVatNumber('GR123456789');    // false: Greece is EL
 * isValidEuVatNumber('DE12345678');     // false: 8 digits, DE has 9
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed policy only.
 */
export function isValidEuVatNumber(vatNumber: string, policy: AccountsPolicyParts = ACCOUNTS_DEFAULTS): boolean {
  readVatFormats(policy); // the policy is checked whatever the text
  return typeof vatNumber === 'string' && formOf(vatNumber, policy).kind === 'valid';
}

/**
 * Tells whether `request.actor` may register `request.vatNumber` for an organization (ACC-10),
 * listing every failed condition: the organization is not a company (`NOT_A_COMPANY`); the actor
 * is not one of its owners / legal representatives (`NOT_OWNER`, ACC-01); the number has no EU
 * country prefix (`VAT_COUNTRY_UNKNOWN`) or not its country's form (`VAT_NUMBER_FORMAT`).
 * Registering again replaces the number.
 *
 * @example
 * ```ts
 * const acme = organization({ id: 'acme', name: 'Acme GmbH', owners: ['anna'], kind: 'company' });
 * canRegisterVatNumber(acme, { actor: 'anna', vatNumber: 'DE123456789' }); // { allowed: true }
 * canRegisterVatNumber(acme, { actor: 'anna', vatNumber: 'CHE-123.456.789' });
 * // { allowed: false, reasons: [{ code: 'VAT_COUNTRY_UNKNOWN', rule: 'ACC-10', … }] }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) naming each malformed field (a VAT number longer
 * than 32 characters is one).
 */
export function canRegisterVatNumber(
  current: Organization,
  request: VatRegistration,
  policy: AccountsPolicyParts = ACCOUNTS_DEFAULTS,
): Decision {
  return registration(current, request, policy).decision;
}

function registration(
  current: Organization,
  request: VatRegistration,
  policy: AccountsPolicyParts,
): { org: Organization; decision: Decision; form: VatForm } {
  const org = readOrganization(current);
  const { actor, vatNumber } = parseInput(vatRegistrationSchema, request, 'VAT number registration', 'ACC-10');
  const form = formOf(vatNumber, policy);
  const reasons: Reason[] = [
    ...(org.kind === 'company'
      ? []
      : [reason('NOT_A_COMPANY', `Organization ${org.id} is not a company: only a company registers a VAT number.`)]),
    ...(org.owners.includes(actor)
      ? []
      : [
          {
            code: 'NOT_OWNER',
            rule: 'ACC-01',
            message: `Only an owner / legal representative can change the organization; ${actor} is not one.`,
          } satisfies Reason,
        ]),
    ...formReasons(form),
  ];
  return { org, decision: decide(reasons), form };
}

/**
 * Registers a company organization's EU VAT number (ACC-10) in its compact form
 * (`'DE123456789'`), when {@link canRegisterVatNumber} allows it; it then appears on the
 * organization's invoices ({@link billingIdentity}).
 *
 * @example
 * ```ts
 * const acme = organization({ id: 'acme', name: 'Acme GmbH', owners: ['anna'], kind: 'company' });
 * registerVatNumber(acme, { actor: 'anna', vatNumber: 'de 123 456 789' }).vatNumber; // 'DE123456789'
 * ```
 * @throws HostPolicyError `VAT_NUMBER_REFUSED` (ACC-10; `details.reasons` lists every failed
 * condition); InvalidInputError (`INVALID_INPUT`).
 */
export function registerVatNumber(
  current: Organization,
  request: VatRegistration,
  policy: AccountsPolicyParts = ACCOUNTS_DEFAULTS,
): Organization {
  const { org, decision, form } = registration(current, request, policy);
  if (!decision.allowed || form.kind !== 'valid') throw vatRefused(org.id, decision.allowed ? formReasons(form) : decision.reasons);
  return makeOrganization({ ...org, vatNumber: form.compact });
}

/**
 * The compact form of a VAT number whose form is valid (ACC-10), for a sign-up as a company.
 * @throws HostPolicyError `VAT_NUMBER_REFUSED` (ACC-10) otherwise. @internal
 */
export function checkedVatNumber(text: string, organizationId: string, policy: AccountsPolicyParts): string {
  const form = formOf(text, policy);
  if (form.kind !== 'valid') throw vatRefused(organizationId, formReasons(form));
  return form.compact;
}

function vatRefused(organizationId: string, reasons: readonly Reason[]): HostPolicyError {
  return new HostPolicyError(
    'VAT_NUMBER_REFUSED',
    `The VAT number cannot be registered for organization ${organizationId}: ${reasons.map((r) => r.message).join(' ')}`,
    {
      rule: 'ACC-10',
      details: { reasons },
    },
  );
}

/** Who an organization's invoices are made out to (ACC-10). */
export interface BillingIdentity {
  readonly organization: string;
  readonly name: string;
  readonly kind: OrganizationKind;
  /** The registered EU VAT number, compact; absent when none is registered. */
  readonly vatNumber?: string;
  /** The header lines of an invoice: the name, then `VAT No. …` when a number is registered. */
  readonly lines: readonly string[];
  /** `VAT_NUMBER_MISSING` (ACC-10) for a company without a VAT number: the user is asked for it. */
  readonly notices: readonly Reason[];
}

/**
 * Who the organization's invoices are made out to (ACC-10): its name and, for a company that
 * registered one, its EU VAT number, which appears on every invoice. A company that has not
 * registered one gets a `VAT_NUMBER_MISSING` notice (the provider asks for it when invoices are
 * paid).
 *
 * @example
 * ```ts
 * const acme = organization({ id: 'acme', name: 'Acme GmbH', owners: ['anna'], kind: 'company', vatNumber: 'DE123456789' });
 * billingIdentity(acme).lines; // ['Acme GmbH', 'VAT No. DE123456789']
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed organization.
 */
export function billingIdentity(current: Organization): BillingIdentity {
  const org = readOrganization(current);
  const kind = org.kind ?? 'private';
  const base = { organization: org.id, name: org.name, kind };
  const identity: BillingIdentity = match({ kind, vatNumber: org.vatNumber })
    .with({ kind: 'company', vatNumber: P.string }, ({ vatNumber }) => ({
      ...base,
      vatNumber,
      lines: Object.freeze([org.name, `VAT No. ${vatNumber}`]),
      notices: Object.freeze([]),
    }))
    .with({ kind: 'company', vatNumber: P.nullish }, () => ({
      ...base,
      lines: Object.freeze([org.name]),
      notices: Object.freeze([
        reason('VAT_NUMBER_MISSING', `Company ${org.name} has no VAT number: register it so that it appears on its invoices.`),
      ]),
    }))
    // A private organization has no VAT number (organizationSchema refuses one).
    .with({ kind: 'private' }, () => ({ ...base, lines: Object.freeze([org.name]), notices: Object.freeze([]) }))
    .exhaustive();
  return Object.freeze(identity);
}

function reason(code: ReasonCode, message: string): Reason {
  return { code, rule: 'ACC-10', message };
}
