import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  emptyPrepaidLedger,
  prepaidLedger,
  canPayFromPrepaid,
  payInvoiceFromPrepaid,
  creditCancelledOrder,
  requestPayout,
  reconcile,
  definePolicy,
  money,
  HostPolicyError,
  InvalidInputError,
  type PrepaidLedger,
} from '../../src/index.js';
import { chf, eur, invoice, payment, REF_A } from './fixtures.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    return e instanceof HostPolicyError ? `${e.code}/${e.rule ?? ''}` : 'other';
  }
  return undefined;
}

const open = invoice('I-A', 'c1', REF_A, chf('80.00'));

describe('BIL-05 paying an open invoice from the prepaid account', () => {
  it('BIL-05 pays when the balance in the invoice currency covers the exact amount', () => {
    const { ledger, invoice: paid } = payInvoiceFromPrepaid({ balances: { c1: { CHF: '100.00' } } }, open);
    expect(ledger.balance('c1', 'CHF').toString()).toBe('CHF 20.00');
    expect(paid).toMatchObject({ id: 'I-A', settled: true, settledBy: 'prepaid' });
  });

  it('BIL-05 a balance of exactly the amount is enough and leaves zero', () => {
    expect(
      payInvoiceFromPrepaid({ balances: { c1: { CHF: '80' } } }, open)
        .ledger.balance('c1', 'CHF')
        .isZero(),
    ).toBe(true);
  });

  it('BIL-05 a balance in another currency does not count', () => {
    const decision = canPayFromPrepaid({ balances: { c1: { EUR: '500.00' } } }, open);
    expect(decision).toMatchObject({ allowed: false, reasons: [{ code: 'INSUFFICIENT_PREPAID_BALANCE', rule: 'BIL-05' }] });
    expect(codeOf(() => payInvoiceFromPrepaid({ balances: { c1: { EUR: '500.00' } } }, open))).toBe('INSUFFICIENT_PREPAID_BALANCE/BIL-05');
  });

  it('BIL-05 lists every failed condition: already settled and not covered', () => {
    const decision = canPayFromPrepaid({ balances: { c1: { CHF: '1.00' } } }, { ...open, settled: true });
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(decision.reasons.map((r) => r.code)).toEqual(['INVOICE_ALREADY_SETTLED', 'INSUFFICIENT_PREPAID_BALANCE']);
  });

  it('BIL-05 money credited by a mismatched payment pays the invoice (the source page’s advice)', () => {
    const r = reconcile({ invoices: [open], payments: [payment('P1', chf('100.00'), { reference: REF_A })] });
    expect(r.credited[0]?.cause).toBe('AMOUNT_MISMATCH');
    const [stillOpen] = r.invoices;
    if (stillOpen === undefined) throw new Error('no invoice');
    const { ledger, invoice: paid } = payInvoiceFromPrepaid(r.prepaid, stillOpen);
    expect(paid.settled).toBe(true);
    expect(ledger.balance('c1', 'CHF').toString()).toBe('CHF 20.00');
  });

  it('BIL-05 a ledger with a negative balance is refused as input', () => {
    expect(() => prepaidLedger({ balances: { c1: { CHF: '-0.01' } } })).toThrow(InvalidInputError);
  });
});

