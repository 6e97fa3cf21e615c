import { strictObject } from '../internal/checks.js';
import { parseInput } from '../internal/parse.js';
import type { CompiledSchedule } from './compiled.js';
import { compiledOf, scheduleInstanceSchema, type Schedule } from './schedule.js';
import { instantMsSchema, type InstantInput } from './schema.js';
import { isOpenAt, nextOpeningAt } from './walk.js';

const atSchema = strictObject({ at: instantMsSchema, schedule: scheduleInstanceSchema });

function parseAt(at: InstantInput, schedule: Schedule): [number, CompiledSchedule] {
  const input = parseInput(atSchema, { at, schedule }, 'schedule query');
  return [input.at, compiledOf(input.schedule) as CompiledSchedule];
}

/**
 * Whether the schedule is open at an instant. Intervals are half-open: open at the opening
 * instant, closed at the closing instant.
 *
 * @example
 * ```ts
 * isOpen('2026-03-27T17:59:59Z', phone); // true  (18:59:59 CET on a Friday)
 * isOpen('2026-03-27T18:00:00Z', phone); // false (19:00, the closing instant)
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a bad instant or schedule.
 */
export function isOpen(at: InstantInput, schedule: Schedule): boolean {
  const [t, compiled] = parseAt(at, schedule);
  return isOpenAt(compiled, t);
}

/**
 * The next instant at which the schedule is open: `at` itself when it is open.
 *
 * @example
 * ```ts
 * nextOpening('2026-03-27T18:30:00Z', phone); // 2026-03-30T04:00:00.000Z (Monday 06:00 CEST)
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a bad instant or schedule.
 * @throws HostPolicyError `NO_OPENING` (rule SUP-03) when closures leave no open time for
 *   10 years (the search horizon).
 */
export function nextOpening(at: InstantInput, schedule: Schedule): Date {
  const [t, compiled] = parseAt(at, schedule);
  return new Date(nextOpeningAt(compiled, t));
}

/**
 * Whether `at` is a closing instant: closed at `at` but open one millisecond before. The result
 * of {@link addBusinessTime} is always open or a closing instant.
 *
 * @example
 * ```ts
 * isClosingInstant('2026-03-27T18:00:00Z', phone); // true (Friday 19:00 CET)
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a bad instant or schedule.
 */
export function isClosingInstant(at: InstantInput, schedule: Schedule): boolean {
  const [t, compiled] = parseAt(at, schedule);
  return !isOpenAt(compiled, t) && isOpenAt(compiled, t - 1);
}
