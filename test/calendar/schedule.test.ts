import { describe, it, expect } from 'vitest';
import {
  addBusinessTime,
  alwaysOpen,
  businessTimeBetween,
  isOpen,
  nextOpening,
  Schedule,
  scheduleSchema,
  weeklySchedule,
  type ScheduleDefinition,
} from '../../src/calendar/index.js';
import { InvalidInputError, isHostPolicyError } from '../../src/errors.js';
import { phoneHours } from './fixtures.js';

function issuesOf(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputError);
    return (e as InvalidInputError).issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  }
  throw new Error('expected an InvalidInputError');
}

describe('weeklySchedule', () => {
  it('SUP-03 builds the phone line schedule: Monday to Friday 06:00–19:00 Europe/Zurich, 65 h a week', () => {
    expect(phoneHours.timeZone).toBe('Europe/Zurich');
    expect(phoneHours.weeklyOpenHours).toBe(65);
    expect(phoneHours.hours.sat).toEqual([]);
    expect(phoneHours.hours.mon).toEqual([['06:00', '19:00']]);
  });

  it('is immutable and round-trips through JSON', () => {
    const s = weeklySchedule({
      timeZone: 'europe/zurich',
      hours: {
        tue: [
          ['12:00', '19:00'],
          ['06:00', '12:00'],
        ],
        sun: [['22:00', '24:00']],
      },
      closures: ['2026-12-25', { from: new Date('2026-12-31T12:00:00Z'), to: '2027-01-01T00:00:00+01:00' }],
    });
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.hours)).toBe(true);
    expect(s.timeZone).toBe('Europe/Zurich');
    // Touching intervals are joined, unsorted ones sorted.
    expect(s.hours.tue).toEqual([['06:00', '19:00']]);
    expect(s.closures).toEqual(['2026-12-25', { from: '2026-12-31T12:00:00.000Z', to: '2026-12-31T23:00:00.000Z' }]);
    const again = weeklySchedule(JSON.parse(JSON.stringify(s)) as ScheduleDefinition);
    expect(again.toJSON()).toEqual(s.toJSON());
    expect(scheduleSchema.parse(s)).toBe(s);
    expect(scheduleSchema.parse(s.toJSON())).toBeInstanceOf(Schedule);
  });

  it('is read-only at the type level, and frozen at run time', () => {
    const s = weeklySchedule({ timeZone: 'UTC', hours: { mon: [['06:00', '19:00']] } });
    expect(() => {
      // @ts-expect-error a Schedule's fields are read-only
      s.timeZone = 'Europe/Zurich';
    }).toThrow(TypeError);
    expect(() => {
      // @ts-expect-error the intervals are read-only tuples
      s.hours.mon[0] = ['00:00', '24:00'];
    }).toThrow(TypeError);
    // @ts-expect-error weekday keys are 'mon' … 'sun'
    expect(() => weeklySchedule({ timeZone: 'UTC', hours: { monday: [['06:00', '19:00']] } })).toThrow(InvalidInputError);
    // @ts-expect-error durations have hours, minutes, seconds and milliseconds only
    expect(() => addBusinessTime('2026-11-23T08:00:00Z', { days: 1 }, s)).toThrow(InvalidInputError);
  });

  it('alwaysOpen is a 24/7 schedule in one line', () => {
    const always = alwaysOpen();
    expect(always.weeklyOpenHours).toBe(168);
    expect(always.timeZone).toBe('Europe/Zurich');
    expect(isOpen('2026-10-25T01:30:00Z', always)).toBe(true);
    expect(addBusinessTime('2026-10-24T20:00:00Z', { hours: 4 }, always).toISOString()).toBe('2026-10-25T00:00:00.000Z');
    const closedXmas = alwaysOpen('UTC', ['2026-12-25']);
    expect(nextOpening('2026-12-25T10:00:00Z', closedXmas).toISOString()).toBe('2026-12-26T00:00:00.000Z');
  });

  it('rejects an unknown IANA zone', () => {
    expect(issuesOf(() => weeklySchedule({ timeZone: 'Mars/Olympus', hours: { mon: [['06:00', '19:00']] } }))).toEqual([
      { path: 'timeZone', message: "must be an IANA time zone, like 'Europe/Zurich'" },
    ]);
  });

  it("rejects '25:00', '24:00' as a start and malformed times, naming the field", () => {
    const issues = issuesOf(() =>
      weeklySchedule({ timeZone: 'UTC', hours: { mon: [['06:00', '25:00']], tue: [['24:00', '24:00']], wed: [['6:00', '19:00']] } }),
    );
    expect(issues.map((i) => i.path)).toEqual(['hours.mon.0.1', 'hours.tue.0.0', 'hours.wed.0.0']);
  });

  it('rejects reversed and overlapping intervals', () => {
    expect(issuesOf(() => weeklySchedule({ timeZone: 'UTC', hours: { mon: [['19:00', '06:00']] } }))[0]?.message).toMatch(
      /end after it starts/,
    );
    expect(
      issuesOf(() =>
        weeklySchedule({
          timeZone: 'UTC',
          hours: {
            mon: [
              ['06:00', '12:00'],
              ['11:00', '19:00'],
            ],
          },
        }),
      ),
    ).toEqual([{ path: 'hours.mon', message: 'intervals must not overlap' }]);
  });

  it('rejects a schedule that is never open, and unknown weekday keys', () => {
    expect(issuesOf(() => weeklySchedule({ timeZone: 'UTC', hours: { mon: [], sat: [] } }))[0]?.message).toMatch(/never open/);
    expect(issuesOf(() => weeklySchedule({ timeZone: 'UTC', hours: { monday: [['06:00', '19:00']] } } as never))[0]?.path).toBe('hours');
  });

  it('rejects bad closures: impossible dates, reversed ranges, bad instants', () => {
    const issues = issuesOf(() =>
      weeklySchedule({
        timeZone: 'UTC',
        hours: { mon: [['06:00', '19:00']] },
        closures: [
          '2026-02-30',
          { from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' },
          { from: '2026-01-01', to: '2026-01-02T00:00:00Z' },
        ],
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(['closures.0', 'closures.1.to', 'closures.2.from']);
  });
});

describe('bad input to the business-time functions', () => {
  it('rejects invalid instants, instants without an offset and invalid dates', () => {
    for (const bad of [
      '2026-10-24 22:00',
      '2026-10-24T22:00:00',
      '2026-02-30T10:00:00Z',
      'yesterday',
      new Date(Number.NaN),
      1_700_000_000_000,
    ]) {
      const issues = issuesOf(() => addBusinessTime(bad as string, { hours: 1 }, phoneHours));
      expect(issues[0]?.path).toBe('start');
    }
    expect(issuesOf(() => businessTimeBetween('2026-01-01T00:00:00Z', 'nope', phoneHours))[0]?.path).toBe('to');
    expect(issuesOf(() => isOpen('nope', phoneHours))[0]?.path).toBe('at');
  });

  it('rejects negative, non-finite, unknown-unit and too long durations', () => {
    const at = '2026-11-23T08:00:00Z';
    expect(issuesOf(() => addBusinessTime(at, { hours: -1 }, phoneHours))[0]?.path).toBe('duration.hours');
    expect(issuesOf(() => addBusinessTime(at, { minutes: Number.POSITIVE_INFINITY }, phoneHours))[0]?.path).toBe('duration.minutes');
    expect(issuesOf(() => addBusinessTime(at, { days: 1 } as never, phoneHours))[0]?.path).toBe('duration');
    expect(issuesOf(() => addBusinessTime(at, [] as never, phoneHours))[0]?.path).toBe('duration');
    expect(issuesOf(() => addBusinessTime(at, { hours: '4' } as never, phoneHours))[0]?.path).toBe('duration.hours');
    expect(issuesOf(() => addBusinessTime(at, { hours: 100_000 }, phoneHours))[0]?.message).toMatch(/87,660 hours/);
  });

  it('rejects a schedule that was not made by weeklySchedule', () => {
    const issues = issuesOf(() => nextOpening('2026-11-23T08:00:00Z', phoneHours.toJSON() as never));
    expect(issues).toEqual([{ path: 'schedule', message: 'must be a Schedule made by weeklySchedule() or alwaysOpen()' }]);
  });

  it('never lets a TypeError escape', () => {
    for (const args of [
      [undefined, undefined, undefined],
      [null, null, null],
      [{}, 'x', 3],
    ] as const) {
      try {
        addBusinessTime(...(args as unknown as Parameters<typeof addBusinessTime>));
      } catch (e) {
        expect(isHostPolicyError(e)).toBe(true);
      }
    }
  });
});
