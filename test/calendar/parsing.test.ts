/**
 * How the calendar reads its inputs, at the exact limits: instants (the fast path for the
 * `toISOString()` shape and the general ISO 8601 path must agree, and neither may accept what the
 * other refuses), calendar dates, wall-clock times, durations and time zones. Every message is
 * pinned, since people read them.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addBusinessTime,
  alwaysOpen,
  businessDurationSchema,
  businessTimeBetween,
  instantSchema,
  isOpen,
  MAX_BUSINESS_DURATION_MS,
  nextOpening,
  timeZoneSchema,
  weeklySchedule,
} from '../../src/calendar/index.js';
import { InvalidInputError } from '../../src/errors.js';

const always = alwaysOpen('UTC');
/** The instant an input is read as (ms), or `'invalid'`. */
function read(value: unknown): number | 'invalid' {
  const r = instantSchema.safeParse(value);
  return r.success ? r.data.getTime() : 'invalid';
}
/** The instant through a public function (so the schema is the one every engine uses). */
function viaPublic(value: unknown): number | 'invalid' {
  try {
    return addBusinessTime(value as string, {}, always).getTime();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).message).toBe(
      "Invalid business-time addition: start: must be a valid Date or an ISO 8601 instant with 'Z' or an offset, like " +
        "'2026-10-24T22:00:00+02:00'",
    );
    return 'invalid';
  }
}

const FIRST = -62_135_596_800_000; // 0001-01-01T00:00:00.000Z
const LAST = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

