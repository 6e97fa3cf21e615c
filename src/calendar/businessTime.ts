import { strictObject } from '../internal/checks.js';
import { invalidField, parseInput } from '../internal/parse.js';
import type { CompiledSchedule } from './compiled.js';
import { compiledOf, ownCompiledOf, scheduleInstanceSchema, type Schedule } from './schedule.js';
import {
  MAX_BUSINESS_DURATION_MS,
  businessDurationSchema,
  instantMsSchema,
  quickDurationMs,
  toInstantMs,
  type BusinessDuration,
  type InstantInput,
} from './schema.js';
import { BUSINESS_TIME_MAX_SPAN_DAYS, addMs, betweenMs } from './walk.js';
import { DAY_MS } from './zone.js';

const addSchema = strictObject({ start: instantMsSchema, duration: businessDurationSchema, schedule: scheduleInstanceSchema });
const betweenSchema = strictObject({ from: instantMsSchema, to: instantMsSchema, schedule: scheduleInstanceSchema });

/**
 * The instant at which `duration` of open time has passed from `start`, counted in the
 * schedule's opening hours and time zone (DST days included; the host's `TZ` plays no part).
 * A start while closed counts from the next opening. A result that falls on the end of an
 * interval is that closing instant, not the next opening. A zero duration returns `start`.
 * Whole weeks are skipped with the weekly open total, so the cost does not grow with the duration.
 *
 * @example
 * ```ts
 * const email = weeklySchedule({ timeZone: 'Europe/Zurich', hours: { mon: [['06:00', '23:00']], ... } });
 * // Saturday 22:00 CEST + 4 h, across the end of DST:
 * addBusinessTime('2026-10-24T20:00:00Z', { hours: 4 }, email); // 2026-10-25T08:00:00.000Z (09:00 CET)
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a bad instant, a negative or too long duration
 *   (over 87,660 hours), or a schedule not made by {@link weeklySchedule}/{@link alwaysOpen}.
 * @throws HostPolicyError `NO_OPENING` (rule SUP-03) when closures leave no open time for
 *   10 years (the search horizon), or the result would be more than 100 years after `start`
 *   or after the year 9999.
 */
export function addBusinessTime(start: InstantInput, duration: BusinessDuration, schedule: Schedule): Date {
  return new Date(quickAddMs(start, duration, schedule) ?? carefulAddMs(start, duration, schedule));
}

/** @internal {@link addBusinessTime} on the careful path: the schema reads the input and names every problem. */
export function carefulAddMs(start: unknown, duration: unknown, schedule: unknown): number {
  const input = parseInput(addSchema, { start, duration, schedule }, 'business-time addition');
  return addMs(compiledOf(input.schedule) as CompiledSchedule, input.start, input.duration);
}

/**
 * @internal The result of a plainly well-formed addition — a Schedule of this copy, an instant
 * the calendar reads, a plain duration object within the cap — or `undefined`, and then
 * {@link addBusinessTime} reads the input the careful way, which says what is wrong. The schema
 * cost most of an addition (docs/benchmarks.md); this check reads each field once, with
 * the careful path's own readers (`toInstantMs`, `quickDurationMs`), so on what it accepts it
 * gives what the careful path gives (a property test compares both). An exception while reading
 * (a revoked Proxy, a throwing getter) leaves the input to the careful path, which reports it.
 */
export function quickAddMs(start: unknown, duration: unknown, schedule: unknown): number | undefined {
  const compiled = ownCompiledOf(schedule);
  if (compiled === undefined) return undefined;
  let at: number | undefined;
  let ms: number | undefined;
  try {
    at = toInstantMs(start);
    ms = quickDurationMs(duration);
  } catch {
    return undefined;
  }
  if (at === undefined || ms === undefined || !(ms <= MAX_BUSINESS_DURATION_MS)) return undefined;
  return addMs(compiled, at, ms);
}

/**
 * Open time between two instants, in milliseconds. When `to` is before `from` the result is
 * negative: `businessTimeBetween(b, a, s) === -businessTimeBetween(a, b, s)`.
 *
 * @example
 * ```ts
 * // Friday 17:00 CET to Monday 08:00 CEST on a Mon–Fri 06:00–19:00 schedule:
 * businessTimeBetween('2026-03-27T16:00:00Z', '2026-03-30T06:00:00Z', phone); // 14_400_000 (4 h)
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a bad instant or schedule, or instants more
 *   than 100 years apart.
 */
export function businessTimeBetween(from: InstantInput, to: InstantInput, schedule: Schedule): number {
  const input = parseInput(betweenSchema, { from, to, schedule }, 'business-time interval');
  if (Math.abs(input.to - input.from) > BUSINESS_TIME_MAX_SPAN_DAYS * DAY_MS) {
    invalidField('business-time interval', ['to'], 'must be within 100 years of from');
  }
  const compiled = compiledOf(input.schedule) as CompiledSchedule;
  return input.to >= input.from ? betweenMs(compiled, input.from, input.to) : -betweenMs(compiled, input.to, input.from);
}
