import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { invalidField, parseInput } from '../internal/parse.js';
import { ICS_LIMITS, contentLines, icsError, type ContentLine } from './icsLines.js';
import { dayOfWall, daysInMonth, instantOf, readDuration, readTime, wallOf, type IcsTime } from './icsValues.js';
import { MAX_INSTANT, MIN_INSTANT, timeZoneSchema } from './schema.js';
import { DAY_MS } from './zone.js';

export { ICS_LIMITS };

/** Options of {@link closuresFromIcs}. */
export interface IcsOptions {
  /**
   * IANA zone of the schedule the closures are for: times without `Z` or `TZID` ("floating")
   * are read in it. Whole-day events become dates, which the schedule reads in its own zone.
   */
  readonly zone: string;
  /**
   * Last date (`'YYYY-MM-DD'`, inclusive) up to which a recurrence without `COUNT` or `UNTIL` is
   * expanded. Required when the file has such a rule: an endless rule has no natural end.
   */
  readonly until?: string;
}

/** A closure in the shape `weeklySchedule({ closures })` takes: a date, or an instant range (to exclusive). */
export type IcsClosure = string | { readonly from: string; readonly to: string };

const optionsSchema = strictObject({
  zone: timeZoneSchema,
  until: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date 'YYYY-MM-DD'"))),
});

/** The properties of one VEVENT that the reader uses. */
interface EventLines {
  readonly begin: number;
  start?: ContentLine;
  end?: ContentLine;
  duration?: ContentLine;
  rrule?: ContentLine;
  readonly exdates: ContentLine[];
  cancelled: boolean;
}

/** A yearly recurrence (FREQ=YEARLY with INTERVAL, COUNT, UNTIL). */
interface Yearly {
  readonly interval: number;
  readonly count: number | undefined;
  /** Last start allowed, as an instant. */
  readonly until: number | undefined;
}

const MAX_COUNT = 1_000;
const MAX_INTERVAL = 100;

/**
 * Closures from an iCalendar (RFC 5545) file of holidays or closed days, in the shape
 * `weeklySchedule({ closures })` takes. Reads every `VEVENT`: an all-day event (`DTSTART;VALUE=DATE`)
 * gives its dates (`DTEND` exclusive, one day without it), a timed event gives an instant range
 * (`DTSTART`/`DTEND` or `DURATION`, in UTC with `Z`, in the zone of `TZID`, or in `options.zone`
 * when floating; DST days by the compatible rule). `RRULE:FREQ=YEARLY` (with `INTERVAL`, `COUNT`,
 * `UNTIL`) is expanded, skipping 29 February in common years; `EXDATE` removes occurrences;
 * `STATUS:CANCELLED` events are left out, and so is an event that takes no time (`DTEND` equal to
 * `DTSTART`, RFC 5545 §3.6.1). Folded lines are joined; a byte order mark at the start is read
 * past. Other components (`VTIMEZONE`, `VALARM`, `VTODO`) and unknown properties are ignored. The
 * result is sorted: dates first, then ranges by start; duplicates are removed.
 *
 * Written for holiday feeds, small and bounded: the size and line count are checked before
 * anything is parsed ({@link ICS_LIMITS}).
 *
 * @example
 * ```ts
 * const ics = [
 *   'BEGIN:VCALENDAR', 'VERSION:2.0',
 *   'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20261225', 'DTEND;VALUE=DATE:20261227', 'SUMMARY:Weihnachten', 'END:VEVENT',
 *   'BEGIN:VEVENT', 'DTSTART;TZID=Europe/Zurich:20260914T120000', 'DTEND;TZID=Europe/Zurich:20260914T230000', 'END:VEVENT',
 *   'END:VCALENDAR',
 * ].join('\r\n');
 * closuresFromIcs(ics, { zone: 'Europe/Zurich' });
 * // ['2026-12-25', '2026-12-26', { from: '2026-09-14T10:00:00.000Z', to: '2026-09-14T21:00:00.000Z' }]
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) when `text` is not a string or the options are bad.
 * @throws HostPolicyError `INVALID_ICS` for a malformed file, naming the line ("ICS line 7: …",
 *   `details.line`): no VCALENDAR, unbalanced BEGIN/END, a bad date, a TZID that is not an IANA
 *   zone, an end before the start, a VEVENT inside another component, an unsupported RRULE (only
 *   FREQ=YEARLY), an endless rule without `options.until`.
 * @throws HostPolicyError `ICS_TOO_LARGE` when the text, its lines, a line, the closures produced
 *   or the years stepped through by recurrences exceed {@link ICS_LIMITS}.
 */
