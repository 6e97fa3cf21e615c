import { describe, it, expect } from 'vitest';
import {
  addBusinessTime,
  businessTimeBetween,
  isClosingInstant,
  isOpen,
  nextOpening,
  weeklySchedule,
  alwaysOpen,
} from '../../src/calendar/index.js';
import { HOUR, emailHours, iso, phoneHours } from './fixtures.js';

describe('addBusinessTime', () => {
  it('SUP-03 e-mail: 4 h from Saturday 2026-10-24 22:00 Zurich ends Sunday 09:00 CET, across the end of DST', () => {
    const deadline = addBusinessTime('2026-10-24T22:00:00+02:00', { hours: 4 }, emailHours);
    expect(iso(deadline)).toBe('2026-10-25T08:00:00.000Z');
    expect(businessTimeBetween('2026-10-24T20:00:00Z', deadline, emailHours)).toBe(4 * HOUR);
  });

  it('SUP-03 phone: 4 h from Friday 2026-03-27 17:00 Zurich ends Monday 08:00 CEST, across the start of DST', () => {
    const deadline = addBusinessTime('2026-03-27T17:00:00+01:00', { hours: 4 }, phoneHours);
    expect(iso(deadline)).toBe('2026-03-30T06:00:00.000Z');
  });

  it('SUP-03 a request received while closed starts at the next opening', () => {
    // Sunday 12:00 on the phone line: Monday 06:00 + 2 h = 08:00 CET.
    expect(iso(addBusinessTime('2026-11-22T11:00:00Z', { hours: 2 }, phoneHours))).toBe('2026-11-23T07:00:00.000Z');
  });

  it('SUP-03 a deadline that lands on the closing time is the closing instant, not the next opening', () => {
    // Friday 15:00 CET + 4 h = Friday 19:00 CET.
    const deadline = addBusinessTime('2026-11-27T14:00:00Z', { hours: 4 }, phoneHours);
    expect(iso(deadline)).toBe('2026-11-27T18:00:00.000Z');
    expect(isClosingInstant(deadline, phoneHours)).toBe(true);
  });

  it('keeps seconds and milliseconds', () => {
    const end = addBusinessTime('2026-11-23T07:00:00.250Z', { minutes: 1, seconds: 30, milliseconds: 5 }, phoneHours);
    expect(iso(end)).toBe('2026-11-23T07:01:30.255Z');
  });

  it('a zero duration returns the start itself, even while closed', () => {
    expect(iso(addBusinessTime('2026-11-22T11:00:00Z', {}, phoneHours))).toBe('2026-11-22T11:00:00.000Z');
  });

  it('jumps whole weeks: 400 business hours on the phone line', () => {
    const start = '2026-11-23T05:00:00Z'; // Monday 06:00 CET
    const end = addBusinessTime(start, { hours: 400 }, phoneHours);
    // 400 h = 6 weeks of 65 h (390 h) + 10 h: Monday 2027-01-04 16:00 CET.
    expect(iso(end)).toBe('2027-01-04T15:00:00.000Z');
    expect(businessTimeBetween(start, end, phoneHours)).toBe(400 * HOUR);
  });

  it('counts the real length of DST weeks when jumping over them (24/7 schedule)', () => {
    const always = alwaysOpen('Europe/Zurich');
    // 52 weeks of open time from 2026-01-01 is 52 × 168 h of elapsed time: DST changes do not
    // add or remove business time on a 24/7 schedule.
    const end = addBusinessTime('2026-01-01T00:00:00Z', { hours: 52 * 168 }, always);
    expect(iso(end)).toBe(new Date(Date.UTC(2026, 0, 1) + 52 * 168 * HOUR).toISOString());
    // On a wall-clock schedule, the spring week has one hour less: 00:00–24:00 every day is 167 h.
    const springWeek = businessTimeBetween('2026-03-23T00:00:00+01:00', '2026-03-30T00:00:00+02:00', always);
    expect(springWeek).toBe(167 * HOUR);
  });
});

