import { match } from 'ts-pattern';
import { parseInput } from '../internal/parse.js';
import type { OrganizationRole } from '../policy/accounts.js';
import { idSchema, organizationSchema, type OrganizationInput } from './schema.js';

/**
 * An organization: its members and their roles (ACC-01..03). Every owner and administrator is
 * also listed in `members`; `ksuiteMembers` are the users of the organization's kSuite and
 * `mailDomains` the domains of its mail services (ACC-02).
 */
export interface Organization {
  readonly id: string;
  readonly name: string;
  /** Owners / legal representatives: the only users who may change the organization (ACC-01). */
  readonly owners: readonly string[];
  readonly administrators: readonly string[];
  /** Every user of the organization, owners and administrators included. */
  readonly members: readonly string[];
  readonly ksuiteMembers: readonly string[];
  /** Mail domains of the organization's mail services, lower case. */
  readonly mailDomains: readonly string[];
  /** `'company'` or `'private'` (ACC-07, ACC-10); absent: a private organization. */
  readonly kind?: OrganizationKind;
  /** A company's registered EU VAT identification number, compact (`'DE123456789'`, ACC-10). */
  readonly vatNumber?: string;
}

/** The kind of an organization: a private person's, or a company's (ACC-07, ACC-10). */
export type OrganizationKind = 'private' | 'company';

/**
 * Makes an organization from plain data: lists are de-duplicated, owners and administrators
 * become members, and a user holds one role (the highest listed).
 *
 * @example
 * ```ts
 * const org = organization({ id: 'org-1', name: 'Acme', owners: ['anna'], members: ['ben'] });
 * org.members; // ['anna', 'ben']
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a missing id or name, or no owner.
 */
export function organization(input: OrganizationInput): Organization {
  return readOrganization(input);
}

/** Validates and normalizes an organization given to any public function (`what` names it in errors). */
export function readOrganization(input: unknown, what = 'organization'): Organization {
  const parsed = parseInput(organizationSchema, input, what);
  return makeOrganization({
    id: parsed.id,
    name: parsed.name,
    owners: parsed.owners,
    administrators: parsed.administrators ?? [],
    members: parsed.members ?? [],
    ksuiteMembers: parsed.ksuiteMembers ?? [],
    mailDomains: parsed.mailDomains ?? [],
    ...(parsed.kind === undefined ? {} : { kind: parsed.kind }),
    ...(parsed.vatNumber === undefined ? {} : { vatNumber: parsed.vatNumber }),
  });
}

/** Normalizes already-typed organization data (no validation). */
export function makeOrganization(o: Organization): Organization {
  const owners = unique(o.owners);
  const administrators = unique(o.administrators).filter((u) => !owners.includes(u));
  const members = unique([...owners, ...administrators, ...o.members]);
  return Object.freeze({
    id: o.id,
    name: o.name,
    owners: Object.freeze(owners),
    administrators: Object.freeze(administrators),
    members: Object.freeze(members),
    ksuiteMembers: Object.freeze(unique(o.ksuiteMembers)),
    mailDomains: Object.freeze(unique(o.mailDomains)),
    // Only when set: organizations made before ACC-07 and ACC-10 keep their shape.
    ...(o.kind === undefined ? {} : { kind: o.kind }),
    ...(o.vatNumber === undefined ? {} : { vatNumber: o.vatNumber }),
  });
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/**
 * The role of a user in an organization, or `undefined` when the user does not belong to it.
 *
 * @example
 * ```ts
 * roleIn(organization({ id: 'o', name: 'Acme', owners: ['anna'], administrators: ['ben'] }), 'ben'); // 'administrator'
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for an empty user id.
 */
export function roleIn(org: Organization, userId: string): OrganizationRole | undefined {
  const user = parseInput(idSchema, userId, 'user id');
  return roleOf(readOrganization(org), user);
}

/** Internal, typed {@link roleIn}. */
export function roleOf(org: Pick<Organization, 'owners' | 'administrators' | 'members'>, user: string): OrganizationRole | undefined {
  return match({ owner: org.owners.includes(user), admin: org.administrators.includes(user), member: org.members.includes(user) })
    .with({ owner: true }, () => 'owner' as const)
    .with({ owner: false, admin: true }, () => 'administrator' as const)
    .with({ owner: false, admin: false, member: true }, () => 'member' as const)
    .with({ owner: false, admin: false, member: false }, () => undefined)
    .exhaustive();
}
