import { includedProductRequestSchema, ksuiteSchema } from '../accounts/ksuiteSchema.js';
import { loginOutcomeSchema, loginSecuritySchema, loginSettingsSchema, unlockerSchema } from '../accounts/lockoutSchema.js';
import {
  changeRequestSchema,
  idSchema,
  leaveRequestSchema,
  membershipChangeSchema,
  organizationSchema,
  userSchema,
} from '../accounts/schema.js';
import { deleteAccountRequestSchema } from '../accounts/deleteAccount.js';
import { signUpSchema } from '../accounts/signUp.js';
import { authenticatorRemovalSchema, disableTwoFactorSchema } from '../accounts/twoFactor.js';
import { vatRegistrationSchema } from '../accounts/vatNumber.js';
import type { JsonSchema } from '../internal/jsonHint.js';
import { defaultAccountsPolicy } from '../policy/index.js';
import { inputEntries, withProperty } from './entry.js';

// Limits of the default policy: the lockout range and the kSuite offers (ACC-04, ACC-05).
const { minFailedAttempts, maxFailedAttempts } = defaultAccountsPolicy.lockout;
const offers = (json: JsonSchema): JsonSchema => ({ ...json, enum: [...defaultAccountsPolicy.ksuiteOffers] });

// What JSON Schema cannot check of a VAT number: its country's form, from the policy (ACC-10).
const vatForm = "a VAT number's form for its country (policy.accounts.vatNumberFormats; spaces, dots and hyphens are dropped first)";

/** Organizations and accounts (ACC-01..10). */
export const accountsInputs = inputEntries({
  OrganizationInput: {
    schema: organizationSchema,
    title: 'Organization',
    description:
      'An organization: id, name, owners (at least one), administrators, members, kSuite members and mail domains; its kind ' +
      "('private' or 'company') and a company's VAT number.",
    usedBy: [
      'organization(input)',
      'roleIn(org, userId)',
      'leaveOrganization(current, user)',
      'setMemberRole(current, change)',
      'membershipsOf(userId, organizations): each',
      'switchOrganization(userId, organizations, to): each',
      'canRegisterVatNumber(current, request)',
      'registerVatNumber(current, request)',
      'billingIdentity(current)',
    ],
  },
  SignUpInput: {
    schema: signUpSchema,
    title: 'Sign-up',
    description:
      "A sign-up on one's own (the user, the new organization's id, and a company's name and VAT number when signing up as a " +
      'company) or by invitation (the user, the inviting organization and the role).',
    usedBy: ['signUp(request)'],
    notChecked: [vatForm],
  },
  DeleteAccountInput: {
    schema: deleteAccountRequestSchema,
    title: 'Account deletion request',
    description: 'The user whose account would be deleted, and the organizations to check.',
    usedBy: ['canDeleteUserAccount(request)'],
  },
  VatRegistrationInput: {
    schema: vatRegistrationSchema,
    title: 'VAT number registration',
    description: 'Who registers which EU VAT number for a company organization (at most 32 characters).',
    usedBy: ['canRegisterVatNumber(current, request)', 'registerVatNumber(current, request)'],
    notChecked: [vatForm],
  },
  UserIdInput: {
    schema: idSchema,
    title: 'User or organization id',
    description: 'A user or organization id: not empty, no spaces around it.',
    usedBy: [
      'roleIn(org, userId)',
      'membershipsOf(userId, organizations)',
      'switchOrganization(userId, organizations, to)',
      'loginSecurity(userId)',
      'canTransferKsuite(current, toOrganization)',
    ],
  },
  UserInput: {
    schema: userSchema,
    title: 'User',
    description: 'A user: id and login e-mail address.',
    usedBy: ['leaveOrganization(current, user)'],
  },
  LeaveOrganizationInput: {
    schema: leaveRequestSchema,
    title: 'Leave request',
    description: 'A user, and the facts about the organization they want to leave.',
    usedBy: ['canLeaveOrganization(request)'],
  },
  ChangeOrganizationInput: {
    schema: changeRequestSchema,
    title: 'Organization change request',
    description: "A user, and the organization's owners.",
    usedBy: ['canChangeOrganization(request)'],
  },
  MembershipChangeInput: {
    schema: membershipChangeSchema,
    title: 'Membership change',
    description: "Who changes which member's role, to what.",
    usedBy: ['setMemberRole(current, change)'],
  },
  KsuiteInput: {
    schema: ksuiteSchema,
    title: 'kSuite',
    description: "An organization's kSuite: its offer and included products.",
    usedBy: [
      'ksuite(input)',
      'canUpgradeKsuite(current, to)',
      'upgradeKsuite(current, to)',
      'canTransferKsuite(current, toOrganization)',
      'canDetachKsuiteProduct(current, request)',
    ],
    complete: (json) => withProperty(json, 'offer', offers({})),
  },
  KsuiteOfferInput: {
    schema: ksuiteSchema.shape.offer,
    title: 'kSuite offer',
    description: 'The name of a kSuite offer.',
    usedBy: ['canUpgradeKsuite(current, to)', 'upgradeKsuite(current, to)'],
    complete: offers,
  },
  IncludedProductRequestInput: {
    schema: includedProductRequestSchema,
    title: 'Included product request',
    description: 'Move or cancel a product included in kSuite.',
    usedBy: ['canDetachKsuiteProduct(current, request)'],
  },
  LoginSettingsInput: {
    schema: loginSettingsSchema,
    title: 'Login settings',
    description: 'After how many failed attempts the account locks, and which logins are notified.',
    usedBy: ['loginSecurity(userId, settings)', 'changeLoginSettings(state, settings)'],
    // ACC-05: 0 (never lock) or a whole number within the policy bounds (none by default).
    complete: (json) =>
      withProperty(json, 'lockAfter', {
        minimum: 0,
        ...(minFailedAttempts === undefined ? {} : { anyOf: [{ const: 0 }, { minimum: minFailedAttempts }] }),
        ...(maxFailedAttempts === undefined ? {} : { maximum: maxFailedAttempts }),
      }),
  },
  LoginSecurityInput: {
    schema: loginSecuritySchema,
    title: 'Login security state',
    description: "A user's login security state, in the JSON form loginSecurity() returns.",
    usedBy: [
      'changeLoginSettings(state, settings)',
      'recordLoginAttempt(state, outcome)',
      'canUnlockAccount(state, by)',
      'unlockAccount(state, by)',
    ],
  },
  LoginOutcome: {
    schema: loginOutcomeSchema,
    title: 'Login outcome',
    description: 'Whether a login attempt succeeded.',
    usedBy: ['recordLoginAttempt(state, outcome)'],
  },
  UnlockerInput: {
    schema: unlockerSchema,
    title: 'Unlocker',
    description: "Who unlocks an account: an administrator of the user's organization, or the user through the secure form.",
    usedBy: ['canUnlockAccount(state, by)', 'unlockAccount(state, by)'],
  },
  DisableTwoFactorInput: {
    schema: disableTwoFactorSchema,
    title: 'Two-factor deactivation request',
    description: 'How the user asks to disable two-factor authentication, and what they confirmed.',
    usedBy: ['canDisableTwoFactor(request)'],
  },
  AuthenticatorRemovalInput: {
    schema: authenticatorRemovalSchema,
    title: 'Authenticator app removal',
    description: 'Whose authenticator app is removed, the second-factor methods set up, and whether the password was confirmed.',
    usedBy: ['canRemoveAuthenticatorApp(request)', 'removeAuthenticatorApp(request)'],
  },
});
