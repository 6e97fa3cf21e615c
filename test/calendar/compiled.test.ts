/**
 * The compiled form of a schedule (src/calendar/compiled.ts), checked directly: the open instants
 * of single days (DST days, closures cutting intervals), and how far the walk may jump in one step.
 * The jumps are what keeps every call's cost independent of the duration (SUP-03), so their
 * lengths are pinned: a run of plain days goes up to the next closed date, to 3 days before the
 * next closure range or offset change, or to the requested maximum.
 */
import { describe, expect, it } from 'vitest';
import { alwaysOpen, weeklySchedule } from '../../src/calendar/index.js';
import type { CompiledSchedule } from '../../src/calendar/compiled.js';
import { compiledOf } from '../../src/calendar/schedule.js';

const DAY = 86_400_000;
/** The day number (days since 1970-01-01) of a date. */
const dn = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY);
const compiled = (s: Parameters<typeof compiledOf>[0]) => compiledOf(s) as CompiledSchedule;
/** A day record with instants as ISO strings. */
const dayOf = (c: CompiledSchedule, date: string) => {
  const r = c.day(dn(date));
  return {
    open: r.starts.map((s, i) => `${new Date(s).toISOString()} – ${new Date(r.ends[i] as number).toISOString()}`),
    midnight: new Date(r.midnight).toISOString(),
  };
};

