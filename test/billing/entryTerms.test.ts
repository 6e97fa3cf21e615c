/**
 * An id names one entry (BIL-09, PAR-09): a ledger that applied a cancelled order's credit, a payout
 * or a cashback by id keeps what the entry was, so the same id with other terms is refused instead
 * of passing for a retry (the second entry would be lost without a word). Found by an outside
 * attack: `creditCancelledOrder` with a reused payment id for another customer was a silent no-op.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bookIncentive,
  creditCancelledOrder,
  emptyPrepaidLedger,
  prepaidLedger,
  requestPayout,
  type PrepaidLedger,
} from '../../src/index.js';
import { jsonSchemaFor } from '../../src/schemas/index.js';
import { expectInvalid, expectPolicyError } from '../helpers/expectError.js';

const chf = (amount: string) => ({ amount, currency: 'CHF' });
const viaJson = (l: PrepaidLedger): PrepaidLedger => prepaidLedger(JSON.parse(JSON.stringify(l)));
const at = '2026-11-23T09:00:00Z';

describe('BIL-09 a cancelled order credited by payment id', () => {
  const first = creditCancelledOrder(emptyPrepaidLedger(), { customer: 'c1', amount: chf('59.00'), payment: 'P-7' });

  it('BIL-09 the same payment id with the same terms is a retry: nothing changes (also after JSON)', () => {
    for (const ledger of [first, viaJson(first)]) {
      const again = creditCancelledOrder(ledger, { customer: 'c1', amount: chf('59'), payment: 'P-7' });
      expect(again.balance('c1', 'CHF').toString()).toBe('CHF 59.00');
    }
  });

  it('BIL-09 the same payment id for another customer or amount is DUPLICATE_PAYMENT, nothing credited (also after JSON)', () => {
    for (const ledger of [first, viaJson(first)]) {
      const e = expectPolicyError(
        () => creditCancelledOrder(ledger, { customer: 'c2', amount: chf('59.00'), payment: 'P-7' }),
        'DUPLICATE_PAYMENT',
      );
      expect(e.rule).toBe('BIL-09');
      expect(e.details).toEqual({ id: 'P-7', recorded: 'c1: CHF 59.00', given: 'c2: CHF 59.00' });
      expect(e.message).toContain('P-7');
      expectPolicyError(() => creditCancelledOrder(ledger, { customer: 'c1', amount: chf('60.00'), payment: 'P-7' }), 'DUPLICATE_PAYMENT');
      expectPolicyError(
        () => creditCancelledOrder(ledger, { customer: 'c1', amount: { amount: '59.00', currency: 'EUR' }, payment: 'P-7' }),
        'DUPLICATE_PAYMENT',
      );
    }
  });

  it('BIL-09 a ledger written before terms were kept takes a repeated id for a retry, as it did', () => {
    const old = prepaidLedger({ balances: { c1: { CHF: '59.00' } }, creditedPayments: ['P-7'] });
    expect(creditCancelledOrder(old, { customer: 'c2', amount: chf('1.00'), payment: 'P-7' }).toJSON()).toEqual(old.toJSON());
  });

  it('BIL-09 without a payment id every call credits, and no terms are kept', () => {
    const twice = creditCancelledOrder(creditCancelledOrder(emptyPrepaidLedger(), { customer: 'c1', amount: chf('5.00') }), {
      customer: 'c1',
      amount: chf('5.00'),
    });
    expect(twice.balance('c1', 'CHF').toString()).toBe('CHF 10.00');
    expect(twice.toJSON().terms).toBeUndefined();
  });
});

describe('BIL-09 a payout made by payout id', () => {
  const ledger = prepaidLedger({ balances: { c1: { CHF: '100.00' } } });
  const first = requestPayout(ledger, { customer: 'c1', amount: chf('40.00'), method: 'paypal', id: 'PO-1' }).ledger;

  it('BIL-09 the same payout id with the same terms is a retry: alreadyMade, nothing debited', () => {
    const again = requestPayout(viaJson(first), { customer: 'c1', amount: chf('40.0'), method: 'paypal', id: 'PO-1' });
    expect(again.alreadyMade).toBe(true);
    expect(again.ledger.balance('c1', 'CHF').toString()).toBe('CHF 60.00');
  });

  it('BIL-09 the same payout id with another amount, method or customer is DUPLICATE_PAYOUT', () => {
    for (const request of [
      { customer: 'c1', amount: chf('50.00'), method: 'paypal' as const, id: 'PO-1' },
      { customer: 'c1', amount: chf('40.00'), method: 'bank-account' as const, id: 'PO-1' },
      { customer: 'c2', amount: chf('40.00'), method: 'paypal' as const, id: 'PO-1' },
    ]) {
      const e = expectPolicyError(() => requestPayout(viaJson(first), request), 'DUPLICATE_PAYOUT');
      expect(e.rule).toBe('BIL-09');
      expect((e.details as { recorded: string }).recorded).toBe('c1: CHF 40.00 by paypal');
    }
  });
});

describe('PAR-09 a cashback booked by order id', () => {
  const cashback = (amount: string) => ({ kind: 'cashback' as const, amount: chf(amount) });
  const first = bookIncentive(emptyPrepaidLedger(), cashback('138.88'), { partner: 'agency', order: 'O-1', at }).ledger;

  it('PAR-09 the same order with another cashback or partner is DUPLICATE_ORDER, nothing booked', () => {
    const e = expectPolicyError(
      () => bookIncentive(viaJson(first), cashback('10.00'), { partner: 'agency', order: 'O-1', at }),
      'DUPLICATE_ORDER',
    );
    expect(e.rule).toBe('PAR-09');
    expectPolicyError(() => bookIncentive(first, cashback('138.88'), { partner: 'other', order: 'O-1', at }), 'DUPLICATE_ORDER');
  });

  it('PAR-09 the same order reported as a discount or none changes nothing (it books nothing either way)', () => {
    for (const incentive of [{ kind: 'discount' as const, amount: chf('1.00') }, { kind: 'none' as const }]) {
      const again = bookIncentive(first, incentive, { partner: 'agency', order: 'O-1', at });
      expect([again.alreadyBooked, again.ledger.toJSON()]).toEqual([true, first.toJSON()]);
    }
  });
});

describe('the terms in the ledger JSON', () => {
  it('are written and read back as data, for any id (__proto__ included)', () => {
    let ledger = creditCancelledOrder(emptyPrepaidLedger(), { customer: '__proto__', amount: chf('5.00'), payment: '__proto__' });
    ledger = requestPayout(ledger, { customer: '__proto__', amount: chf('1.00'), method: 'paypal', id: 'constructor' }).ledger;
    const json = JSON.parse(JSON.stringify(ledger));
    expect(json.terms.creditedPayments).toEqual(JSON.parse('{"__proto__":"__proto__: CHF 5.00"}'));
    expect(json.terms.payouts).toEqual({ constructor: '__proto__: CHF 1.00 by paypal' });
    expectPolicyError(
      () => creditCancelledOrder(prepaidLedger(json), { customer: 'c1', amount: chf('5.00'), payment: '__proto__' }),
      'DUPLICATE_PAYMENT',
    );
  });

  it('bad terms are an input error naming the field; unknown kinds too', () => {
    expect(expectInvalid(() => prepaidLedger({ balances: {}, terms: { payouts: { 'PO-1': '' } } })).message).toContain(
      'terms.payouts.PO-1',
    );
    expectInvalid(() => prepaidLedger({ balances: {}, terms: { payouts: { 'PO-1': 'x'.repeat(301) } } }));
    expect(expectInvalid(() => prepaidLedger({ balances: {}, terms: { invoices: {} } } as never)).message).toContain('invoices');
    expectInvalid(() => prepaidLedger({ balances: {}, terms: { payouts: { 'PO-1': 5 } } } as never));
  });

  it('the JSON schema of a ledger describes them', () => {
    const schema = JSON.stringify(jsonSchemaFor('PrepaidLedgerInput'));
    expect(schema).toContain('"terms"');
    expect(schema).toContain('"maxLength":300');
  });

  it('property: a repeated id is a retry exactly when its terms are the same', () => {
    const customer = fc.constantFrom('c1', 'c2', 'a: CHF 1.00', '__proto__');
    const amount = fc.integer({ min: 1, max: 100_000 }).map((c) => (c / 100).toFixed(2));
    fc.assert(
      fc.property(customer, amount, customer, amount, (c1, a1, c2, a2) => {
        const first = creditCancelledOrder(emptyPrepaidLedger(), { customer: c1, amount: chf(a1), payment: 'P' });
        const same = c1 === c2 && a1 === a2;
        let error: unknown;
        try {
          creditCancelledOrder(viaJson(first), { customer: c2, amount: chf(a2), payment: 'P' });
        } catch (e) {
          error = e;
        }
        expect(error === undefined).toBe(same);
        if (!same) expect((error as { code: string }).code).toBe('DUPLICATE_PAYMENT');
      }),
    );
  });
});
