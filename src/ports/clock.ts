import * as z from 'zod/mini';
import { parseInput } from '../internal/parse.js';

/** The Clock port: where application services read the current instant. */
export interface Clock {
  now(): Date;
}

const instantSchema = z.pipe(
  z.custom<Date | string>((v) => (v instanceof Date && !Number.isNaN(v.getTime())) || (typeof v === 'string' && /T.*(Z|[+-]\d{2}:?\d{2})$/.test(v) && !Number.isNaN(Date.parse(v))), 'must be a valid Date or an ISO 8601 instant with offset or Z'),
  z.transform((v) => new Date(typeof v === 'string' ? Date.parse(v) : v.getTime())),
);

/**
 * A clock that always tells the same instant (tests, replays). Each call returns a fresh `Date`.
 *
 * @example
 * ```ts
 * fixedClock('2026-11-23T09:00:00Z').now().toISOString(); // '2026-11-23T09:00:00.000Z'
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for an invalid instant.
 */
export function fixedClock(at: Date | string): Clock {
  const ms = parseInput(instantSchema, at, 'clock instant').getTime();
  return Object.freeze({ now: () => new Date(ms) });
}
