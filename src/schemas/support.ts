import { supportRequestSchema } from '../support/deadline.js';
import { requestSchema as emergencySchema } from '../support/emergency.js';
import { tierSchema } from '../support/schema.js';
import { requestSchema as scopeSchema } from '../support/scope.js';
import { requestSchema as slaSchema } from '../support/slaStatus.js';
import { grantRequestSchema, grantSchema, useSchema } from '../support/temporaryAccess.js';
import { takeSchema } from '../support/tiers.js';
import type { JsonSchema } from '../internal/jsonHint.js';
import { defaultSupportPolicy } from '../policy/index.js';
import { inputEntries, withProperty } from './entry.js';

/** The services a temporary access may open: those of the default policy (SUP-09). */
const services = (json: JsonSchema): JsonSchema =>
  withProperty(json, 'services', { items: { type: 'string', enum: [...defaultSupportPolicy.temporaryAccess.services] } });

/** Support tiers and SLAs (SUP-01..09). */
export const supportInputs = inputEntries({
  SupportTier: {
    schema: tierSchema,
    title: 'Support tier',
    description: 'One of the four support tiers.',
    usedBy: ['supportTierFeatures(tier)', 'canUseVipCode(tier)', 'isAccountManagerAvailable(tier, at)'],
  },
  SupportRequestInput: {
    schema: supportRequestSchema,
    title: 'Support request',
    description: 'A support request: tier, channel and the instant it was received.',
    usedBy: ['responseDeadline(req)'],
  },
  SlaStatusInput: {
    schema: slaSchema,
    title: 'SLA status request',
    description: 'A support request with the instant of the response, if any, and the current instant.',
    usedBy: ['slaStatus(req)'],
    notChecked: ['that now and respondedAt are not before receivedAt, and respondedAt not after now'],
  },
  EmergencyCallInput: {
    schema: emergencySchema,
    title: 'Emergency call request',
    description:
      'A request to place an emergency call: tier, kind of incident, language tag, and optionally the instant and whether an ' +
      'immediate intervention is needed.',
    usedBy: ['canPlaceEmergencyCall(req)'],
  },
  SupportScopeInput: {
    schema: scopeSchema,
    title: 'Support scope request',
    description: 'An activity to check against the support scope.',
    usedBy: ['isInSupportScope(req)'],
    complete: (json) =>
      withProperty(json, 'activity', { enum: [...defaultSupportPolicy.scope.inScope, ...defaultSupportPolicy.scope.outOfScope] }),
  },
  SupportTierRequestInput: {
    schema: takeSchema,
    title: 'Support tier request',
    description: 'Who asks for which support tier.',
    usedBy: ['canTakeSupportTier(req)'],
  },
  TemporaryAccessRequestInput: {
    schema: grantRequestSchema,
    title: 'Temporary access request',
    description: 'Services to open to support staff, from grantedAt to expiresAt.',
    usedBy: ['grantTemporaryAccess(req)'],
    complete: services,
    notChecked: ['that expiresAt is after grantedAt', 'that the services are unique'],
  },
  TemporaryAccessGrantInput: {
    schema: grantSchema,
    title: 'Temporary access grant',
    description: 'A temporary access grant as grantTemporaryAccess returns it (JSON form).',
    usedBy: ['revokeTemporaryAccess(grant, revokedAt)', 'canUseTemporaryAccess(grant, use)'],
    notChecked: [
      'that expiresAt is after grantedAt and revokedAt not before grantedAt (also the revokedAt argument of revokeTemporaryAccess)',
      'that the services are unique',
    ],
  },
  TemporaryAccessUseInput: {
    schema: useSchema,
    title: 'Temporary access use',
    description: 'Who uses a temporary access grant, when, and for which service.',
    usedBy: ['canUseTemporaryAccess(grant, use)'],
  },
});
