import { weeklySchedule, type Schedule } from '../calendar/index.js';
import type { SupportPolicy } from '../policy/index.js';

/** The support policy's opening hours, compiled into calendar schedules. */
export interface SupportSchedules {
  readonly phone: Schedule;
  readonly email: Schedule;
  readonly accountManager: Schedule;
  readonly emergency: Schedule;
}

// Compiled once per policy object: policies are immutable data, so the cache never goes stale,
// and it lets a policy be garbage-collected with its schedules.
const cache = new WeakMap<SupportPolicy, SupportSchedules>();

/**
 * @internal The schedules of a support policy.
 * @throws InvalidInputError (`INVALID_INPUT`) when the policy's hours are not a valid schedule.
 */
export function supportSchedules(policy: SupportPolicy): SupportSchedules {
  let compiled = cache.get(policy);
  if (compiled === undefined) {
    compiled = Object.freeze({
      phone: weeklySchedule(policy.channels.phone),
      email: weeklySchedule(policy.channels.email),
      accountManager: weeklySchedule(policy.accountManagerHours),
      emergency: weeklySchedule(policy.emergency.hours),
    });
    cache.set(policy, compiled);
  }
  return compiled;
}
