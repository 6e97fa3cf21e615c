import * as z from 'zod/mini';
import { describeJson } from '../internal/jsonHint.js';
import { dataOf, hasBrand, hasOwnFormat, setBrand } from '../internal/brand.js';
import { parseInput } from '../internal/parse.js';
import { CompiledSchedule } from './compiled.js';
import {
  SCHEDULE_WEEKDAYS,
  scheduleDefinitionSchema,
  type ClosureInput,
  type DateOverrideInput,
  type MinuteInterval,
  type OpeningInterval,
  type ParsedDefinition,
  type ScheduleDefinition,
  type Weekday,
} from './schema.js';

const compiledSchedules = new WeakMap<Schedule, CompiledSchedule>();

/** The brand of {@link Schedule} in every copy of the library (see internal/brand.ts). */
const SCHEDULE_BRAND = Symbol.for('hostpolicy.Schedule');
/** The version of a Schedule's public data (`toJSON()`: its definition). */
const SCHEDULE_FORMAT = 1;

/** A closure as a {@link Schedule} keeps it: a date, or an instant range as ISO strings. */
export type ScheduleClosure = string | { readonly from: string; readonly to: string };

/**
 * Opening hours in an IANA time zone: intervals per weekday and closures. Immutable; make one
 * with {@link weeklySchedule} or {@link alwaysOpen}. Compiled once, so reuse it across calls.
 * Recognise one with {@link isSchedule}.
 */
export class Schedule {
  static {
    setBrand(Schedule.prototype, SCHEDULE_BRAND, SCHEDULE_FORMAT);
  }

  /** Canonical IANA time zone of the wall-clock times. */
  readonly timeZone: string;
  /** Intervals per weekday as `'HH:MM'` pairs, sorted, touching ones joined; `[]` = closed. */
  readonly hours: Readonly<Record<Weekday, readonly OpeningInterval[]>>;
  readonly closures: readonly ScheduleClosure[];
  /** Per-date hours replacing the weekday's, sorted by date (`hours: []` = closed that date). */
  readonly overrides: readonly DateOverrideInput[];

  private constructor(parsed: ParsedDefinition) {
    this.timeZone = parsed.timeZone;
    const week = SCHEDULE_WEEKDAYS.map((d) => parsed.hours[d] ?? []);
    this.hours = Object.freeze(
      Object.fromEntries(
        SCHEDULE_WEEKDAYS.map((d, i) => [
          d,
          Object.freeze((week[i] ?? []).map((iv) => Object.freeze([wall(iv[0]), wall(iv[1])] as const))),
        ]),
      ) as Record<Weekday, readonly OpeningInterval[]>,
    );
    const closures = parsed.closures ?? [];
    this.closures = Object.freeze(
      closures.map((c) =>
        c.kind === 'date' ? c.date : Object.freeze({ from: new Date(c.from).toISOString(), to: new Date(c.to).toISOString() }),
      ),
    );
    const overrides = [...(parsed.overrides ?? [])].sort((a, b) => a.day - b.day);
    this.overrides = Object.freeze(
      overrides.map((o) =>
        Object.freeze({ date: o.date, hours: Object.freeze(o.hours.map((iv) => Object.freeze([wall(iv[0]), wall(iv[1])] as const))) }),
      ),
    );
    compiledSchedules.set(this, new CompiledSchedule(parsed.timeZone, week, closures, overrides));
    Object.freeze(this);
  }

  /** @internal Builds a schedule from a parsed definition; use {@link weeklySchedule}. */
  static fromParsed(parsed: ParsedDefinition): Schedule {
    return new Schedule(parsed);
  }

  /** Open hours of a week without closures or DST change, e.g. `65` for Mon–Fri 06:00–19:00. */
  get weeklyOpenHours(): number {
    return (compiledSchedules.get(this) as CompiledSchedule).weekOpenMs / 3_600_000;
  }

  /** The definition as plain data; `weeklySchedule(s.toJSON())` gives an equal schedule. */
  toJSON(): ScheduleDefinition {
    return {
      timeZone: this.timeZone,
      hours: Object.fromEntries(SCHEDULE_WEEKDAYS.filter((d) => this.hours[d].length > 0).map((d) => [d, this.hours[d]])),
      ...(this.closures.length === 0 ? {} : { closures: this.closures }),
      ...(this.overrides.length === 0 ? {} : { overrides: this.overrides }),
    };
  }
}

