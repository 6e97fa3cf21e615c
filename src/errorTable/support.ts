import type { CodeTablePart } from './entry.js';

/** Codes of premium support. @internal */
export const SUPPORT_CODES = {
  TIER_WITHOUT_EMERGENCY_CALLS: {
    kind: 'reason',
    context: 'support',
    violates: { 'SUP-04': 'a tier with emergency calls (Pro, Enterprise)' },
    when: '`canPlaceEmergencyCall` for a tier without emergency calls (Standard, Plus).',
    todo: 'Use the normal channels, or upgrade to Pro or Enterprise.',
  },
  INCIDENT_NOT_ELIGIBLE: {
    kind: 'reason',
    context: 'support',
    violates: { 'SUP-04': 'an infrastructure incident' },
    when: '`canPlaceEmergencyCall` for an incident other than an infrastructure one (application, webmastering, other).',
    todo: 'Open a normal support request.',
  },
  NOT_URGENT: {
    kind: 'reason',
    context: 'support',
    violates: { 'SUP-04': 'an incident needing immediate intervention' },
    when: '`canPlaceEmergencyCall` with `immediateInterventionNeeded: false`.',
    todo: 'Open a normal support request.',
  },
  LANGUAGE_NOT_SUPPORTED: {
    kind: 'reason',
    context: 'support',
    violates: { 'SUP-04': 'a call in French or English' },
    when: '`canPlaceEmergencyCall` in a language the emergency line does not speak (French and English by default).',
    todo: 'Call in one of the languages the message names.',
  },
  EMERGENCY_LINE_CLOSED: {
    kind: 'reason',
    context: 'support',
    violates: { 'SUP-04': 'the emergency line open at the time' },
    when: "`canPlaceEmergencyCall` with an `at` outside the emergency line's schedule (24/7 by default; a policy may restrict it).",
    todo: 'Call when the line is open, or open a normal support request.',
  },
  TIER_NOT_OPEN_TO_PARTNERS: {
    kind: 'reason',
    context: 'support',
    violates: { 'SUP-06': 'a tier open to partners' },
    when: '`canTakeSupportTier` for a partner and a tier not offered to partners (Pro, Enterprise unless the policy opens them).',
    todo: 'Take Plus, or open the tier to partners in the support policy.',
  },
  ACTIVITY_OUT_OF_SCOPE: {
    kind: 'reason',
    context: 'support',
    violates: { 'SUP-07': 'an activity within the scope' },
    when:
      "`isInSupportScope` for an activity outside the scope of support (third-party app changes, webmastering, the customer's " +
      'machines).',
    todo: 'Handle it outside support, e.g. with a partner.',
  },
  NOT_A_PROVIDER_SERVICE: {
    kind: 'reason',
    context: 'support',
    violates: { 'SUP-07': "an incident of the provider's services" },
    when: '`isInSupportScope` with `providerService: false`.',
    todo: 'Contact the vendor of the service concerned.',
  },
  VIP_CODE_NOT_INCLUDED: {
    kind: 'reason',
    context: 'support',
    violates: { 'SUP-08': 'a tier with the VIP code' },
    when: '`canUseVipCode` for a tier without the VIP code (Standard).',
    todo: 'Use the ordinary support code, or upgrade.',
  },
  ACTOR_NOT_ALLOWED: {
    kind: 'reason',
    context: 'support',
    violates: { 'SUP-09': 'used by support staff' },
    when: "`canUseTemporaryAccess` by someone other than the provider's support staff.",
    todo: 'Only support staff use temporary access; others need their own access.',
  },
  ACCESS_NOT_YET_GRANTED: {
    kind: 'reason',
    context: 'support',
    violates: { 'SUP-09': 'used after it is granted' },
    when: "`canUseTemporaryAccess` before the grant's `grantedAt`.",
    todo: 'Wait until the access starts.',
  },
  ACCESS_EXPIRED: {
    kind: 'reason',
    context: 'support',
    violates: { 'SUP-09': 'used before it expires' },
    when: "`canUseTemporaryAccess` at or after the grant's `expiresAt`.",
    todo: 'Ask the customer for a new grant.',
  },
  ACCESS_REVOKED: {
    kind: 'reason',
    context: 'support',
    violates: { 'SUP-09': 'used before it is revoked' },
    when: '`canUseTemporaryAccess` at or after the customer revoked the grant.',
    todo: 'Ask the customer for a new grant.',
  },
  SERVICE_NOT_GRANTED: {
    kind: 'reason',
    context: 'support',
    violates: { 'SUP-09': 'a service the grant covers' },
    when: '`canUseTemporaryAccess` for a service (mail, kDrive) the grant does not cover.',
    todo: 'Ask the customer for a grant that includes the service.',
  },
} as const satisfies CodeTablePart;
