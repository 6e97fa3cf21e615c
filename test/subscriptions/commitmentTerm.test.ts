import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addMonths, subDays } from 'date-fns';
import { tz, tzOffset } from '@date-fns/tz';
import { commitmentTerm, definePolicy, isHostPolicyError, InvalidInputError } from '../../src/index.js';

const ZURICH = 'Europe/Zurich';
const utc = tz('UTC');
/** The wall-clock date and time in Zurich, as UTC fields. */
const wall = (d: Date) => new Date(d.getTime() + tzOffset(ZURICH, d) * 60_000);
const lastDayOfMonth = (w: Date) => new Date(Date.UTC(w.getUTCFullYear(), w.getUTCMonth() + 1, 0)).getUTCDate();

const instants = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true });

describe('COM-01 commitment term', () => {
  it('COM-01 ends on the same day six months later, at the same Zurich time', () => {
    const t = commitmentTerm({ startedAt: '2026-01-15T09:00:00+01:00' });
    expect(t.start.toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(t.end.toISOString()).toBe('2026-07-15T07:00:00.000Z'); // 09:00 CEST
  });

  it('COM-01 clamps 31 August to the end of February (28th, 29th in a leap year)', () => {
    expect(commitmentTerm({ startedAt: '2026-08-31T10:00:00+02:00' }).end.toISOString()).toBe('2027-02-28T09:00:00.000Z');
    expect(commitmentTerm({ startedAt: '2027-08-31T10:00:00+02:00' }).end.toISOString()).toBe('2028-02-29T09:00:00.000Z');
  });

  it('COM-01 takes the calendar day in Zurich, not in UTC or the host zone', () => {
    // 23:30Z on 31 January is 00:30 on 1 February in Zurich.
    expect(commitmentTerm({ startedAt: '2026-01-31T23:30:00Z' }).end.toISOString()).toBe('2026-07-31T22:30:00.000Z');
  });

  it('COM-01 an end in the autumn overlap takes the earlier 02:30; one in the spring gap moves forward', () => {
    expect(commitmentTerm({ startedAt: '2026-04-25T00:30:00Z' }).end.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(commitmentTerm({ startedAt: '2026-09-28T00:30:00Z' }).end.toISOString()).toBe('2027-03-28T01:30:00.000Z');
  });

  it('COM-01 an end on the day DST ends or starts keeps the wall-clock time of the start', () => {
    // 12:00 CEST on 25 April → 12:00 CET on 25 October (the 25-hour day), 12:00 CET → 12:00 CEST on 28 March.
    expect(commitmentTerm({ startedAt: '2026-04-25T10:00:00Z' }).end.toISOString()).toBe('2026-10-25T11:00:00.000Z');
    expect(commitmentTerm({ startedAt: '2026-09-28T10:00:00Z' }).end.toISOString()).toBe('2027-03-28T10:00:00.000Z');
    expect(commitmentTerm({ startedAt: '2026-10-24T21:30:00Z' }).end.toISOString()).toBe('2027-04-24T21:30:00.000Z');
  });

  it('COM-01 accepts a longer commitment and refuses a shorter one', () => {
    expect(commitmentTerm({ startedAt: '2026-01-15T00:00:00Z', months: 12 }).end.toISOString()).toBe('2027-01-15T00:00:00.000Z');
    try {
      commitmentTerm({ startedAt: '2026-01-15T00:00:00Z', months: 3 });
      expect.unreachable();
    } catch (e) {
      expect(isHostPolicyError(e) && e.code).toBe('COMMITMENT_TOO_SHORT');
      expect(isHostPolicyError(e) && e.rule).toBe('COM-01');
    }
  });

  it('COM-01 reads the minimum and the zone from the policy', () => {
    const policy = definePolicy({ subscriptions: { commitmentMonths: 12, timeZone: 'UTC' } });
    expect(commitmentTerm({ startedAt: '2026-01-31T23:30:00Z' }, policy).end.toISOString()).toBe('2027-01-31T23:30:00.000Z');
  });

  it('COM-01 property: the end is never before start + 6 months − 3 days, and falls on the same day or the last day', () => {
    fc.assert(
      fc.property(instants, (start) => {
        const { start: s, end } = commitmentTerm({ startedAt: start });
        expect(s.getTime()).toBe(start.getTime());
        const floor = subDays(addMonths(wall(start), 6, { in: utc }), 3, { in: utc });
        expect(wall(end).getTime()).toBeGreaterThanOrEqual(floor.getTime());
        const [ws, we] = [wall(start), wall(end)];
        expect(we.getUTCDate() === ws.getUTCDate() || we.getUTCDate() === lastDayOfMonth(we)).toBe(true);
        // Six calendar months later, never more.
        expect((we.getUTCFullYear() - ws.getUTCFullYear()) * 12 + we.getUTCMonth() - ws.getUTCMonth()).toBe(6);
        expect(end.getTime()).toBeGreaterThan(start.getTime());
        // Same wall-clock time, except when it does not exist on the end day (spring gap: one hour later).
        const timeOfDay = (w: Date) => w.getUTCHours() * 60 + w.getUTCMinutes();
        expect([0, 60]).toContain(timeOfDay(we) - timeOfDay(ws));
        if (timeOfDay(we) !== timeOfDay(ws))
          expect(tzOffset(ZURICH, new Date(end.getTime() - 3_600_000))).toBeLessThan(tzOffset(ZURICH, end));
      }),
      { numRuns: 500 },
    );
  });

  it('COM-01 property: Date and ISO string inputs give the same term', () => {
    fc.assert(
      fc.property(instants, (start) => {
        const a = commitmentTerm({ startedAt: start });
        const b = commitmentTerm({ startedAt: start.toISOString() });
        expect(a.end.getTime()).toBe(b.end.getTime());
      }),
    );
  });

  it('COM-01 bad input names the field', () => {
    for (const bad of [
      { startedAt: 'yesterday' },
      { startedAt: '2026-02-30T00:00:00Z' },
      { startedAt: '2026-03-01T10:00:00' }, // no offset: would depend on the host zone
      { startedAt: new Date(Number.NaN) },
      { startedAt: new Date(8.64e15) }, // a valid Date, but past the year 9999: no Invalid Date may come out
      { startedAt: '2026-03-01T25:00:00Z' },
      { startedAt: '2026-03-01T10:00:00Z', months: 6.5 },
      { startedAt: '2026-03-01T10:00:00Z', months: Number.NaN },
      {},
    ]) {
      expect(() => commitmentTerm(bad as never)).toThrow(InvalidInputError);
    }
    try {
      commitmentTerm({ startedAt: 'soon' });
    } catch (e) {
      expect((e as InvalidInputError).issues[0]?.path).toEqual(['startedAt']);
    }
  });
});
