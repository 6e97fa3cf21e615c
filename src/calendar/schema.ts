import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { describeJson, type JsonSchema } from '../internal/jsonHint.js';
import { INSTANT_MESSAGE, isRealDate, toInstantMs } from './isoInstant.js';
import { DAY_MS, MINUTE_MS } from './zone.js';

// The instant readers live in isoInstant.ts (no zod, no time zones: what camt and the quick paths import); re-exported here.
export { INSTANT_MESSAGE, isoInstantMs, MAX_INSTANT, MIN_INSTANT, toInstantMs } from './isoInstant.js';

/** The weekday keys of {@link ScheduleDefinition.hours}, Monday first. */
export const SCHEDULE_WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof SCHEDULE_WEEKDAYS)[number];

/** An opening interval as wall-clock times, `['06:00', '19:00']`; `'24:00'` is allowed as an end. */
export type OpeningInterval = readonly [from: string, to: string];

/** An instant: a `Date`, or an ISO 8601 string with `Z` or an offset (`'2026-10-24T22:00:00+02:00'`). */
export type InstantInput = Date | string;

/**
 * A closure: a whole date in the schedule's zone (`'2026-12-25'`), or an instant range
 * `{ from, to }` (closed from `from` inclusive to `to` exclusive).
 */
export type ClosureInput = string | { readonly from: InstantInput; readonly to: InstantInput };

/** What {@link weeklySchedule} accepts. A weekday that is missing is closed all day. */
export interface ScheduleDefinition {
  /** IANA time zone of the wall-clock times, e.g. `'Europe/Zurich'`. */
  readonly timeZone: string;
  readonly hours: { readonly [D in Weekday]?: readonly OpeningInterval[] };
  readonly closures?: readonly ClosureInput[];
  /**
   * Per-date hours that replace the weekday's for one date in the schedule's zone: a short day
   * before a holiday (`{ date: '2026-12-24', hours: [['06:00', '12:00']] }`), an extra opening on
   * a closed weekday, or `hours: []` for a date closed all day. Closures still apply on top.
   */
  readonly overrides?: readonly DateOverrideInput[];
}

/** Hours for one date that replace its weekday's hours (see {@link ScheduleDefinition.overrides}). */
export interface DateOverrideInput {
  /** The date in the schedule's zone, `'YYYY-MM-DD'`. */
  readonly date: string;
  /** The opening intervals of that date, like a weekday's; `[]` closes it. */
  readonly hours: readonly OpeningInterval[];
}

/** Most per-date overrides one schedule takes (about 27 years of one a day would be far more than any desk needs). */
export const MAX_DATE_OVERRIDES = 10_000;

/** A business-time duration; the parts add up, rounded to the millisecond. */
export interface BusinessDuration {
  readonly hours?: number;
  readonly minutes?: number;
  readonly seconds?: number;
  readonly milliseconds?: number;
}

/** Longest duration accepted: 10 years of business time (87,660 hours). */
export const MAX_BUSINESS_DURATION_MS = 87_660 * 60 * MINUTE_MS;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/*
 * JSON Schema forms of ISO_INSTANT and ISO_DATE, for `hostpolicy/schemas`: no flags (so 'T' and
 * 'Z' are written in both cases) and months and days in range. Whether the date exists (no
 * 30 February) and the years 0001–9999 are checked by the library only; the agreement tests in
 * test/schemas compare both.
 */
const ISO_INSTANT_JSON =
  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])[Tt](?:[01]\\d|2[0-3]):[0-5]\\d' +
  '(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:[Zz]|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d)$';
const ISO_DATE_JSON = '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$';

/** JSON Schema of an instant string. @internal */
export const instantJson = (): JsonSchema => ({
  type: 'string',
  pattern: ISO_INSTANT_JSON,
  description:
    "An ISO 8601 instant with 'Z' or an offset, like '2026-10-24T22:00:00+02:00' (seconds and fractions optional, offset with or " +
    'without a colon). ' +
    'Not checked here: that the date exists (no 30 February) and lies in the years 0001–9999. ' +
    "No `format: 'date-time'`: RFC 3339 requires seconds and a colon in the offset, which this input does not.",
});