describe('SUP-03 day records', () => {
  const p = [
    ['06:00', '12:00'],
    ['13:00', '19:00'],
  ] as const;
  const zurich = compiled(
    weeklySchedule({
      timeZone: 'Europe/Zurich',
      hours: { mon: p, tue: p, wed: p, thu: p, fri: p, sun: [['00:00', '24:00']] },
      closures: [
        '2026-12-25',
        { from: '2026-12-28T08:00:00+01:00', to: '2026-12-28T09:00:00+01:00' }, // inside the morning
        { from: '2026-12-28T10:00:00+01:00', to: '2026-12-28T14:00:00+01:00' }, // across the lunch break
        { from: '2026-12-28T18:30:00+01:00', to: '2026-12-29T07:00:00+01:00' }, // across the night
        { from: '2026-12-30T05:00:00+01:00', to: '2026-12-30T06:30:00+01:00' }, // over an opening
        { from: '2026-12-31T11:00:00+01:00', to: '2026-12-31T12:00:00+01:00' }, // up to a closing
        { from: '2026-12-31T12:00:00+01:00', to: '2026-12-31T13:00:00+01:00' }, // over a break only
        { from: '2027-01-04T06:00:00+01:00', to: '2027-01-04T07:00:00+01:00' }, // from an opening
        { from: '2027-01-05T08:00:00+01:00', to: '2027-01-05T11:00:00+01:00' }, // one range inside another
        { from: '2027-01-05T09:00:00+01:00', to: '2027-01-05T10:00:00+01:00' },
        { from: '2027-01-06T10:00:00+01:00', to: '2027-01-06T12:00:00+01:00' }, // up to a closing, alone
        { from: '2027-01-07T12:10:00+01:00', to: '2027-01-07T12:50:00+01:00' }, // inside the lunch break
      ],
    }),
  );

  it('SUP-03 an ordinary weekday, a closed weekday, a closed date and a Saturday', () => {
    expect(dayOf(zurich, '2026-12-21')).toEqual({
      open: ['2026-12-21T05:00:00.000Z – 2026-12-21T11:00:00.000Z', '2026-12-21T12:00:00.000Z – 2026-12-21T18:00:00.000Z'],
      midnight: '2026-12-20T23:00:00.000Z',
    });
    expect(dayOf(zurich, '2026-12-25')).toEqual({ open: [], midnight: '2026-12-24T23:00:00.000Z' });
    expect(dayOf(zurich, '2026-12-26')).toEqual({ open: [], midnight: '2026-12-25T23:00:00.000Z' });
    expect(dayOf(zurich, '2026-12-27')).toEqual({
      open: ['2026-12-26T23:00:00.000Z – 2026-12-27T23:00:00.000Z'],
      midnight: '2026-12-26T23:00:00.000Z',
    });
  });

  it('SUP-03 closure ranges cut intervals: inside, across a break, across the night, over an opening, up to a closing', () => {
    expect(dayOf(zurich, '2026-12-28').open).toEqual([
      '2026-12-28T05:00:00.000Z – 2026-12-28T07:00:00.000Z',
      '2026-12-28T08:00:00.000Z – 2026-12-28T09:00:00.000Z',
      '2026-12-28T13:00:00.000Z – 2026-12-28T17:30:00.000Z',
    ]);
    expect(dayOf(zurich, '2026-12-29').open).toEqual([
      '2026-12-29T06:00:00.000Z – 2026-12-29T11:00:00.000Z',
      '2026-12-29T12:00:00.000Z – 2026-12-29T18:00:00.000Z',
    ]);
    expect(dayOf(zurich, '2026-12-30').open).toEqual([
      '2026-12-30T05:30:00.000Z – 2026-12-30T11:00:00.000Z',
      '2026-12-30T12:00:00.000Z – 2026-12-30T18:00:00.000Z',
    ]);
    expect(dayOf(zurich, '2026-12-31').open).toEqual([
      '2026-12-31T05:00:00.000Z – 2026-12-31T10:00:00.000Z',
      '2026-12-31T12:00:00.000Z – 2026-12-31T18:00:00.000Z',
    ]);
    expect(dayOf(zurich, '2027-01-01').open).toEqual([
      '2027-01-01T05:00:00.000Z – 2027-01-01T11:00:00.000Z',
      '2027-01-01T12:00:00.000Z – 2027-01-01T18:00:00.000Z',
    ]);
    expect(dayOf(zurich, '2027-01-04').open).toEqual([
      '2027-01-04T06:00:00.000Z – 2027-01-04T11:00:00.000Z',
      '2027-01-04T12:00:00.000Z – 2027-01-04T18:00:00.000Z',
    ]);
    expect(dayOf(zurich, '2027-01-05').open).toEqual([
      '2027-01-05T05:00:00.000Z – 2027-01-05T07:00:00.000Z',
      '2027-01-05T10:00:00.000Z – 2027-01-05T11:00:00.000Z',
      '2027-01-05T12:00:00.000Z – 2027-01-05T18:00:00.000Z',
    ]);
  });

  it('SUP-03 a range that ends on a closing leaves no empty interval; one inside a break changes nothing', () => {
    expect(dayOf(zurich, '2027-01-06').open).toEqual([
      '2027-01-06T05:00:00.000Z – 2027-01-06T09:00:00.000Z',
      '2027-01-06T12:00:00.000Z – 2027-01-06T18:00:00.000Z',
    ]);
    expect(dayOf(zurich, '2027-01-07').open).toEqual([
      '2027-01-07T05:00:00.000Z – 2027-01-07T11:00:00.000Z',
      '2027-01-07T12:00:00.000Z – 2027-01-07T18:00:00.000Z',
    ]);
  });

  it('SUP-03 closure ranges given in any order', () => {
    const s = compiled(
      alwaysOpen('UTC', [
        { from: '2026-05-10T00:00:00Z', to: '2026-05-11T00:00:00Z' },
        { from: '2026-05-01T06:00:00Z', to: '2026-05-01T08:00:00Z' },
        { from: '2026-05-05T00:00:00Z', to: '2026-05-06T00:00:00Z' },
      ]),
    );
    expect(dayOf(s, '2026-05-01').open).toEqual([
      '2026-05-01T00:00:00.000Z – 2026-05-01T06:00:00.000Z',
      '2026-05-01T08:00:00.000Z – 2026-05-02T00:00:00.000Z',
    ]);
    expect(dayOf(s, '2026-05-05').open).toEqual([]);
    expect(dayOf(s, '2026-05-10').open).toEqual([]);
    expect(s.plainRun(dn('2026-05-02'), 100)).toEqual({ days: 0, retry: dn('2026-05-05') });
    expect(s.plainRun(dn('2026-05-05'), 100)).toEqual({ days: 0, retry: dn('2026-05-10') });
  });

  it('SUP-03 two intervals that meet across the spring gap are one opening', () => {
    const s = compiled(
      weeklySchedule({
        timeZone: 'Europe/Zurich',
        hours: {
          sun: [
            ['01:00', '02:30'],
            ['03:00', '04:00'],
          ],
        },
      }),
    );
    // 02:00–03:00 does not exist: the first ends at 02:00 CET, the instant the second starts (03:00 CEST).
    expect(dayOf(s, '2026-03-29').open).toEqual(['2026-03-29T00:00:00.000Z – 2026-03-29T02:00:00.000Z']);
    expect(dayOf(s, '2026-04-05').open).toEqual([
      '2026-04-04T23:00:00.000Z – 2026-04-05T00:30:00.000Z',
      '2026-04-05T01:00:00.000Z – 2026-04-05T02:00:00.000Z',
    ]);
  });

  it('SUP-03 DST days: 23 and 25 hours from midnight to midnight', () => {
    expect(dayOf(zurich, '2026-03-29')).toEqual({
      open: ['2026-03-28T23:00:00.000Z – 2026-03-29T22:00:00.000Z'],
      midnight: '2026-03-28T23:00:00.000Z',
    });
    expect(dayOf(zurich, '2026-10-25')).toEqual({
      open: ['2026-10-24T22:00:00.000Z – 2026-10-25T23:00:00.000Z'],
      midnight: '2026-10-24T22:00:00.000Z',
    });
    expect(zurich.midnight(dn('2026-10-26'))).toBe(Date.parse('2026-10-25T23:00:00Z'));
    expect(zurich.dayOf(Date.parse('2026-10-25T22:59:59.999Z'))).toBe(dn('2026-10-25'));
    expect(zurich.dayOf(Date.parse('2026-10-25T23:00:00Z'))).toBe(dn('2026-10-26'));
  });

  it('SUP-03 records are the same when asked again, also after days 4,096 days apart replaced them', () => {
    const first = dayOf(zurich, '2026-12-28');
    dayOf(zurich, '2038-03-07'); // 4,096 days later: the same cache slot
    expect(dayOf(zurich, '2026-12-28')).toEqual(first);
    expect(zurich.week.map((d) => d.length)).toEqual([2, 2, 2, 2, 2, 0, 1]);
    expect(zurich.weekOpenMs).toBe((5 * 12 + 24) * 3_600_000);
  });
});

