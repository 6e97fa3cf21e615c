import * as z from 'zod/mini';
import { match } from 'ts-pattern';
import { strictObject, text, variants } from '../internal/checks.js';
import { parseInput } from '../internal/parse.js';
import type { OrganizationRole } from '../policy/accounts.js';
import { makeOrganization, readOrganization, roleOf, type Organization } from './organization.js';
import { idSchema, organizationSchema, type ReadonlyInput } from './schema.js';
import { checkedVatNumber, vatNumberTextSchema } from './vatNumber.js';
import { ACCOUNTS_DEFAULTS, type AccountsPolicyParts } from './policyParts.js';

/** The longest user or company name read at sign-up. */
export const MAX_NAME_LENGTH = 200;

/** zod schema: a sign-up, on one's own or by invitation (ACC-07). */
export const signUpSchema = variants('via', [
  strictObject({
    via: z.literal('own'),
    user: strictObject({ id: idSchema, name: text('name', MAX_NAME_LENGTH) }),
    /** The id the caller's storage gives the new organization (the core makes no ids). */
    organizationId: idSchema,
    /** Signing up as a company ("Unternehmen"): its name, and optionally its EU VAT number (ACC-10). */
    company: z.optional(strictObject({ name: text('company name', MAX_NAME_LENGTH), vatNumber: z.optional(vatNumberTextSchema) })),
  }),
  strictObject({
    via: z.literal('invitation'),
    user: strictObject({ id: idSchema, name: z.optional(text('name', MAX_NAME_LENGTH)) }),
    /** The organization that invited the user. */
    organization: organizationSchema,
    /** The role the invitation gives; a member when left out. */
    role: z.optional(z.enum(['administrator', 'member'])),
  }),
]);

/**
 * A sign-up: `via: 'own'` (alone, not invited) with the new organization's id, and a company's
 * name and VAT number when signing up as a company; or `via: 'invitation'` with the organization
 * that invited the user.
 */
export type SignUpRequest = ReadonlyInput<z.input<typeof signUpSchema>>;

/** The outcome of a sign-up: the user's organization and role there. */
export interface SignUpResult {
  readonly organization: Organization;
  readonly role: OrganizationRole;
  /** Whether the sign-up created the organization (`via: 'own'`). */
  readonly created: boolean;
}

/**
 * Signs a user up (ACC-07). Alone and not invited, the user gets a new organization in their own
 * name (or their company's, with `kind: 'company'` and its VAT number, ACC-10) and is its legal
 * representative (owner). Invited, the user joins the organization that invited them, with the
 * invitation's role (a member by default); no organization is created. A user who already
 * belongs to the inviting organization keeps their role.
 *
 * @example
 * ```ts
 * const { organization, role } = signUp({ via: 'own', user: { id: 'anna', name: 'Anna Muster' }, organizationId: 'org-1' });
 * organization.name;   // 'Anna Muster'
 * organization.owners; // ['anna']
 * role;                // 'owner'
 * ```
 * @throws HostPolicyError `VAT_NUMBER_REFUSED` (ACC-10) for a company VAT number of the wrong
 * form; InvalidInputError (`INVALID_INPUT`) naming each malformed field.
 */
export function signUp(request: SignUpRequest, policy: AccountsPolicyParts = ACCOUNTS_DEFAULTS): SignUpResult {
  const r = parseInput(signUpSchema, request, 'sign-up', 'ACC-07');
  const result = match(r)
    .with({ via: 'own' }, ({ user, organizationId, company }) => {
      const organization = makeOrganization({
        id: organizationId,
        name: company?.name ?? user.name,
        owners: [user.id],
        administrators: [],
        members: [],
        ksuiteMembers: [],
        mailDomains: [],
        kind: company === undefined ? 'private' : 'company',
        ...(company?.vatNumber === undefined ? {} : { vatNumber: checkedVatNumber(company.vatNumber, organizationId, policy) }),
      });
      return { organization, role: 'owner' as const, created: true };
    })
    .with({ via: 'invitation' }, ({ user, organization: parsed, role = 'member' }) => {
      const org = readOrganization(parsed);
      const existing = roleOf(org, user.id);
      if (existing !== undefined) return { organization: org, role: existing, created: false };
      const joined = makeOrganization(
        role === 'administrator'
          ? { ...org, administrators: [...org.administrators, user.id] }
          : { ...org, members: [...org.members, user.id] },
      );
      return { organization: joined, role, created: false };
    })
    .exhaustive();
  return Object.freeze(result);
}