/** zod schema: an {@link InstantInput}, parsed to milliseconds since the epoch. */
export const instantMsSchema = describeJson(
  z.transform((value: unknown, ctx): number => {
    const ms = toInstantMs(value);
    if (ms !== undefined) return ms;
    ctx.issues.push({ code: 'custom', message: INSTANT_MESSAGE, input: value });
    return z.NEVER;
  }),
  instantJson,
);

/** zod schema: an {@link InstantInput}, parsed to a `Date`. */
export const instantSchema = describeJson(
  z.pipe(
    instantMsSchema,
    z.transform((ms: number) => new Date(ms)),
  ),
  instantJson,
);

/**
 * Answers of {@link canonicalTimeZone} by the name in ASCII lower case (zone names are matched
 * without regard to ASCII case, so every spelling of one zone is one entry). Building an
 * `Intl.DateTimeFormat` costs about 70 µs: an ICS file names a zone on each of thousands of lines.
 */
const canonicalNames = new Map<string, string | undefined>();
const MAX_CANONICAL_NAMES = 1_024;

/** The canonical name of an IANA time zone, or `undefined` when the runtime does not know it. */
export function canonicalTimeZone(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  // Only ASCII names are cached: toLowerCase maps some other letters to ASCII ones (the Kelvin sign to 'k').
  const key = /^[\x20-\x7e]{1,100}$/.test(value) ? value.toLowerCase() : undefined;
  if (key !== undefined && canonicalNames.has(key)) return canonicalNames.get(key);
  let zone: string | undefined;
  try {
    zone = new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    zone = undefined;
  }
  if (key !== undefined) {
    if (canonicalNames.size >= MAX_CANONICAL_NAMES) canonicalNames.delete(canonicalNames.keys().next().value as string);
    canonicalNames.set(key, zone);
  }
  return zone;
}

/** zod schema: an IANA time zone name, canonicalized (`'europe/zurich'` → `'Europe/Zurich'`). */
export const timeZoneSchema = describeJson(
  z.pipe(
    z.unknown(),
    z.transform((value, ctx) => {
      const zone = canonicalTimeZone(value);
      if (zone !== undefined) return zone;
      ctx.issues.push({ code: 'custom', message: "must be an IANA time zone, like 'Europe/Zurich'", input: value });
      return z.NEVER;
    }),
  ),
  () => ({
    type: 'string',
    pattern: '\\S',
    examples: ['Europe/Zurich'],
    description:
      "An IANA time zone name, like 'Europe/Zurich' (any case). Not checked here: that the zone exists in the time zone database.",
  }),
);

function wallMinutes(value: string, end: boolean): number | undefined {
  if (end && value === '24:00') return 1440;
  const m = WALL_TIME.exec(value);
  return m === null ? undefined : Number(m[1]) * 60 + Number(m[2]);
}

const wallTime = (end: boolean) =>
  describeJson(
    z.pipe(
      z.string(),
      z.transform((value, ctx) => {
        const minutes = wallMinutes(value, end);
        if (minutes !== undefined) return minutes;
        const allowed = end ? "'HH:MM' from '00:00' to '24:00'" : "'HH:MM' from '00:00' to '23:59'";
        ctx.issues.push({ code: 'custom', message: `must be a wall-clock time ${allowed}`, input: value });
        return z.NEVER;
      }),
    ),
    () => ({ type: 'string', pattern: end ? `${WALL_TIME.source}|^24:00$` : WALL_TIME.source }),
  );

/** An interval in minutes of the day: `[from, to)`, `to` up to 1440. */
export type MinuteInterval = readonly [from: number, to: number];

const intervalSchema = z
  .tuple([wallTime(false), wallTime(true)])
  .check(z.refine(([from, to]) => from < to, 'must end after it starts (a shift across midnight is two intervals)'));

