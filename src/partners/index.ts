/**
 * The partner program (PAR-01..16) and requests for proposal (RFP-01..04): eligibility, client
 * access grants and authorization, designated users, payment modes, cashback versus discount,
 * invitations, partnerships added by the client and ended, RFPs.
 *
 * @module partners
 */
export { checkPartnerEligibility, APPLICANT_KINDS, type ApplicantKind, type PartnerApplicant } from './eligibility.js';
export {
  emptyClientAccess,
  grantAccess,
  canGrantAccess,
  revokeAccess,
  clientAccessSchema,
  type ClientAccess,
} from './clientAccess.js';
export { changePaymentMode, type PaymentModeChanged, type PaymentModeChangeOptions } from './paymentMode.js';
export { authorize, type PartnerAuthorizationRequest } from './authorize.js';
export { canonicalProductId } from './productId.js';
export { inviteClient, receiveInvitation, acceptInvitation, type ClientInvitation, type InviteClientRequest } from './invitation.js';
export { incentiveFor, type Incentive, type IncentiveOrder } from './incentive.js';
export type { PartnersPolicyParts, IncentivePolicyParts } from './policyParts.js';
export { emptyPartnerTeam, designateUser, undesignateUser, isDesignatedUser, type PartnerTeam } from './team.js';
export { addPartner, confirmPartnership, type AddPartnerRequest, type PartnershipRequest } from './partnership.js';
export {
  endPartnership,
  addProductAccess,
  removeProductAccess,
  type EndPartnershipRequest,
  type PartnershipEnded,
  type ProductAccessChange,
} from './endPartnership.js';
export {
  PARTNER_ACTIONS,
  PARTNER_ROLES,
  PARTNER_PAYMENT_MODES,
  type PartnerAction,
  type PartnerActor,
  type PartnerRole,
  type PartnerPaymentMode,
  type PartnerAccessKind,
  type PartnerAccessGrant,
  type PartnerAccessGrantInput,
  type PartnerAccessRights,
  type FullAccessGrant,
  type LimitedAccessGrant,
} from './schema.js';
export * from './rfp/index.js';
