import fc from 'fast-check';
import { fromMinorUnits } from '../money/minorUnits.js';
import type { Money } from '../money/money.js';
import { organization, type Organization } from '../accounts/organization.js';
import { SCHEDULE_WEEKDAYS, weeklySchedule, type Schedule, type ScheduleDefinition } from '../calendar/index.js';

/** Options of {@link moneyArbitrary}. */
export interface MoneyArbitraryOptions {
  readonly currencies?: readonly string[];
  /** Bounds in minor units (cents); default −1 000 000 000 to 1 000 000 000. */
  readonly minCents?: number;
  readonly maxCents?: number;
}

/**
 * Money in whole minor units of the given currencies (CHF and EUR by default): two decimals in
 * CHF and EUR, none in JPY, three in KWD, as billing and payment APIs take it (MON-01, MON-03).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(moneyArbitrary({ minCents: 0 }), (m) => !m.isNegative()));
 * ```
 */
export function moneyArbitrary(options: MoneyArbitraryOptions = {}): fc.Arbitrary<Money> {
  const currencies = options.currencies ?? ['CHF', 'EUR'];
  return fc
    .tuple(fc.integer({ min: options.minCents ?? -1_000_000_000, max: options.maxCents ?? 1_000_000_000 }), fc.constantFrom(...currencies))
    .map(([cents, currency]) => fromMinorUnits(cents, currency));
}

const DAYS = SCHEDULE_WEEKDAYS;
const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Up to two sorted, disjoint, non-empty intervals of a day on a 15-minute grid, `'24:00'` allowed. */
const dayArbitrary = fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 4 }).map((marks) => {
  const sorted = [...marks].sort((a, b) => a - b);
  const intervals: [string, string][] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) intervals.push([hhmm((sorted[i] ?? 0) * 15), hhmm((sorted[i + 1] ?? 0) * 15)]);
  return intervals;
});

/**
 * Weekly schedule definitions (input of `weeklySchedule`) in a few IANA zones with DST and
 * without, with at least one open interval in the week.
 *
 * @example
 * ```ts
 * fc.sample(scheduleDefinitionArbitrary(), 1); // [{ timeZone: 'Europe/Zurich', hours: { mon: [['06:00', '19:00']], … } }]
 * ```
 */
export function scheduleDefinitionArbitrary(
  zones: readonly string[] = ['Europe/Zurich', 'America/New_York', 'Asia/Kolkata', 'UTC'],
): fc.Arbitrary<ScheduleDefinition> {
  return fc
    .record({ timeZone: fc.constantFrom(...zones), days: fc.tuple(...DAYS.map(() => dayArbitrary)) })
    .filter(({ days }) => days.some((d) => d.length > 0))
    .map(({ timeZone, days }) => ({ timeZone, hours: Object.fromEntries(DAYS.map((d, i) => [d, days[i] ?? []])) }));
}

/**
 * Weekly schedules (`weeklySchedule` of {@link scheduleDefinitionArbitrary}'s definitions).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(scheduleArbitrary(), fc.date(), (s, at) => typeof isOpen(at, s) === 'boolean'));
 * ```
 */
export function scheduleArbitrary(zones?: readonly string[]): fc.Arbitrary<Schedule> {
  return scheduleDefinitionArbitrary(zones).map(weeklySchedule);
}

/** Options of {@link organizationArbitrary}. */
export interface OrganizationArbitraryOptions {
  /** The user ids to draw from (default `user-1` … `user-6`). */
  readonly users?: readonly string[];
  readonly domains?: readonly string[];
}

/**
 * Valid organizations (ACC-01..03): at least one owner, administrators, members, kSuite users
 * among the members, mail domains.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(organizationArbitrary(), (o) => o.owners.length > 0));
 * ```
 */
export function organizationArbitrary(options: OrganizationArbitraryOptions = {}): fc.Arbitrary<Organization> {
  const users = options.users ?? ['user-1', 'user-2', 'user-3', 'user-4', 'user-5', 'user-6'];
  const domains = options.domains ?? ['acme.ch', 'beta.com', 'gamma.org'];
  const user = fc.constantFrom(...users);
  return fc
    .record({
      id: fc.stringMatching(/^org-[a-z0-9]{1,8}$/),
      name: fc.constantFrom('Acme', 'Beta SA', 'Gamma GmbH'),
      owners: fc.uniqueArray(user, { minLength: 1, maxLength: 3 }),
      administrators: fc.uniqueArray(user, { maxLength: 2 }),
      members: fc.uniqueArray(user, { maxLength: users.length }),
      ksuite: fc.uniqueArray(user, { maxLength: users.length }),
      mailDomains: fc.uniqueArray(fc.constantFrom(...domains), { maxLength: domains.length }),
    })
    .map((o) => {
      const all = new Set([...o.owners, ...o.administrators, ...o.members]);
      const { ksuite, ...rest } = o;
      return organization({ ...rest, ksuiteMembers: ksuite.filter((u) => all.has(u)) });
    });
}
