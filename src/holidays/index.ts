/**
 * Public holidays as calendar closures, from the optional `date-holidays` package
 * ({@link closuresFromHolidays}). This entry is the only one that uses that package: install it
 * (`npm install date-holidays`) to use this entry; every other entry works without it.
 *
 * @module holidays
 */
import * as z from 'zod/mini';
import { HostPolicyError } from '../errors.js';
import { matching, strictObject } from '../internal/checks.js';
import { parseInput } from '../internal/parse.js';
import { timeZoneSchema } from '../calendar/schema.js';

/** The kinds of days `date-holidays` knows. */
export const HOLIDAY_TYPES = ['public', 'bank', 'school', 'optional', 'observance'] as const;
/**
 * A kind of day in `date-holidays`: `public` holidays, `bank` holidays, `optional` days off (like
 * Zurich's Knabenschiessen afternoon), …
 */
export type HolidayType = (typeof HOLIDAY_TYPES)[number];

/** Input of {@link closuresFromHolidays}. */
export interface HolidayClosuresRequest {
  /** ISO 3166-1 country code, e.g. `'CH'`. */
  readonly country: string;
  /** The state (a Swiss canton: `'ZH'`, `'GE'`, `'VD'`), as `date-holidays` names it. */
  readonly state?: string;
  /** A region inside the state, when `date-holidays` has one. */
  readonly region?: string;
  /** The years wanted (1900–2199, at most 100). */
  readonly years: readonly number[];
  /** IANA zone of the holidays and of the schedule they are for. Default `'Europe/Zurich'`. */
  readonly zone?: string;
  /** Which kinds of days close the schedule. Default `['public']`. */
  readonly types?: readonly HolidayType[];
}

/** A closure in the shape `weeklySchedule({ closures })` takes: a date, or an instant range (to exclusive). */
export type HolidayClosure = string | { readonly from: string; readonly to: string };

const MAX_YEARS = 100;
const DAY_MS = 86_400_000;

