/**
 * The baseline for the calendar benchmark (and an independent oracle for the calendar's property
 * tests): business time added by stepping one minute at a time, reading each minute's wall-clock
 * time in the schedule's zone with `TZDate`. Simple and obviously right for minute-aligned
 * schedules and starts, but its cost grows with the duration (and with every closed minute).
 */
import { TZDate } from '@date-fns/tz';
import type { Schedule, Weekday } from '../src/calendar/index.js';

const MINUTE = 60_000;
const DAY_KEYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function minutesOf(wall: string): number {
  return Number(wall.slice(0, 2)) * 60 + Number(wall.slice(3, 5));
}

/** Whether the minute starting at `t` is open, judged by its wall-clock time and the closures. */
export function naiveIsOpen(t: number, schedule: Schedule): boolean {
  const wall = new TZDate(t, schedule.timeZone);
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  const date = `${pad(wall.getFullYear(), 4)}-${pad(wall.getMonth() + 1, 2)}-${pad(wall.getDate(), 2)}`;
  for (const c of schedule.closures) {
    if (typeof c === 'string' ? c === date : Date.parse(c.from) <= t && t < Date.parse(c.to)) return false;
  }
  const minute = wall.getHours() * 60 + wall.getMinutes();
  const intervals = schedule.hours[DAY_KEYS[wall.getDay()] as Weekday];
  return intervals.some(([from, to]) => minutesOf(from) <= minute && minute < minutesOf(to));
}

/**
 * Adds `minutes` of open time to the minute-aligned instant `start` (ms), one minute at a time
 * (or `step` minutes at a time, exact when the schedule, start and duration are on that grid).
 */
export function naiveAddBusinessMinutes(start: number, minutes: number, schedule: Schedule, step = 1): number {
  let t = start;
  let remaining = minutes;
  // Bounded: 10 years of steps.
  for (let steps = 0; remaining > 0 && steps < 5_259_600; steps += 1) {
    if (naiveIsOpen(t, schedule)) remaining -= step;
    t += step * MINUTE;
  }
  if (remaining > 0) throw new Error('naive: no opening within 10 years');
  return t;
}

/** Open minutes in `[a, b)` for grid-aligned instants, `step` minutes at a time. */
export function naiveBusinessMinutesBetween(a: number, b: number, schedule: Schedule, step = 1): number {
  let total = 0;
  for (let t = a; t < b; t += step * MINUTE) if (naiveIsOpen(t, schedule)) total += step;
  return total;
}
