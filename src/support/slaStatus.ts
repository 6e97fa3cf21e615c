import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { match } from 'ts-pattern';
import { businessTimeBetween } from '../calendar/index.js';
import { parseInput } from '../internal/parse.js';
import { defaultPolicy, type Policy } from '../policy/index.js';
import { deadlineOf, type SupportRequest } from './deadline.js';
import { channelSchema, instantSchema, tierSchema, type SupportInstantInput } from './schema.js';
import { compileSupportPolicy } from './compiledPolicy.js';

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
export const requestSchema = strictObject({ tier: tierSchema, channel: channelSchema, receivedAt: instantSchema, respondedAt: z.optional(instantSchema), now: instantSchema })
  .check(
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
 * Where a request stands against its first-response guarantee (SUP-03): `met` or `breached` once
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
export function slaStatus(req: SlaStatusRequest, policy: Policy = defaultPolicy): SlaStatus {
  const input = parseInput(requestSchema, req, 'SLA status request', 'SUP-03');
  const support = compileSupportPolicy(policy);
  const deadline = deadlineOf(input, support);
  if (deadline === null) return Object.freeze({ state: 'none', deadline: null, remainingMs: null, remainingBusinessMs: null });
  const schedule = support.schedules[input.channel];
  // Measured from the response once there is one: the clock stops when the request is taken in charge.
  const from = input.respondedAt ?? input.now;
  const remainingMs = deadline.getTime() - from.getTime();
  const remainingBusinessMs = businessTimeBetween(from, deadline, schedule);
  const guaranteeMs = (support.data.tiers[input.tier].firstResponseHours ?? 0) * 3_600_000;
  const state = match({ responded: input.respondedAt !== undefined, late: remainingMs < 0 })
    .with({ responded: true, late: false }, () => 'met' as const)
    .with({ late: true }, () => 'breached' as const)
    .with({ responded: false, late: false }, () =>
      remainingBusinessMs <= support.atRiskFraction * guaranteeMs ? ('at-risk' as const) : ('running' as const),
    )
    .exhaustive();
  return Object.freeze({ state, deadline, remainingMs, remainingBusinessMs });
}