const requestSchema = strictObject({
  country: matching(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 country code like CH'),
  state: z.optional(matching(/^[A-Za-z0-9]{1,3}$/, 'must be a state code of 1 to 3 letters or digits, like ZH')),
  region: z.optional(matching(/^[A-Za-z0-9]{1,3}$/, 'must be a region code of 1 to 3 letters or digits')),
  years: z.array(z.int().check(z.gte(1900), z.lte(2199))).check(z.minLength(1), z.maxLength(MAX_YEARS)),
  zone: z.optional(timeZoneSchema),
  types: z.optional(z.array(z.enum(HOLIDAY_TYPES)).check(z.minLength(1))),
});

/** What this module uses of `date-holidays`. */
interface HolidaysApi {
  getCountries(): Record<string, string>;
  getStates(country: string): Record<string, string> | undefined;
  getRegions(country: string, state: string): Record<string, string> | undefined;
  getHolidays(year: number): { date: string; start: Date; end: Date; type: string; name: string }[];
}
type HolidaysCtor = new (...args: unknown[]) => HolidaysApi;

async function loadHolidays(): Promise<HolidaysCtor> {
  try {
    const mod = (await import('date-holidays')) as unknown as { default?: unknown };
    const ctor = (mod.default ?? mod) as unknown;
    if (typeof ctor !== 'function') throw new TypeError('date-holidays has no default export');
    return ctor as HolidaysCtor;
  } catch (e) {
    throw new HostPolicyError(
      'HOLIDAYS_UNAVAILABLE',
      "closuresFromHolidays needs the optional package 'date-holidays' (npm install date-holidays), which could not be loaded.",
      { cause: e },
    );
  }
}

function unknownPlace(what: string, value: string, known: Record<string, string> | undefined): never {
  const list = Object.keys(known ?? {})
    .slice(0, 40)
    .join(', ');
  throw new HostPolicyError('UNKNOWN_HOLIDAY_REGION', `date-holidays has no ${what} '${value}'${list === '' ? '' : ` (known: ${list})`}.`, {
    details: { [what]: value },
  });
}

/**
 * Public holidays of a country, state (canton) or region for some years, from the optional
 * `date-holidays` package, as closures for `weeklySchedule({ closures })`: a whole-day holiday is
 * its date; a part-day one (Zurich's Knabenschiessen, from 13:00) is an instant range. Sorted:
 * dates, then ranges; duplicates removed.
 *
 * @example
 * ```ts
 * import { closuresFromHolidays } from 'hostpolicy/holidays';
 * const zurich2026 = await closuresFromHolidays({ country: 'CH', state: 'ZH', years: [2026], types: ['public', 'optional'] });
 * // ['2026-01-01', '2026-01-02', '2026-04-03', …, '2026-12-26',
 * //  { from: '2026-09-14T11:00:00.000Z', to: '2026-09-14T22:00:00.000Z' }]   (Knabenschiessen, 13:00–24:00)
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed country, state, year list, zone or type.
 * @throws HostPolicyError `UNKNOWN_HOLIDAY_REGION` for a country, state or region that
 *   `date-holidays` does not know; `HOLIDAYS_UNAVAILABLE` when the package is not installed;
 *   `HOLIDAYS_FAILED` when it fails. All as rejections of the returned promise.
 */
export async function closuresFromHolidays(req: HolidayClosuresRequest): Promise<HolidayClosure[]> {
  const input = parseInput(requestSchema, req, 'holiday closures request');
  const Holidays = await loadHolidays();
  const country = input.country.toUpperCase();
  const state = input.state?.toUpperCase();
  const region = input.region?.toUpperCase();
  const zone = input.zone ?? 'Europe/Zurich';
  const types = [...(input.types ?? ['public'])];
  let list: { date: string; start: Date; end: Date; type: string }[];
  try {
    const probe = new Holidays();
    if (!Object.hasOwn(probe.getCountries(), country)) unknownPlace('country', country, probe.getCountries());
    if (state !== undefined && !Object.hasOwn(probe.getStates(country) ?? {}, state))
      unknownPlace('state', state, probe.getStates(country));
    if (state !== undefined && region !== undefined && !Object.hasOwn(probe.getRegions(country, state) ?? {}, region)) {
      unknownPlace('region', region, probe.getRegions(country, state));
    }
    if (state === undefined && region !== undefined) unknownPlace('region', region, undefined);
    const place = [country, ...(state === undefined ? [] : [state]), ...(region === undefined ? [] : [region])];
    const holidays = new Holidays(...place, { timezone: zone, types });
    list = [...new Set(input.years)].flatMap((year) => holidays.getHolidays(year));
  } catch (e) {
    if (e instanceof HostPolicyError) throw e;
    throw new HostPolicyError(
      'HOLIDAYS_FAILED',
      `date-holidays failed: ${e instanceof Error ? e.message.slice(0, 200) : 'unknown error'}`,
      { cause: e },
    );
  }
  return closuresOf(list.filter((h) => (types as string[]).includes(h.type)));
}

/** Whole-day holidays as their dates, part-day ones as instant ranges. */
function closuresOf(list: readonly { date: string; start: Date; end: Date }[]): HolidayClosure[] {
  const dates = new Set<string>();
  const ranges = new Map<string, { from: string; to: string }>();
  for (const h of list) {
    const wholeDays = h.date.slice(11) === '00:00:00';
    const days = Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS);
    if (wholeDays && days >= 1) {
      const first = Date.parse(`${h.date.slice(0, 10)}T00:00:00Z`);
      for (let d = 0; d < days; d += 1) dates.add(new Date(first + d * DAY_MS).toISOString().slice(0, 10));
    } else {
      const range = { from: h.start.toISOString(), to: h.end.toISOString() };
      ranges.set(`${range.from}/${range.to}`, Object.freeze(range));
    }
  }
  const sorted = [...ranges.values()].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return Object.freeze([...[...dates].sort(), ...sorted]) as HolidayClosure[];
}