describe('the end of the ISO range', () => {
  it('a result after the year 9999 is NO_OPENING, not an instant nobody can pass back', () => {
    expect(() => addBusinessTime('9999-12-31T12:00:00Z', { hours: 100 }, phoneHours)).toThrow(
      expect.objectContaining({ code: 'NO_OPENING' }),
    );
    expect(() => nextOpening('9999-12-31T20:00:00Z', phoneHours)).toThrow(expect.objectContaining({ code: 'NO_OPENING' }));
    // Zurich kept local mean time (+00:34:08) until 1894: whole milliseconds all the same.
    expect(iso(nextOpening('0001-01-01T00:00:00Z', phoneHours))).toBe('0001-01-01T05:25:52.000Z');
    expect(iso(addBusinessTime('0001-01-01T06:00:00Z', { hours: 1 }, phoneHours))).toBe('0001-01-01T07:00:00.000Z');
  });
});

describe('bounded work', () => {
  it('SUP-03 a target more than 100 years away is NO_OPENING, found without walking there', () => {
    const oneMinuteAWeek = weeklySchedule({ timeZone: 'Europe/Zurich', hours: { wed: [['10:00', '10:01']] } });
    // 80 h at one minute a week is 92 years away: reached.
    expect(iso(addBusinessTime('2026-01-01T00:00:00Z', { hours: 80 }, oneMinuteAWeek))).toBe('2117-12-29T09:01:00.000Z');
    // 2,000 h would be 2,300 years away.
    expect(() => addBusinessTime('2026-01-01T00:00:00Z', { hours: 2_000 }, oneMinuteAWeek)).toThrow(
      expect.objectContaining({ code: 'NO_OPENING', rule: 'SUP-03' }),
    );
  });

  it('businessTimeBetween refuses instants more than 100 years apart', () => {
    expect(() => businessTimeBetween('2026-01-01T00:00:00Z', '2127-01-01T00:00:00Z', phoneHours)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('to: must be within 100 years') }),
    );
    expect(businessTimeBetween('2026-01-01T00:00:00Z', '2125-01-01T00:00:00Z', phoneHours)).toBeGreaterThan(0);
  });
});

describe('businessTimeBetween', () => {
  it('SUP-03 counts only the phone line hours between Friday 17:00 and Monday 08:00 across the start of DST', () => {
    expect(businessTimeBetween('2026-03-27T16:00:00Z', '2026-03-30T06:00:00Z', phoneHours)).toBe(4 * HOUR);
  });

  it('is negative when the end is before the start', () => {
    expect(businessTimeBetween('2026-03-30T06:00:00Z', '2026-03-27T16:00:00Z', phoneHours)).toBe(-4 * HOUR);
  });

  it('counts a year with its DST days and without the closed weekends', () => {
    // 2026 has 261 weekdays (Mon–Fri) of 13 h each.
    expect(businessTimeBetween('2026-01-01T00:00:00+01:00', '2027-01-01T00:00:00+01:00', phoneHours)).toBe(261 * 13 * HOUR);
  });
});

describe('isOpen and nextOpening', () => {
  it('SUP-03 the phone line is open Friday 18:59:59 and closed at 19:00', () => {
    expect(isOpen('2026-03-27T17:59:59Z', phoneHours)).toBe(true);
    expect(isOpen('2026-03-27T18:00:00Z', phoneHours)).toBe(false);
    expect(isOpen('2026-03-30T04:00:00Z', phoneHours)).toBe(true); // Monday 06:00 CEST
  });

  it('nextOpening returns the instant itself when open, else the next opening', () => {
    expect(iso(nextOpening('2026-03-27T12:00:00Z', phoneHours))).toBe('2026-03-27T12:00:00.000Z');
    expect(iso(nextOpening('2026-03-27T18:30:00Z', phoneHours))).toBe('2026-03-30T04:00:00.000Z');
  });
});

