import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays } from 'date-fns';
import { InstantCache, isReadonlyDate, readonlyDate } from '../../src/billing/readonlyDate.js';
import { creditorReference, dueReminder, reconcile, isHostPolicyError, type Invoice, type InvoiceInput } from '../../src/index.js';
import { chf, invoice as fixtureInvoice } from './fixtures.js';

const DAY = 86_400_000;
const BASE = Date.UTC(2026, 0, 1);

/** Invoice `i` of its own customer, issued on day `day` of 2026 and due 30 days later. */
function invoice(i: number, day: number): InvoiceInput {
  return fixtureInvoice(`INV-${i}`, `C-${i}`, creditor(i), chf('10.00'), {
    issuedAt: new Date(BASE + day * DAY).toISOString(),
    dueAt: new Date(BASE + (day + 30) * DAY).toISOString(),
  });
}

const creditor = (n: number): string => creditorReference(`X${n}`);

const SETTERS = [
  'setTime',
  'setMilliseconds',
  'setUTCMilliseconds',
  'setSeconds',
  'setUTCSeconds',
  'setMinutes',
  'setUTCMinutes',
  'setHours',
  'setUTCHours',
  'setDate',
  'setUTCDate',
  'setMonth',
  'setUTCMonth',
  'setFullYear',
  'setUTCFullYear',
  'setYear',
] as const;

describe('BIL-02 the instants of reconciled invoices and payments are read-only and shared', () => {
  const result = reconcile({
    invoices: [invoice(1, 10), invoice(2, 10), invoice(3, 11)],
    payments: [
      {
        id: 'P-1',
        reference: creditor(1),
        amount: { amount: '10.00', currency: 'CHF' },
        bookedAt: new Date(BASE + 20 * DAY).toISOString(),
        valueDate: new Date(BASE + 20 * DAY).toISOString(),
      },
    ],
  });
  const [first, second, third] = result.invoices;

  it('BIL-02 invoices issued on the same day share one Date; other days have their own', () => {
    expect(first?.issuedAt).toBe(second?.issuedAt);
    expect(first?.dueAt).toBe(second?.dueAt);
    expect(third?.issuedAt).not.toBe(first?.issuedAt);
    expect(third?.issuedAt.getTime()).toBe(BASE + 11 * DAY);
    expect(result.settled[0]?.payment.bookedAt).toBe(result.settled[0]?.payment.valueDate);
  });

  it.each(SETTERS)('BIL-02 %s throws READONLY_INSTANT and changes nothing', (setter) => {
    const date = first?.dueAt as Date;
    const before = date.getTime();
    let caught: unknown;
    try {
      ((date as unknown as Record<string, (v: number) => number>)[setter] as (v: number) => number).call(date, 0);
    } catch (e) {
      caught = e;
    }
    expect(isHostPolicyError(caught) && caught.code).toBe('READONLY_INSTANT');
    expect(String((caught as Error).message)).toContain(new Date(before).toISOString());
    expect(date.getTime()).toBe(before);
    expect(second?.dueAt.getTime()).toBe(before);
  });

  it('BIL-02 the read-only behaviour cannot be switched off through the prototype', () => {
    const proto = Object.getPrototypeOf(first?.dueAt) as Record<string, unknown>;
    expect(Object.isFrozen(proto)).toBe(true);
    expect(() => {
      proto['setTime'] = Date.prototype.setTime;
    }).toThrow(TypeError);
    expect(() => (first!.dueAt as Date).setTime(0)).toThrow(/READONLY|cannot be changed/);
  });

  it('BIL-02 a read-only instant is still a Date in every way a reader sees it', () => {
    const date = first?.dueAt as Date;
    expect(date).toBeInstanceOf(Date);
    expect(Object.prototype.toString.call(date)).toBe('[object Date]');
    expect(date.constructor).toBe(Date);
    expect(JSON.stringify({ date })).toBe(`{"date":"${new Date(BASE + 40 * DAY).toISOString()}"}`);
    expect(date).toEqual(new Date(BASE + 40 * DAY));
    expect(+date).toBe(BASE + 40 * DAY);
  });

  it('BIL-02 copies are ordinary, changeable Dates: new Date(d), structuredClone, date-fns', () => {
    const date = first?.dueAt as Date;
    const copy = new Date(date);
    copy.setUTCDate(1);
    expect(copy.getUTCDate()).toBe(1);
    expect(isReadonlyDate(structuredClone(date))).toBe(false);
    const later = addDays(date, 3);
    expect(later.getTime()).toBe(date.getTime() + 3 * DAY);
    expect(isReadonlyDate(later)).toBe(false);
    later.setUTCHours(5);
    expect(date.getTime()).toBe(BASE + 40 * DAY);
  });

  it('BIL-07 the other billing functions take read-only instants as input', () => {
    const due = dueReminder(third as Invoice, [], new Date(BASE + 90 * DAY));
    expect(due).not.toBeNull();
  });
});

describe('InstantCache', () => {
  it('BIL-02 property: every date it returns holds exactly the instant asked for, and is read-only', () => {
    const cache = new InstantCache();
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 }), { minLength: 1, maxLength: 50 }),
        (instants) =>
          instants.every((ms) => {
            const d = cache.date(ms);
            return d.getTime() === ms && isReadonlyDate(d);
          }),
      ),
      { numRuns: 500 },
    );
  });

  it('BIL-02 property: an instant asked for twice in a row is the same object', () => {
    const cache = new InstantCache();
    fc.assert(
      fc.property(fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 }), (ms) => {
        const once = cache.date(ms);
        return cache.date(ms) === once;
      }),
    );
  });

  it('BIL-02 a year of days fits the cache: each day is created once', () => {
    const cache = new InstantCache();
    const days = Array.from({ length: 366 }, (_, d) => cache.date(BASE + d * DAY));
    expect(days.every((date, d) => cache.date(BASE + d * DAY) === date)).toBe(true);
  });

  it('readonlyDate() makes an unshared read-only date', () => {
    expect(readonlyDate(5)).not.toBe(readonlyDate(5));
    expect(isReadonlyDate(readonlyDate(5))).toBe(true);
    expect(isReadonlyDate(new Date(5))).toBe(false);
  });
});