const daySchema = z.pipe(
  z.array(intervalSchema).check(
    z.refine((intervals) => {
      const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
      return sorted.every((iv, i) => i === 0 || (sorted[i - 1] as MinuteInterval)[1] <= iv[0]);
    }, 'intervals must not overlap'),
  ),
  z.transform((intervals): readonly MinuteInterval[] => mergeAdjacent([...intervals].sort((a, b) => a[0] - b[0]))),
);

/** Sorted intervals with touching neighbours joined (`06:00–12:00` + `12:00–19:00`). */
function mergeAdjacent(sorted: readonly MinuteInterval[]): readonly MinuteInterval[] {
  const out: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && last[1] === from) last[1] = to;
    else out.push([from, to]);
  }
  return out;
}

/** A closure after parsing: a day number (days since 1970-01-01) or an instant range in ms. */
export type ParsedClosure =
  | { readonly kind: 'date'; readonly day: number; readonly date: string }
  | { readonly kind: 'range'; readonly from: number; readonly to: number };

const closureSchema = describeJson(
  z.pipe(
    z.unknown(),
    z.transform((value, ctx): ParsedClosure => {
      if (typeof value === 'string') {
        const m = ISO_DATE.exec(value);
        if (m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
          const day = Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS);
          return { kind: 'date', day, date: value };
        }
      } else if (typeof value === 'object' && value !== null && 'from' in value && 'to' in value) {
        const from = toInstantMs(value.from);
        const to = toInstantMs(value.to);
        if (from === undefined) ctx.issues.push({ code: 'custom', message: INSTANT_MESSAGE, input: value.from, path: ['from'] });
        if (to === undefined) ctx.issues.push({ code: 'custom', message: INSTANT_MESSAGE, input: value.to, path: ['to'] });
        if (from === undefined || to === undefined) return z.NEVER;
        if (from < to) return { kind: 'range', from, to };
        ctx.issues.push({ code: 'custom', message: "must end after it starts ('to' later than 'from')", input: value, path: ['to'] });
        return z.NEVER;
      }
      ctx.issues.push({ code: 'custom', message: "must be a date 'YYYY-MM-DD' or an instant range { from, to }", input: value });
      return z.NEVER;
    }),
  ),
  () => ({
    anyOf: [
      { type: 'string', pattern: ISO_DATE_JSON, description: "A whole date in the schedule's zone, 'YYYY-MM-DD'." },
      {
        type: 'object',
        required: ['from', 'to'],
        properties: { from: instantJson(), to: instantJson() },
        description: "An instant range, 'to' (exclusive) later than 'from' (not checked here).",
      },
    ],
  }),
);

/** A date override after parsing: its day number (days since 1970-01-01) and its intervals in minutes. */
export interface ParsedOverride {
  readonly day: number;
  readonly date: string;
  readonly hours: readonly MinuteInterval[];
}

const overrideDateSchema = describeJson(
  z.pipe(
    z.unknown(),
    z.transform((value, ctx): { day: number; date: string } => {
      const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
      if (m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
        return { day: Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS), date: value as string };
      }
      ctx.issues.push({ code: 'custom', message: "must be a date 'YYYY-MM-DD'", input: value });
      return z.NEVER;
    }),
  ),
  () => ({ type: 'string', pattern: ISO_DATE_JSON, description: "A date in the schedule's zone, 'YYYY-MM-DD'." }),
);

const overrideShape = strictObject({ date: overrideDateSchema, hours: daySchema });
const overrideSchema = describeJson(
  z.pipe(
    overrideShape,
    z.transform((o): ParsedOverride => ({ day: o.date.day, date: o.date.date, hours: o.hours })),
  ),
  (render) => render(overrideShape),
);