describe('DST days (an interval is open while the wall clock reads a time inside it; issue 16)', () => {
  const earlySunday = weeklySchedule({ timeZone: 'Europe/Zurich', hours: { sun: [['02:30', '06:00']] } });

  // Before issue 16 the interval ran from its start converted with the compatible rule (03:30
  // CEST, 2.5 h) and, in autumn, from the first 02:30 straight through the repeated 02:00–02:30
  // (4.5 h); the minute-by-minute oracle (dstOracle.test.ts) counts what the clock reads.
  it('spring gap: 02:00–03:00 does not exist on 2026-03-29, so 02:30–06:00 opens at the end of the gap, 03:00 CEST', () => {
    expect(iso(nextOpening('2026-03-28T23:00:00Z', earlySunday))).toBe('2026-03-29T01:00:00.000Z');
    expect(isOpen('2026-03-29T00:59:59Z', earlySunday)).toBe(false); // 01:59:59 CET
    expect(isOpen('2026-03-29T01:00:00Z', earlySunday)).toBe(true); // 03:00 CEST
    expect(businessTimeBetween('2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z', earlySunday)).toBe(3 * HOUR);
  });

  it('autumn overlap: 02:00–03:00 happens twice on 2026-10-25, so 02:30–06:00 is open 02:30–03:00 CEST and 02:30–06:00 CET', () => {
    expect(iso(nextOpening('2026-10-24T22:00:00Z', earlySunday))).toBe('2026-10-25T00:30:00.000Z'); // the first 02:30
    expect(isOpen('2026-10-25T01:15:00Z', earlySunday)).toBe(false); // 02:15 CET, read a second time
    expect(iso(nextOpening('2026-10-25T01:15:00Z', earlySunday))).toBe('2026-10-25T01:30:00.000Z'); // the second 02:30
    // Half an hour (CEST), then 3.5 hours (CET): 4 hours.
    expect(businessTimeBetween('2026-10-24T00:00:00Z', '2026-10-26T00:00:00Z', earlySunday)).toBe(4 * HOUR);
    expect(iso(addBusinessTime('2026-10-24T22:00:00Z', { hours: 4 }, earlySunday))).toBe('2026-10-25T05:00:00.000Z');
  });

  it('an interval entirely inside the spring gap is not open that day', () => {
    const gapOnly = weeklySchedule({ timeZone: 'Europe/Zurich', hours: { sun: [['02:00', '03:00']] } });
    expect(businessTimeBetween('2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00', gapOnly)).toBe(0);
    expect(iso(nextOpening('2026-03-28T12:00:00Z', gapOnly))).toBe('2026-04-05T00:00:00.000Z'); // next Sunday 02:00 CEST
  });

  it('looks up the offset for each day crossed (New York, one week later than Europe)', () => {
    const ny = weeklySchedule({ timeZone: 'America/New_York', hours: { fri: [['09:00', '17:00']], mon: [['09:00', '17:00']] } });
    // Friday 2026-03-06 16:00 EST + 2 h = Monday 2026-03-09 10:00 EDT (DST began Sunday 03-08).
    expect(iso(addBusinessTime('2026-03-06T21:00:00Z', { hours: 2 }, ny))).toBe('2026-03-09T14:00:00.000Z');
  });
});

describe('24:00 and shifts across midnight', () => {
  it('an interval ending at 24:00 runs to the next midnight', () => {
    const late = weeklySchedule({ timeZone: 'Europe/Zurich', hours: { mon: [['18:00', '24:00']] } });
    expect(iso(addBusinessTime('2026-11-23T17:00:00Z', { hours: 6 }, late))).toBe('2026-11-23T23:00:00.000Z');
    expect(isOpen('2026-11-23T22:59:59.999Z', late)).toBe(true);
    expect(isOpen('2026-11-23T23:00:00Z', late)).toBe(false);
  });

  it('a night shift given as two intervals is one continuous opening', () => {
    const night = weeklySchedule({ timeZone: 'Europe/Zurich', hours: { mon: [['22:00', '24:00']], tue: [['00:00', '06:00']] } });
    // Monday 23:00 CET + 3 h = Tuesday 02:00 CET, and midnight is open, not a closing instant.
    expect(iso(addBusinessTime('2026-11-23T22:00:00Z', { hours: 3 }, night))).toBe('2026-11-24T01:00:00.000Z');
    expect(isOpen('2026-11-23T23:00:00Z', night)).toBe(true);
    expect(isClosingInstant('2026-11-23T23:00:00Z', night)).toBe(false);
  });
});

