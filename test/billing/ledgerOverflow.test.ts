import { describe, it, expect } from 'vitest';
import { bookIncentive, creditCancelledOrder, emptyPrepaidLedger, prepaidLedger, reconcile, type PrepaidLedger } from '../../src/index.js';
import { referenceReconcile } from '../../src/billing/rules/referenceReconcile.js';

/*
 * A prepaid balance is a Money: at most 30 integer digits (MON-01). A credit that would take it
 * further fails at once, with the ledger unchanged, instead of returning a ledger whose toJSON(),
 * accounts() and balance() throw later (every customer's balances could no longer be stored).
 */

const NINES = '9'.repeat(30);
const chf = (amount: string) => ({ amount, currency: 'CHF' });
const outOfRange = expect.objectContaining({ code: 'AMOUNT_OUT_OF_RANGE', rule: 'MON-01' });

function nearlyFull(): PrepaidLedger {
  const ledger = creditCancelledOrder(emptyPrepaidLedger(), { customer: 'acme', amount: chf('100.00') });
  return creditCancelledOrder(ledger, { customer: 'c', amount: chf(`${NINES}.00`) });
}

/** The ledger still reads and writes whole. */
function expectIntact(ledger: PrepaidLedger): void {
  expect(ledger.balance('c', 'CHF').toDecimalString()).toBe(`${NINES}.00`);
  expect(ledger.balance('acme', 'CHF').toDecimalString()).toBe('100.00');
  expect(JSON.parse(JSON.stringify(ledger)).balances.c.CHF).toBe(`${NINES}.00`);
}

describe('a credit beyond 30 integer digits fails at once (BIL-05, BIL-09, MON-01)', () => {
  it('MON-01: creditCancelledOrder onto a full balance is AMOUNT_OUT_OF_RANGE, the ledger unchanged', () => {
    const ledger = nearlyFull();
    expect(() => creditCancelledOrder(ledger, { customer: 'c', amount: chf('1.00'), payment: 'P2' })).toThrow(outOfRange);
    expect(() => creditCancelledOrder(ledger, { customer: 'c', amount: chf(NINES) })).toThrow(outOfRange);
    expectIntact(ledger);
    // Another customer is credited as before.
    const other = creditCancelledOrder(ledger, { customer: 'acme', amount: chf('9'.repeat(29)) });
    expect(other.balance('acme', 'CHF').toDecimalString()).toBe(`1${'0'.repeat(27)}99.00`);
  });

  it('MON-01: bookIncentive of a cashback onto a full balance is AMOUNT_OUT_OF_RANGE', () => {
    const ledger = nearlyFull();
    const run = () =>
      bookIncentive(ledger, { kind: 'cashback', amount: chf('1.00') }, { partner: 'c', order: 'O', at: '2026-01-01T00:00:00Z' });
    expect(run).toThrow(outOfRange);
    expectIntact(ledger);
  });

  it('MON-01: reconcile fails as a whole when its credits take a balance beyond 30 integer digits, as referenceReconcile does', () => {
    const prepaid = prepaidLedger({ balances: { c1: { CHF: `${NINES}.00` } } });
    const input = {
      invoices: [],
      payments: [{ id: 'P1', customer: 'c1', amount: chf('1.00'), bookedAt: '2026-03-20T10:00:00Z' }],
      prepaid,
      customers: ['c1'],
    };
    expect(() => reconcile(input)).toThrow(outOfRange);
    expect(() => referenceReconcile(input)).toThrow(outOfRange);
    expect(prepaid.balance('c1', 'CHF').toDecimalString()).toBe(`${NINES}.00`);
    // Many credits whose sum only overflows together fail the same way.
    const many = Array.from({ length: 2 }, (_, i) => ({
      id: `Q${i}`,
      customer: 'c1',
      amount: chf(`6${'0'.repeat(29)}.00`),
      bookedAt: '2026-03-20T10:00:00Z',
    }));
    const empty = { invoices: [], payments: many, prepaid: emptyPrepaidLedger(), customers: ['c1'] };
    expect(() => reconcile(empty)).toThrow(outOfRange);
  });

  it('MON-01: a balance of exactly 30 nines is still credited', () => {
    const ledger = creditCancelledOrder(emptyPrepaidLedger(), { customer: 'c', amount: chf(`${'9'.repeat(29)}.00`) });
    const full = creditCancelledOrder(ledger, { customer: 'c', amount: chf(`9${'0'.repeat(29)}`) });
    expect(full.balance('c', 'CHF').toDecimalString()).toBe(`${NINES}.00`);
    expect(JSON.parse(JSON.stringify(full)).balances.c.CHF).toBe(`${NINES}.00`);
  });
});
