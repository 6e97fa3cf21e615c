/**
 * The prepaid ledger's own contract (BIL-05, BIL-09): sorted accounts without zero balances, the
 * JSON form, the remembered credited payments (merged lazily), and the "never negative" guard of
 * the draft that engines write through.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  creditCancelledOrder,
  emptyPrepaidLedger,
  payInvoiceFromPrepaid,
  prepaidLedger,
  reconcile,
  requestPayout,
  type PrepaidLedger,
} from '../../src/billing/index.js';
import { money } from '../../src/money/index.js';
import { chf, invoice, payment, REF_A } from './fixtures.js';

function credit(ledger: PrepaidLedger, customer: string, amount: string, currency: string, payment?: string): PrepaidLedger {
  return creditCancelledOrder(
    ledger,
    payment === undefined ? { customer, amount: { amount, currency } } : { customer, amount: { amount, currency }, payment },
  );
}

describe('prepaid ledger', () => {
  it('BIL-05 accounts come sorted by customer then currency, without zero balances', () => {
    let ledger = emptyPrepaidLedger();
    ledger = credit(ledger, 'zeta', '1.00', 'EUR');
    ledger = credit(ledger, 'alpha', '2.00', 'USD');
    ledger = credit(ledger, 'alpha', '3.00', 'CHF');
    ledger = credit(ledger, 'mid', '10.00', 'CHF');
    ledger = payInvoiceFromPrepaid(ledger, invoice('INV-1', 'mid', REF_A, chf('10.00'))).ledger; // mid: CHF 0.00
    expect(ledger.accounts().map((a) => `${a.customer} ${a.balance.toString()}`)).toEqual([
      'alpha CHF 3.00',
      'alpha USD 2.00',
      'zeta EUR 1.00',
    ]);
    expect(ledger.customers()).toEqual(['alpha', 'mid', 'zeta']);
    expect(ledger.balance('mid', 'CHF').isZero()).toBe(true);
    expect(ledger.balance('nobody', 'JPY').toString()).toBe(money('0', 'JPY').toString());
    expect(ledger.toJSON()).toEqual({
      balances: { alpha: { CHF: '3.00', USD: '2.00' }, zeta: { EUR: '1.00' } },
      creditedPayments: [],
      paidInvoices: ['INV-1'],
      terms: { paidInvoices: { 'INV-1': 'mid: CHF 10.00' } },
    });
  });

  it('BIL-09 credited payments are remembered in order, across ledgers and through the JSON form', () => {
    const empty = emptyPrepaidLedger();
    expect(empty.hasCreditedAny()).toBe(false);
    const one = credit(empty, 'c1', '5.00', 'CHF', 'P1');
    expect(empty.hasCreditedAny()).toBe(false); // immutable: the empty ledger is unchanged
    expect(one.hasCreditedAny()).toBe(true);
    const two = credit(one, 'c1', '5.00', 'CHF', 'P2');
    const three = credit(two, 'c2', '1.00', 'CHF'); // no payment id: nothing remembered
    expect(three.creditedPayments()).toEqual(['P1', 'P2']);
    expect(three.hasCredited('P1')).toBe(true);
    expect(three.hasCredited('P2')).toBe(true);
    expect(three.hasCredited('P3')).toBe(false);
    expect(one.creditedPayments()).toEqual(['P1']);
    const back = prepaidLedger(three.toJSON());
    expect(back.creditedPayments()).toEqual(['P1', 'P2']);
    expect(back.hasCreditedAny()).toBe(true);
    expect(back.balance('c1', 'CHF').toString()).toBe('CHF 10.00');
    expect(prepaidLedger({ balances: {} }).hasCreditedAny()).toBe(false);
  });

  it('BIL-05 the draft refuses to take more than a balance, an unknown currency or an unknown customer', () => {
    const ledger = credit(emptyPrepaidLedger(), 'c1', '5.00', 'CHF');
    for (const [customer, amount] of [
      ['c1', money('5.01', 'CHF')],
      ['c1', money('1.00', 'EUR')],
      ['c2', money('1.00', 'CHF')],
    ] as const) {
      const draft = ledger.draft();
      expect(() => draft.debit(customer, amount)).toThrowError(
        expect.objectContaining({ code: 'INSUFFICIENT_PREPAID_BALANCE', rule: 'BIL-05' }),
      );
    }
    const draft = ledger.draft();
    draft.debit('c1', money('5.00', 'CHF'));
    expect(draft.done().balance('c1', 'CHF').isZero()).toBe(true);
    expect(ledger.balance('c1', 'CHF').toString()).toBe('CHF 5.00'); // the draft copied the balances
  });

  it(
    'BIL-05 every ledger keeps its own balances: a later credit or payout in one currency changes neither the earlier ledger nor the ' +
      'other currencies',
    () => {
      const step = fc.record({
        customer: fc.constantFrom('c1', 'c2', 'c3'),
        currency: fc.constantFrom('CHF', 'EUR', 'USD'),
        cents: fc.integer({ min: 1, max: 5000 }),
        payout: fc.boolean(),
      });
      fc.assert(
        fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
          const ledgers: PrepaidLedger[] = [emptyPrepaidLedger()];
          const models: Map<string, number>[] = [new Map()];
          for (const { customer, currency, cents, payout } of steps) {
            const ledger = ledgers[ledgers.length - 1] as PrepaidLedger;
            const model = new Map(models[models.length - 1]);
            const key = `${customer} ${currency}`;
            const before = model.get(key) ?? 0;
            const amount = { amount: (cents / 100).toFixed(2), currency };
            if (payout && before >= cents) {
              ledgers.push(requestPayout(ledger, { customer, amount, method: 'bank-account' }).ledger);
              model.set(key, before - cents);
            } else if (!payout) {
              ledgers.push(credit(ledger, customer, amount.amount, currency));
              model.set(key, before + cents);
            } else {
              continue;
            }
            models.push(model);
          }
          ledgers.forEach((ledger, n) => {
            for (const customer of ['c1', 'c2', 'c3']) {
              for (const currency of ['CHF', 'EUR', 'USD']) {
                expect(ledger.balance(customer, currency).amount.times(100).toNumber()).toBe(
                  models[n]?.get(`${customer} ${currency}`) ?? 0,
                );
              }
            }
            expect(ledger.accounts()).toHaveLength([...(models[n] as Map<string, number>).values()].filter((v) => v > 0).length);
          });
        }),
        { numRuns: 200 },
      );
    },
  );

  it('BIL-05 a customer’s accounts come sorted by currency whatever the order they were opened in', () => {
    let ledger = emptyPrepaidLedger();
    for (const currency of ['USD', 'CHF', 'EUR', 'GBP']) ledger = credit(ledger, 'c1', '1.00', currency);
    expect(ledger.accounts().map((a) => a.balance.currency)).toEqual(['CHF', 'EUR', 'GBP', 'USD']);
    expect(() => ledger.draft().debit('c1', money('1.01', 'EUR'))).toThrowError('The prepaid balance of c1 does not cover EUR 1.01.');
  });

  it(
    'BIL-04 a customer listed in the ledger without any balance is a known customer: ' +
      'a payment of theirs is credited, not unidentified',
    () => {
      const ledger = prepaidLedger({ balances: { c9: {} } });
      expect(ledger.customers()).toEqual(['c9']);
      expect(ledger.accounts()).toEqual([]);
      const r = reconcile({ invoices: [], payments: [payment('P1', chf('5.00'), { customer: 'c9' })], prepaid: ledger });
      expect(r.unidentified).toEqual([]);
      expect(r.credited.map((c) => [c.customer, c.cause])).toEqual([['c9', 'UNKNOWN_REFERENCE']]);
      expect(r.prepaid.balance('c9', 'CHF').toString()).toBe('CHF 5.00');
    },
  );
});

describe('BIL-05 the ledger checks the arguments of its methods (red-team finding 4)', () => {
  const ledger = credit(emptyPrepaidLedger(), 'c', '10.00', 'CHF', 'P1');
  const badCurrencies: unknown[] = ['chf', 'XYZ', '', '__proto__', 'CHF ', 42, undefined, null, {}];
  const badIds: unknown[] = [42, undefined, null, '', '   ', 'x'.repeat(201), {}];

  it.each(badCurrencies)('BIL-05 balance() refuses the currency %j instead of answering a zero the customer does not have', (currency) => {
    expect(() => ledger.balance('c', currency as string)).toThrowError(
      expect.objectContaining({
        name: 'InvalidInputError',
        code: 'INVALID_INPUT',
        rule: 'BIL-05',
        message: "Invalid prepaid balance: currency: must be an ISO 4217 currency code in upper case, like 'CHF' or 'EUR'",
      }),
    );
  });

  it.each(badIds)('BIL-05 balance() and every lookup by id refuse %j', (id) => {
    expect(() => ledger.balance(id as string, 'CHF')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        rule: 'BIL-05',
        message: expect.stringContaining('customer: must be a non-empty string'),
      }),
    );
    const lookups = [
      (v: string) => ledger.hasCredited(v),
      (v: string) => ledger.hasPaidInvoice(v),
      (v: string) => ledger.hasPayout(v),
      (v: string) => ledger.hasBookedIncentive(v),
      (v: string) => ledger.hasAppliedReversal(v),
      (v: string) => ledger.hasReversed(v),
    ];
    for (const lookup of lookups)
      expect(() => lookup(id as string)).toThrowError(expect.objectContaining({ name: 'InvalidInputError', code: 'INVALID_INPUT' }));
  });

  it('BIL-05 valid arguments answer as before: the balance held, zero for another currency or customer, ids such as __proto__', () => {
    expect(ledger.balance('c', 'CHF').toString()).toBe('CHF 10.00');
    expect(ledger.balance('c', 'EUR').toString()).toBe('EUR 0.00');
    expect(ledger.balance('__proto__', 'JPY').toString()).toBe('JPY 0');
    expect([ledger.hasCredited('P1'), ledger.hasCredited('__proto__'), ledger.hasPayout('P1')]).toEqual([true, false, false]);
  });
});
