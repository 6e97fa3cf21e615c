import * as z from 'zod/mini';
import { match } from 'ts-pattern';
import { decide, type Decision, type Reason, type ReasonCode } from '../errors.js';
import { strictObject } from '../internal/checks.js';
import { parseInput } from '../internal/parse.js';
import { readOrganization } from './organization.js';
import { idSchema, organizationSchema, type ReadonlyInput } from './schema.js';

/** zod schema: a request to delete a user account, with the organizations the user belongs to (ACC-08). */
export const deleteAccountRequestSchema = strictObject({ user: idSchema, organizations: z.array(organizationSchema) });
/** The user whose account would be deleted, and the organizations to check (others are ignored). */
export type DeleteAccountRequest = ReadonlyInput<z.input<typeof deleteAccountRequestSchema>>;

/**
 * Tells whether a user account may be deleted (ACC-08), with one reason per organization that
 * keeps it: the user is the organization's only account (`ONLY_ACCOUNT`: delete the organization
 * or name someone else first), or, with other accounts, its only owner / legal representative
 * (`LAST_OWNER`: name someone else as legal representative first; an organization always keeps
 * one, ACC-01). Accounts are the owners, administrators, members and kSuite users. Organizations
 * the user does not belong to change nothing.
 *
 * @example
 * ```ts
 * const solo = organization({ id: 'solo', name: 'Anna Muster', owners: ['anna'] });
 * canDeleteUserAccount({ user: 'anna', organizations: [solo] });
 * // { allowed: false, reasons: [{ code: 'ONLY_ACCOUNT', rule: 'ACC-08', … }] }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) naming each malformed field.
 */
export function canDeleteUserAccount(request: DeleteAccountRequest): Decision {
  const { user, organizations } = parseInput(deleteAccountRequestSchema, request, 'account deletion request', 'ACC-08');
  const reasons = organizations.flatMap((parsed): Reason[] => {
    const org = readOrganization(parsed);
    const accounts = new Set([...org.members, ...org.ksuiteMembers]);
    if (!accounts.has(user)) return [];
    return match({ onlyAccount: accounts.size === 1, lastOwner: org.owners.length === 1 && org.owners[0] === user })
      .with({ onlyAccount: true }, () => [
        reason(
          'ONLY_ACCOUNT',
          `${user} is the only account of organization ${org.id}: delete the organization or name someone else first.`,
        ),
      ])
      .with({ onlyAccount: false, lastOwner: true }, () => [
        reason('LAST_OWNER', `${user} is the only legal representative of organization ${org.id}: name someone else first.`),
      ])
      .with({ onlyAccount: false, lastOwner: false }, () => [])
      .exhaustive();
  });
  return decide(reasons);
}

function reason(code: ReasonCode, message: string): Reason {
  return { code, rule: 'ACC-08', message };
}