describe('instants', () => {
  it('the toISOString() shape: every real date and time is read exactly', () => {
    for (const [s, t] of [
      ['2026-03-01T09:00:00.000Z', Date.UTC(2026, 2, 1, 9)],
      ['2026-12-31T23:59:59.999Z', Date.UTC(2026, 11, 31, 23, 59, 59, 999)],
      ['2028-02-29T12:34:56.789Z', Date.UTC(2028, 1, 29, 12, 34, 56, 789)],
      ['2000-02-29T00:00:00.000Z', Date.UTC(2000, 1, 29)],
      ['2026-04-30T00:00:00.000Z', Date.UTC(2026, 3, 30)],
      ['2026-01-31T00:00:00.000Z', Date.UTC(2026, 0, 31)],
      ['0100-01-01T00:00:00.000Z', Date.parse('0100-01-01T00:00:00.000Z')],
      ['0099-06-15T12:00:00.000Z', Date.parse('0099-06-15T12:00:00.000Z')],
      ['0001-01-01T00:00:00.000Z', FIRST],
      ['9999-12-31T23:59:59.999Z', LAST],
    ] as const) {
      expect([s, read(s)]).toEqual([s, t]);
      expect(new Date(read(s) as number).toISOString()).toBe(s);
      expect(viaPublic(s)).toBe(t);
    }
  });

  it('the toISOString() shape: impossible dates and times, and any character out of place, are refused', () => {
    const bad = [
      '2026-02-29T00:00:00.000Z',
      '2100-02-29T00:00:00.000Z',
      '2026-04-31T00:00:00.000Z',
      '2026-06-31T00:00:00.000Z',
      '2026-09-31T00:00:00.000Z',
      '2026-11-31T00:00:00.000Z',
      '2026-01-32T00:00:00.000Z',
      '2026-13-01T00:00:00.000Z',
      '2026-00-01T00:00:00.000Z',
      '2026-01-00T00:00:00.000Z',
      '0000-12-31T00:00:00.000Z',
      '2026-03-01T24:00:00.000Z',
      '2026-03-01T23:60:00.000Z',
      '2026-03-01T23:59:60.000Z',
      '2026-03-0:T00:00:00.000Z', // ':' is the character after '9'
      '2026-03-1/T00:00:00.000Z', // '/' is the character before '0'
      '2026-0:-01T00:00:00.000Z',
      ':026-03-01T00:00:00.000Z',
      '2026-03-01T0:00:00.000Z',
      '2026-03-01T00:0::00.000Z',
      '2026-03-01T00:00:0:.000Z',
      '2026-03-01T00:00:00.00:Z',
      '2026x03-01T00:00:00.000Z',
      '2026-03x01T00:00:00.000Z',
      '2026-03-01x00:00:00.000Z',
      '2026-03-01T00x00:00.000Z',
      '2026-03-01T00:00x00.000Z',
      '2026-03-01T00:00:00x000Z',
      '2026-03-01T00:00:00.000x',
      '2026-03-01T00:00:00.000+',
      ' 2026-03-01T00:00:00.000Z',
      '2026-03-01T00:00:00.000Z ',
    ];
    for (const s of bad) expect([s, read(s)]).toEqual([s, 'invalid']);
    for (const s of bad.slice(0, 6)) expect(viaPublic(s)).toBe('invalid');
  });

  it('the general ISO 8601 path: offsets, lower case, no seconds, up to nine fraction digits', () => {
    const at = Date.UTC(2026, 2, 1, 8);
    for (const s of [
      '2026-03-01T09:00:00+01:00',
      '2026-03-01T09:00:00+0100',
      '2026-03-01T09:00+01:00',
      '2026-03-01t08:00:00z',
      '2026-03-01T08:00:00Z',
      '2026-03-01T08:00:00.0Z',
      '2026-03-01T08:00:00.000000000Z',
      '2026-03-01T03:00:00-05:00',
      '2026-03-02T07:59:00+23:59',
      '2026-03-01T08:00:00.000+00:00',
    ]) {
      expect([s, read(s)]).toEqual([s, at]);
    }
    expect(read('2026-03-01T08:00:00.5Z')).toBe(at + 500);
    expect(read('2026-03-01T08:00:00.123456789Z')).toBe(at + 123);
  });

  it('the general ISO 8601 path: what it refuses', () => {
    for (const s of [
      '2026-03-01T09:00:00',
      '2026-03-01 09:00:00Z',
      '2026-03-01',
      '2026-03-01T09Z',
      '2026-03-01T9:00:00Z',
      '2026-03-01T09:00:00.Z',
      '2026-03-01T09:00:00.1234567890Z',
      '2026-03-01T09:00:00+24:00',
      '2026-03-01T09:00:00+01:60',
      '2026-03-01T09:00:00+1:00',
      '2026-03-01T09:00:00+01',
      '2026-03-01T24:00:00+01:00',
      '2026-03-01T09:60:00+01:00',
      '2026-03-01T09:00:60+01:00',
      '2026-02-29T09:00:00+01:00',
      '2026-04-31T09:00:00+01:00',
      '2026-13-01T09:00:00+01:00',
      '2026-00-10T09:00:00+01:00',
      '2026-01-00T09:00:00+01:00',
      '0000-06-01T09:00:00+01:00',
      'x2026-03-01T09:00:00+01:00',
      '2026-03-01T09:00:00+01:00x',
      '+02026-03-01T09:00:00Z',
      '',
    ]) {
      expect([s, read(s)]).toEqual([s, 'invalid']);
    }
    expect(read('2028-02-29T09:00:00+01:00')).toBe(Date.UTC(2028, 1, 29, 8));
    expect(read('2000-02-29T09:00:00+01:00')).toBe(Date.UTC(2000, 1, 29, 8));
    expect(read('1900-02-29T09:00:00+01:00')).toBe('invalid');
  });

  it('the years 0001 to 9999 only, to the millisecond, for strings and Dates', () => {
    expect(read('0001-01-01T00:00:00Z')).toBe(FIRST);
    expect(read('0001-01-01T00:00:00+00:01')).toBe('invalid');
    expect(read('0001-01-01T00:00:00-00:01')).toBe(FIRST + 60_000);
    expect(read('9999-12-31T23:59:59.999Z')).toBe(LAST);
    expect(read('9999-12-31T23:59:59.999-00:01')).toBe('invalid');
    expect(read('9999-12-31T23:59:59+00:01')).toBe(LAST - 60_999);
    expect(read(new Date(FIRST))).toBe(FIRST);
    expect(read(new Date(FIRST - 1))).toBe('invalid');
    expect(read(new Date(LAST))).toBe(LAST);
    expect(read(new Date(LAST + 1))).toBe('invalid');
    expect(read(new Date(Number.NaN))).toBe('invalid');
    for (const v of [0, 1_700_000_000_000, null, undefined, {}, [], { getTime: () => 0 }, true]) expect(read(v)).toBe('invalid');
  });

  it('a Date is read by its time value, not by an own or overriding getTime; a Date without a time value is refused', () => {
    const monday11 = '2026-01-05T10:00:00Z'; // Monday 11:00 in Zurich
    const phone = weeklySchedule({ timeZone: 'Europe/Zurich', hours: { mon: [['08:00', '12:00']] } });
    const own = new Date(monday11);
    Object.defineProperty(own, 'getTime', { value: () => 0 });
    class Lying extends Date {
      override getTime(): number {
        return Number.NaN;
      }
      override valueOf(): number {
        return 0;
      }
    }
    for (const at of [own, new Lying(monday11)]) {
      expect(read(at)).toBe(Date.parse(monday11));
      expect(isOpen(at, phone)).toBe(true);
      expect(nextOpening(at, phone).toISOString()).toBe('2026-01-05T10:00:00.000Z');
      expect(addBusinessTime(at, { hours: 1 }, phone).toISOString()).toBe('2026-01-05T11:00:00.000Z');
    }
    const hollow = Object.create(Date.prototype) as Date;
    const { proxy, revoke } = Proxy.revocable(new Date(monday11), {});
    for (const at of [hollow, proxy]) {
      expect(read(at)).toBe('invalid');
      expect(viaPublic(at)).toBe('invalid');
      expect(() => isOpen(at, phone)).toThrow(InvalidInputError);
    }
    revoke();
    expect(() => isOpen(proxy, phone)).toThrow(InvalidInputError);
  });

  it('days remembered by the fast path: the same day of other years, and other days, read alternately, each exactly', () => {
    // The fast path keeps each day's midnight in a slot per day of the year; these share slots.
    const sequence = [
      '2026-03-01',
      '2027-03-01',
      '2026-03-01',
      '2026-03-31',
      '0100-03-01',
      '9999-03-01',
      '2028-02-29',
      '2026-03-01',
      '2024-02-29',
    ];
    for (let round = 0; round < 3; round += 1) {
      for (const [i, day] of sequence.entries()) {
        const s = `${day}T${String(i).padStart(2, '0')}:0${round}:00.00${round}Z`;
        expect([s, read(s)]).toEqual([s, Date.parse(s)]);
      }
    }
    // A day refused is not remembered as read, nor does it evict its slot's day wrongly; the
    // impossible day 0000-00-00 (whose slot and key an empty slot would match) is refused first thing.
    expect(read('0000-00-00T12:00:00.000Z')).toBe('invalid');
    expect(read('2026-02-29T00:00:00.000Z')).toBe('invalid');
    expect(read('2028-02-29T00:00:00.000Z')).toBe(Date.UTC(2028, 1, 29));
  });

  it('property: the fast path reads any sequence of instants as Date.parse does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: FIRST, max: LAST }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 3 }),
        (times, years) => {
          // Nearby instants and the same instants a few years on: many share a slot of the day cache.
          for (const t of times) {
            for (let k = 0; k <= years; k += 1) {
              const d = new Date(t);
              d.setUTCFullYear(Math.min(9999, d.getUTCFullYear() + k));
              const iso = d.toISOString();
              if (iso.length === 24) expect(read(iso)).toBe(d.getTime());
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: the fast path and the general path agree on every instant of the ISO range', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: -14 * 60, max: 14 * 60 }), (t, offsetMin) => {
        const iso = new Date(t).toISOString();
        expect(read(iso)).toBe(t);
        // The same instant written with an offset takes the general path.
        const local = new Date(t + offsetMin * 60_000);
        const sign = offsetMin < 0 ? '-' : '+';
        const abs = Math.abs(offsetMin);
        const pad = (n: number): string => String(n).padStart(2, '0');
        const written = `${local.toISOString().slice(0, 23)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
        const year = local.getUTCFullYear();
        if (year >= 1 && year <= 9999) expect(read(written)).toBe(t);
      }),
      { numRuns: 200 },
    );
  });
});

describe('time zones', () => {
  it('canonical names are kept, other spellings canonicalized, anything else refused with the message', () => {
    expect(timeZoneSchema.parse('Europe/Zurich')).toBe('Europe/Zurich');
    expect(timeZoneSchema.parse('europe/zurich')).toBe('Europe/Zurich');
    expect(timeZoneSchema.parse('UTC')).toBe('UTC');
    for (const bad of ['', ' ', '   ', 'Mars/Olympus', 42, null, undefined, {}]) {
      const r = timeZoneSchema.safeParse(bad);
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => i.message)).toEqual(["must be an IANA time zone, like 'Europe/Zurich'"]);
    }
  });
});

describe('wall-clock times and days', () => {
  it("'00:00' to '23:59' start an interval, '00:01' to '24:00' end one", () => {
    const s = weeklySchedule({
      timeZone: 'UTC',
      hours: {
        mon: [
          ['00:00', '00:01'],
          ['23:59', '24:00'],
        ],
        tue: [['09:05', '10:10']],
      },
    });
    expect(s.hours.mon).toEqual([
      ['00:00', '00:01'],
      ['23:59', '24:00'],
    ]);
    expect(s.hours.tue).toEqual([['09:05', '10:10']]);
    expect(s.weeklyOpenHours).toBe((2 + 65) / 60);
    expect(s.toJSON()).toEqual({
      timeZone: 'UTC',
      hours: {
        mon: [
          ['00:00', '00:01'],
          ['23:59', '24:00'],
        ],
        tue: [['09:05', '10:10']],
      },
    });
    expect(isOpen('2026-11-23T00:00:00Z', s)).toBe(true); // Monday
    expect(isOpen('2026-11-23T00:01:00Z', s)).toBe(false);
    expect(isOpen('2026-11-23T23:59:00Z', s)).toBe(true);
    expect(isOpen('2026-11-24T00:00:00Z', s)).toBe(false);
  });

  it('each malformed time is named with the range it must be in; equal ends and overlaps are refused', () => {
    const issues = (hours: Record<string, unknown>) => {
      try {
        weeklySchedule({ timeZone: 'UTC', hours } as never);
        return [];
      } catch (e) {
        return (e as InvalidInputError).issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      }
    };
    expect(
      issues({
        mon: [['24:00', '24:00']],
        tue: [['06:00', '24:01']],
        wed: [['6:00', '7:00']],
        thu: [['06:00', ' 07:00']],
        fri: [['06:00', 7]],
      }),
    ).toEqual([
      "hours.mon.0.0: must be a wall-clock time 'HH:MM' from '00:00' to '23:59'",
      "hours.tue.0.1: must be a wall-clock time 'HH:MM' from '00:00' to '24:00'",
      "hours.wed.0.0: must be a wall-clock time 'HH:MM' from '00:00' to '23:59'",
      "hours.wed.0.1: must be a wall-clock time 'HH:MM' from '00:00' to '24:00'",
      "hours.thu.0.1: must be a wall-clock time 'HH:MM' from '00:00' to '24:00'",
      'hours.fri.0.1: must be a string',
    ]);
    expect(issues({ mon: [['06:00', '06:00']] })).toEqual([
      'hours.mon.0: must end after it starts (a shift across midnight is two intervals)',
    ]);
    expect(
      issues({
        mon: [
          ['12:00', '19:00'],
          ['06:00', '12:01'],
        ],
      }),
    ).toEqual(['hours.mon: intervals must not overlap']);
    expect(
      issues({
        mon: [
          ['06:00', '08:00'],
          ['07:00', '09:00'],
          ['10:00', '11:00'],
        ],
      }),
    ).toEqual(['hours.mon: intervals must not overlap']);
    expect(
      issues({
        mon: [
          ['10:00', '11:00'],
          ['06:00', '08:00'],
          ['08:00', '10:00'],
        ],
      }),
    ).toEqual([]);
    expect(issues({ mon: [] })).toEqual(['hours: the schedule is never open: give at least one opening interval']);
    expect(issues({})).toEqual(['hours: the schedule is never open: give at least one opening interval']);
    expect(issues({ mon: [['23:60', '24:00']], tue: [['00:00', '24:30']] })).toHaveLength(2);
  });

  it('touching intervals are joined, in any order; separate ones stay separate', () => {
    const s = weeklySchedule({
      timeZone: 'UTC',
      hours: {
        mon: [
          ['10:00', '11:00'],
          ['06:00', '08:00'],
          ['08:00', '10:00'],
          ['12:00', '13:00'],
          ['13:00', '14:00'],
        ],
      },
    });
    expect(s.hours.mon).toEqual([
      ['06:00', '11:00'],
      ['12:00', '14:00'],
    ]);
    expect(s.weeklyOpenHours).toBe(7);
  });

  it('closures: real dates only, ranges that end after they start, each problem named', () => {
    const issues = (closures: unknown[]) => {
      try {
        weeklySchedule({ timeZone: 'UTC', hours: { mon: [['06:00', '19:00']] }, closures } as never);
        return [];
      } catch (e) {
        return (e as InvalidInputError).issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      }
    };
    expect(issues(['2028-02-29', '2026-04-30', '2026-12-31', { from: '2026-01-01T00:00:00Z', to: '2026-01-01T00:00:00.001Z' }])).toEqual(
      [],
    );
    expect(
      issues([
        '2026-02-29',
        '2026-04-31',
        '2026-13-01',
        '2026-00-01',
        '2026-01-00',
        '0000-01-01',
        '2026-1-01',
        ' 2026-01-01',
        '2026-01-01T00:00:00Z',
        20260101,
        null,
        { from: '2026-01-01T00:00:00Z' },
      ]),
    ).toEqual([
      ...Array.from({ length: 9 }, (_, i) => `closures.${i}: must be a date 'YYYY-MM-DD' or an instant range { from, to }`),
      "closures.9: must be a date 'YYYY-MM-DD' or an instant range { from, to }",
      "closures.10: must be a date 'YYYY-MM-DD' or an instant range { from, to }",
      "closures.11: must be a date 'YYYY-MM-DD' or an instant range { from, to }",
    ]);
    const instant = "must be a valid Date or an ISO 8601 instant with 'Z' or an offset, like '2026-10-24T22:00:00+02:00'";
    expect(
      issues([
        { from: '2026-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
        { from: 'x', to: '2026-01-01T00:00:00Z' },
        { from: '2026-01-01T00:00:00Z', to: 'y' },
        { from: 'x', to: 'y' },
      ]),
    ).toEqual([
      "closures.0.to: must end after it starts ('to' later than 'from')",
      `closures.1.from: ${instant}`,
      `closures.2.to: ${instant}`,
      `closures.3.from: ${instant}`,
      `closures.3.to: ${instant}`,
    ]);
  });

  it('a closed date is the whole day in the schedule zone; ranges are kept as ISO instants', () => {
    const s = weeklySchedule({
      timeZone: 'Pacific/Kiritimati',
      hours: { mon: [['00:00', '24:00']] },
      closures: ['2026-11-23', { from: '2026-11-30T10:00:00+14:00', to: '2026-11-30T11:00:00+14:00' }],
    });
    expect(s.closures).toEqual(['2026-11-23', { from: '2026-11-29T20:00:00.000Z', to: '2026-11-29T21:00:00.000Z' }]);
    expect(isOpen('2026-11-22T10:00:00Z', s)).toBe(false); // Monday 00:00 in Kiritimati, closed all day
    expect(isOpen('2026-11-23T09:59:59.999Z', s)).toBe(false);
    expect(isOpen('2026-11-23T10:00:00Z', s)).toBe(false); // Tuesday
    expect(isOpen('2026-11-29T10:00:00Z', s)).toBe(true); // next Monday 00:00
    expect(isOpen('2026-11-29T20:00:00Z', s)).toBe(false);
    expect(isOpen('2026-11-29T21:00:00Z', s)).toBe(true);
  });
});

describe('durations', () => {
  const parse = (v: unknown) => {
    const r = businessDurationSchema.safeParse(v);
    return r.success ? r.data : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('the parts add up, rounded to the millisecond', () => {
    expect(parse({ hours: 1, minutes: 2, seconds: 3, milliseconds: 4 })).toBe(3_723_004);
    expect(parse({ hours: 0.5 })).toBe(1_800_000);
    expect(parse({ milliseconds: 0.4 })).toBe(0);
    expect(parse({ milliseconds: 0.6 })).toBe(1);
    expect(parse({ milliseconds: 1.5, seconds: 0 })).toBe(2);
    expect(parse({})).toBe(0);
    expect(parse({ hours: undefined, minutes: 3 })).toBe(180_000);
    expect(parse(Object.assign(Object.create(null) as object, { minutes: 1 }))).toBe(60_000);
  });

  it('exactly 87,660 hours is the longest duration; 1 ms more is refused', () => {
    expect(parse({ milliseconds: MAX_BUSINESS_DURATION_MS })).toBe(87_660 * 3_600_000);
    expect(parse({ hours: 87_660 })).toBe(MAX_BUSINESS_DURATION_MS);
    expect(parse({ hours: 87_660, milliseconds: 1 })).toEqual([': must be at most 87,660 hours (10 years of business time)']);
    expect(addBusinessTime('2026-01-01T00:00:00Z', { hours: 87_660 }, always).toISOString()).toBe(
      new Date(Date.UTC(2026, 0, 1) + MAX_BUSINESS_DURATION_MS).toISOString(),
    );
  });

  it('anything but non-negative finite numbers under known keys is refused, field by field', () => {
    expect(parse({ hours: -1 })).toHaveLength(1);
    expect(() => addBusinessTime('2026-01-01T00:00:00Z', { hours: -1, minutes: 'x' } as never, always)).toThrow(
      'Invalid business-time addition: duration.hours: must be at least 0; duration.minutes: must be a number',
    );
    expect(parse({ hours: -0.001, minutes: 'x', weeks: 1 })).toHaveLength(3);
    expect(parse({ hours: Number.NaN })).toHaveLength(1);
    expect(parse({ hours: Number.POSITIVE_INFINITY })).toHaveLength(1);
    expect(parse({ hours: null })).toHaveLength(1);
    expect(parse({ days: 1 })).toHaveLength(1);
    for (const bad of [null, undefined, 3, 'PT1H', []]) expect(Array.isArray(parse(bad))).toBe(true);
    // A class instance with the right fields goes through the detailed schema and is read the same.
    class Span {
      constructor(readonly hours: number) {}
    }
    expect(parse(new Span(2))).toBe(7_200_000);
  });
});

describe('durations: the quick path and the detailed schema agree', () => {
  it('a zero part next to others, an unknown key even when undefined, and every unit', () => {
    const parse = (v: unknown) => {
      const r = businessDurationSchema.safeParse(v);
      return r.success ? r.data : 'invalid';
    };
    expect(parse({ hours: 0, minutes: 5 })).toBe(300_000);
    expect(parse({ minutes: 0, seconds: 2, milliseconds: 0 })).toBe(2_000);
    expect(parse({ hours: 0 })).toBe(0);
    expect(parse({ days: undefined })).toBe('invalid');
    expect(parse({ hours: 1, days: undefined })).toBe('invalid');
    expect(parse({ seconds: 1 })).toBe(1_000);
    expect(parse({ minutes: 1 })).toBe(60_000);
    expect(parse({ hours: 1 })).toBe(3_600_000);
    expect(parse({ milliseconds: 7 })).toBe(7);
  });
});

describe('the wording and codes of calendar input errors', () => {
  const error = (fn: () => unknown) => {
    try {
      fn();
      return undefined;
    } catch (e) {
      const x = e as InvalidInputError;
      return { message: x.message, codes: x.issues.map((i) => i.code) };
    }
  };
  const instant = "must be a valid Date or an ISO 8601 instant with 'Z' or an offset, like '2026-10-24T22:00:00+02:00'";

  it('each public function names what it reads, and custom checks carry the code custom', () => {
    expect(error(() => businessTimeBetweenAlias('nope', '2026-01-01T00:00:00Z'))).toEqual({
      message: `Invalid business-time interval: from: ${instant}`,
      codes: ['custom'],
    });
    expect(error(() => isOpen('nope', always))).toEqual({ message: `Invalid schedule query: at: ${instant}`, codes: ['custom'] });
    expect(
      error(() =>
        weeklySchedule({
          timeZone: 'Mars/Olympus',
          hours: { mon: [['06:00', '25:00']] },
          closures: ['2026-02-30', { from: 'x', to: 'y' }, { from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' }],
        }),
      ),
    ).toEqual({
      message:
        "Invalid schedule: timeZone: must be an IANA time zone, like 'Europe/Zurich'; hours.mon[0][1]: must be a wall-clock time " +
        "'HH:MM' from '00:00' to '24:00'; closures[0]: must be a date 'YYYY-MM-DD' or an instant range { from, to }; " +
        `closures[1].from: ${instant}; closures[1].to: ${instant}; closures[2].to: must end after it starts ('to' later than 'from')`,
      codes: ['custom', 'custom', 'custom', 'custom', 'custom', 'custom'],
    });
    expect(error(() => addBusinessTime('2026-01-01T00:00:00Z', { hours: 87_661 }, always))).toEqual({
      message: 'Invalid business-time addition: duration: must be at most 87,660 hours (10 years of business time)',
      codes: ['custom'],
    });
    expect(error(() => addBusinessTime('2026-01-01T00:00:00Z', { days: 1 } as never, always))).toEqual({
      message: "Invalid business-time addition: duration: unknown key 'days'",
      codes: ['unrecognized_keys'],
    });
    expect(error(() => addBusinessTime('2026-01-01T00:00:00Z', { hours: 1, weeks: 2 } as never, always))?.message).toBe(
      "Invalid business-time addition: duration: unknown key 'weeks'",
    );
  });

  it('the general path reads the last millisecond of 9999 with an offset too', () => {
    expect(read('9999-12-31T23:59:59.999+00:00')).toBe(LAST);
    expect(read('0001-01-01T00:00:00.000+00:00')).toBe(FIRST);
  });
});

function businessTimeBetweenAlias(from: string, to: string): number {
  return businessTimeBetween(from, to, always);
}
