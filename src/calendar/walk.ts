import { HostPolicyError } from '../errors.js';
import type { CompiledSchedule } from './compiled.js';
import { MAX_INSTANT } from './isoInstant.js';
import { DAY_MS } from './zone.js';

/**
 * Search horizon: when no open time is found in this many consecutive days (10 years), the
 * target cannot be reached (closures cover everything) and the walk fails with `NO_OPENING`.
 */
export const BUSINESS_TIME_HORIZON_DAYS = 3_653;
/**
 * The longest calendar span a computation covers: 100 years (36,525 days). A result further away
 * (a schedule open one minute a week and a duration of years) is `NO_OPENING`, which bounds
 * the work of any call.
 */
export const BUSINESS_TIME_MAX_SPAN_DAYS = 36_525;
/** The last wall day a walk may visit (the ISO 8601 range ends in the year 9999). */
const LAST_DAY = Math.floor(MAX_INSTANT / DAY_MS) + 1;

function noOpening(from: number, why: 'horizon' | 'span'): never {
  const at = new Date(from).toISOString();
  const message =
    why === 'horizon'
      ? `The schedule has no open time in the ${BUSINESS_TIME_HORIZON_DAYS} days after ${at} (closures cover everything).`
      : `The business time from ${at} cannot be reached within 100 years (or before the year 10000).`;
  throw new HostPolicyError('NO_OPENING', message, {
    rule: 'SUP-03',
    details: { from: new Date(from).toISOString(), horizonDays: BUSINESS_TIME_HORIZON_DAYS, maxSpanDays: BUSINESS_TIME_MAX_SPAN_DAYS },
  });
}

/**
 * Whole plain weeks (no closure, no offset change) from wall day `day` on, at most `maxWeeks`,
 * and the next day worth asking again. Cost: a few lookups, whatever the number of weeks.
 */
function plainWeeks(s: CompiledSchedule, day: number, maxWeeks: number): { weeks: number; retry: number } {
  // Both callers ask for at least one week (more than a week of time left, more than 9 days to go).
  const run = s.plainRun(day, Math.min(maxWeeks * 7, BUSINESS_TIME_HORIZON_DAYS));
  const weeks = Math.min(maxWeeks, Math.floor(run.days / 7));
  return { weeks, retry: weeks > 0 ? day + 1 : run.retry };
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
  const lastDay = Math.min(LAST_DAY, day + BUSINESS_TIME_MAX_SPAN_DAYS);
  let lastOpenDay = day;
  let tryJumpAt = day + 1;
  while (day <= lastDay) {
    let record = s.day(day);
    if (remaining > s.weekOpenMs && day >= tryJumpAt && cursor <= record.midnight) {
      const { weeks, retry } = plainWeeks(s, day, Math.floor((remaining - 1) / s.weekOpenMs));
      tryJumpAt = retry;
      if (weeks > 0) {
        remaining -= weeks * s.weekOpenMs;
        day += weeks * 7;
        record = s.day(day);
        cursor = record.midnight;
        lastOpenDay = day;
      }
    }
    const { starts, ends } = record;
    for (let i = 0; i < starts.length; i += 1) {
      const end = ends[i] as number;
      if (end <= cursor) continue;
      const from = Math.max(starts[i] as number, cursor);
      const available = end - from;
      if (remaining <= available) return from + remaining <= MAX_INSTANT ? from + remaining : noOpening(start, 'span');
      remaining -= available;
      cursor = end;
      lastOpenDay = day;
    }
    day = starts.length === 0 ? s.skipClosed(day + 1) : day + 1;
    if (day - lastOpenDay > BUSINESS_TIME_HORIZON_DAYS) noOpening(start, 'horizon');
  }
  return noOpening(start, 'span');
}

/** Open milliseconds in `[a, b)`, for `a <= b`. Whole weeks are counted with the weekly total. */
export function betweenMs(s: CompiledSchedule, a: number, b: number): number {
  let total = 0;
  let cursor = a;
  let day = s.dayOf(a) - 1;
  const lastDay = s.dayOf(b) + 1;
  let tryJumpAt = day + 1;
  while (day <= lastDay) {
    if (lastDay - day > 9 && day >= tryJumpAt) {
      const midnight = s.midnight(day);
      if (cursor <= midnight) {
        // Weeks that end at least a day before b's day, so b never falls inside a skipped week.
        const { weeks, retry } = plainWeeks(s, day, Math.floor((lastDay - 2 - day) / 7));
        tryJumpAt = retry;
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
        return opening <= MAX_INSTANT ? opening : noOpening(t, 'span');
      }
    }
    day = starts.length === 0 ? s.skipClosed(day + 1) : day + 1;
  }
  return noOpening(t, 'horizon');
}

/**
 * Where a {@link openMsForward} walk stands: the wall day whose record it reads next (its
 * midnight is at or before the walk's instant), and that midnight. `walkDay` NaN: not seated
 * (yet, or any more: the calendar changed).
 */
export interface WalkSeat {
  walkDay: number;
  walkMidnight: number;
}

/** Farthest a seated walk goes day by day; beyond, {@link betweenMs} (with its week jumps) counts. */
const FORWARD_SPAN_MS = 8 * DAY_MS;

/**
 * {@link betweenMs} for a caller that asks for consecutive spans `[a, b)`, `[b, c)`, … of one
 * schedule (a ticket's gaps between events): the walk remembers the day it reached, so each span
 * reads only the day records it covers, without locating its ends again. The result is exactly
 * `betweenMs(s, a, b)`: day records partition time, and a span counts the open instants of the
 * records from the seat's day to the one holding `b`. `seat` must come from walks of the same
 * schedule up to `a` (or be unseated: `walkDay` NaN), and `a <= b`.
 */
export function openMsForward(s: CompiledSchedule, seat: WalkSeat, a: number, b: number): number {
  let day = seat.walkDay;
  if (Number.isNaN(day) || !(b - seat.walkMidnight <= FORWARD_SPAN_MS)) {
    // Unseated (NaN compares false), or too far: count with the week jumps and seat near b.
    const total = betweenMs(s, a, b);
    day = s.dayOf(b) - 1;
    seat.walkDay = day;
    seat.walkMidnight = s.midnight(day);
    return total;
  }
  let total = 0;
  let record = s.day(day);
  for (;;) {
    const { starts, ends } = record;
    for (let i = 0; i < starts.length; i += 1) {
      const from = Math.max(starts[i] as number, a);
      const to = Math.min(ends[i] as number, b);
      if (to > from) total += to - from;
    }
    const next = s.day(day + 1);
    if (next.midnight >= b) break;
    day += 1;
    record = next;
  }
  seat.walkDay = day;
  seat.walkMidnight = record.midnight;
  return total;
}