describe('BIL-09 cancelled orders and payouts', () => {
  it('BIL-09 a cancelled order’s transfer goes to the prepaid account, and can pay a new order', () => {
    const ledger = creditCancelledOrder(emptyPrepaidLedger(), { customer: 'c1', amount: chf('80.00'), payment: 'P-7' });
    expect(ledger.balance('c1', 'CHF').toString()).toBe('CHF 80.00');
    expect(ledger.hasCredited('P-7')).toBe(true);
    expect(payInvoiceFromPrepaid(ledger, open).ledger.balance('c1', 'CHF').isZero()).toBe(true);
  });

  it('BIL-09 the transfer of a cancelled order is not credited twice when the statement arrives', () => {
    const ledger = creditCancelledOrder(emptyPrepaidLedger(), { customer: 'c1', amount: chf('80.00'), payment: 'P-7' });
    const r = reconcile({ invoices: [], payments: [payment('P-7', chf('80.00'), { customer: 'c1' })], prepaid: ledger });
    expect(r.credited).toHaveLength(0);
    expect(r.prepaid.balance('c1', 'CHF').toString()).toBe('CHF 80.00');
  });

  it.each(['bank-account', 'paypal'] as const)('BIL-09 pays out to %s up to the balance', (method) => {
    const { ledger, payout } = requestPayout({ balances: { c1: { CHF: '80.00' } } }, { customer: 'c1', amount: chf('80.00'), method });
    expect(ledger.balance('c1', 'CHF').isZero()).toBe(true);
    expect(payout).toMatchObject({ customer: 'c1', method });
  });

  it('BIL-09 never pays out more than the balance', () => {
    expect(
      codeOf(() => requestPayout({ balances: { c1: { CHF: '80.00' } } }, { customer: 'c1', amount: chf('80.01'), method: 'paypal' })),
    ).toBe('PAYOUT_ABOVE_BALANCE/BIL-09');
    expect(codeOf(() => requestPayout(emptyPrepaidLedger(), { customer: 'c1', amount: eur('1'), method: 'bank-account' }))).toBe(
      'PAYOUT_ABOVE_BALANCE/BIL-09',
    );
  });

  it('BIL-09 the payout methods are policy data', () => {
    const policy = definePolicy({ billing: { payoutMethods: ['bank-account'] } });
    expect(
      codeOf(() => requestPayout({ balances: { c1: { CHF: '80' } } }, { customer: 'c1', amount: chf('1'), method: 'paypal' }, policy)),
    ).toBe('PAYOUT_METHOD_NOT_OFFERED/BIL-09');
  });

  it('BIL-09 bad payout input is an input error', () => {
    expect(() => requestPayout(emptyPrepaidLedger(), { customer: 'c1', amount: chf('0'), method: 'paypal' })).toThrow(InvalidInputError);
    expect(() => requestPayout(emptyPrepaidLedger(), { customer: 'c1', amount: chf('1'), method: 'cash' as 'paypal' })).toThrow(
      InvalidInputError,
    );
    expect(() => creditCancelledOrder(emptyPrepaidLedger(), { customer: '', amount: chf('1') })).toThrow(InvalidInputError);
  });

  it('BIL-09 property: balances are never negative and equal credits minus debits', () => {
    const op = fc.record({
      kind: fc.constantFrom('credit', 'payout', 'pay'),
      customer: fc.constantFrom('c1', 'c2'),
      cents: fc.integer({ min: 1, max: 20_000 }),
      currency: fc.constantFrom('CHF', 'EUR'),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let ledger: PrepaidLedger = emptyPrepaidLedger();
        const expected = new Map<string, number>();
        ops.forEach((o, i) => {
          const amount = { amount: (o.cents / 100).toFixed(2), currency: o.currency };
          const key = `${o.customer}/${o.currency}`;
          const before = expected.get(key) ?? 0;
          try {
            if (o.kind === 'credit') ledger = creditCancelledOrder(ledger, { customer: o.customer, amount });
            else if (o.kind === 'payout') ledger = requestPayout(ledger, { customer: o.customer, amount, method: 'paypal' }).ledger;
            else ledger = payInvoiceFromPrepaid(ledger, invoice(`I${i}`, o.customer, REF_A, amount)).ledger;
            expected.set(key, before + (o.kind === 'credit' ? o.cents : -o.cents));
          } catch (e) {
            expect(e).toBeInstanceOf(HostPolicyError);
            expect(o.kind === 'credit' || before < o.cents).toBe(true);
          }
          for (const account of ledger.accounts()) expect(account.balance.isNegative()).toBe(false);
        });
        for (const [key, cents] of expected) {
          const [customer, currency] = key.split('/') as [string, string];
          expect(ledger.balance(customer, currency).equals(money((cents / 100).toFixed(2), currency))).toBe(true);
        }
      }),
    );
  });
});
