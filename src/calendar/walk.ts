import { HostPolicyError } from '../errors.js';
import type { CompiledSchedule } from './compiled.js';
import { MAX_INSTANT } from './schema.js';
import { DAY_MS } from './zone.js';

/**
 * Search horizon: when no open time is found in this many consecutive days (10 years), the
 * target cannot be reached (closures cover everything) and the walk fails with `NO_OPENING`.
 */
export const BUSINESS_TIME_HORIZON_DAYS = 3_653;
/** The last wall day a walk may visit (the ISO 8601 range ends in the year 9999). */
const LAST_DAY = Math.floor(MAX_INSTANT / DAY_MS) + 1;

function noOpening(from: number, what: string): never {
  throw new HostPolicyError('NO_OPENING', `The schedule has no opening ${what} after ${new Date(from).toISOString()}.`, {
    rule: 'SUP-03',
    details: { from: new Date(from).toISOString(), horizonDays: BUSINESS_TIME_HORIZON_DAYS },
  });
}

/**
 * Skips whole plain weeks (no closure, no offset change) from wall day `day` on: returns how many
 * weeks to skip, at most `maxWeeks`. Cost: a few lookups, whatever the number of weeks.
 */
function weeksToSkip(s: CompiledSchedule, day: number, maxWeeks: number): number {
  if (maxWeeks <= 0) return 0;
  return Math.min(maxWeeks, Math.floor(s.plainDays(day, Math.min(maxWeeks * 7, BUSINESS_TIME_HORIZON_DAYS)) / 7));
}

/**
 * The instant reached after `ms` milliseconds of open time from `start`. Walks day records; whole
 * weeks are skipped with the weekly open total, so the cost does not grow with `ms`. A result at
 * the end of an interval is that closing instant (not the next opening).
 */
export function addMs(s: CompiledSchedule, start: number, ms: number): number {
  if (ms <= 0) return start;
  let remaining = ms;
  let cursor = start;
  // The day before: its last interval may reach past midnight in a zone that skips it.
  let day = s.dayOf(start) - 1;
  let lastOpenDay = day;
  while (day <= LAST_DAY) {
    if (remaining > s.weekOpenMs) {
      const midnight = s.midnight(day);
      if (cursor <= midnight) {
        const weeks = weeksToSkip(s, day, Math.floor((remaining - 1) / s.weekOpenMs));
        if (weeks > 0) {
          remaining -= weeks * s.weekOpenMs;
          day += weeks * 7;
          cursor = s.midnight(day);
          lastOpenDay = day;
        }
      }
    }
    const { starts, ends } = s.day(day);
    for (let i = 0; i < starts.length; i += 1) {
      const end = ends[i] as number;
      if (end <= cursor) continue;
      const from = Math.max(starts[i] as number, cursor);
      const available = end - from;
      if (remaining <= available) return from + remaining <= MAX_INSTANT ? from + remaining : noOpening(cursor, 'before the year 10000');
      remaining -= available;
      cursor = end;
      lastOpenDay = day;
    }
    day = starts.length === 0 ? s.skipClosed(day + 1) : day + 1;
    if (day - lastOpenDay > BUSINESS_TIME_HORIZON_DAYS) noOpening(cursor, `within ${BUSINESS_TIME_HORIZON_DAYS} days`);
  }
  return noOpening(cursor, 'before the year 10000');
}

/** Open milliseconds in `[a, b)`, for `a <= b`. Whole weeks are counted with the weekly total. */
export function betweenMs(s: CompiledSchedule, a: number, b: number): number {
  let total = 0;
  let cursor = a;
  let day = s.dayOf(a) - 1;
  const lastDay = s.dayOf(b) + 1;
  while (day <= lastDay) {
    if (lastDay - day > 9) {
      const midnight = s.midnight(day);
      if (cursor <= midnight) {
        // Weeks that end at least a day before b's day, so b never falls inside a skipped week.
        const weeks = weeksToSkip(s, day, Math.floor((lastDay - 2 - day) / 7));
        if (weeks > 0) {
          total += weeks * s.weekOpenMs;
          day += weeks * 7;
          cursor = s.midnight(day);
        }
      }
    }
    const { starts, ends } = s.day(day);
    for (let i = 0; i < starts.length; i += 1) {
      const from = Math.max(starts[i] as number, cursor);
      const to = Math.min(ends[i] as number, b);
      if (to > from) {
        total += to - from;
        cursor = to;
      }
    }
    day = starts.length === 0 ? Math.min(s.skipClosed(day + 1), lastDay + 1) : day + 1;
  }
  return total;
}

/** Whether `t` lies in an open interval (`[open, close)`: a closing instant is closed). */
export function isOpenAt(s: CompiledSchedule, t: number): boolean {
  const day = s.dayOf(t);
  for (let d = day - 1; d <= day + 1; d += 1) {
    const { starts, ends } = s.day(d);
    for (let i = 0; i < starts.length; i += 1) {
      if ((starts[i] as number) <= t && t < (ends[i] as number)) return true;
    }
  }
  return false;
}

/** `t` when open, else the next opening instant. */
export function nextOpeningAt(s: CompiledSchedule, t: number): number {
  const first = s.dayOf(t) - 1;
  for (let day = first; day <= LAST_DAY && day - first <= BUSINESS_TIME_HORIZON_DAYS; ) {
    const { starts, ends } = s.day(day);
    for (let i = 0; i < starts.length; i += 1) {
      if ((ends[i] as number) > t) {
        const opening = Math.max(starts[i] as number, t);
        return opening <= MAX_INSTANT ? opening : noOpening(t, 'before the year 10000');
      }
    }
    day = starts.length === 0 ? s.skipClosed(day + 1) : day + 1;
  }
  return noOpening(t, `within ${BUSINESS_TIME_HORIZON_DAYS} days`);
}
