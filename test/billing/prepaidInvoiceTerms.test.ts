/**
 * An id names one entry, for invoices paid from the prepaid account too (BIL-05, BIL-13): the ledger
 * keeps each paid invoice's customer and amount, so another invoice with that id is refused
 * (`DUPLICATE_INVOICE`) instead of passing for a retry and being settled with nothing debited.
 * Found by an outside attack: bob's CHF 480 invoice `2026-031`, after acme's CHF 120 invoice
 * `2026-031` was paid, came back settled by `'prepaid'` and bob's balance stayed CHF 500.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canPayFromPrepaid,
  canPayWithProfile,
  creditCancelledOrder,
  emptyPrepaidLedger,
  payInvoiceFromPrepaid,
  payWithProfile,
  prepaidLedger,
  type PrepaidLedger,
} from '../../src/index.js';
import { expectPolicyError } from '../helpers/expectError.js';
import { chf, invoice, REF_A } from './fixtures.js';

const viaJson = (l: PrepaidLedger): PrepaidLedger => prepaidLedger(JSON.parse(JSON.stringify(l)));

let funded = creditCancelledOrder(emptyPrepaidLedger(), { customer: 'acme', amount: chf('150.00'), payment: 'camt-9' });
funded = creditCancelledOrder(funded, { customer: 'bob', amount: chf('500.00'), payment: 'camt-10' });
const acmeInvoice = invoice('2026-031', 'acme', REF_A, chf('120.00'));
const bobInvoice = invoice('2026-031', 'bob', REF_A, chf('480.00'));
const paid = payInvoiceFromPrepaid(funded, acmeInvoice).ledger;
const bobProfile = {
  organization: 'bob',
  means: [
    { id: 'pp', kind: 'prepaid' as const },
    { id: 'visa', kind: 'card' as const },
  ],
  defaultMeans: 'pp',
};

describe('BIL-05 an invoice paid from the prepaid account keeps its terms', () => {
  it('BIL-05 the ledger records the paid invoice as "customer: amount" (JSON terms.paidInvoices)', () => {
    expect(paid.toJSON().terms?.paidInvoices).toEqual({ '2026-031': 'acme: CHF 120.00' });
    expect(viaJson(paid).toJSON()).toEqual(paid.toJSON());
  });

  it('BIL-05 another invoice with a paid id is DUPLICATE_INVOICE: nothing debited, nothing settled (also after JSON)', () => {
    for (const ledger of [paid, viaJson(paid)]) {
      const e = expectPolicyError(() => payInvoiceFromPrepaid(ledger, bobInvoice), 'DUPLICATE_INVOICE', 'BIL-05');
      expect(e.details).toEqual({ id: '2026-031', recorded: 'acme: CHF 120.00', given: 'bob: CHF 480.00' });
      expect(e.message).toContain('2026-031');
      // The same customer with another amount, or another currency, is another invoice too.
      expectPolicyError(() => payInvoiceFromPrepaid(ledger, { ...acmeInvoice, amount: chf('20.00') }), 'DUPLICATE_INVOICE');
      expectPolicyError(
        () => payInvoiceFromPrepaid(ledger, { ...acmeInvoice, amount: { amount: '120.00', currency: 'EUR' } }),
        'DUPLICATE_INVOICE',
      );
      // Held as settled by 'prepaid', it is still not this ledger's payment.
      expectPolicyError(() => payInvoiceFromPrepaid(ledger, { ...bobInvoice, settled: true, settledBy: 'prepaid' }), 'DUPLICATE_INVOICE');
      expect(ledger.balance('bob', 'CHF').toString()).toBe('CHF 500.00');
    }
  });

  it('BIL-05 canPayFromPrepaid lists DUPLICATE_INVOICE as a failed condition', () => {
    const decision = canPayFromPrepaid(paid, bobInvoice);
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(decision.reasons.map((r) => [r.code, r.rule])).toEqual([['DUPLICATE_INVOICE', 'BIL-05']]);
    // With a short balance too, every failed condition is listed.
    const short = canPayFromPrepaid(paid, { ...bobInvoice, amount: chf('900.00') });
    expect(short.allowed ? [] : short.reasons.map((r) => r.code)).toEqual(['DUPLICATE_INVOICE', 'INSUFFICIENT_PREPAID_BALANCE']);
  });

  it('BIL-13 payWithProfile refuses it with DUPLICATE_INVOICE and canPayWithProfile says so, through any means', () => {
    const e = expectPolicyError(() => payWithProfile(bobProfile, paid, bobInvoice), 'DUPLICATE_INVOICE', 'BIL-05');
    expect((e.details as { reasons: { code: string }[] }).reasons.map((r) => r.code)).toEqual(['DUPLICATE_INVOICE']);
    for (const means of ['pp', 'visa']) {
      const decision = canPayWithProfile(bobProfile, viaJson(paid), bobInvoice, { means });
      expect(decision.allowed ? [] : decision.reasons.map((r) => r.code)).toEqual(['DUPLICATE_INVOICE']);
    }
  });

  it('BIL-05 the same invoice again is still a retry: nothing debited twice (open, settled by prepaid, amount spelt otherwise)', () => {
    for (const again of [acmeInvoice, { ...acmeInvoice, settled: true, settledBy: 'prepaid' }, { ...acmeInvoice, amount: chf('120') }]) {
      const retry = payInvoiceFromPrepaid(viaJson(paid), again);
      expect(retry.ledger.balance('acme', 'CHF').toString()).toBe('CHF 30.00');
      expect(retry.invoice.settledBy).toBe('prepaid');
      expect(canPayWithProfile({ ...bobProfile, organization: 'acme' }, paid, again).allowed).toBe(true);
      expect(payWithProfile({ ...bobProfile, organization: 'acme' }, paid, again)).toMatchObject({ via: 'prepaid', alreadyPaid: true });
    }
  });

  it('BIL-05 a ledger written before terms were kept takes a repeated id for a retry, as it did', () => {
    const old = prepaidLedger({ balances: { bob: { CHF: '500.00' } }, paidInvoices: ['2026-031'] });
    expect(payInvoiceFromPrepaid(old, bobInvoice).ledger.toJSON()).toEqual(old.toJSON());
  });

  it('property: paying an invoice whose id was paid is a retry exactly when customer and amount are the same', () => {
    const customer = fc.constantFrom('acme', 'bob', 'a: CHF 1.00', '__proto__');
    const cents = fc.integer({ min: 1, max: 10_000 });
    fc.assert(
      fc.property(customer, cents, customer, cents, (c1, a1, c2, a2) => {
        let ledger = creditCancelledOrder(emptyPrepaidLedger(), { customer: c1, amount: chf('100.00') });
        ledger = creditCancelledOrder(ledger, { customer: c2, amount: chf('100.00') });
        const first = payInvoiceFromPrepaid(ledger, invoice('I', c1, REF_A, chf((a1 / 100).toFixed(2)))).ledger;
        const same = c1 === c2 && a1 === a2;
        const second = invoice('I', c2, REF_A, chf((a2 / 100).toFixed(2)));
        let error: unknown;
        let after: PrepaidLedger | undefined;
        try {
          after = payInvoiceFromPrepaid(viaJson(first), second).ledger;
        } catch (e) {
          error = e;
        }
        expect(error === undefined).toBe(same);
        if (same) expect(after?.toJSON()).toEqual(first.toJSON());
        else expect((error as { code: string }).code).toBe('DUPLICATE_INVOICE');
        expect(canPayFromPrepaid(first, second).allowed ? 'allowed' : 'refused').toBe(same ? 'allowed' : 'refused');
      }),
      { numRuns: 200 },
    );
  });
});
