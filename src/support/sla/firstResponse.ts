import type { SupportChannel, SupportTier } from '../../policy/index.js';
import { addMs } from '../../calendar/walk.js';
import { SLA_EVENT_TYPES } from './events.js';
import { FIRST, apply, startFold, type FoldState } from './fold.js';
import type { SlaPolicy } from './policy.js';
import { readClock, type SlaMetric } from './result.js';

const RECEIVED = {
  type: 'received',
  rank: SLA_EVENT_TYPES.indexOf('received'),
  priority: undefined,
  schedule: undefined,
  index: 0,
} as const;
const REPLIED = {
  type: 'staff-replied',
  rank: SLA_EVENT_TYPES.indexOf('staff-replied'),
  tier: undefined,
  priority: undefined,
  channel: undefined,
  schedule: undefined,
  index: 1,
} as const;

/**
 * @internal The first-response metric of a request received at `received` (normal priority),
 * answered at `responded` or not yet, read at `at`: `slaStatus` and `responseDeadline` are this
 * view of the SLA clock.
 */
export function firstResponseView(
  sla: SlaPolicy,
  tier: SupportTier,
  channel: SupportChannel,
  received: number,
  responded: number | undefined,
  at: number,
): SlaMetric {
  const s: FoldState = startFold(sla, { ...RECEIVED, at: received, tier, channel });
  if (responded !== undefined && responded <= at) apply(s, { ...REPLIED, at: responded });
  return readClock(s, at).firstResponse;
}

/**
 * @internal The first-response due instant of a request received at `received` (normal
 * priority, no pause), counted in the channel's calendar: what `slaClock` reports for a ticket
 * with only its `received` event, computed without building the clock (responseDeadline's hot
 * path). `undefined` when the tier has no target.
 */
export function firstResponseDue(sla: SlaPolicy, tier: SupportTier, channel: SupportChannel, received: number): number | undefined {
  const target = (sla.compiledTargets.get(`${tier}/normal`) as Float64Array)[FIRST] as number;
  return Number.isNaN(target) ? undefined : addMs(sla.compiledSchedules[channel], received, target);
}
