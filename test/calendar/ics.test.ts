import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closuresFromIcs, ICS_LIMITS, weeklySchedule, isOpen } from '../../src/calendar/index.js';
import { HostPolicyError } from '../../src/errors.js';
import { expectInvalid, expectPolicyError } from '../helpers/expectError.js';

const cal = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR'].join('\r\n');
const event = (...lines: string[]) => ['BEGIN:VEVENT', 'UID:x@test', ...lines, 'END:VEVENT'];
const zurich = { zone: 'Europe/Zurich' };

describe('closuresFromIcs', () => {
  it('reads all-day events as dates (DTEND exclusive) and timed events as instant ranges', () => {
    const text = cal(
      ...event('DTSTART;VALUE=DATE:20261225', 'DTEND;VALUE=DATE:20261227', 'SUMMARY:Weihnachten'),
      ...event('DTSTART;VALUE=DATE:20260801'),
      ...event('DTSTART;TZID=Europe/Zurich:20260914T120000', 'DTEND;TZID=Europe/Zurich:20260914T230000', 'SUMMARY:Knabenschiessen'),
      ...event('DTSTART:20261231T110000Z', 'DURATION:PT2H30M'),
      ...event('DTSTART:20260101T080000', 'DTEND:20260101T090000'), // floating: read in options.zone
    );
    expect(closuresFromIcs(text, zurich)).toEqual([
      '2026-08-01',
      '2026-12-25',
      '2026-12-26',
      { from: '2026-01-01T07:00:00.000Z', to: '2026-01-01T08:00:00.000Z' },
      { from: '2026-09-14T10:00:00.000Z', to: '2026-09-14T21:00:00.000Z' },
      { from: '2026-12-31T11:00:00.000Z', to: '2026-12-31T13:30:00.000Z' },
    ]);
    expect(closuresFromIcs(cal(...event('DTSTART:20260101T080000', 'DTEND:20260101T090000')), { zone: 'America/New_York' })).toEqual([
      { from: '2026-01-01T13:00:00.000Z', to: '2026-01-01T14:00:00.000Z' },
    ]);
  });

  it('expands RRULE:FREQ=YEARLY with COUNT, UNTIL, INTERVAL and EXDATE; 29 February only in leap years', () => {
    expect(closuresFromIcs(cal(...event('DTSTART;VALUE=DATE:20260801', 'RRULE:FREQ=YEARLY;COUNT=3')), zurich)).toEqual([
      '2026-08-01',
      '2027-08-01',
      '2028-08-01',
    ]);
    expect(closuresFromIcs(cal(...event('DTSTART;VALUE=DATE:20260801', 'RRULE:FREQ=YEARLY;UNTIL=20280801')), zurich)).toEqual([
      '2026-08-01',
      '2027-08-01',
      '2028-08-01',
    ]);
    expect(closuresFromIcs(cal(...event('DTSTART;VALUE=DATE:20260801', 'RRULE:FREQ=YEARLY;INTERVAL=2;COUNT=2')), zurich)).toEqual([
      '2026-08-01',
      '2028-08-01',
    ]);
    expect(closuresFromIcs(cal(...event('DTSTART;VALUE=DATE:20240229', 'RRULE:FREQ=YEARLY;COUNT=2')), zurich)).toEqual([
      '2024-02-29',
      '2028-02-29',
    ]);
    expect(
      closuresFromIcs(cal(...event('DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=YEARLY;COUNT=3', 'EXDATE;VALUE=DATE:20270101')), zurich),
    ).toEqual(['2026-01-01', '2028-01-01']);
    // Timed and yearly: the same wall-clock time each year, whatever the offset.
    expect(
      closuresFromIcs(
        cal(
          ...event('DTSTART;TZID=Europe/Zurich:20260624T120000', 'DTEND;TZID=Europe/Zurich:20260624T130000', 'RRULE:FREQ=YEARLY;COUNT=2'),
        ),
        zurich,
      ),
    ).toEqual([
      { from: '2026-06-24T10:00:00.000Z', to: '2026-06-24T11:00:00.000Z' },
      { from: '2027-06-24T10:00:00.000Z', to: '2027-06-24T11:00:00.000Z' },
    ]);
    // An endless rule needs options.until.
    expect(closuresFromIcs(cal(...event('DTSTART;VALUE=DATE:20260801', 'RRULE:FREQ=YEARLY')), { ...zurich, until: '2028-12-31' })).toEqual([
      '2026-08-01',
      '2027-08-01',
      '2028-08-01',
    ]);
    expectPolicyError(() => closuresFromIcs(cal(...event('DTSTART;VALUE=DATE:20260801', 'RRULE:FREQ=YEARLY')), zurich), 'INVALID_ICS');
  });

  it('unfolds continuation lines, skips cancelled events, other components and unknown properties; LF, CRLF and lower case', () => {
    const folded = [
      'BEGIN:VCALENDAR',
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Zurich',
      'BEGIN:STANDARD',
      'DTSTART:19701025T030000',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'DTSTART;TZID=Europe/Zu',
      ' rich:20261224T1',
      '\t20000',
      'DTEND;TZID="Europe/Zurich":20261224T180000',
      'X-CUSTOM;X-P="a:b;c":v',
      'BEGIN:VALARM',
      'TRIGGER:-PT15M',
      'DTSTART:20200101T000000Z',
      'END:VALARM',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20261231',
      'STATUS:CANCELLED',
      'END:VEVENT',
      'begin:vevent',
      'dtstart;value=date:20260101',
      'end:vevent',
      'END:VCALENDAR',
      '',
    ].join('\n');
    expect(closuresFromIcs(folded, zurich)).toEqual(['2026-01-01', { from: '2026-12-24T11:00:00.000Z', to: '2026-12-24T17:00:00.000Z' }]);
  });

  it('DST: a missing wall time moves forward by the gap, a repeated one takes the earlier instant', () => {
    const text = cal(
      ...event('DTSTART;TZID=Europe/Zurich:20260329T023000', 'DURATION:PT1H'),
      ...event('DTSTART;TZID=Europe/Zurich:20261025T023000', 'DURATION:PT1H'),
    );
    expect(closuresFromIcs(text, zurich)).toEqual([
      { from: '2026-03-29T01:30:00.000Z', to: '2026-03-29T02:30:00.000Z' },
      { from: '2026-10-25T00:30:00.000Z', to: '2026-10-25T01:30:00.000Z' },
    ]);
  });

  it('the result is what weeklySchedule takes as closures', () => {
    const closures = closuresFromIcs(
      cal(
        ...event('DTSTART;VALUE=DATE:20261225'),
        ...event('DTSTART;TZID=Europe/Zurich:20261224T120000', 'DTEND;TZID=Europe/Zurich:20261225T000000'),
      ),
      zurich,
    );
    const s = weeklySchedule({ timeZone: 'Europe/Zurich', hours: { thu: [['06:00', '23:00']], fri: [['06:00', '23:00']] }, closures });
    expect([isOpen('2026-12-24T10:00:00Z', s), isOpen('2026-12-24T11:00:00Z', s), isOpen('2026-12-25T10:00:00Z', s)]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('bad files are refused with the line number', () => {
    const line = (text: string) => expectPolicyError(() => closuresFromIcs(text, zurich), 'INVALID_ICS').details?.line;
    expect(line('BEGIN:VEVENT\r\nEND:VEVENT')).toBe(1);
    expect(line(cal(...event('DTSTART:2026')))).toBe(6);
    expect(expectPolicyError(() => closuresFromIcs(cal(...event('DTSTART:2026')), zurich), 'INVALID_ICS').message).toMatch(
      /^ICS line 6: DTSTART '2026'/,
    );
    expect(line(cal(...event('DTSTART;TZID=Mars/Olympus:20260101T000000', 'DURATION:PT1H')))).toBe(6);
    expect(line(cal(...event('DTSTART;VALUE=DATE:20261225', 'DTEND;VALUE=DATE:20261224')))).toBe(7);
    expect(line(cal(...event('DTSTART;VALUE=DATE:20261225', 'RRULE:FREQ=WEEKLY;COUNT=2')))).toBe(7);
    expect(line(cal(...event('DTSTART;VALUE=DATE:20261225', 'RRULE:FREQ=YEARLY;BYDAY=MO')))).toBe(7);
    expect(line(cal(...event('SUMMARY:no start')))).toBe(7);
    expect(line(cal('BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20261225', 'END:VTODO'))).toBe(6);
    expect(line(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20261225', 'END:VEVENT'].join('\n'))).toBe(4);
    expect(line(`${cal()}\r\nBEGIN:VEVENT`)).toBe(5);
    expect(line(cal('no colon here'))).toBe(4);
    expect(line(cal(...event('DTSTART;VALUE=DATE:20261225', 'DTSTART;VALUE=DATE:20261226')))).toBe(7);
    expect(line(cal(...event('DTSTART:20260101T000000Z', 'DURATION:-PT1H')))).toBe(7);
    expect(line(cal(...event('DTSTART:20260101T000000Z', 'DTEND;VALUE=DATE:20260102')))).toBe(7);
    expect(line(' continuation\r\nBEGIN:VCALENDAR')).toBe(1);
  });

  it('refuses a rule part given twice (RFC 5545: each at most once), naming the line and the part, whatever the case', () => {
    for (const rule of [
      'RRULE:FREQ=YEARLY;COUNT=2;COUNT=5',
      'RRULE:FREQ=YEARLY;COUNT=5;COUNT=5',
      'RRULE:FREQ=YEARLY;INTERVAL=2;interval=1;COUNT=3',
      'RRULE:FREQ=YEARLY;UNTIL=20281231;UNTIL=20301231',
      'RRULE:FREQ=YEARLY;FREQ=YEARLY;COUNT=2',
      'RRULE:FREQ=YEARLY;COUNT=2;WKST=MO;WKST=SU',
    ]) {
      const error = expectPolicyError(() => closuresFromIcs(cal(...event('DTSTART;VALUE=DATE:20260801', rule)), zurich), 'INVALID_ICS');
      expect(error.details?.line, rule).toBe(7);
      expect(error.message, rule).toMatch(/^ICS line 7: RRULE part [A-Z]+ is given twice/);
    }
    expect(closuresFromIcs(cal(...event('DTSTART;VALUE=DATE:20260801', 'RRULE:FREQ=YEARLY;COUNT=2')), zurich)).toEqual([
      '2026-08-01',
      '2027-08-01',
    ]);
  });

  it('caps the size, the line count and the line length before parsing, and the closures produced', () => {
    expectPolicyError(() => closuresFromIcs('x'.repeat(ICS_LIMITS.maxChars + 1), zurich), 'ICS_TOO_LARGE');
    expectPolicyError(() => closuresFromIcs('\n'.repeat(ICS_LIMITS.maxLines + 1), zurich), 'ICS_TOO_LARGE');
    expectPolicyError(() => closuresFromIcs(cal(`X-LONG:${'a'.repeat(ICS_LIMITS.maxLineChars)}`), zurich), 'ICS_TOO_LARGE');
    expectPolicyError(
      () => closuresFromIcs(cal(...event('DTSTART;VALUE=DATE:20260101', 'DTEND;VALUE=DATE:21260101')), zurich),
      'ICS_TOO_LARGE',
    );
    // Duplicates count, and so do the years a 29 February rule skips: both are bounded work.
    const same = Array.from({ length: 3 }, () => event('DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=YEARLY;UNTIL=99991231')).flat();
    expectPolicyError(() => closuresFromIcs(cal(...same), zurich), 'ICS_TOO_LARGE');
    const leap = Array.from({ length: 30 }, () => event('DTSTART;VALUE=DATE:20240229', 'RRULE:FREQ=YEARLY;COUNT=1000')).flat();
    expectPolicyError(() => closuresFromIcs(cal(...leap), zurich), 'ICS_TOO_LARGE');
    expectInvalid(() => closuresFromIcs(42 as never, zurich));
    expectInvalid(() => closuresFromIcs(cal(), { zone: 'Mars/Olympus' }));
    expect(expectInvalid(() => closuresFromIcs(cal(), { zone: 'Europe/Zurich', tz: 'x' } as never)).message).toMatch(/unknown key 'tz'/);
    expectInvalid(() => closuresFromIcs(cal(), { zone: 'Europe/Zurich', until: '2026-02-30' }));
    expectInvalid(() => closuresFromIcs(cal(), null as never));
  });

  it('property: any text gives closures or a HostPolicyError, never anything else', () => {
    const pieces = fc.constantFrom(
      'BEGIN:VCALENDAR',
      'END:VCALENDAR',
      'BEGIN:VEVENT',
      'END:VEVENT',
      'DTSTART;VALUE=DATE:20260101',
      'DTSTART:20260101T000000Z',
      'DTEND:20260101T010000Z',
      'DURATION:P1D',
      'RRULE:FREQ=YEARLY;COUNT=5',
      'EXDATE:20270101T000000Z',
      ' folded',
      'X;Y="',
      ':',
      '',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 30 })), { maxLength: 30 }), (lines) => {
        try {
          const out = closuresFromIcs(lines.join('\r\n'), zurich);
          expect(Array.isArray(out)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(HostPolicyError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('closuresFromIcs: odd but valid files, and a nested VEVENT (red team 2, finding 12)', () => {
  const line = (text: string) => expectPolicyError(() => closuresFromIcs(text, zurich), 'INVALID_ICS').details?.line;

  it('a UTF-8 byte order mark at the start (what readFileSync(path, "utf8") leaves) is read past; line numbers stay', () => {
    const text = cal(...event('DTSTART;VALUE=DATE:20260801'));
    expect(closuresFromIcs(`\uFEFF${text}`, zurich)).toEqual(['2026-08-01']);
    expect(line(`\uFEFF${cal(...event('DTSTART:2026'))}`)).toBe(6);
    // Only at the very start: a mark inside the text is not a property name.
    expect(line(text.replace('BEGIN:VEVENT', '\uFEFFBEGIN:VEVENT'))).toBe(4);
  });

  it('an event whose DTEND equals its DTSTART takes no time (RFC 5545 §3.6.1): it closes nothing, the file is read', () => {
    const text = cal(
      ...event('DTSTART;VALUE=DATE:20260801'),
      ...event('DTSTART:20260914T130000Z', 'DTEND:20260914T130000Z'),
      // The same instant written in two ways.
      ...event('DTSTART;TZID=Europe/Zurich:20260914T150000', 'DTEND:20260914T130000Z'),
      ...event('DTSTART;VALUE=DATE:20261225', 'DTEND;VALUE=DATE:20261225'),
      ...event('DTSTART:20261231T110000Z', 'DTEND:20261231T110000Z', 'RRULE:FREQ=YEARLY;COUNT=3'),
    );
    expect(closuresFromIcs(text, zurich)).toEqual(['2026-08-01']);
    // An end before the start is still refused, naming the DTEND line.
    expect(line(cal(...event('DTSTART:20260914T130000Z', 'DTEND:20260914T125959Z')))).toBe(7);
    expect(
      expectPolicyError(() => closuresFromIcs(cal(...event('DTSTART:20260914T130000Z', 'DTEND:20260914T125959Z')), zurich), 'INVALID_ICS')
        .message,
    ).toMatch(/^ICS line 7: DTEND must not be before DTSTART/);
  });

  it('a VEVENT inside a VEVENT (or any other component) is refused with its line, not dropped', () => {
    const nested = cal(
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20260801',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20260802',
      'END:VEVENT',
      'END:VEVENT',
    );
    expect(line(nested)).toBe(6);
    expect(expectPolicyError(() => closuresFromIcs(nested, zurich), 'INVALID_ICS').message).toMatch(
      /^ICS line 6: a VEVENT inside BEGIN:VEVENT/,
    );
    expect(line(cal('BEGIN:VTODO', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20260802', 'END:VEVENT', 'END:VTODO'))).toBe(5);
    // Components that belong in a VEVENT are still skipped.
    expect(closuresFromIcs(cal(...event('DTSTART;VALUE=DATE:20260801', 'BEGIN:VALARM', 'ACTION:DISPLAY', 'END:VALARM')), zurich)).toEqual([
      '2026-08-01',
    ]);
  });
});
