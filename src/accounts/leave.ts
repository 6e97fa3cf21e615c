import { decide, HostPolicyError, type Decision, type Reason, type ReasonCode } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import { makeOrganization, readOrganization, type Organization } from './organization.js';
import { canonicalMailDomain, domainOf } from './mailDomain.js';
import { leaveRequestSchema, userSchema, type LeaveOrganizationRequest } from './schema.js';

/** The facts that the leave rules read, already typed. */
export interface LeaveFacts {
  readonly user: { readonly id: string; readonly loginEmail: string };
  readonly organization: {
    readonly owners: readonly string[];
    readonly administrators?: readonly string[] | undefined;
    readonly members: readonly string[];
    readonly ksuiteMembers: readonly string[];
    readonly mailDomains: readonly string[];
  };
}

/**
 * Tells whether a user may leave an organization on their own (ACC-02), listing EVERY blocking
 * condition: the user belongs to the organization's kSuite (`KSUITE_MEMBER`); the user's login
 * address is in one of the organization's mail domains (`LOGIN_IN_ORGANIZATION_MAIL`); the user
 * is the organization's last owner (`LAST_OWNER`); the user is the organization's last user
 * (`LAST_USER`, whatever the role). A user who does not belong to the
 * organization cannot leave it (`NOT_A_MEMBER`). Domains compare in one canonical form: without
 * case, final dot and invisible characters, full-width letters as plain ones, and an
 * internationalized login domain (`müller.ch`) as its ASCII form (`xn--mller-kva.ch`).
 *
 * @example
 * ```ts
 * canLeaveOrganization({
 *   user: { id: 'anna', loginEmail: 'anna@acme.ch' },
 *   organization: { owners: ['anna'], members: ['anna', 'ben'], ksuiteMembers: ['anna'], mailDomains: ['acme.ch'] },
 * });
 * // { allowed: false, reasons: [{ code: 'KSUITE_MEMBER', rule: 'ACC-02', … },
 * //   { code: 'LOGIN_IN_ORGANIZATION_MAIL', rule: 'ACC-02', … }, { code: 'LAST_OWNER', rule: 'ACC-02', … }] }
 * // Alone in the organization, a user also gets LAST_USER.
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) naming each malformed field.
 */
export function canLeaveOrganization(request: LeaveOrganizationRequest): Decision {
  return leaveDecision(parseInput(leaveRequestSchema, request, 'leave request', 'ACC-02'));
}

/** Internal, typed {@link canLeaveOrganization}. */
export function leaveDecision({ user, organization: org }: LeaveFacts): Decision {
  const belongs = [org.owners, org.administrators ?? [], org.members, org.ksuiteMembers].some((list) => list.includes(user.id));
  const domain = domainOf(user.loginEmail);
  const owners = new Set(org.owners);
  const reasons: Reason[] = [];
  if (!belongs) reasons.push(reason('NOT_A_MEMBER', `User ${user.id} does not belong to this organization.`));
  if (org.ksuiteMembers.includes(user.id)) reasons.push(reason('KSUITE_MEMBER', 'The user belongs to the organization’s kSuite.'));
  // One canonical form on both sides (ACC-02): Unicode, full-width or invisible characters do not make another domain.
  const listed = org.mailDomains.find((d) => canonicalMailDomain(d) === domain);
  if (listed !== undefined)
    reasons.push(reason('LOGIN_IN_ORGANIZATION_MAIL', `The login address is in the organization’s mail domain ${listed}.`));
  if (owners.has(user.id) && owners.size === 1)
    reasons.push(reason('LAST_OWNER', 'The user is the last owner / legal representative of the organization.'));
  // ACC-02 (clarified): "(wenn Sie nicht der letzte Benutzer oder der einzige gesetzliche Vertreter sind)".
  const users = new Set([...org.owners, ...(org.administrators ?? []), ...org.members, ...org.ksuiteMembers]);
  if (users.has(user.id) && users.size === 1) reasons.push(reason('LAST_USER', 'The user is the last user of the organization.'));
  return decide(reasons);
}

function reason(code: ReasonCode, message: string): Reason {
  return { code, rule: 'ACC-02', message };
}

/**
 * Removes a user from an organization (every role and the member list) when ACC-02 allows it.
 *
 * @example
 * ```ts
 * const org = organization({ id: 'o', name: 'Acme', owners: ['anna'], members: ['ben'] });
 * leaveOrganization(org, { id: 'ben', loginEmail: 'ben@gmail.com' }).members; // ['anna']
 * ```
 * @throws HostPolicyError `LEAVE_NOT_ALLOWED` (rule ACC-02; `details.reasons` lists every
 * blocking condition); InvalidInputError (`INVALID_INPUT`) for a malformed user.
 */
export function leaveOrganization(current: Organization, user: { id: string; loginEmail: string }): Organization {
  const org = readOrganization(current);
  const parsedUser = parseInput(userSchema, user, 'user', 'ACC-02');
  const decision = leaveDecision({ user: parsedUser, organization: org });
  if (!decision.allowed) {
    throw new HostPolicyError(
      'LEAVE_NOT_ALLOWED',
      `User ${parsedUser.id} cannot leave organization ${org.id}: ${decision.reasons.map((r) => r.message).join(' ')}`,
      {
        rule: 'ACC-02',
        details: { reasons: decision.reasons },
      },
    );
  }
  const without = (list: readonly string[]): string[] => list.filter((u) => u !== parsedUser.id);
  return makeOrganization({
    ...org,
    owners: without(org.owners),
    administrators: without(org.administrators),
    members: without(org.members),
    ksuiteMembers: without(org.ksuiteMembers),
  });
}
