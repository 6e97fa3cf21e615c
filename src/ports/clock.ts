import { instantSchema } from '../calendar/index.js';
import { parseInput } from '../internal/parse.js';

/** The Clock port: where application services read the current instant. */
export interface Clock {
  now(): Date;
}

/**
 * A clock that always tells the same instant (tests, replays). Each call returns a fresh `Date`.
 *
 * @example
 * ```ts
 * fixedClock('2026-11-23T09:00:00Z').now().toISOString(); // '2026-11-23T09:00:00.000Z'
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for an invalid instant (the library's one instant
 * parser: a valid `Date`, or ISO 8601 with `Z` or an offset).
 */
export function fixedClock(at: Date | string): Clock {
  const ms = parseInput(instantSchema, at, 'clock instant').getTime();
  return Object.freeze({ now: () => new Date(ms) });
}
