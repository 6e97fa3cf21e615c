import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { emailSchema } from '../internal/email.js';
import { describeJson } from '../internal/jsonHint.js';
import { canonicalMailDomain } from './mailDomain.js';

/** zod schema: a user or organization identifier (non-empty, no surrounding spaces). */
export const idSchema = describeJson(
  z.string().check(
    z.minLength(1, 'must not be empty'),
    z.refine((s) => s.trim() === s, 'must not start or end with spaces'),
  ),
  () => ({ type: 'string', minLength: 1, pattern: '^\\S(?:[\\s\\S]*\\S)?$' }),
);

const DOMAIN = /^(?!-)[a-z0-9-]+(?:\.[a-z0-9-]+)+\.?$/i;

/**
 * zod schema: a login e-mail address, e.g. `'anna@example.ch'`: at most 254 characters, checked
 * before anything else, then read once without a regular expression (see internal/email.ts: the
 * expression used before took seconds on 100,000 crafted characters).
 */
export const loginEmailSchema = emailSchema("must be an e-mail address like 'anna@example.ch'");

/** zod schema: a mail domain, e.g. `'example.ch'`, compared without case and trailing dot. */
export const mailDomainSchema = describeJson(
  // The length cap (a domain name has at most 253 characters, 254 with its final dot) comes first.
  z.pipe(
    z.string().check(
      z.maxLength(254, 'must be a domain name of at most 253 characters'),
      // An internationalized name is listed in its ASCII form: the message gives it (ACC-02 compares in that form).
      z.regex(DOMAIN, { error: (issue) => domainHint(issue.input) }),
    ),
    z.transform(normalizeDomain),
  ),
  // DOMAIN without its flag and look-ahead (any case; no leading hyphen).
  () => ({ type: 'string', maxLength: 254, pattern: '^[a-zA-Z0-9][a-zA-Z0-9-]*(?:\\.[a-zA-Z0-9-]+)+\\.?$' }),
);

/** An input type whose arrays may be read-only (typed values such as `Organization` pass as they are). */
export type ReadonlyInput<T> = T extends readonly (infer U)[]
  ? readonly ReadonlyInput<U>[]
  : T extends Date
    ? T
    : T extends object
      ? { readonly [K in keyof T]: ReadonlyInput<T[K]> }
      : T;

/** Lower case, no trailing dot: the form in which domains are compared. */
export function normalizeDomain(domain: string): string {
  return domain.toLowerCase().replace(/\.$/, '');
}

/** Why a mail domain is refused, with its ASCII (punycode) form when it is an internationalized name. */
function domainHint(input: unknown): string {
  // Only within the cap: a longer text is refused by it already, and not worth normalising.
  const ascii = typeof input === 'string' && input.length <= 254 ? canonicalMailDomain(input) : '';
  return ascii !== input && DOMAIN.test(ascii)
    ? `must be a domain name in its ASCII form: write '${ascii}'`
    : "must be a domain name like 'example.ch'";
}

/** zod schema: the kind of an organization: a private person's, or a company's (ACC-07, ACC-10). */
export const organizationKindSchema = z.enum(['private', 'company']);

/** The longest VAT number text read (spaces, dots and hyphens included); checked before anything else (ACC-10). */
export const MAX_VAT_NUMBER_TEXT = 32;

/**
 * zod schema: a registered EU VAT identification number as an organization stores it (ACC-10):
 * the country prefix and the number, upper case, no separators, e.g. `'DE123456789'`. Its form
 * against the country's pattern is checked when it is registered (`registerVatNumber`).
 */
export const storedVatNumberSchema = describeJson(
  z.string().check(z.maxLength(14), z.regex(/^[A-Z]{2}[A-Z0-9+*]{2,12}$/, "must be a VAT number in its compact form, e.g. 'DE123456789'")),
  () => ({ type: 'string', maxLength: 14, pattern: '^[A-Z]{2}[A-Z0-9+*]{2,12}$' }),
);

/** zod schema: a role in an organization. */
export const roleSchema = z.enum(['owner', 'administrator', 'member']);

