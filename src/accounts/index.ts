/**
 * Organizations and accounts (ACC-01..10): sign-up, membership and roles, leaving an organization,
 * deleting a user account, kSuite offers, login lockout, two-factor authentication and a
 * company's EU VAT number.
 *
 * @module accounts
 */
export { organization, roleIn, type Organization, type OrganizationKind } from './organization.js';
export { signUp, signUpSchema, type SignUpRequest, type SignUpResult } from './signUp.js';
export { canDeleteUserAccount, deleteAccountRequestSchema, type DeleteAccountRequest } from './deleteAccount.js';
export {
  isValidEuVatNumber,
  canRegisterVatNumber,
  registerVatNumber,
  billingIdentity,
  vatRegistrationSchema,
  type VatRegistration,
  type BillingIdentity,
} from './vatNumber.js';
export { canLeaveOrganization, leaveOrganization } from './leave.js';
export { canChangeOrganization, setMemberRole } from './change.js';
export { membershipsOf, switchOrganization, type OrganizationMembership } from './membership.js';
export {
  ksuite,
  ksuiteOfferLadder,
  canUpgradeKsuite,
  upgradeKsuite,
  canTransferKsuite,
  canDetachKsuiteProduct,
  type Ksuite,
} from './ksuite.js';
export {
  loginSecurity,
  changeLoginSettings,
  recordLoginAttempt,
  canUnlockAccount,
  unlockAccount,
  type LoginSecurity,
  type LoginAttemptResult,
} from './lockout.js';
export {
  canDisableTwoFactor,
  canRemoveAuthenticatorApp,
  removeAuthenticatorApp,
  type DisableTwoFactorRequest,
  type AuthenticatorRemovalRequest,
  type AuthenticatorRemoval,
  type TwoFactorMethod,
} from './twoFactor.js';
export {
  organizationSchema,
  leaveRequestSchema,
  type OrganizationInput,
  type LeaveOrganizationRequest,
  type ChangeOrganizationRequest,
  type MembershipChange,
} from './schema.js';
export type { KsuiteInput, IncludedProductRequest } from './ksuiteSchema.js';
export type { LoginSettingsInput, Unlocker } from './lockoutSchema.js';
export type { AccountsPolicyParts } from './policyParts.js';
