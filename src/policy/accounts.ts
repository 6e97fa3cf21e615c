import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';

/** A role in an organization (ACC-01, ACC-05). */
export type OrganizationRole = 'owner' | 'administrator' | 'member';

/** Accounts policy data (ACC-04, ACC-05). */
export interface AccountsPolicy {
  /**
   * kSuite offers from the lowest to the highest (ACC-04). A kSuite moves up this ladder only.
   */
  readonly ksuiteOffers: readonly string[];
  /** Login lockout: the range of failed attempts a user may choose, and the default (ACC-05). */
  readonly lockout: {
    readonly minFailedAttempts: number;
    readonly maxFailedAttempts: number;
    readonly defaultFailedAttempts: number;
  };
  /** Roles of an organization that may unlock a member's locked account (ACC-05). */
  readonly unlockRoles: readonly OrganizationRole[];
}

/** The sources' accounts values, each with its rule ID. */
export const defaultAccountsPolicy: AccountsPolicy = {
  // ACC-04: "kSuite ist ein gebündeltes Angebot, das jederzeit auf ein höheres Angebot umgestellt
  // werden kann" (guide "kSuite Angebot ändern"). The source names no offers: the organization
  // offers of the product page (Standard, Business, Enterprise) in ascending order.
  ksuiteOffers: ['standard', 'business', 'enterprise'],
  // ACC-05: "ab wie vielen fehlgeschlagenen Versuchen Sie Ihr Benutzerkonto sperren möchten"
  // (guide on login notifications). The source gives no range. Decision: 3 to 10, default 5.
  lockout: { minFailedAttempts: 3, maxFailedAttempts: 10, defaultFailedAttempts: 5 },
  // ACC-05: "kann das Konto von einem Administrator der Organisation ... entsperrt werden".
  // Decision: an owner / legal representative has every right of an administrator.
  unlockRoles: ['owner', 'administrator'],
};

const roleSchema = z.enum(['owner', 'administrator', 'member']);

/** zod schema of the accounts policy. */
export const accountsPolicySchema = strictObject({
  ksuiteOffers: z
    .array(z.string().check(z.minLength(1)))
    .check(
      z.minLength(1),
      z.refine((offers) => new Set(offers).size === offers.length, 'kSuite offers must be distinct'),
    ),
  lockout: strictObject({
      minFailedAttempts: z.int().check(z.gte(1)),
      maxFailedAttempts: z.int().check(z.gte(1)),
      defaultFailedAttempts: z.int().check(z.gte(1)),
    })
    .check(
      z.refine(
        (l) => l.minFailedAttempts <= l.defaultFailedAttempts && l.defaultFailedAttempts <= l.maxFailedAttempts,
        'the default must lie between the minimum and the maximum',
      ),
    ),
  unlockRoles: z.array(roleSchema).check(z.minLength(1)),
});
