/**
 * Issue 16, item 5: the calendar on unusual days, one test per case the minute-by-minute oracle
 * found (each fails on the code before the issue). An interval is the set of real instants whose
 * wall-clock reading lies in it (docs/calendar.md, "What an interval means on a transition day").
 */
import { describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  businessTimeBetween,
  isOpen,
  nextOpening,
  weeklySchedule,
  type OpeningInterval,
} from '../../src/calendar/index.js';
import { daily } from './fixtures.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const iso = (d: Date) => d.toISOString();
const phone: readonly OpeningInterval[] = [['06:00', '19:00']];
/** SUP-03's phone line (Monday–Friday 06:00–19:00) in another zone. */
const phoneLine = (timeZone: string) => weeklySchedule({ timeZone, hours: { mon: phone, tue: phone, wed: phone, thu: phone, fri: phone } });

describe('issue 16 item 5: zones whose clocks change at midnight', () => {
  it('SUP-03 Santiago, Sunday 2026-09-06 (00:00–01:00 does not exist): a 00:30 interval opens at 01:00, the end of the gap', () => {
    const s = weeklySchedule({ timeZone: 'America/Santiago', hours: daily([['00:30', '05:00']]) });
    // Saturday 23:00 −04:00 → the next opening is 01:00 −03:00, not 01:30.
    expect(iso(nextOpening('2026-09-06T03:00:00Z', s))).toBe('2026-09-06T04:00:00.000Z');
    expect(isOpen('2026-09-06T04:00:00Z', s)).toBe(true);
    expect(isOpen('2026-09-06T04:29:59Z', s)).toBe(true);
    // Open 01:00–05:00 that day: 4 hours (the other days 4.5 h).
    expect(businessTimeBetween('2026-09-06T03:00:00Z', '2026-09-07T03:00:00Z', s)).toBe(4 * HOUR);
    expect(iso(addBusinessTime('2026-09-06T03:00:00Z', { hours: 1 }, s))).toBe('2026-09-06T05:00:00.000Z');
  });

  it('SUP-03 Havana, Sunday 2026-03-08 (00:00–01:00 does not exist): a 00:30 interval opens at 01:00 CDT', () => {
    const s = weeklySchedule({ timeZone: 'America/Havana', hours: daily([['00:30', '05:00']]) });
    expect(iso(nextOpening('2026-03-08T04:00:00Z', s))).toBe('2026-03-08T05:00:00.000Z'); // 01:00 CDT
    expect(isOpen('2026-03-08T05:15:00Z', s)).toBe(true);
    expect(businessTimeBetween('2026-03-08T04:00:00Z', '2026-03-09T04:00:00Z', s)).toBe(4 * HOUR);
  });
});

describe('issue 16 item 5: a fall-back hour outside the open interval', () => {
  // St. John's fell back from Sunday 00:01 NDT to Saturday 23:01 NST on 2010-11-07 (at 02:31Z):
  // the clock read Sunday for one minute, then Saturday 23:01–24:00 a second time.
  const sunday = weeklySchedule({ timeZone: 'America/St_Johns', hours: { sun: [['00:00', '06:00']] } });

  it("SUP-03 St. John's 2010-11-07: the repeated Saturday hour is not part of Sunday 00:00–06:00", () => {
    expect(isOpen('2010-11-07T02:30:00Z', sunday)).toBe(true); // Sunday 00:00 NDT
    expect(isOpen('2010-11-07T02:31:00Z', sunday)).toBe(false); // Saturday 23:01 NST again
    expect(isOpen('2010-11-07T03:29:59Z', sunday)).toBe(false);
    expect(isOpen('2010-11-07T03:30:00Z', sunday)).toBe(true); // Sunday 00:00 NST
    // One minute of Sunday NDT and six hours of Sunday NST, not seven hours.
    expect(businessTimeBetween('2010-11-06T12:00:00Z', '2010-11-08T12:00:00Z', sunday)).toBe(6 * HOUR + MINUTE);
    expect(iso(nextOpening('2010-11-07T02:31:00Z', sunday))).toBe('2010-11-07T03:30:00.000Z');
    expect(iso(addBusinessTime('2010-11-07T02:30:00Z', { minutes: 2 }, sunday))).toBe('2010-11-07T03:31:00.000Z');
  });

  it("SUP-03 St. John's 2010-11-07: a Saturday open to 24:00 is open again while the clock reads Saturday 23:01–24:00", () => {
    const saturday = weeklySchedule({ timeZone: 'America/St_Johns', hours: { sat: [['22:00', '24:00']] } });
    expect(isOpen('2010-11-07T02:30:00Z', saturday)).toBe(false); // Sunday 00:00 NDT
    expect(isOpen('2010-11-07T02:31:00Z', saturday)).toBe(true); // Saturday 23:01 NST
    // 22:00–24:00 NDT, then 23:01–24:00 NST: 2 h 59 min.
    expect(businessTimeBetween('2010-11-06T12:00:00Z', '2010-11-08T12:00:00Z', saturday)).toBe(3 * HOUR - MINUTE);
  });
});

describe('issue 16 item 5: days a zone skipped have no business hours', () => {
  it("SUP-03 Apia skipped Friday 2011-12-30: the phone line's week has 65 hours (Monday–Thursday and the next Monday), not 78", () => {
    const s = phoneLine('Pacific/Apia');
    // Monday 2011-12-26 00:00 −10:00 plus 7 × 24 hours, i.e. up to Tuesday 2012-01-03 00:00 +14:00.
    expect(businessTimeBetween('2011-12-26T00:00:00-10:00', '2012-01-02T00:00:00-10:00', s)).toBe(65 * HOUR);
    expect(isOpen('2011-12-31T10:00:00+14:00', s)).toBe(false); // Saturday
    // Thursday 18:00 + 2 h: one hour on Thursday, then Monday 2012-01-02 06:00 + 1 h.
    expect(iso(addBusinessTime('2011-12-29T18:00:00-10:00', { hours: 2 }, s))).toBe('2012-01-01T17:00:00.000Z');
    expect(iso(nextOpening('2011-12-29T19:00:00-10:00', s))).toBe('2012-01-01T16:00:00.000Z'); // Monday 06:00 +14:00
  });

  it('SUP-03 Apia, 9.5-hour weekdays (08:30–18:00): 47.5 hours that week, not 57', () => {
    const day: readonly OpeningInterval[] = [['08:30', '18:00']];
    const s = weeklySchedule({ timeZone: 'Pacific/Apia', hours: { mon: day, tue: day, wed: day, thu: day, fri: day } });
    expect(businessTimeBetween('2011-12-26T00:00:00-10:00', '2012-01-02T00:00:00-10:00', s)).toBe(47.5 * HOUR);
  });

  it('SUP-03 Kwajalein skipped Saturday 1993-08-21: its hours do not appear on the Sunday', () => {
    const s = weeklySchedule({ timeZone: 'Pacific/Kwajalein', hours: { sat: [['09:00', '17:00']] } });
    expect(isOpen('1993-08-22T10:00:00+12:00', s)).toBe(false); // Sunday
    expect(businessTimeBetween('1993-08-16T00:00:00-12:00', '1993-08-24T00:00:00+12:00', s)).toBe(0);
    // The next opening after Friday is the following Saturday, 1993-08-28 09:00 +12:00.
    expect(iso(nextOpening('1993-08-20T12:00:00-12:00', s))).toBe('1993-08-27T21:00:00.000Z');
    expect(iso(addBusinessTime('1993-08-20T12:00:00-12:00', { hours: 1 }, s))).toBe('1993-08-27T22:00:00.000Z');
  });
});