describe('SUP-03 how far the walk may jump', () => {
  it('SUP-03 up to 3 days before the next offset change, or the maximum asked', () => {
    const zurich = compiled(alwaysOpen('Europe/Zurich'));
    const jan5 = dn('2026-01-05');
    expect(zurich.plainRun(jan5, 70)).toEqual({ days: 70, retry: jan5 + 71 });
    expect(zurich.plainRun(jan5, 80)).toEqual({ days: 80, retry: jan5 + 81 });
    expect(zurich.plainRun(jan5, 100)).toEqual({ days: dn('2026-03-29') - 3 - jan5, retry: dn('2026-03-29') + 4 });
    // The change is looked for up to 3 days after the run, so a run that would end just before it stops 3 days earlier.
    expect(zurich.plainRun(jan5, 82)).toEqual({ days: dn('2026-03-29') - 3 - jan5, retry: dn('2026-03-29') + 4 });
    expect(zurich.plainRun(dn('2026-03-27'), 100)).toEqual({ days: 0, retry: dn('2026-04-02') });
    expect(zurich.plainRun(dn('2026-04-01'), 100)).toEqual({ days: 0, retry: dn('2026-04-02') });
    expect(zurich.plainRun(dn('2026-04-02'), 100)).toEqual({ days: 100, retry: dn('2026-04-02') + 101 });
    expect(zurich.plainRun(jan5, 0)).toEqual({ days: 0, retry: jan5 + 1 });
    const utc = compiled(alwaysOpen('UTC'));
    expect(utc.plainRun(jan5, 3_653)).toEqual({ days: 3_653, retry: jan5 + 3_654 });
  });

  it('SUP-03 up to the next closed date, in whatever order the dates were given', () => {
    const c = compiled(
      alwaysOpen('UTC', ['2026-02-10', '2026-01-20', '2026-01-20', { from: '2026-03-01T12:00:00Z', to: '2026-03-05T00:00:00Z' }]),
    );
    expect(c.plainRun(dn('2026-01-05'), 200)).toEqual({ days: 15, retry: dn('2026-01-21') });
    expect(c.plainRun(dn('2026-01-05'), 15)).toEqual({ days: 15, retry: dn('2026-01-21') });
    expect(c.plainRun(dn('2026-01-05'), 14)).toEqual({ days: 14, retry: dn('2026-01-20') });
    expect(c.plainRun(dn('2026-01-20'), 200)).toEqual({ days: 0, retry: dn('2026-01-21') });
    expect(c.plainRun(dn('2026-01-21'), 200)).toEqual({ days: 20, retry: dn('2026-02-11') });
  });

  it('SUP-03 up to 3 days before the next closure range, retried 3 days after it', () => {
    const c = compiled(alwaysOpen('UTC', ['2026-02-10', '2026-01-20', { from: '2026-03-01T12:00:00Z', to: '2026-03-05T00:00:00Z' }]));
    expect(c.plainRun(dn('2026-02-11'), 200)).toEqual({ days: 15, retry: dn('2026-03-09') });
    expect(c.plainRun(dn('2026-02-11'), 16)).toEqual({ days: 15, retry: dn('2026-03-09') });
    expect(c.plainRun(dn('2026-02-11'), 15)).toEqual({ days: 15, retry: dn('2026-02-11') + 16 });
    expect(c.plainRun(dn('2026-03-01'), 200)).toEqual({ days: 0, retry: dn('2026-03-09') });
    expect(c.plainRun(dn('2026-03-07'), 200)).toEqual({ days: 0, retry: dn('2026-03-09') });
    expect(c.plainRun(dn('2026-03-08'), 200)).toEqual({ days: 200, retry: dn('2026-03-08') + 201 });
    expect(c.plainRun(dn('2026-03-09'), 200)).toEqual({ days: 200, retry: dn('2026-03-09') + 201 });
  });

  it('SUP-03 the nearest of a closed date, a closure range and an offset change wins', () => {
    const c = compiled(alwaysOpen('Europe/Zurich', ['2026-03-20', { from: '2026-03-10T00:00:00Z', to: '2026-03-11T00:00:00Z' }]));
    expect(c.plainRun(dn('2026-03-01'), 100)).toEqual({ days: 6, retry: dn('2026-03-15') });
    expect(c.plainRun(dn('2026-03-15'), 100)).toEqual({ days: 5, retry: dn('2026-03-21') });
    expect(c.plainRun(dn('2026-03-21'), 100)).toEqual({ days: 5, retry: dn('2026-04-02') });
  });

  it('SUP-03 closed stretches are crossed in one step, from the first day wholly inside the range', () => {
    const c = compiled(
      alwaysOpen('UTC', [
        { from: '2026-03-01T12:00:00Z', to: '2026-03-05T00:00:00Z' },
        { from: '2026-06-01T00:00:00Z', to: '2027-06-01T00:00:00Z' },
      ]),
    );
    expect(c.skipClosed(dn('2026-02-20'))).toBe(dn('2026-02-20'));
    expect(c.skipClosed(dn('2026-03-01'))).toBe(dn('2026-03-01'));
    expect(c.skipClosed(dn('2026-03-02'))).toBe(dn('2026-03-02'));
    expect(c.skipClosed(dn('2026-03-03'))).toBe(dn('2026-03-04'));
    expect(c.skipClosed(dn('2026-03-04'))).toBe(dn('2026-03-04'));
    expect(c.skipClosed(dn('2026-03-06'))).toBe(dn('2026-03-06'));
    expect(c.skipClosed(dn('2026-06-02'))).toBe(dn('2027-05-31'));
    expect(c.skipClosed(dn('2027-05-31'))).toBe(dn('2027-05-31'));
    expect(c.skipClosed(dn('2027-06-02'))).toBe(dn('2027-06-02'));
    expect(compiled(alwaysOpen('UTC')).skipClosed(dn('2026-03-03'))).toBe(dn('2026-03-03'));
  });
});

