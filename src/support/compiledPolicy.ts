import type * as z from 'zod/mini';
import { weeklySchedule, type Schedule, type ScheduleDefinition } from '../calendar/index.js';
import { parseInput } from '../internal/parse.js';
import { supportPolicySchema } from '../policy/support.js';

/** The support policy, validated, with its opening hours compiled into calendar schedules. */
export interface CompiledSupportPolicy {
  readonly data: z.output<typeof supportPolicySchema>;
  /** SUP-03: the at-risk share of the guarantee, as a fraction. */
  readonly atRiskFraction: number;
  readonly schedules: {
    readonly phone: Schedule;
    readonly email: Schedule;
    readonly accountManager: Schedule;
    readonly emergency: Schedule;
  };
}

// Compiled once per policy part: policies are immutable data, so the cache never goes stale, and a
// WeakMap lets a policy be garbage-collected with its schedules.
const cache = new WeakMap<object, CompiledSupportPolicy>();

type HoursData = z.output<typeof supportPolicySchema>['accountManagerHours'];

/** Hours data as a calendar definition (an absent `closures` is left out, not `undefined`). */
function definition(h: HoursData): ScheduleDefinition {
  return { timeZone: h.timeZone, hours: h.hours, ...(h.closures === undefined ? {} : { closures: h.closures }) };
}

const isObject = (v: unknown): v is object => (typeof v === 'object' && v !== null) || typeof v === 'function';

/**
 * @internal The support part of a policy, validated and compiled once per policy object.
 * @throws InvalidInputError (`INVALID_INPUT`) when the policy (or its hours) is not valid.
 */
export function compileSupportPolicy(policy: unknown): CompiledSupportPolicy {
  const part = isObject(policy) ? (policy as { support?: unknown }).support : undefined;
  const cached = isObject(part) ? cache.get(part) : undefined;
  if (cached !== undefined) return cached;
  const data = parseInput(supportPolicySchema, part, 'policy.support');
  const compiled: CompiledSupportPolicy = Object.freeze({
    data,
    atRiskFraction: data.atRiskRemaining.fraction.toNumber(),
    schedules: Object.freeze({
      phone: weeklySchedule(definition(data.channels.phone)),
      email: weeklySchedule(definition(data.channels.email)),
      accountManager: weeklySchedule(definition(data.accountManagerHours)),
      emergency: weeklySchedule(definition(data.emergency.hours)),
    }),
  });
  if (isObject(part)) cache.set(part, compiled);
  return compiled;
}
