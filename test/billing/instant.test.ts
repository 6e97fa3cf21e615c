import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { instantMs } from '../../src/billing/instant.js';
import { reconcile, InvalidInputError } from '../../src/index.js';

describe('BIL-02 instants on invoices and payments', () => {
  it('BIL-02 property: the fast path reads every Date#toISOString() exactly', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0100-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }),
        (d) => instantMs(d.toISOString()) === d.getTime(),
      ),
      { numRuns: 2000 },
    );
  });

  it('BIL-02 property: with an offset, the general path agrees with Date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-02T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -12, max: 14 }),
        (d, hours) => {
          const local = new Date(d.getTime() + hours * 3_600_000).toISOString().slice(0, 19);
          const sign = hours < 0 ? '-' : '+';
          const offset = `${sign}${String(Math.abs(hours)).padStart(2, '0')}:00`;
          return instantMs(`${local}${offset}`) === Math.floor(d.getTime() / 1000) * 1000;
        },
      ),
    );
  });

  it.each([
    '2026-02-30T00:00:00.000Z',
    '2026-02-29T10:00:00Z',
    '2026-01-01T24:00:00.000Z',
    '2026-03-01T09:00:60Z',
    '2026-03-01T09:00:00.0a0Z',
    '2026-03-01',
    '2026-03-01T09:00:00',
    'tomorrow',
  ])('BIL-02 %s is not an instant', (s) => {
    expect(Number.isNaN(instantMs(s))).toBe(true);
  });

  it('BIL-02 a leap day is an instant', () => {
    expect(instantMs('2024-02-29T12:00:00.000Z')).toBe(Date.UTC(2024, 1, 29, 12));
  });

  it('BIL-02 a local time without offset is refused (it would depend on the host zone)', () => {
    expect(() =>
      reconcile({ invoices: [], payments: [{ id: 'P', amount: { amount: '1', currency: 'CHF' }, bookedAt: '2026-03-01T09:00:00' }] }),
    ).toThrow(InvalidInputError);
  });
});

describe('BIL-02 instants before year 100', () => {
  it('BIL-02 year 0050 is read as 50, not 1950', () => {
    expect(new Date(instantMs('0050-06-01T00:00:00.000Z')).getUTCFullYear()).toBe(50);
  });
});