export function closuresFromIcs(text: string, options: IcsOptions): IcsClosure[] {
  if (typeof text !== 'string') invalidField('ICS text', [], 'must be a string');
  if (text.length > ICS_LIMITS.maxChars)
    icsError(0, `the text has ${text.length} characters, more than the ${ICS_LIMITS.maxChars} read`, 'ICS_TOO_LARGE');
  const opts = parseInput(optionsSchema, options, 'ICS options');
  const untilDay = opts.until === undefined ? undefined : untilDayOf(opts.until);
  const events = componentsOf(contentLines(text));
  const dates = new Set<string>();
  const ranges = new Map<string, { from: string; to: string }>();
  // Duplicates count: the work is bounded by what is produced, not by what is kept.
  let produced = 0;
  const emit = (line: number, closure: IcsClosure) => {
    if (typeof closure === 'string') dates.add(closure);
    else ranges.set(`${closure.from}/${closure.to}`, closure);
    produced += 1;
    if (produced > ICS_LIMITS.maxClosures) icsError(line, `the file gives more than ${ICS_LIMITS.maxClosures} closures`, 'ICS_TOO_LARGE');
  };
  const budget = { steps: 0 };
  for (const event of events) if (!event.cancelled) expand(event, opts.zone, untilDay, emit, budget);
  const sortedRanges = [...ranges.values()].sort((a, b) => Date.parse(a.from) - Date.parse(b.from) || Date.parse(a.to) - Date.parse(b.to));
  return Object.freeze([...[...dates].sort(), ...sortedRanges.map((r) => Object.freeze(r))]) as IcsClosure[];
}

function untilDayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) invalidField('ICS options', ['until'], 'must be a date that exists');
  return dayOfWall(wallOf(y, m, d));
}

/** Walks BEGIN/END and collects each VEVENT's properties (not those of components nested in it). */
function componentsOf(lines: readonly ContentLine[]): EventLines[] {
  const first = lines[0];
  if (first === undefined || first.name !== 'BEGIN' || first.value.toUpperCase() !== 'VCALENDAR')
    icsError(first?.line ?? 1, 'the file must start with BEGIN:VCALENDAR');
  const stack: string[] = [];
  const events: EventLines[] = [];
  let event: EventLines | undefined;
  let ended = false;
  for (const line of lines) {
    if (ended) icsError(line.line, 'content after END:VCALENDAR');
    if (line.name === 'BEGIN') {
      const kind = line.value.toUpperCase();
      if (stack.length >= ICS_LIMITS.maxDepth) icsError(line.line, `components nested deeper than ${ICS_LIMITS.maxDepth}`);
      if (kind === 'VCALENDAR' && stack.length > 0) icsError(line.line, 'a VCALENDAR inside another component');
      // RFC 5545 §3.6: a VEVENT belongs directly in the VCALENDAR; one inside another component is malformed, not skipped.
      if (kind === 'VEVENT' && stack.length > 1)
        icsError(
          line.line,
          `a VEVENT inside BEGIN:${(stack[stack.length - 1] as string).slice(0, 40)} (a VEVENT belongs directly in the VCALENDAR)`,
        );
      stack.push(kind);
      if (kind === 'VEVENT') {
        event = { begin: line.line, exdates: [], cancelled: false };
        events.push(event);
      }
    } else if (line.name === 'END') {
      const kind = line.value.toUpperCase();
      const open = stack.pop();
      if (open !== kind)
        icsError(
          line.line,
          open === undefined ? `END:${kind.slice(0, 40)} without BEGIN` : `END:${kind.slice(0, 40)} closes BEGIN:${open}`,
        );
      if (kind === 'VEVENT' && stack.length === 1 && event !== undefined) {
        if (event.start === undefined) icsError(line.line, `the VEVENT that begins on line ${event.begin} has no DTSTART`);
        event = undefined;
      }
      if (stack.length === 0) ended = true;
    } else if (event !== undefined && stack.length === 2) {
      readProperty(event, line);
    } else if (stack.length === 0) {
      icsError(line.line, 'a property outside BEGIN:VCALENDAR … END:VCALENDAR');
    }
  }
  if (!ended) icsError(lines[lines.length - 1]?.line ?? 1, `the file ends inside BEGIN:${stack[stack.length - 1] ?? 'VCALENDAR'} (no END)`);
  return events;
}

