/**
 * The calendar's limits, to the millisecond: the 100-year span, the 10-year horizon, the end of the
 * ISO range, and the wording of every NO_OPENING error.
 */
import { describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  alwaysOpen,
  BUSINESS_TIME_HORIZON_DAYS,
  BUSINESS_TIME_MAX_SPAN_DAYS,
  businessTimeBetween,
  isClosingInstant,
  isOpen,
  nextOpening,
  weeklySchedule,
} from '../../src/calendar/index.js';
import { isHostPolicyError } from '../../src/errors.js';
import { phoneHours } from './fixtures.js';

const DAY = 86_400_000;
const always = alwaysOpen('UTC');
const LAST = '9999-12-31T23:59:59.999Z';

/** The error a call throws, as data. */
function thrown(fn: () => unknown): unknown {
  try {
    return { returned: fn() };
  } catch (e) {
    if (!isHostPolicyError(e)) throw e;
    return { code: e.code, rule: e.rule, message: e.message, details: e.details };
  }
}

describe('SUP-03 the 100-year span', () => {
  it('SUP-03 businessTimeBetween: exactly 100 years (36,525 days) apart is counted, 1 ms more is refused, in both directions', () => {
    const from = Date.UTC(2026, 0, 1);
    const to = from + BUSINESS_TIME_MAX_SPAN_DAYS * DAY;
    expect(businessTimeBetween(new Date(from), new Date(to), always)).toBe(BUSINESS_TIME_MAX_SPAN_DAYS * DAY);
    expect(businessTimeBetween(new Date(to), new Date(from), always)).toBe(-BUSINESS_TIME_MAX_SPAN_DAYS * DAY);
    for (const [a, b] of [
      [from, to + 1],
      [to + 1, from],
    ]) {
      expect(thrown(() => businessTimeBetween(new Date(a as number), new Date(b as number), always))).toEqual({
        code: 'INVALID_INPUT',
        rule: undefined,
        message: 'Invalid business-time interval: to: must be within 100 years of from',
        details: { issues: [{ path: ['to'], message: 'must be within 100 years of from', code: 'custom' }] },
      });
    }
  });

  it('SUP-03 addBusinessTime: a result more than 100 years after the start is NO_OPENING with its wording', () => {
    const oneMinuteAWeek = weeklySchedule({ timeZone: 'UTC', hours: { wed: [['10:00', '10:01']] } });
    expect(thrown(() => addBusinessTime('2026-01-01T00:00:00Z', { hours: 2_000 }, oneMinuteAWeek))).toEqual({
      code: 'NO_OPENING',
      rule: 'SUP-03',
      message: 'The business time from 2026-01-01T00:00:00.000Z cannot be reached within 100 years (or before the year 10000).',
      details: { from: '2026-01-01T00:00:00.000Z', horizonDays: BUSINESS_TIME_HORIZON_DAYS, maxSpanDays: BUSINESS_TIME_MAX_SPAN_DAYS },
    });
  });
});