/** zod schema: a user as seen by the membership rules. */
export const userSchema = strictObject({ id: idSchema, loginEmail: loginEmailSchema });

const idList = z.array(idSchema);

/**
 * The keys of an `Organization` value that a rule does not read. Rules that read a part of
 * an organization accept the whole value too (callers pass what `organization()` returned), so
 * these keys are known — and any other key is a mistake.
 */
const otherOrganizationKeys = {
  id: z.optional(idSchema),
  name: z.optional(z.string()),
  administrators: z.optional(idList),
  members: z.optional(idList),
  ksuiteMembers: z.optional(idList),
  mailDomains: z.optional(z.array(mailDomainSchema)),
  kind: z.optional(organizationKindSchema),
  vatNumber: z.optional(storedVatNumberSchema),
};

/** zod schema: the facts about an organization that the leave rules read (ACC-02). */
export const leaveOrganizationFactsSchema = strictObject({
  id: otherOrganizationKeys.id,
  name: otherOrganizationKeys.name,
  owners: idList,
  administrators: z.optional(idList),
  members: idList,
  ksuiteMembers: idList,
  mailDomains: z.array(mailDomainSchema),
  kind: otherOrganizationKeys.kind,
  vatNumber: otherOrganizationKeys.vatNumber,
});

/** zod schema: the input of `canLeaveOrganization` (ACC-02). */
export const leaveRequestSchema = strictObject({ user: userSchema, organization: leaveOrganizationFactsSchema });

const organizationFields = strictObject({
  id: idSchema,
  name: z.string().check(z.minLength(1, 'must not be empty')),
  owners: idList.check(z.minLength(1, 'an organization has at least one owner / legal representative')),
  administrators: z.optional(idList),
  members: z.optional(idList),
  ksuiteMembers: z.optional(idList),
  mailDomains: z.optional(z.array(mailDomainSchema)),
  /** `'private'` or `'company'`; left out, the organization is a private one (ACC-07). */
  kind: otherOrganizationKeys.kind,
  /** A company's registered EU VAT number (ACC-10). */
  vatNumber: otherOrganizationKeys.vatNumber,
});

/**
 * zod schema: a complete organization (ACC-01..03, ACC-07, ACC-10). Only a company has a VAT
 * number; the JSON Schema says so with if/then.
 */
export const organizationSchema = describeJson(
  organizationFields.check(
    z.refine((o) => o.vatNumber === undefined || o.kind === 'company', {
      message: "only a company organization (kind: 'company') has a VAT number",
      path: ['vatNumber'],
    }),
  ),
  (render) => ({
    ...render(organizationFields),
    if: { required: ['vatNumber'] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a thenable
    then: { required: ['kind'], properties: { kind: { const: 'company' } } },
  }),
);

/** Input of {@link organizationSchema}: what `organization()` accepts. */
export type OrganizationInput = ReadonlyInput<z.input<typeof organizationSchema>>;
/** Input of `canLeaveOrganization`. */
export type LeaveOrganizationRequest = ReadonlyInput<z.input<typeof leaveRequestSchema>>;

/** zod schema: the input of `canChangeOrganization` (ACC-01). */
export const changeRequestSchema = strictObject({
  user: strictObject({ id: idSchema, loginEmail: z.optional(loginEmailSchema) }),
  organization: strictObject({ ...otherOrganizationKeys, owners: idList }),
  /**
   * What is changed (ACC-01): `'organization'` (default: its members, roles, data; owners only) or
   * `'display'` (how it is displayed in the Manager: logo, initials, banner; owners and administrators).
   */
  change: z.optional(z.enum(['organization', 'display'])),
});
/** Input of `canChangeOrganization`. */
export type ChangeOrganizationRequest = ReadonlyInput<z.input<typeof changeRequestSchema>>;

/** zod schema: a membership change (ACC-01). */
export const membershipChangeSchema = strictObject({
  actor: idSchema,
  user: idSchema,
  role: z.enum(['owner', 'administrator', 'member', 'none']),
});
/** Input of `setMemberRole`: `role: 'none'` removes the user from the organization. */
export type MembershipChange = ReadonlyInput<z.input<typeof membershipChangeSchema>>;
