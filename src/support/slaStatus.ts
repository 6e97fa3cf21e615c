import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { match } from 'ts-pattern';
import { businessTimeBetween } from '../calendar/businessTime.js';
import { parseInput } from '../internal/parse.js';
import type { SupportRequest } from './deadline.js';
import { firstResponseView } from './sla/firstResponse.js';
import { slaPolicyOf } from './sla/policy.js';
import { channelSchema, instantSchema, tierSchema, type SupportInstantInput } from './schema.js';
import { SUPPORT_DEFAULTS, type SupportPolicyParts } from './policyParts.js';

/** Input of {@link slaStatus}: a request, its first response if any, and the present instant. */
export interface SlaStatusRequest extends SupportRequest {
  /** When the first response (taking charge) was given, if it was. */
  readonly respondedAt?: SupportInstantInput;
  /** The instant the status is computed for. */
  readonly now: SupportInstantInput;
}

/** Where a request stands against its guarantee (SUP-03). */
export type SlaState = 'met' | 'breached' | 'at-risk' | 'running' | 'none';

/** The status of a request's first-response guarantee. */
export interface SlaStatus {
  readonly state: SlaState;
  /** The response deadline; `null` when the tier has no guarantee (`state: 'none'`). */
  readonly deadline: Date | null;
  /**
   * Calendar time from `now` (or from the response, once responded) to the deadline, in ms;
   * negative once past it. `null` without guarantee.
   */
  readonly remainingMs: number | null;
  /** The same span counted in the channel's opening hours only (what the guarantee counts). */
  readonly remainingBusinessMs: number | null;
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const requestSchema = strictObject({
  tier: tierSchema,
  channel: channelSchema,
  receivedAt: instantSchema,
  respondedAt: z.optional(instantSchema),
  now: instantSchema,
}).check(
  z.refine((r) => r.now.getTime() >= r.receivedAt.getTime(), { message: 'must not be before receivedAt', path: ['now'] }),
  z.refine((r) => r.respondedAt === undefined || r.respondedAt.getTime() >= r.receivedAt.getTime(), {
    message: 'must not be before receivedAt',
    path: ['respondedAt'],
  }),
  z.refine((r) => r.respondedAt === undefined || r.respondedAt.getTime() <= r.now.getTime(), {
    message: 'must not be after now',
    path: ['respondedAt'],
  }),
);

/**
 * Where a request stands against its first-response guarantee (SUP-03), read from the
 * first-response metric of the SLA clock (`slaClock` with the events `received` and, once
 * responded, `staff-replied`): `met` or `breached` once
 * responded (on or before the deadline, or after it), otherwise `breached` once `now` is past the
 * deadline, `at-risk` when the business time left is at most the policy's share of the guarantee
 * (default 25 %: 1 h of Plus's 4 h), else `running`. `none` for Standard (no guarantee).
 * Remaining time is given both as calendar time and as business time.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for bad tier, channel or instants, `now` or
 *   `respondedAt` before `receivedAt`, or `respondedAt` after `now`.
 * @example
 * ```ts
 * slaStatus({ tier: 'plus', channel: 'phone', receivedAt: '2026-03-27T17:00:00+01:00', now: '2026-03-30T07:30:00+02:00' });
 * // { state: 'at-risk', deadline: 2026-03-30T06:00:00.000Z, remainingMs: 1_800_000, remainingBusinessMs: 1_800_000 }
 * ```
 */
export function slaStatus(req: SlaStatusRequest, policy: SupportPolicyParts = SUPPORT_DEFAULTS): SlaStatus {
  const input = parseInput(requestSchema, req, 'SLA status request', 'SUP-03');
  const sla = slaPolicyOf(policy);
  // The first-response metric of the SLA clock: received, answered (or not), read at now.
  const view = firstResponseView(
    sla,
    input.tier,
    input.channel,
    input.receivedAt.getTime(),
    input.respondedAt?.getTime(),
    input.now.getTime(),
  );
  if (view.dueAt === null) return Object.freeze({ state: 'none', deadline: null, remainingMs: null, remainingBusinessMs: null });
  const deadline = view.dueAt;
  // Measured from the response once there is one: the clock stops when the request is taken in charge.
  const from = input.respondedAt ?? input.now;
  const remainingMs = deadline.getTime() - from.getTime();
  const remainingBusinessMs = businessTimeBetween(from, deadline, sla.schedules[input.channel]);
  const state = match(view.state)
    .with('met', 'breached', 'at-risk', 'running', (s) => s)
    // Not reached: a request without pause is never paused, and one with a target is never idle or without target.
    .with('paused', 'idle', 'none', () => 'running' as const)
    .exhaustive();
  return Object.freeze({ state, deadline, remainingMs, remainingBusinessMs });
}