function wall(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The compiled form of a schedule made by this module, or by another copy of the library (read
 * once through its definition), or `undefined` for anything else.
 * @throws HostPolicyError `INCOMPATIBLE_VALUE` for a Schedule of another format.
 */
export function compiledOf(value: unknown): CompiledSchedule | undefined {
  if (value instanceof Schedule) return compiledSchedules.get(value);
  const own = foreignSchedule(value);
  return own === undefined ? undefined : compiledSchedules.get(own);
}

/**
 * @internal The compiled form of a Schedule made by this copy, else `undefined`, and never an
 * exception: a WeakMap lookup reads nothing of the value (a revoked Proxy is just not found),
 * so quick paths can ask it before any validation. Others go to {@link compiledOf}.
 */
export function ownCompiledOf(value: unknown): CompiledSchedule | undefined {
  return compiledSchedules.get(value as Schedule);
}

/** Schedules of other copies of the library, each with the one of this copy read from its definition. */
const fromOtherCopies = new WeakMap<object, Schedule>();

/**
 * A Schedule made by another copy of the library as one of this copy (its definition read once
 * and kept), or `undefined` for anything else, an unreadable definition included.
 * @throws HostPolicyError `INCOMPATIBLE_VALUE` for a Schedule of another format.
 */
function foreignSchedule(value: unknown): Schedule | undefined {
  if (!hasBrand(value, SCHEDULE_BRAND, 'Schedule', SCHEDULE_FORMAT)) return undefined;
  const known = fromOtherCopies.get(value as object);
  if (known !== undefined) return known;
  let result: ReturnType<typeof scheduleDefinitionSchema.safeParse>;
  try {
    result = scheduleDefinitionSchema.safeParse(dataOf(value as object));
  } catch {
    return undefined; // its toJSON threw: no schedule, which the caller reports
  }
  if (!result.success) return undefined;
  const own = Schedule.fromParsed(result.data);
  fromOtherCopies.set(value as object, own);
  return own;
}

/**
 * Tells whether a value is a {@link Schedule}, also one made by another copy of hostpolicy (the
 * ESM and CommonJS builds in one process, two bundles on one page), where `instanceof` is false.
 * Every function that takes a Schedule accepts such a value.
 *
 * @example
 * ```ts
 * isSchedule(alwaysOpen('Europe/Zurich'));                 // true
 * isSchedule({ timeZone: 'Europe/Zurich', hours: {} });    // false: a definition, not a schedule
 * ```
 */
export function isSchedule(value: unknown): value is Schedule {
  // Schedules of this copy carry the brand too (on their prototype): one property read answers.
  return hasOwnFormat(value, SCHEDULE_BRAND, SCHEDULE_FORMAT);
}

/** zod schema: a {@link Schedule} made by {@link weeklySchedule} or {@link alwaysOpen}. */
export const scheduleInstanceSchema = z.custom<Schedule>(
  (v) => compiledOf(v) !== undefined,
  'must be a Schedule made by weeklySchedule() or alwaysOpen()',
);

/** zod schema: a {@link ScheduleDefinition}, parsed into a {@link Schedule}; a Schedule passes as is. */
export const scheduleSchema = describeJson(
  z.pipe(
    z.unknown(),
    z.transform((value, ctx): Schedule => {
      if (value instanceof Schedule && compiledSchedules.has(value)) return value;
      const own = foreignSchedule(value);
      if (own !== undefined) return own;
      const result = scheduleDefinitionSchema.safeParse(value);
      if (result.success) return Schedule.fromParsed(result.data);
      for (const issue of result.error.issues) ctx.issues.push({ ...issue, input: value } as never);
      return z.NEVER;
    }),
  ),
  (render) => render(scheduleDefinitionSchema),
);

/**
 * Builds a {@link Schedule} from opening intervals per weekday in an IANA time zone. A weekday
 * that is missing (or `[]`) is closed; `'24:00'` ends a day; a shift across midnight is two
 * intervals (`mon: [['22:00', '24:00']], tue: [['00:00', '06:00']]`). Closures are whole dates in
 * the schedule's zone (`'2026-12-25'`) or instant ranges `{ from, to }` (to exclusive). Per-date
 * overrides replace one date's weekday hours (`{ date: '2026-12-24', hours: [['06:00', '12:00']] }`,
 * a short day before a holiday; `hours: []` closes the date); closures still apply on top.
 *
 * @example
 * ```ts
 * const phone = weeklySchedule({
 *   timeZone: 'Europe/Zurich',
 *   hours: { mon: [['06:00', '19:00']], tue: [['06:00', '19:00']], wed: [['06:00', '19:00']],
 *            thu: [['06:00', '19:00']], fri: [['06:00', '19:00']] },
 *   closures: ['2026-12-25'],
 * });
 * phone.weeklyOpenHours; // 65
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for an unknown time zone, a time like `'25:00'`,
 *   a reversed or overlapping interval, an unknown weekday key, a bad closure or override (a date
 *   given twice, more than 10,000 overrides), or a schedule whose weekly hours are never open.
 */
export function weeklySchedule(definition: ScheduleDefinition): Schedule {
  return parseInput(scheduleSchema, definition, 'schedule');
}

/** Whether `v` is an empty array; false for what cannot be read (a revoked Proxy), which validation reports. */
function isEmptyList(v: unknown): boolean {
  try {
    return Array.isArray(v) && v.length === 0;
  } catch {
    return false;
  }
}

/**
 * A schedule open 24 hours a day, 7 days a week (closures still apply).
 *
 * @example
 * ```ts
 * const always = alwaysOpen('Europe/Zurich');
 * always.weeklyOpenHours; // 168
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for an unknown time zone or a bad closure.
 */
export function alwaysOpen(timeZone = 'Europe/Zurich', closures: readonly ClosureInput[] = []): Schedule {
  const day: readonly OpeningInterval[] = [['00:00', '24:00']];
  return weeklySchedule({
    timeZone,
    hours: Object.fromEntries(SCHEDULE_WEEKDAYS.map((d) => [d, day])),
    // Anything but an empty list goes to validation, which names what is wrong with it.
    ...(isEmptyList(closures) ? {} : { closures }),
  });
}

export type { MinuteInterval };
