import { match } from 'ts-pattern';
import { decide, HostPolicyError, type Decision } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import { makeOrganization, readOrganization, type Organization } from './organization.js';
import { changeRequestSchema, membershipChangeSchema, type ChangeOrganizationRequest, type MembershipChange } from './schema.js';

/**
 * Tells whether a user may change an organization (ACC-01): changing the organization itself (its
 * members, roles, data; `change: 'organization'`, the default) is for its owners / legal
 * representatives only (`NOT_OWNER`); customizing how it is displayed in the Manager (logo,
 * initials, banner; `change: 'display'`) is also open to its administrators
 * (`NOT_OWNER_OR_ADMINISTRATOR`).
 *
 * @example
 * ```ts
 * canChangeOrganization({ user: { id: 'ben' }, organization: { owners: ['anna'] } });
 * // { allowed: false, reasons: [{ code: 'NOT_OWNER', rule: 'ACC-01', message: '…' }] }
 * canChangeOrganization({ user: { id: 'ben' }, organization: { owners: ['anna'], administrators: ['ben'] }, change: 'display' });
 * // { allowed: true }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) naming each malformed field.
 */
export function canChangeOrganization(request: ChangeOrganizationRequest): Decision {
  const { user, organization, change } = parseInput(changeRequestSchema, request, 'change request', 'ACC-01');
  if (change !== 'display') return changeDecision(user.id, organization.owners);
  // ACC-01 (clarified): "Rechtsverantwortlicher oder Administrator in der betreffenden Organisation sein."
  return decide(
    organization.owners.includes(user.id) || (organization.administrators ?? []).includes(user.id)
      ? []
      : [
          {
            code: 'NOT_OWNER_OR_ADMINISTRATOR',
            rule: 'ACC-01',
            message:
              'Only an owner / legal representative or an administrator can customize how the organization is displayed; ' +
              `${user.id} is neither.`,
          },
        ],
  );
}

function changeDecision(user: string, owners: readonly string[]): Decision {
  return decide(
    owners.includes(user)
      ? []
      : [
          {
            code: 'NOT_OWNER',
            rule: 'ACC-01',
            message: `Only an owner / legal representative can change the organization; ${user} is not one.`,
          },
        ],
  );
}

/**
 * Sets a user's role in an organization, adding the user when new; `role: 'none'` removes the
 * user. Only an owner may do so (ACC-01), and the organization always keeps one owner.
 *
 * @example
 * ```ts
 * const org = organization({ id: 'o', name: 'Acme', owners: ['anna'] });
 * setMemberRole(org, { actor: 'anna', user: 'ben', role: 'administrator' }).administrators; // ['ben']
 * ```
 * @throws HostPolicyError `NOT_OWNER` (ACC-01) when the actor is not an owner; `LAST_OWNER`
 * (ACC-02) when the change would leave no owner; InvalidInputError (`INVALID_INPUT`).
 */
export function setMemberRole(current: Organization, change: MembershipChange): Organization {
  const org = readOrganization(current);
  const { actor, user, role } = parseInput(membershipChangeSchema, change, 'membership change', 'ACC-01');
  const decision = changeDecision(actor, org.owners);
  if (!decision.allowed) throw new HostPolicyError('NOT_OWNER', decision.reasons[0].message, { rule: 'ACC-01', details: { actor } });
  const others = (list: readonly string[]): string[] => list.filter((u) => u !== user);
  const base = { ...org, owners: others(org.owners), administrators: others(org.administrators), members: others(org.members) };
  const next = match(role)
    .with('owner', () => ({ ...base, owners: [...base.owners, user] }))
    .with('administrator', () => ({ ...base, administrators: [...base.administrators, user] }))
    .with('member', () => ({ ...base, members: [...base.members, user] }))
    .with('none', () => ({ ...base, ksuiteMembers: others(org.ksuiteMembers) }))
    .exhaustive();
  if (next.owners.length === 0) {
    throw new HostPolicyError('LAST_OWNER', `${user} is the last owner of organization ${org.id}; name another owner first.`, {
      rule: 'ACC-02',
    });
  }
  return makeOrganization(next);
}
