import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { parseInput } from '../internal/parse.js';
import type { SupportChannel, SupportTier } from '../policy/index.js';
import { channelSchema, instantSchema, tierSchema, type SupportInstantInput } from './schema.js';
import { firstResponseDue } from './sla/firstResponse.js';
import { slaPolicyOf } from './sla/policy.js';
import { SUPPORT_DEFAULTS, type SupportPolicyParts } from './policyParts.js';

/** A support request: its tier, the channel it came by, and when it arrived. */
export interface SupportRequest {
  readonly tier: SupportTier;
  readonly channel: SupportChannel;
  readonly receivedAt: SupportInstantInput;
}

/** zod schema of a {@link SupportRequest}. */
export const supportRequestSchema = strictObject({ tier: tierSchema, channel: channelSchema, receivedAt: instantSchema });

/**
 * The latest instant for the first response to a request (SUP-03): the tier's guarantee (Plus 4 h,
 * Pro 2 h, Enterprise 1 h) counted in the opening hours of the channel the request came by —
 * phone Mon–Fri 06:00–19:00, e-mail every day 06:00–23:00, Europe/Zurich (SUP-02). A request
 * received while the channel is closed starts its clock at the next opening. Standard support
 * answers as quickly as possible, without a guaranteed time: `null`.
 *
 * @returns the deadline, or `null` for a tier without guarantee.
 * @throws InvalidInputError (`INVALID_INPUT`) for an unknown tier or channel, or an invalid instant.
 * @throws HostPolicyError `NO_OPENING` when the channel's hours never open (only with a policy
 *   override that closes a channel for good).
 * @example
 * ```ts
 * // Saturday 22:00 in Zurich by e-mail: 1 h on Saturday, 3 h from 06:00 on Sunday (after DST ends).
 * responseDeadline({ tier: 'plus', channel: 'email', receivedAt: '2026-10-24T22:00:00+02:00' });
 * // 2026-10-25T08:00:00.000Z (Sunday 09:00 in Zurich)
 * responseDeadline({ tier: 'standard', channel: 'phone', receivedAt: '2026-10-24T22:00:00+02:00' }); // null
 * ```
 */
export function responseDeadline(req: SupportRequest, policy: SupportPolicyParts = SUPPORT_DEFAULTS): Date | null {
  const input = parseInput(supportRequestSchema, req, 'support request', 'SUP-03');
  return deadlineOf(input, policy);
}

/**
 * @internal The deadline of an already-parsed request: the first-response due instant of the
 * SLA clock (see `slaClock`) for a ticket with only its `received` event.
 */
export function deadlineOf(req: { tier: SupportTier; channel: SupportChannel; receivedAt: Date }, policy: SupportPolicyParts): Date | null {
  const due = firstResponseDue(slaPolicyOf(policy), req.tier, req.channel, req.receivedAt.getTime());
  return due === undefined ? null : new Date(due);
}
