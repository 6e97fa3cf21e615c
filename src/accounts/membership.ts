import { HostPolicyError } from '../errors.js';
import { invalidField, parseInput, readError } from '../internal/parse.js';
import { readOrganization, roleOf, type Organization } from './organization.js';
import { idSchema } from './schema.js';
import type { OrganizationRole } from '../policy/accounts.js';

/** One organization a user belongs to, with the user's role there (ACC-03). */
export interface OrganizationMembership {
  readonly organization: Organization;
  readonly role: OrganizationRole;
}

/**
 * Every organization among `organizations` that a user belongs to, with the role held there: one
 * login gives access to several organizations (ACC-03). The order of `organizations` is kept.
 *
 * @example
 * ```ts
 * const a = organization({ id: 'a', name: 'Acme', owners: ['anna'] });
 * const b = organization({ id: 'b', name: 'Beta', owners: ['carl'], members: ['anna'] });
 * membershipsOf('anna', [a, b]).map((m) => [m.organization.id, m.role]); // [['a', 'owner'], ['b', 'member']]
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for an empty user id.
 */
export function membershipsOf(userId: string, organizations: readonly Organization[]): OrganizationMembership[] {
  const user = parseInput(idSchema, userId, 'user id', 'ACC-03');
  return readOrganizations(organizations).flatMap((organization) => {
    const role = roleOf(organization, user);
    return role === undefined ? [] : [{ organization, role }];
  });
}

/**
 * Switches a user to another of their organizations (ACC-03): returns the target organization
 * with the user's role there; switching is immediate.
 *
 * @example
 * ```ts
 * switchOrganization('anna', [a, b], 'b'); // { organization: { id: 'b', … }, role: 'member' }
 * ```
 * @throws HostPolicyError `UNKNOWN_ORGANIZATION` (ACC-03) when no organization has that id;
 * `NOT_A_MEMBER` (ACC-03) when the user does not belong to it; InvalidInputError (`INVALID_INPUT`).
 */
export function switchOrganization(userId: string, organizations: readonly Organization[], to: string): OrganizationMembership {
  const user = parseInput(idSchema, userId, 'user id', 'ACC-03');
  const target = parseInput(idSchema, to, 'organization id', 'ACC-03');
  const organization = readOrganizations(organizations).find((o) => o.id === target);
  if (organization === undefined) {
    throw new HostPolicyError('UNKNOWN_ORGANIZATION', `No organization ${target} among the user's organizations.`, { rule: 'ACC-03' });
  }
  const role = roleOf(organization, user);
  if (role === undefined) {
    throw new HostPolicyError('NOT_A_MEMBER', `User ${user} does not belong to organization ${target}.`, { rule: 'ACC-03' });
  }
  return { organization, role };
}

function readOrganizations(organizations: readonly Organization[]): Organization[] {
  // Array.from visits holes too (each is then refused); what reading the list throws is INVALID_INPUT.
  try {
    if (!Array.isArray(organizations)) invalidField('organizations', [], 'must be an array of organizations', 'ACC-03');
    return Array.from(organizations, (o, i) => readOrganization(o, `organizations[${i}]`));
  } catch (e) {
    throw readError('organizations', e, [], 'ACC-03');
  }
}