describe('closures', () => {
  it('a closure of two years is crossed in one step', () => {
    const sabbatical = weeklySchedule({
      timeZone: 'Europe/Zurich',
      hours: { mon: [['06:00', '19:00']] },
      closures: [{ from: '2026-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' }],
    });
    // Monday 2028-01-03 06:00 CET + 1 h.
    expect(iso(addBusinessTime('2026-03-27T16:00:00Z', { hours: 1 }, sabbatical))).toBe('2028-01-03T06:00:00.000Z');
    expect(businessTimeBetween('2026-01-01T00:00:00Z', '2028-01-04T00:00:00Z', sabbatical)).toBe(13 * HOUR);
  });

  const p = [['06:00', '19:00']] as const;
  const withHolidays = weeklySchedule({
    timeZone: 'Europe/Zurich',
    hours: { mon: p, tue: p, wed: p, thu: p, fri: p },
    closures: ['2026-12-25', { from: '2026-12-28T12:00:00+01:00', to: '2026-12-28T14:00:00+01:00' }],
  });

  it('SUP-03 a closed date (Christmas, a Friday) is skipped', () => {
    // Thursday 2026-12-24 17:00 CET + 4 h: 2 h on Thursday, Friday closed, Monday 06:00 + 2 h.
    expect(iso(addBusinessTime('2026-12-24T16:00:00Z', { hours: 4 }, withHolidays))).toBe('2026-12-28T07:00:00.000Z');
  });

  it('an instant range closes part of a day', () => {
    // Monday 11:00 CET + 2 h: 11:00–12:00, closed 12:00–14:00, then 14:00–15:00.
    expect(iso(addBusinessTime('2026-12-28T10:00:00Z', { hours: 2 }, withHolidays))).toBe('2026-12-28T14:00:00.000Z');
    expect(isOpen('2026-12-28T12:00:00Z', withHolidays)).toBe(false);
  });

  it('closures inside a long duration are not jumped over', () => {
    const start = '2026-11-23T05:00:00Z';
    const plain = addBusinessTime(start, { hours: 200 }, phoneHours);
    const closed = addBusinessTime(start, { hours: 200 }, withHolidays);
    // Christmas (13 h) and the 2 h range are after the plain result; check a longer duration.
    expect(closed.getTime()).toBe(plain.getTime());
    const longPlain = addBusinessTime(start, { hours: 400 }, phoneHours);
    const longClosed = addBusinessTime(start, { hours: 400 }, withHolidays);
    expect(businessTimeBetween(longPlain, longClosed, phoneHours)).toBe(15 * HOUR);
  });

  it('SUP-03 closures covering everything beyond the 10-year horizon raise NO_OPENING, never hang', () => {
    const shut = weeklySchedule({
      timeZone: 'Europe/Zurich',
      hours: { mon: [['06:00', '19:00']] },
      closures: [{ from: '2026-01-01T00:00:00Z', to: '2040-01-01T00:00:00Z' }],
    });
    expect(() => addBusinessTime('2026-03-27T16:00:00Z', { hours: 1 }, shut)).toThrow(
      expect.objectContaining({ code: 'NO_OPENING', rule: 'SUP-03' }),
    );
    expect(() => nextOpening('2026-03-27T16:00:00Z', shut)).toThrow(expect.objectContaining({ code: 'NO_OPENING' }));
    const longShut = weeklySchedule({
      timeZone: 'UTC',
      hours: { mon: [['06:00', '19:00']], tue: [['06:00', '19:00']] },
      closures: [{ from: '2026-01-01T00:00:00Z', to: '2038-01-05T00:00:00Z' }],
    });
    expect(() => addBusinessTime('2026-03-27T16:00:00Z', { hours: 1 }, longShut)).toThrow(expect.objectContaining({ code: 'NO_OPENING' }));
    // The schedule opens again after the closure when the horizon is long enough.
    expect(iso(nextOpening('2035-06-01T00:00:00Z', shut))).toBe('2040-01-02T05:00:00.000Z'); // Monday
  });
});
