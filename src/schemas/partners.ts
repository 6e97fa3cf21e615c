import { requestSchema as authorizationSchema } from '../partners/authorize.js';
import { clientAccessSchema } from '../partners/clientAccess.js';
import { endPartnershipSchema, productAccessChangeSchema } from '../partners/endPartnership.js';
import { addPartnerSchema } from '../partners/partnership.js';
import { applicantSchema } from '../partners/eligibility.js';
import { orderSchema } from '../partners/incentive.js';
import { invitationSchema, inviteSchema } from '../partners/invitation.js';
import { deleteSchema, openSchema } from '../partners/rfp/open.js';
import { proposalSchema } from '../partners/rfp/proposal.js';
import { recipientsSchema, rfpSchema, submissionSchema } from '../partners/rfp/schema.js';
import {
  accessGrantSchema,
  accessRightsSchema,
  clientIdSchema,
  partnerIdSchema,
  partnershipRequestSchema,
  partnerTeamSchema,
  paymentModeSchema,
  userIdSchema,
} from '../partners/schema.js';
import { inputEntries } from './entry.js';

/** The partner program (PAR-01..16) and requests for proposal (RFP-01..04). */
export const partnersInputs = inputEntries({
  PartnerApplicantInput: {
    schema: applicantSchema,
    title: 'Partner applicant',
    description:
      "A company applying to the partner program: yearly volume (money, at least zero), company register and the program's conditions.",
    usedBy: ['checkPartnerEligibility(applicant)'],
  },
  ClientIdInput: {
    schema: clientIdSchema,
    title: 'Client id',
    description: "A client organisation's id (not blank).",
    usedBy: ['emptyClientAccess(client)'],
  },
  PartnerIdInput: {
    schema: partnerIdSchema,
    title: 'Partner id',
    description: "A partner organisation's id (not blank).",
    usedBy: ['revokeAccess(state, partner)'],
  },
  ClientAccessInput: {
    schema: clientAccessSchema,
    title: 'Client access',
    description: "A client's partner access grants, in the JSON form of a ClientAccess.",
    usedBy: [
      'grantAccess(state, grant)',
      'canGrantAccess(state, grant)',
      'revokeAccess(state, partner)',
      'authorize(state, req)',
      'changePaymentMode(state, mode, at)',
      'acceptInvitation(state, invitation, granted)',
      'addPartner(state, req)',
      'confirmPartnership(state, request)',
      'endPartnership(state, req)',
      'addProductAccess(state, change)',
      'removeProductAccess(state, change)',
    ],
    notChecked: [
      'that the grants name each partner once, give full access to one partner alone and keep limited products disjoint',
      'that pending invitations and partnership requests are for this client, one per partner',
    ],
  },
  AccessGrantInput: {
    schema: accessGrantSchema,
    title: 'Access grant',
    description: "A partner's access to a client: full (with who pays) or limited to products.",
    usedBy: ['grantAccess(state, grant)', 'canGrantAccess(state, grant)'],
  },
  PartnerAuthorizationInput: {
    schema: authorizationSchema,
    title: 'Authorization request',
    description: 'Who (a partner with a role and its acting user, or the client) wants to do what, on which product.',
    usedBy: ['authorize(state, req, team)'],
  },
  PartnerTeamInput: {
    schema: partnerTeamSchema,
    title: 'Partner team',
    description: "The users a partner designates to manage its clients' products (PAR-14).",
    usedBy: ['authorize(state, req, team)', 'designateUser(team, user)', 'undesignateUser(team, user)', 'isDesignatedUser(team, user)'],
  },
  PartnerUserIdInput: {
    schema: userIdSchema,
    title: 'Partner user id',
    description: "A partner's user (not blank, at most 200 characters).",
    usedBy: ['designateUser(team, user)', 'undesignateUser(team, user)', 'isDesignatedUser(team, user)'],
  },
  AddPartnerInput: {
    schema: addPartnerSchema,
    title: 'Add a partner',
    description: 'The client adds a partner: the partner, the rights offered and when (PAR-15).',
    usedBy: ['addPartner(state, req)'],
  },
  PartnershipRequestInput: {
    schema: partnershipRequestSchema,
    title: 'Partnership request',
    description: 'A request as addPartner() returns it, in its JSON form, brought back by the confirmation link (PAR-15).',
    usedBy: ['confirmPartnership(state, request)'],
  },
  EndPartnershipInput: {
    schema: endPartnershipSchema,
    title: 'End of a partnership',
    description: 'The partner whose partnership the client ends, and when (PAR-16).',
    usedBy: ['endPartnership(state, req)'],
  },
  ProductAccessChangeInput: {
    schema: productAccessChangeSchema,
    title: 'Product access change',
    description: 'Products the client adds to or removes from a limited-access partner (PAR-16).',
    usedBy: ['addProductAccess(state, change)', 'removeProductAccess(state, change)'],
  },
  PaymentModeInput: {
    schema: paymentModeSchema,
    title: 'Payment mode',
    description: 'Who pays orders and renewals under a full-access partnership.',
    usedBy: ['changePaymentMode(state, mode, at)'],
  },
  IncentiveOrderInput: {
    schema: orderSchema,
    title: 'Incentive order',
    description:
      'An order under a partnership: access, payment mode (full access only), who ordered, whether the partner manages it, public ' +
      'and partner prices, and when it was placed against the end of the partnership.',
    usedBy: ['incentiveFor(order)'],
    notChecked: ['that both prices have the same currency'],
    // The order schema's refinements: a payment mode with full access, and only then; the order's
    // instant with the end of the partnership (PAR-16).
    complete: (json) => ({
      ...json,
      if: { properties: { access: { const: 'full' } } },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a thenable
      then: { required: ['paymentMode'] },
      else: { not: { required: ['paymentMode'] } },
      dependentRequired: { partnershipEndedAt: ['orderedAt'] },
    }),
  },
  ClientInvitationRequestInput: {
    schema: inviteSchema,
    title: 'Client invitation request',
    description: 'A partner invites a client to grant it access.',
    usedBy: ['inviteClient(req)'],
  },
  ClientInvitationInput: {
    schema: invitationSchema,
    title: 'Client invitation',
    description: 'An invitation as inviteClient() returns it, in its JSON form.',
    usedBy: ['acceptInvitation(state, invitation, granted)'],
  },
  AccessRightsInput: {
    schema: accessRightsSchema,
    title: 'Access rights',
    description: 'Full access (with who pays) or limited access to products, without the partner.',
    usedBy: ['acceptInvitation(state, invitation, granted)'],
  },
  RfpSubmissionInput: {
    schema: submissionSchema,
    title: 'Request for proposal',
    description: "A request for proposal as the requester submits it, with the contact details and the deletion link's secret.",
    usedBy: ['submitRfp(submission, directory)'],
    notChecked: ['that the phone number has at least 7 digits'],
  },
  RfpDirectoryInput: {
    schema: recipientsSchema,
    title: 'Partner directory',
    description: 'The partners and the topics each of them works on.',
    usedBy: ['submitRfp(submission, directory)'],
  },
  RequestForProposalInput: {
    schema: rfpSchema,
    title: 'Stored request for proposal',
    description: 'A request for proposal as submitRfp() returns it, in its JSON form.',
    usedBy: ['rfpExcerpt(rfp)', 'openRfp(rfp, req)', 'canOpenRfp(rfp, req)', 'deleteRfp(rfp, req)'],
    notChecked: ['that the phone number has at least 7 digits'],
  },
  RfpOpenInput: {
    schema: openSchema,
    title: 'Open request',
    description: 'A partner opening a request for proposal, and when.',
    usedBy: ['openRfp(rfp, req)', 'canOpenRfp(rfp, req)'],
  },
  RfpDeleteInput: {
    schema: deleteSchema,
    title: 'Delete request',
    description: "When a request for proposal is deleted, and the deletion link's secret (required, RFP-03).",
    usedBy: ['deleteRfp(rfp, req)'],
  },
  RfpProposalInput: {
    schema: proposalSchema,
    title: 'Proposal',
    description: "A partner's proposal for a request: the products the work would use.",
    usedBy: ['checkRfpProposal(proposal)'],
  },
});