// The count is checked before any item is parsed (`abort`), so a huge list costs nothing.
const overridesSchema = describeJson(
  z.pipe(
    z
      .array(z.unknown())
      .check(z.maxLength(MAX_DATE_OVERRIDES, { message: `must have at most ${MAX_DATE_OVERRIDES} per-date overrides`, abort: true })),
    z
      .array(overrideSchema)
      .check(z.refine((list) => new Set(list.map((o) => o.day)).size === list.length, 'must give each date at most once')),
  ),
  (render) => ({
    type: 'array',
    items: render(overrideSchema),
    maxItems: MAX_DATE_OVERRIDES,
    description: "Per-date hours replacing the weekday's, each date at most once (not checked here).",
  }),
);

const hoursSchema = strictObject({
  mon: z.optional(daySchema),
  tue: z.optional(daySchema),
  wed: z.optional(daySchema),
  thu: z.optional(daySchema),
  fri: z.optional(daySchema),
  sat: z.optional(daySchema),
  sun: z.optional(daySchema),
});

/** zod schema: a {@link ScheduleDefinition}, parsed into minutes, day numbers and instants. */
export const scheduleDefinitionSchema = strictObject({
  timeZone: timeZoneSchema,
  hours: hoursSchema.check(
    z.refine(
      (hours) => SCHEDULE_WEEKDAYS.some((d) => (hours[d]?.length ?? 0) > 0),
      'the schedule is never open: give at least one opening interval',
    ),
  ),
  closures: z.optional(z.array(closureSchema)),
  overrides: z.optional(overridesSchema),
});

export type ParsedDefinition = z.output<typeof scheduleDefinitionSchema>;

const durationPartsSchema = strictObject({
  hours: z.optional(z.number().check(z.gte(0))),
  minutes: z.optional(z.number().check(z.gte(0))),
  seconds: z.optional(z.number().check(z.gte(0))),
  milliseconds: z.optional(z.number().check(z.gte(0))),
});

/**
 * Milliseconds per unit of a duration key, `undefined` for any other key. A switch, not an object
 * lookup: `{ constructor: 1 }` or an own `__proto__` key would find Object.prototype's members in
 * a `{ hours: … }` table and turn the duration into NaN.
 */
function durationUnitMs(key: string): number | undefined {
  switch (key) {
    case 'hours':
      return 3_600_000;
    case 'minutes':
      return MINUTE_MS;
    case 'seconds':
      return 1_000;
    case 'milliseconds':
      return 1;
    default:
      return undefined;
  }
}

/**
 * @internal Milliseconds of a well-formed duration, or `undefined` (then the detailed schema
 * reports why). `addBusinessTime`'s quick path calls it too; the cap is checked by the caller.
 */
export function quickDurationMs(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  let ms = 0;
  for (const key in value) {
    const unit = durationUnitMs(key);
    const part = (value as Record<string, unknown>)[key];
    if (part === undefined && unit !== undefined) continue;
    if (unit === undefined || typeof part !== 'number' || !(part >= 0) || part === Number.POSITIVE_INFINITY) return undefined;
    ms += part * unit;
  }
  return Math.round(ms);
}

/**
 * zod schema: a {@link BusinessDuration}, parsed to whole milliseconds. Well-formed input takes a
 * quick path (this runs on every deadline computation); anything else goes through the detailed
 * object schema, so every problem is reported with its field.
 */
export const businessDurationSchema = describeJson(
  z.transform((value: unknown, ctx): number => {
    let ms = quickDurationMs(value);
    if (ms === undefined) {
      const result = durationPartsSchema.safeParse(value);
      if (!result.success) {
        for (const issue of result.error.issues) ctx.issues.push({ ...issue, input: value } as never);
        return z.NEVER;
      }
      ms = quickDurationMs(result.data) ?? 0;
    }
    if (ms <= MAX_BUSINESS_DURATION_MS) return ms;
    ctx.issues.push({ code: 'custom', message: 'must be at most 87,660 hours (10 years of business time)', input: value });
    return z.NEVER;
  }),
  (render) => ({
    ...render(durationPartsSchema),
    description: 'Hours, minutes, seconds and milliseconds that add up; at most 87,660 hours in all (not checked here).',
  }),
);
