/**
 * Issue 15 (Trust I), billing values: ids that are also names of Object.prototype's members,
 * entries applied once by their id, and values the library writes that it must read back.
 * Each `describe` names the item of the issue it covers; every test here failed before the fix.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  creditCancelledOrder,
  emptyPrepaidLedger,
  money,
  parseMoney,
  payInvoiceFromPrepaid,
  prepaidLedger,
  reconcile,
  requestPayout,
  weeklySchedule,
  type PrepaidLedger,
} from '../../src/index.js';
import { expectInvalid, expectPolicyError } from '../helpers/expectError.js';
import { chf, invoice, payment, REF_A, REF_UNUSED } from './fixtures.js';

const SPECIAL_IDS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'];
const schedule = weeklySchedule({ timeZone: 'Europe/Zurich', hours: { mon: [['08:00', '17:00']] } });

/** The ledger as it comes back from storage: through JSON text. */
const throughJson = (ledger: PrepaidLedger): PrepaidLedger => prepaidLedger(JSON.parse(JSON.stringify(ledger)));

describe('item 1: a customer id that names a member of Object.prototype is an ordinary id', () => {
  it.each(SPECIAL_IDS)('%s: reconcile() credits it, the JSON holds it, it reads back, and nothing leaks onto Object.prototype', (id) => {
    const r = reconcile({
      invoices: [],
      payments: [payment('P-1', chf('30.00'), { customer: id, reference: REF_UNUSED })],
      customers: [id],
    });
    expect(r.credited.map((c) => [c.customer, c.cause])).toEqual([[id, 'UNKNOWN_REFERENCE']]);
    const json = r.prepaid.toJSON();
    expect(Object.keys(json.balances)).toEqual([id]);
    expect(JSON.stringify(json.balances)).toBe(`{${JSON.stringify(id)}:{"CHF":"30.00"}}`);
    expect(({} as Record<string, unknown>)['CHF']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('CHF');
    // The money is still there after storage: the balance and the credited payment.
    const back = throughJson(r.prepaid);
    expect(back.balance(id, 'CHF').toString()).toBe('CHF 30.00');
    expect(back.hasCredited('P-1')).toBe(true);
    // The rest of the library is unaffected in the same process.
    expect(addBusinessTime('2026-11-23T08:00:00Z', { hours: 1 }, schedule).toISOString()).toBe('2026-11-23T09:00:00.000Z');
  });

  it.each(SPECIAL_IDS)('%s: the totals per currency and the settled invoice keep the id', (id) => {
    const r = reconcile({
      invoices: [invoice('INV-1', id, REF_A, chf('10.00'))],
      payments: [payment('P-1', chf('10.00'), { reference: REF_A })],
    });
    expect(r.settled[0]?.invoice.customer).toBe(id);
    expect(Object.getPrototypeOf(r.totals)).toBeNull();
    expect(r.totals['CHF']?.settled.toString()).toBe('CHF 10.00');
  });

  it('prepaidLedger() reads a balance keyed "__proto__" from JSON.parse (it was dropped silently)', () => {
    const ledger = prepaidLedger(JSON.parse('{ "balances": { "__proto__": { "CHF": "10.00" } } }'));
    expect(ledger.balance('__proto__', 'CHF').toString()).toBe('CHF 10.00');
    expect(ledger.customers()).toEqual(['__proto__']);
  });

  it('a balances object whose entries are inherited is refused, not read', () => {
    const inherited = Object.create({ c1: { CHF: '10.00' } }) as Record<string, Record<string, string>>;
    const e = expectInvalid(() => prepaidLedger({ balances: inherited }));
    expect(e.issues[0]?.path).toEqual(['balances']);
  });

  it('a ledger of many special ids survives repeated credits and JSON round trips', () => {
    let ledger = emptyPrepaidLedger();
    for (const [n, id] of SPECIAL_IDS.entries())
      ledger = creditCancelledOrder(throughJson(ledger), { customer: id, amount: chf(`${n + 1}.00`), payment: `P-${n}` });
    for (const [n, id] of SPECIAL_IDS.entries()) expect(throughJson(ledger).balance(id, 'CHF').toString()).toBe(`CHF ${n + 1}.00`);
  });
});

describe('item 4: money moves once per entry id (BIL-09, BIL-05)', () => {
  const transfer = { customer: 'c1', amount: chf('59.00'), payment: 'P-7' };

  it('BIL-09 creditCancelledOrder applied twice with the same payment id credits once', () => {
    const once = creditCancelledOrder(emptyPrepaidLedger(), transfer);
    const twice = creditCancelledOrder(once, transfer);
    expect(twice.balance('c1', 'CHF').toString()).toBe('CHF 59.00');
    // Also after the ledger went through storage.
    expect(creditCancelledOrder(throughJson(once), transfer).balance('c1', 'CHF').toString()).toBe('CHF 59.00');
  });

  it('BIL-09 a payment that a reconciliation already credited is not credited again as a cancelled order', () => {
    const r = reconcile({ invoices: [], payments: [payment('P-7', chf('59.00'), { customer: 'c1' })], customers: ['c1'] });
    expect(creditCancelledOrder(r.prepaid, transfer).balance('c1', 'CHF').toString()).toBe('CHF 59.00');
  });

  it('BIL-09 without a payment id, each call credits (nothing to recognise a repeat by)', () => {
    const { customer, amount } = transfer;
    const ledger = creditCancelledOrder(creditCancelledOrder(emptyPrepaidLedger(), { customer, amount }), { customer, amount });
    expect(ledger.balance('c1', 'CHF').toString()).toBe('CHF 118.00');
  });

  it('BIL-09 a payout requested twice with the same id is debited once, and the second answer says so', () => {
    const start = prepaidLedger({ balances: { c1: { CHF: '100.00' } } });
    const request = { customer: 'c1', amount: chf('60.00'), method: 'paypal' as const, id: 'PO-1' };
    const first = requestPayout(start, request);
    expect(first.alreadyMade).toBe(false);
    const second = requestPayout(throughJson(first.ledger), request);
    expect(second.alreadyMade).toBe(true);
    expect(second.ledger.balance('c1', 'CHF').toString()).toBe('CHF 40.00');
    expect(second.payout).toEqual(first.payout);
    // Another id is another payout, refused here because the balance no longer covers it.
    expectPolicyError(() => requestPayout(second.ledger, { ...request, id: 'PO-2' }), 'PAYOUT_ABOVE_BALANCE', 'BIL-09');
  });

  it('BIL-05 paying an invoice from the prepaid account twice (a retry with the invoice as it was) debits once', () => {
    const start = prepaidLedger({ balances: { c1: { CHF: '100.00' } } });
    const open = invoice('INV-1', 'c1', REF_A, chf('80.00'));
    const first = payInvoiceFromPrepaid(start, open);
    const retry = payInvoiceFromPrepaid(throughJson(first.ledger), open);
    expect(retry.ledger.balance('c1', 'CHF').toString()).toBe('CHF 20.00');
    expect(retry.invoice).toEqual(first.invoice);
    // The same with the invoice as the first call returned it (settled by 'prepaid').
    expect(
      payInvoiceFromPrepaid(first.ledger, { ...open, settled: true, settledBy: 'prepaid' })
        .ledger.balance('c1', 'CHF')
        .toString(),
    ).toBe('CHF 20.00');
  });

  it('BIL-05 an invoice settled by a bank payment is still refused from the prepaid account', () => {
    const start = prepaidLedger({ balances: { c1: { CHF: '100.00' } } });
    const paid = payInvoiceFromPrepaid(start, invoice('INV-1', 'c1', REF_A, chf('80.00'))).ledger;
    expectPolicyError(
      () => payInvoiceFromPrepaid(paid, invoice('INV-1', 'c1', REF_A, chf('80.00'), { settled: true, settledBy: 'P-9' })),
      'INVOICE_ALREADY_SETTLED',
      'BIL-05',
    );
  });
});

describe('item 7: what the library writes, it reads back', () => {
  it('MON-01 ledger balances above 10^15 from two large credits round-trip through JSON', () => {
    let ledger = creditCancelledOrder(emptyPrepaidLedger(), { customer: 'c1', amount: chf('999999999999999.99'), payment: 'P-1' });
    ledger = creditCancelledOrder(ledger, { customer: 'c1', amount: chf('999999999999999.99'), payment: 'P-2' });
    expect(ledger.balance('c1', 'CHF').toString()).toBe('CHF 1999999999999999.98');
    expect(throughJson(ledger).balance('c1', 'CHF').toString()).toBe('CHF 1999999999999999.98');
  });

  it('MON-01 money(m.times(1e14).times(100).toJSON()) reads back', () => {
    const m = money('123.45', 'CHF').times(1e14).times(100);
    expect(parseMoney(m.toJSON()).equals(m)).toBe(true);
    expect(money(m.toJSON().amount, 'CHF').equals(m)).toBe(true);
    expect(money(m.amount, 'CHF').equals(m)).toBe(true);
  });

  it('MON-01 arithmetic that would leave the 30 integer digits a Money holds is refused, not written unreadable', () => {
    const big = money('999999999999999999999999999999', 'CHF'); // 30 digits: the largest integer part
    expect(parseMoney(big.toJSON()).equals(big)).toBe(true);
    expectPolicyError(() => big.plus(money('1', 'CHF')), 'AMOUNT_OUT_OF_RANGE', 'MON-01');
    expectPolicyError(() => money('1', 'CHF').times('1000000000000000').times('1000000000000000'), 'AMOUNT_OUT_OF_RANGE', 'MON-01');
    expectInvalid(() => money('1000000000000000000000000000000', 'CHF')); // 31 digits
  });

  it('MON-01 a number amount stays below 10^15 (larger numbers lose digits); the same amount as a string is read', () => {
    expectInvalid(() => money(1e15, 'CHF'));
    expect(money('1000000000000000', 'CHF').toString()).toBe('CHF 1000000000000000.00');
  });

  it('an amount string above 500 characters is refused at once (the cap comes before the pattern)', () => {
    expect(money(` ${'1'.repeat(30)}.${'5'.repeat(400)} `, 'CHF').amount.decimalPlaces()).toBe(400);
    expectInvalid(() => money(`${'1'.repeat(30)}.${'5'.repeat(401)}`, 'CHF'));
    expectInvalid(() => money(`${' '.repeat(100)}${'1'.repeat(30)}.${'5'.repeat(400)}`, 'CHF'));
    expectInvalid(() => money(`1${'0'.repeat(199)}`, 'CHF'));
  });
});

describe('properties: any id, any amount within range', () => {
  const anyId = fc.oneof(fc.constantFrom(...SPECIAL_IDS), fc.string({ minLength: 1, maxLength: 40 })).filter((s) => s.trim().length > 0);

  it(
    'any customer id (fc.string() and the special names) is credited by reconcile(), ' + 'round-trips through JSON and keeps its balance',
    () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(anyId, { minLength: 1, maxLength: 5 }),
          fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 5, maxLength: 5 }),
          (ids, cents) => {
            const payments = ids.map((id, n) => payment(`P-${n}`, chf(((cents[n] as number) / 100).toFixed(2)), { customer: id }));
            const r = reconcile({ invoices: [], payments, customers: ids });
            expect(r.credited).toHaveLength(ids.length);
            const back = throughJson(r.prepaid);
            for (const [n, id] of ids.entries())
              expect(back.balance(id, 'CHF').toString()).toBe(`CHF ${((cents[n] as number) / 100).toFixed(2)}`);
            expect(back.toJSON()).toEqual(r.prepaid.toJSON());
            // Feeding the result back in changes nothing: every payment is known as reconciled.
            expect(
              reconcile({ invoices: [], payments, prepaid: JSON.parse(JSON.stringify(r.prepaid)), customers: ids }).alreadyReconciled,
            ).toHaveLength(ids.length);
            expect(Object.prototype).not.toHaveProperty('CHF');
          },
        ),
      );
    },
  );
});