function readProperty(event: EventLines, line: ContentLine): void {
  const once = (key: 'start' | 'end' | 'duration' | 'rrule') => {
    if (event[key] !== undefined) icsError(line.line, `${line.name} is given twice in one VEVENT`);
    event[key] = line;
  };
  switch (line.name) {
    case 'DTSTART':
      once('start');
      return;
    case 'DTEND':
      once('end');
      return;
    case 'DURATION':
      once('duration');
      return;
    case 'RRULE':
      once('rrule');
      return;
    case 'EXDATE':
      event.exdates.push(line);
      return;
    case 'STATUS':
      event.cancelled = line.value.toUpperCase() === 'CANCELLED';
      return;
    default:
  }
}

/** Emits the closures of one event: each occurrence's dates or instant range. */
function expand(
  event: EventLines,
  zone: string,
  untilDay: number | undefined,
  emit: (line: number, c: IcsClosure) => void,
  budget: { steps: number },
): void {
  const startLine = event.start as ContentLine;
  const start = readTime(startLine, startLine.value, zone);
  if (event.end !== undefined && event.duration !== undefined) icsError(event.duration.line, 'a VEVENT has both DTEND and DURATION');
  const span = spanOf(event, start, zone);
  if (span === undefined) return; // an event that takes no time (RFC 5545 §3.6.1: no end, or an end equal to the start) closes nothing
  const rule = event.rrule === undefined ? undefined : yearlyRule(event.rrule, zone);
  const excluded = new Set<number>();
  for (const ex of event.exdates) {
    for (const value of ex.value.split(',')) {
      const t = readTime(ex, value, zone);
      if (t.kind !== start.kind) icsError(ex.line, 'EXDATE must be of the same kind (date or date-time) as DTSTART');
      excluded.add(t.kind === 'date' ? t.wall : instantOf(t));
    }
  }
  const first = new Date(start.wall);
  const [year, month, day] = [first.getUTCFullYear(), first.getUTCMonth() + 1, first.getUTCDate()];
  const timeOfDay = start.wall - wallOf(year, month, day);
  if (rule !== undefined && rule.count === undefined && rule.until === undefined && untilDay === undefined) {
    icsError(
      startLine.line,
      'the event repeats without end (RRULE without COUNT or UNTIL): give options.until to say how far to expand it',
    );
  }
  let produced = 0;
  // Bounded: at most MAX_COUNT occurrences, or years up to 9999, and emit() caps the closures.
  for (let y = year; y <= 9999; y += rule?.interval ?? 1) {
    budget.steps += 1;
    if (budget.steps > ICS_LIMITS.maxRecurrenceSteps)
      icsError(startLine.line, `the recurrences step through more than ${ICS_LIMITS.maxRecurrenceSteps} years in all`, 'ICS_TOO_LARGE');
    if (day > daysInMonth(y, month)) continue; // 29 February in a common year: no occurrence (RFC 5545 §3.3.10)
    const wall = wallOf(y, month, day, timeOfDay);
    const occurrence: IcsTime = start.kind === 'date' ? { kind: 'date', wall } : { kind: 'date-time', wall, zone: start.zone };
    // A date's instant only matters against UNTIL: without one, no zone lookup per year.
    let at = wall;
    if (start.kind === 'date-time') at = instantOf({ wall, zone: start.zone });
    else if (rule?.until !== undefined) at = instantOf({ wall, zone });
    if (rule?.until !== undefined && at > rule.until) break;
    if (untilDay !== undefined && rule !== undefined && rule.count === undefined && rule.until === undefined && dayOfWall(wall) > untilDay)
      break;
    if (!excluded.has(start.kind === 'date' ? wall : at)) emitOccurrence(startLine.line, occurrence, span, emit);
    produced += 1;
    if (rule === undefined || (rule.count !== undefined && produced >= rule.count)) break;
  }
}

