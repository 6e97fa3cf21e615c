/**
 * Organizations and accounts (ACC-01..06): membership and roles, leaving an organization, kSuite
 * offers, login lockout and two-factor authentication.
 *
 * @module accounts
 */
export { organization, roleIn, type Organization } from './organization.js';
export { canLeaveOrganization, leaveOrganization } from './leave.js';
export { canChangeOrganization, setMemberRole } from './change.js';
export { membershipsOf, switchOrganization, type OrganizationMembership } from './membership.js';
export { ksuite, ksuiteOfferLadder, canUpgradeKsuite, upgradeKsuite, canTransferKsuite, canDetachKsuiteProduct, type Ksuite } from './ksuite.js';
export {
  loginSecurity,
  changeLoginSettings,
  recordLoginAttempt,
  canUnlockAccount,
  unlockAccount,
  type LoginSecurity,
  type LoginAttemptResult,
} from './lockout.js';
export { canDisableTwoFactor, type DisableTwoFactorRequest } from './twoFactor.js';
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
