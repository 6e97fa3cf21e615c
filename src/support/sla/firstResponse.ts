import type { SupportChannel, SupportTier } from '../../policy/index.js';
import { SLA_EVENT_TYPES } from './events.js';
import { apply, startFold, type FoldState } from './fold.js';
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