/** The length of an event: whole days for a date event, wall milliseconds for a timed one; `undefined` for none. */
function spanOf(event: EventLines, start: IcsTime, zone: string): { days: number; ms: number } | undefined {
  if (event.end !== undefined) {
    const end = readTime(event.end, event.end.value, zone);
    if (end.kind !== start.kind) icsError(event.end.line, 'DTEND must be of the same kind (date or date-time) as DTSTART');
    const length = end.kind === 'date' ? end.wall - start.wall : instantOf(end) - instantOf(start as { wall: number; zone: string });
    if (length < 0) icsError(event.end.line, 'DTEND must not be before DTSTART');
    // DTEND equal to DTSTART: an event that takes no time (RFC 5545 §3.6.1), as without an end or with DURATION:PT0S.
    if (length === 0) return undefined;
    return end.kind === 'date' ? { days: Math.round(length / DAY_MS), ms: 0 } : { days: 0, ms: length };
  }
  if (event.duration !== undefined) {
    const d = readDuration(event.duration);
    if (start.kind === 'date' && d.ms !== 0) icsError(event.duration.line, 'an all-day event needs a DURATION in days or weeks');
    if (d.days === 0 && d.ms === 0) return undefined;
    return d;
  }
  return start.kind === 'date' ? { days: 1, ms: 0 } : undefined;
}

function emitOccurrence(line: number, t: IcsTime, span: { days: number; ms: number }, emit: (line: number, c: IcsClosure) => void): void {
  if (t.kind === 'date') {
    for (let d = 0; d < span.days; d += 1) emit(line, new Date(t.wall + d * DAY_MS).toISOString().slice(0, 10));
    return;
  }
  // Days of a DURATION are wall-clock days (a day across a DST change is 23 or 25 hours); the rest is exact.
  const from = instantOf(t);
  const to = instantOf({ wall: t.wall + span.days * DAY_MS, zone: t.zone }) + span.ms;
  if (from < MIN_INSTANT || to > MAX_INSTANT) icsError(line, 'the event lies outside the years 0001–9999');
  emit(line, { from: new Date(from).toISOString(), to: new Date(to).toISOString() });
}

/** Reads `RRULE:FREQ=YEARLY[;INTERVAL=n][;COUNT=n|;UNTIL=…]`; any other part is refused with its line. */
function yearlyRule(line: ContentLine, zone: string): Yearly {
  let freq: string | undefined;
  let interval = 1;
  let count: number | undefined;
  let until: number | undefined;
  // RFC 5545 3.3.10: each rule part at most once. Read as the last one, COUNT=2;COUNT=5 would give 5.
  const seen = new Set<string>();
  for (const part of line.value.split(';')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).toUpperCase();
    const value = part.slice(eq + 1);
    if (seen.has(key)) icsError(line.line, `RRULE part ${key.slice(0, 20)} is given twice (each rule part at most once)`);
    seen.add(key);
    const whole = (max: number) => {
      const n = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
      if (!(n >= 1 && n <= max)) icsError(line.line, `RRULE ${key} must be a whole number from 1 to ${max}`);
      return n;
    };
    if (key === 'FREQ') freq = value.toUpperCase();
    else if (key === 'INTERVAL') interval = whole(MAX_INTERVAL);
    else if (key === 'COUNT') count = whole(MAX_COUNT);
    else if (key === 'UNTIL') {
      const t = readTime({ ...line, name: 'RRULE UNTIL', params: new Map() }, value, zone);
      until = t.kind === 'date' ? instantOf({ wall: t.wall + DAY_MS - 1, zone }) : instantOf(t);
    } else if (key !== 'WKST') {
      icsError(
        line.line,
        `RRULE part '${key.slice(0, 20) || part.slice(0, 20)}' is not supported (only FREQ=YEARLY with INTERVAL, COUNT or UNTIL)`,
      );
    }
  }
  if (freq !== 'YEARLY') icsError(line.line, `RRULE FREQ=${(freq ?? '(none)').slice(0, 20)} is not supported (only FREQ=YEARLY)`);
  if (count !== undefined && until !== undefined) icsError(line.line, 'RRULE must not give both COUNT and UNTIL');
  return { interval, count, until };
}
