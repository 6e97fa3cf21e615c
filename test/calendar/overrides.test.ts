import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addBusinessTime,
  businessTimeBetween,
  isOpen,
  nextOpening,
  weeklySchedule,
  type ScheduleDefinition,
} from '../../src/calendar/index.js';
import { expectInvalid } from '../helpers/expectError.js';
import { MINUTE, isOpenMinute, oracleSchedule, wallReader } from './dstOracle.js';

const H = 3_600_000;
const every = (from: string, to: string) =>
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [[from, to]] as [string, string][]]));
const email: ScheduleDefinition = { timeZone: 'Europe/Zurich', hours: every('06:00', '23:00') };

describe('per-date overrides', () => {
  it('a short day before a holiday: the date has its own hours', () => {
    const s = weeklySchedule({ ...email, closures: ['2026-12-25'], overrides: [{ date: '2026-12-24', hours: [['06:00', '12:00']] }] });
    // Thursday 24 Dec 10:00 + 4 h: 2 h until noon, Christmas closed, 2 h from Saturday 06:00.
    expect(addBusinessTime('2026-12-24T10:00:00+01:00', { hours: 4 }, s).toISOString()).toBe('2026-12-26T07:00:00.000Z');
    expect(isOpen('2026-12-24T12:30:00+01:00', s)).toBe(false);
    expect(businessTimeBetween('2026-12-24T00:00:00+01:00', '2026-12-25T00:00:00+01:00', s)).toBe(6 * H);
    expect(s.overrides).toEqual([{ date: '2026-12-24', hours: [['06:00', '12:00']] }]);
  });

  it('opens a closed weekday, closes a date with hours: [], and closures still apply on top', () => {
    const phone: ScheduleDefinition = { timeZone: 'Europe/Zurich', hours: { mon: [['06:00', '19:00']], tue: [['06:00', '19:00']] } };
    const s = weeklySchedule({
      ...phone,
      overrides: [
        { date: '2026-03-14', hours: [['09:00', '12:00']] },
        { date: '2026-03-16', hours: [] },
        { date: '2026-03-17', hours: [['10:00', '11:00']] },
      ],
      closures: ['2026-03-17'],
    });
    expect(isOpen('2026-03-14T09:30:00+01:00', s)).toBe(true); // a Saturday
    // Mon 16 closed, Tue 17 closed by the closure
    expect(nextOpening('2026-03-15T12:00:00+01:00', s).toISOString()).toBe('2026-03-23T05:00:00.000Z');
  });

  it('an override on a DST day counts real time: 01:00–05:00 on 29 March 2026 in Zurich is 3 hours', () => {
    const s = weeklySchedule({ ...email, overrides: [{ date: '2026-03-29', hours: [['01:00', '05:00']] }] });
    expect(businessTimeBetween('2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z', s)).toBe(3 * H);
  });

  it('week jumps stop at an override months away', () => {
    const plain = weeklySchedule(email);
    const short = weeklySchedule({ ...email, overrides: [{ date: '2027-02-10', hours: [['06:00', '08:00']] }] });
    const a = addBusinessTime('2026-11-02T05:00:00Z', { hours: 17 * 7 * 20 }, plain).getTime();
    const b = addBusinessTime('2026-11-02T05:00:00Z', { hours: 17 * 7 * 20 }, short).getTime();
    expect(b).toBeGreaterThan(a); // 15 open hours fewer on that date push the result later
    expect(businessTimeBetween('2026-11-02T05:00:00Z', new Date(b), short)).toBe(17 * 7 * 20 * H);
  });

  it('round-trips through toJSON', () => {
    const def = {
      ...email,
      overrides: [
        {
          date: '2026-12-31',
          hours: [
            ['06:00', '10:00'],
            ['10:00', '14:00'],
          ] as [string, string][],
        },
        { date: '2026-12-24', hours: [] },
      ],
    };
    const s = weeklySchedule(def);
    expect(s.toJSON().overrides).toEqual([
      { date: '2026-12-24', hours: [] },
      { date: '2026-12-31', hours: [['06:00', '14:00']] },
    ]);
    expect(weeklySchedule(s.toJSON()).toJSON()).toEqual(s.toJSON());
    expect(Object.isFrozen(s.overrides[0])).toBe(true);
  });

  it('bad overrides are INVALID_INPUT naming the field', () => {
    expect(expectInvalid(() => weeklySchedule({ ...email, overrides: [{ date: '2026-02-30', hours: [] }] })).issues[0]?.path).toEqual([
      'overrides',
      0,
      'date',
    ]);
    expect(
      expectInvalid(() => weeklySchedule({ ...email, overrides: [{ date: '2026-12-24', hours: [['12:00', '10:00']] }] })).issues[0]?.path,
    ).toEqual(['overrides', 0, 'hours', 0]);
    expectInvalid(() =>
      weeklySchedule({
        ...email,
        overrides: [
          {
            date: '2026-12-24',
            hours: [
              ['08:00', '12:00'],
              ['11:00', '13:00'],
            ],
          },
        ],
      }),
    );
    expect(
      expectInvalid(() =>
        weeklySchedule({
          ...email,
          overrides: [
            { date: '2026-12-24', hours: [] },
            { date: '2026-12-24', hours: [['06:00', '07:00']] },
          ],
        }),
      ).message,
    ).toMatch(/each date at most once/);
    expect(
      expectInvalid(() => weeklySchedule({ ...email, overrides: [{ date: '2026-12-24', hours: [], from: 1 } as never] })).message,
    ).toMatch(/unknown key 'from'/);
    expect(
      expectInvalid(() =>
        weeklySchedule({ ...email, overrides: Array.from({ length: 10_001 }, () => ({ date: '2026-12-24', hours: [] })) }),
      ).message,
    ).toMatch(/at most 10000/);
    expectInvalid(() => weeklySchedule({ ...email, overrides: 'never' as never }));
  });

  it('property: open time with overrides and closures equals stepping minute by minute through Intl readings', () => {
    const zones = ['Europe/Zurich', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'];
    const hourArb = fc
      .integer({ min: 0, max: 23 })
      .chain((a) =>
        fc
          .integer({ min: a + 1, max: 24 })
          .map((b) => [`${String(a).padStart(2, '0')}:00`, b === 24 ? '24:00' : `${String(b).padStart(2, '0')}:00`] as [string, string]),
      );
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2026, 2, 20) / H, max: Date.UTC(2026, 3, 10) / H }),
        fc.array(
          fc.record({
            day: fc.integer({ min: 0, max: 20 }),
            hours: fc.oneof(
              fc.constant([] as [string, string][]),
              hourArb.map((h) => [h]),
            ),
          }),
          { maxLength: 4 },
        ),
        fc.integer({ min: 0, max: 10 * 24 * 2 }),
        (timeZone, startHour, picks, halfHours) => {
          const seen = new Set<number>();
          const overrides = picks
            .filter((p) => !seen.has(p.day) && seen.add(p.day))
            .map((p) => ({ date: new Date(Date.UTC(2026, 2, 20 + p.day)).toISOString().slice(0, 10), hours: p.hours }));
          const def: ScheduleDefinition = {
            timeZone,
            hours: { mon: [['08:00', '17:00']], wed: [['00:00', '24:00']], fri: [['06:00', '12:00']], sat: [['10:00', '14:00']] },
            closures: ['2026-03-31'],
            overrides,
          };
          const s = weeklySchedule(def);
          const from = startHour * H;
          const to = from + halfHours * 30 * MINUTE;
          const read = wallReader(timeZone);
          const base = oracleSchedule(def);
          let open = 0;
          for (let t = from; t < to; t += MINUTE) {
            const wall = read(t);
            const date = new Date(Math.floor(wall / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
            const o = overrides.find((x) => x.date === date);
            const minute = (wall % 86_400_000) / MINUTE;
            const isOpenNow =
              o === undefined
                ? isOpenMinute(base, t, wall)
                : !base.closedDates.has(Math.floor(wall / 86_400_000)) &&
                  o.hours.some(([a, b]) => Number(a.slice(0, 2)) * 60 <= minute && minute < Number(b.slice(0, 2)) * 60);
            if (isOpenNow) open += 1;
          }
          expect(businessTimeBetween(new Date(from), new Date(to), s)).toBe(open * MINUTE);
        },
      ),
      { numRuns: 30 },
    );
  });
});