describe('SUP-03 the end of the ISO range', () => {
  it('SUP-03 a result on the last millisecond of 9999 is returned; one millisecond later is NO_OPENING', () => {
    expect(addBusinessTime('9999-12-31T23:59:59.998Z', { milliseconds: 1 }, always).toISOString()).toBe(LAST);
    expect(addBusinessTime('9999-12-31T00:00:00Z', { hours: 23, minutes: 59, seconds: 59, milliseconds: 999 }, always).toISOString()).toBe(
      LAST,
    );
    expect(thrown(() => addBusinessTime('9999-12-31T23:59:59.998Z', { milliseconds: 2 }, always))).toMatchObject({
      code: 'NO_OPENING',
      message: 'The business time from 9999-12-31T23:59:59.998Z cannot be reached within 100 years (or before the year 10000).',
    });
    expect(thrown(() => addBusinessTime(LAST, { milliseconds: 1 }, always))).toMatchObject({ code: 'NO_OPENING' });
    expect(addBusinessTime(LAST, {}, always).toISOString()).toBe(LAST);
  });

  it('SUP-03 nextOpening on the last day of 9999: an opening at the last millisecond is returned, none after is NO_OPENING', () => {
    const lastMs = alwaysOpen('UTC', [{ from: '9999-12-31T00:00:00Z', to: LAST }]);
    expect(nextOpening('9999-12-31T12:00:00Z', lastMs).toISOString()).toBe(LAST);
    expect(isOpen(LAST, lastMs)).toBe(true);
    expect(nextOpening(LAST, always).toISOString()).toBe(LAST);
    const saturdays = weeklySchedule({ timeZone: 'UTC', hours: { sat: [['10:00', '12:00']] } }); // 9999-12-31 is a Friday
    expect(thrown(() => nextOpening('9999-12-31T00:00:00Z', saturdays))).toEqual({
      code: 'NO_OPENING',
      rule: 'SUP-03',
      message: 'The business time from 9999-12-31T00:00:00.000Z cannot be reached within 100 years (or before the year 10000).',
      details: { from: '9999-12-31T00:00:00.000Z', horizonDays: BUSINESS_TIME_HORIZON_DAYS, maxSpanDays: BUSINESS_TIME_MAX_SPAN_DAYS },
    });
    expect(nextOpening('9999-12-24T00:00:00Z', saturdays).toISOString()).toBe('9999-12-25T10:00:00.000Z');
  });

  it('SUP-03 the first instants of the year 1 are read with the local mean time of the zone', () => {
    expect(nextOpening('0001-01-01T00:00:00Z', always).toISOString()).toBe('0001-01-01T00:00:00.000Z');
    expect(businessTimeBetween('0001-01-01T00:00:00Z', '0001-01-08T00:00:00Z', always)).toBe(7 * DAY);
    expect(addBusinessTime('0001-01-01T00:00:00Z', { hours: 24 * 7 }, always).toISOString()).toBe('0001-01-08T00:00:00.000Z');
  });
});

describe('SUP-03 the 10-year horizon', () => {
  it('SUP-03 no open time for 10 years is NO_OPENING with its wording, for nextOpening and addBusinessTime', () => {
    const shut = weeklySchedule({
      timeZone: 'UTC',
      hours: { mon: [['06:00', '19:00']] },
      closures: [{ from: '2026-01-01T00:00:00Z', to: '2040-01-01T00:00:00Z' }],
    });
    const expected = {
      code: 'NO_OPENING',
      rule: 'SUP-03',
      message: 'The schedule has no open time in the 3653 days after 2026-03-27T16:00:00.000Z (closures cover everything).',
      details: { from: '2026-03-27T16:00:00.000Z', horizonDays: 3653, maxSpanDays: 36525 },
    };
    expect(thrown(() => nextOpening('2026-03-27T16:00:00Z', shut))).toEqual(expected);
    expect(thrown(() => addBusinessTime('2026-03-27T16:00:00Z', { hours: 1 }, shut))).toEqual(expected);
  });

  it('SUP-03 a closure of just under 10 years is waited out; one of just over is not', () => {
    // Open every day 00:00–24:00 in UTC; closed from 2026-01-01 for N days.
    const closedFor = (days: number) =>
      alwaysOpen('UTC', [{ from: '2026-01-01T00:00:00Z', to: new Date(Date.UTC(2026, 0, 1) + days * DAY).toISOString() }]);
    const reopen = (days: number) => new Date(Date.UTC(2026, 0, 1) + days * DAY).toISOString();
    for (const days of [3_640, 3_650, 3_651]) {
      expect(nextOpening('2026-01-01T00:00:00Z', closedFor(days)).toISOString()).toBe(reopen(days));
      expect(addBusinessTime('2026-01-01T00:00:00Z', { hours: 1 }, closedFor(days)).toISOString()).toBe(
        new Date(Date.UTC(2026, 0, 1) + days * DAY + 3_600_000).toISOString(),
      );
    }
    for (const days of [3_656, 3_700]) {
      expect(thrown(() => nextOpening('2026-01-01T00:00:00Z', closedFor(days)))).toMatchObject({ code: 'NO_OPENING' });
      expect(thrown(() => addBusinessTime('2026-01-01T00:00:00Z', { hours: 1 }, closedFor(days)))).toMatchObject({ code: 'NO_OPENING' });
    }
  });

  it('SUP-03 closed dates (not ranges) for weeks are walked day by day and waited out', () => {
    const dates = Array.from({ length: 40 }, (_, i) => new Date(Date.UTC(2026, 0, 1) + i * DAY).toISOString().slice(0, 10));
    const s = alwaysOpen('Europe/Zurich', dates);
    expect(nextOpening('2026-01-01T12:00:00Z', s).toISOString()).toBe('2026-02-09T23:00:00.000Z'); // 10 February 00:00 CET
    // 1 h on 31 December, 1 h on 10 February
    expect(addBusinessTime('2025-12-31T22:00:00Z', { hours: 2 }, s).toISOString()).toBe('2026-02-10T00:00:00.000Z');
    expect(businessTimeBetween('2025-12-31T00:00:00Z', '2026-02-11T00:00:00Z', s)).toBe((23 + 25) * 3_600_000);
  });
});

