/**
 * Support tiers (SUP-01..09): tier features, emergency calls, scope, VIP code, temporary access
 * grants for support staff, response deadlines and the SLA clock of a ticket ({@link slaClock}).
 *
 * @module support
 */
export { supportTierFeatures, canTakeSupportTier, canUseVipCode, type SupportSubscriberKind } from './tiers.js';
export { canPlaceEmergencyCall, type EmergencyCallRequest } from './emergency.js';
export { isInSupportScope, type SupportScopeRequest } from './scope.js';
export {
  grantTemporaryAccess,
  revokeTemporaryAccess,
  canUseTemporaryAccess,
  type TemporaryAccessGrant,
  type TemporaryAccessGrantInput,
  type TemporaryAccessUse,
} from './temporaryAccess.js';
export type { SupportInstantInput } from './schema.js';
export { responseDeadline, supportRequestSchema, type SupportRequest } from './deadline.js';
export type { SupportPolicyParts } from './policyParts.js';
export { slaStatus, type SlaStatus, type SlaState, type SlaStatusRequest } from './slaStatus.js';
export { isAccountManagerAvailable } from './accountManager.js';
export {
  slaClock,
  advanceSlaClock,
  advanceSlaClocks,
  defineSlaPolicy,
  SlaPolicy,
  SLA_METRICS,
  SLA_PRIORITIES,
  SLA_EVENT_TYPES,
  MAX_SLA_EVENTS,
  type SlaClockRequest,
  type SlaPolicyInput,
  type SlaTargets,
  type SlaMetricName,
  type SlaPriority,
  type SlaEvent,
  type SlaEventType,
  type SlaClock,
  type SlaMetric,
  type SlaMetricState,
  type SlaPause,
} from './sla/index.js';
