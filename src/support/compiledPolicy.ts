import type * as z from 'zod/mini';
// The calendar's modules, not its index (docs/packaging.md: an index brings its whole context along).
import type { ScheduleDefinition } from '../calendar/schema.js';
import { weeklySchedule, type Schedule } from '../calendar/schedule.js';
import { policyPartReader } from '../internal/policyPart.js';
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

type HoursData = z.output<typeof supportPolicySchema>['accountManagerHours'];

/** Hours data as a calendar definition (an absent `closures` is left out, not `undefined`). */
function definition(h: HoursData): ScheduleDefinition {
  return { timeZone: h.timeZone, hours: h.hours, ...(h.closures === undefined ? {} : { closures: h.closures }) };
}

/**
 * @internal The support part of a policy, validated and compiled once per policy object.
 * @throws InvalidInputError (`INVALID_INPUT`) when the policy (or its hours) is not valid.
 */
export const compileSupportPolicy: (policy: unknown) => CompiledSupportPolicy = policyPartReader('support', supportPolicySchema, (data) =>
  Object.freeze({
    data,
    atRiskFraction: data.atRiskRemaining,
    schedules: Object.freeze({
      phone: weeklySchedule(definition(data.channels.phone)),
      email: weeklySchedule(definition(data.channels.email)),
      accountManager: weeklySchedule(definition(data.accountManagerHours)),
      emergency: weeklySchedule(definition(data.emergency.hours)),
    }),
  }),
);
