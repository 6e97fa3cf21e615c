/**
 * PAR-09 as clarified ("Cashback is booked: it ends as a credit on the partner's prepaid account
 * (BIL-05), once per order or renewal, whatever the number of times it is reported") and issue 15:
 * money moves once per id, cashback bookings included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookIncentive, emptyPrepaidLedger, prepaidLedger, type PrepaidLedger } from '../../src/index.js';
import { expectInvalid } from '../helpers/expectError.js';

const at = '2026-11-23T09:00:00Z';
const cashback = (amount: string) => ({ kind: 'cashback' as const, amount: { amount, currency: 'CHF' } });
const viaJson = (l: PrepaidLedger): PrepaidLedger => prepaidLedger(JSON.parse(JSON.stringify(l)));

describe('PAR-09 cashback is booked on the partner prepaid account, once per order', () => {
  it('PAR-09 a cashback credits the partner and is booked once, however often the order is reported', () => {
    const first = bookIncentive(emptyPrepaidLedger(), cashback('138.88'), { partner: 'agency', order: 'O-1', at });
    expect(first.booked?.toString()).toBe('CHF 138.88');
    expect(first.ledger.balance('agency', 'CHF').toString()).toBe('CHF 138.88');
    const again = bookIncentive(viaJson(first.ledger), cashback('138.88'), { partner: 'agency', order: 'O-1', at: '2026-11-24T09:00:00Z' });
    expect([again.alreadyBooked, again.booked]).toEqual([true, null]);
    expect(again.ledger.balance('agency', 'CHF').toString()).toBe('CHF 138.88');
    const next = bookIncentive(again.ledger, cashback('10.00'), { partner: 'agency', order: 'O-2', at });
    expect(next.ledger.balance('agency', 'CHF').toString()).toBe('CHF 148.88');
  });

  it('PAR-09 a discount or no incentive books nothing', () => {
    const ledger = emptyPrepaidLedger();
    expect(
      bookIncentive(
        ledger,
        { kind: 'discount', amount: { amount: '69.44', currency: 'CHF' } },
        { partner: 'agency', order: 'O-1', at },
      ).ledger.toJSON(),
    ).toEqual(ledger.toJSON());
    expect(bookIncentive(ledger, { kind: 'none' }, { partner: 'agency', order: 'O-1', at }).booked).toBeNull();
  });

  it('PAR-09 property: reporting orders in any order and any number of times credits each order once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }), (reports) => {
        let ledger = emptyPrepaidLedger();
        const expected = new Map<string, number>();
        const seen = new Set<number>();
        for (const order of reports) {
          // The same order always belongs to the same partner with the same cashback.
          const owner = ['agency', '__proto__', 'constructor'][order % 3] as string;
          ledger = viaJson(bookIncentive(ledger, cashback(`${order + 1}.00`), { partner: owner, order: `O-${order}`, at }).ledger);
          if (!seen.has(order)) expected.set(owner, (expected.get(owner) ?? 0) + order + 1);
          seen.add(order);
        }
        for (const [owner, sum] of expected) expect(ledger.balance(owner, 'CHF').toString()).toBe(`CHF ${sum.toFixed(2)}`);
      }),
    );
  });

  it('PAR-09 bad input: an unknown key, a negative cashback, a blank order id', () => {
    const ledger = emptyPrepaidLedger();
    expect(
      expectInvalid(() => bookIncentive(ledger, cashback('1.00'), { partner: 'agency', order: 'O-1', at, ordr: 'x' } as never)).message,
    ).toMatch(/unknown key 'ordr'/);
    expectInvalid(() => bookIncentive(ledger, cashback('-1.00'), { partner: 'agency', order: 'O-1', at }));
    expectInvalid(() => bookIncentive(ledger, cashback('1.00'), { partner: 'agency', order: ' ', at }));
  });
});