describe('SUP-03 closing instants', () => {
  it('SUP-03 a closing instant is closed but open 1 ms before; an opening instant is not a closing one', () => {
    expect(isClosingInstant('2026-03-27T18:00:00Z', phoneHours)).toBe(true); // Friday 19:00 CET
    expect(isClosingInstant('2026-03-27T17:59:59.999Z', phoneHours)).toBe(false); // open
    expect(isClosingInstant('2026-03-27T18:00:00.001Z', phoneHours)).toBe(false); // closed before too
    expect(isClosingInstant('2026-03-30T04:00:00Z', phoneHours)).toBe(false); // Monday 06:00 CEST, an opening
    expect(isClosingInstant(LAST, always)).toBe(false);
  });
});

describe('SUP-03 whole weeks', () => {
  it('SUP-03 exactly 2 and 3 weeks of phone hours end on a Friday at 19:00, the closing instant, not on a Monday', () => {
    const monday = '2026-11-23T05:00:00Z'; // 06:00 CET
    expect(addBusinessTime(monday, { hours: 65 }, phoneHours).toISOString()).toBe('2026-11-27T18:00:00.000Z');
    expect(addBusinessTime(monday, { hours: 130 }, phoneHours).toISOString()).toBe('2026-12-04T18:00:00.000Z');
    expect(addBusinessTime(monday, { hours: 195 }, phoneHours).toISOString()).toBe('2026-12-11T18:00:00.000Z');
    expect(addBusinessTime(monday, { hours: 195, milliseconds: 1 }, phoneHours).toISOString()).toBe('2026-12-14T05:00:00.001Z');
    // From Monday 00:00
    expect(addBusinessTime('2026-11-22T23:00:00Z', { hours: 195 }, phoneHours).toISOString()).toBe('2026-12-11T18:00:00.000Z');
    // From Saturday
    expect(addBusinessTime('2026-11-21T12:00:00Z', { hours: 195 }, phoneHours).toISOString()).toBe('2026-12-11T18:00:00.000Z');
  });

  it('SUP-03 whole weeks counted between two instants, from and to midnight or inside a day', () => {
    const H = 3_600_000;
    // 7 weeks, Monday 00:00 to Monday 00:00
    expect(businessTimeBetween('2026-11-22T23:00:00Z', '2027-01-10T23:00:00Z', phoneHours)).toBe(7 * 65 * H);
    expect(businessTimeBetween('2026-11-23T05:00:00Z', '2027-01-11T05:00:00Z', phoneHours)).toBe(7 * 65 * H);
    expect(businessTimeBetween('2026-11-23T06:00:00Z', '2027-01-11T05:30:00Z', phoneHours)).toBe(7 * 65 * H - 0.5 * H);
    expect(businessTimeBetween('2026-11-23T05:00:00Z', '2027-01-08T17:00:00Z', phoneHours)).toBe(7 * 65 * H - H);
    expect(businessTimeBetween('2026-11-23T05:00:00Z', '2026-12-03T12:00:00Z', phoneHours)).toBe((65 + 3 * 13 + 7) * H);
    const always = alwaysOpen('UTC');
    expect(businessTimeBetween('2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z', always)).toBe(59 * DAY);
    expect(businessTimeBetween('2026-01-01T12:00:00Z', '2026-03-01T11:59:59.999Z', always)).toBe(59 * DAY - 1);
  });
});