describe('SUP-03 a schedule as data', () => {
  it('SUP-03 toJSON keeps the open days and the closures (dates as given, ranges as UTC instants); everything is frozen', () => {
    const s = weeklySchedule({
      timeZone: 'europe/zurich',
      hours: { wed: [['09:05', '12:00']], mon: [['00:00', '24:00']], sat: [] },
      closures: [{ from: new Date('2026-12-31T12:00:00Z'), to: '2027-01-01T00:00:00+01:00' }, '2026-12-25'],
    });
    expect(s.toJSON()).toEqual({
      timeZone: 'Europe/Zurich',
      hours: { mon: [['00:00', '24:00']], wed: [['09:05', '12:00']] },
      closures: [{ from: '2026-12-31T12:00:00.000Z', to: '2026-12-31T23:00:00.000Z' }, '2026-12-25'],
    });
    expect(Object.keys(s.toJSON().hours)).toEqual(['mon', 'wed']);
    expect(s.hours).toEqual({ mon: [['00:00', '24:00']], tue: [], wed: [['09:05', '12:00']], thu: [], fri: [], sat: [], sun: [] });
    expect(
      Object.isFrozen(s.closures) && Object.isFrozen(s.closures[0]) && Object.isFrozen(s.hours.mon) && Object.isFrozen(s.hours.mon[0]),
    ).toBe(true);
    expect(Object.isFrozen(s.hours.tue)).toBe(true);
    expect(s.weeklyOpenHours).toBe(24 + 2 + 55 / 60);
    expect(alwaysOpen('UTC').toJSON()).toEqual({
      timeZone: 'UTC',
      hours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]])),
    });
  });
});
