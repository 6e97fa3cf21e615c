import { addMonths } from 'date-fns';
import { tz, tzOffset } from '@date-fns/tz';

const MINUTE = 60_000;
const DAY = 86_400_000;
const utc = tz('UTC');

/**
 * Adds calendar months to an instant as a person in `timeZone` counts them: the same wall-clock
 * time on the same day of the month, clamped to the month's last day (31 Aug + 6 → 28/29 Feb).
 *
 * Host-independent: the wall time is read with `tzOffset`, the months are added by date-fns in
 * UTC (`{ in: tz('UTC') }`), and the wall time is turned back into an instant with one explicit
 * rule, as Temporal's `'compatible'`: a time that does not exist (spring gap) moves forward by
 * the gap, a time that happens twice (autumn overlap) takes the earlier instant.
 */
export function addZonedMonths(instant: Date, months: number, timeZone: string): Date {
  const t = instant.getTime();
  const wall = new Date(t + tzOffset(timeZone, instant) * MINUTE);
  const shifted = addMonths(wall, months, { in: utc });
  return wallTimeToInstant(shifted.getTime(), timeZone);
}

/** The calendar day (`{ year, month: 1..12, day }`) of an instant in `timeZone`. */
export function zonedDay(instant: Date, timeZone: string): { year: number; month: number; day: number } {
  const wall = new Date(instant.getTime() + tzOffset(timeZone, instant) * MINUTE);
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** Converts a wall time (given as if it were UTC milliseconds) in `timeZone` into an instant. */
function wallTimeToInstant(wallMs: number, timeZone: string): Date {
  const before = tzOffset(timeZone, new Date(wallMs - DAY));
  const after = tzOffset(timeZone, new Date(wallMs + DAY));
  const candidates = [wallMs - before * MINUTE, wallMs - after * MINUTE].filter(
    (c) => (wallMs - c) / MINUTE === tzOffset(timeZone, new Date(c)),
  );
  // Gap: no candidate maps back; read the wall time with the offset before the change, which lands
  // after the gap by its length. Overlap: two candidates; take the earlier one.
  return new Date(candidates.length === 0 ? wallMs - before * MINUTE : Math.min(...candidates));
}
