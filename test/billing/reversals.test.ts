/**
 * Reversals in reconcile (issue 17): what each one does, the facts of a bank file carried on
 * payments, and the input refused. The table itself is checked row by row in
 * rules/reversalRules.test.ts; the engine against the reference in rulesEngine.property.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  InvalidInputError,
  payInvoiceFromPrepaid,
  prepaidLedger,
  qrReference,
  reconcile,
  type InvoiceInput,
  type PrepaidLedgerJSON,
  type ReconcileInput,
  type ReversalInput,
} from '../../src/index.js';
import type { CamtPayment, CamtReversal } from '../../src/camt/index.js';
import { referenceReconcile } from '../../src/testing/index.js';
import { chf, eur, invoice, payment, REF_A, REF_B, REF_C } from './fixtures.js';

const QRR = qrReference('2026031');
const inv1 = invoice('INV-1', 'c1', QRR, chf('120.00'));
const qrrPayment = payment('P-1', chf('120.00'), { reference: QRR, referenceType: 'QRR', debtorName: 'Muster AG' });
const reversal = (id: string, amount: { amount: string; currency: string }, extra: Partial<ReversalInput> = {}): ReversalInput => ({
  id,
  amount,
  bookedAt: '2026-03-25T00:00:00+01:00',
  ...extra,
});

describe('BIL-02 a reversed payment re-opens the invoice it settled', () => {
  it('BIL-02 a QRR payment settles INV-1, its reversal in the same statement re-opens it with PAYMENT_REVERSED', () => {
    const r = reconcile({ invoices: [inv1], payments: [qrrPayment], reversals: [reversal('R-1', chf('120.00'), { reverses: 'P-1' })] });
    expect(r.settled.map((s) => [s.payment.id, s.invoice.settled, s.invoice.settledBy])).toEqual([['P-1', true, 'P-1']]);
    expect(r.invoices[0]).toMatchObject({ id: 'INV-1', settled: false });
    expect(r.invoices[0]).not.toHaveProperty('settledBy');
    expect(r.reversed).toEqual([
      {
        reversal: expect.objectContaining({ id: 'R-1', direction: 'debit' }),
        outcome: { kind: 'reopened', invoice: r.invoices[0], payment: 'P-1', cause: 'PAYMENT_REVERSED' },
      },
    ]);
    expect(r.credited).toEqual([]);
    expect(r.prepaid.accounts()).toEqual([]);
  });

  it('BIL-02 the reversal of a payment an earlier statement settled, found by reference and amount (camt gives no `reverses`)', () => {
    const first = reconcile({ invoices: [inv1], payments: [qrrPayment] });
    const r = reconcile({
      invoices: first.invoices,
      payments: [],
      prepaid: first.prepaid,
      reversals: [reversal('R-1', chf('120.00'), { reference: QRR, referenceType: 'QRR' })],
    });
    expect(r.reversed[0]?.outcome).toMatchObject({ kind: 'reopened', payment: 'P-1', cause: 'PAYMENT_REVERSED' });
    expect(r.invoices.map((i) => [i.id, i.settled, i.settledBy])).toEqual([['INV-1', false, undefined]]);
    // The invoice can be settled again by a new payment of its reference.
    const again = reconcile({ invoices: r.invoices, payments: [payment('P-2', chf('120.00'), { reference: QRR })], prepaid: r.prepaid });
    expect(again.settled.map((s) => s.invoice.settledBy)).toEqual(['P-2']);
  });

  it('BIL-02 a reversal of another amount or currency than the payment it names takes nothing back', () => {
    const first = reconcile({ invoices: [inv1], payments: [qrrPayment] });
    for (const amount of [chf('100.00'), eur('120.00')]) {
      const r = reconcile({ invoices: first.invoices, payments: [], reversals: [reversal('R-1', amount, { reverses: 'P-1' })] });
      expect(r.reversed[0]?.outcome).toEqual({ kind: 'unmatched', cause: 'REVERSED_PAYMENT_UNKNOWN' });
      expect(r.invoices[0]?.settled).toBe(true);
    }
  });
});

describe('BIL-04 BIL-05 a reversed credit is taken back from the prepaid account', () => {
  const stale = [invoice('INV-B', 'c1', REF_B, chf('49.90'), { settled: true })];

  it('BIL-04 a credited payment reversed in the same statement: the credit is taken back', () => {
    const r = reconcile({
      invoices: stale,
      payments: [payment('P-1', chf('49.90'), { reference: REF_B })],
      reversals: [reversal('R-1', chf('49.90'), { reverses: 'P-1' })],
    });
    expect(r.credited.map((c) => c.cause)).toEqual(['STALE_REFERENCE']);
    expect(r.reversed[0]?.outcome).toEqual({ kind: 'uncredited', customer: 'c1', payment: 'P-1', cause: 'PAYMENT_REVERSED' });
    expect(r.prepaid.balance('c1', 'CHF').toString()).toBe('CHF 0.00');
    expect(r.prepaid.hasReversed('P-1')).toBe(true);
    expect(r.prepaid.hasAppliedReversal('R-1')).toBe(true);
  });

  it('BIL-04 a payment an earlier statement credited: taken back from the customer of the invoice its reference names', () => {
    const first = reconcile({
      invoices: stale,
      payments: [payment('P-1', chf('49.90'), { reference: REF_B })],
      prepaid: { balances: { c1: { CHF: '10.00' } } },
    });
    const r = reconcile({
      invoices: first.invoices,
      payments: [],
      prepaid: first.prepaid,
      reversals: [reversal('R-1', chf('49.90'), { reverses: 'P-1', reference: REF_B })],
    });
    expect(r.reversed[0]?.outcome).toEqual({ kind: 'uncredited', customer: 'c1', payment: 'P-1', cause: 'PAYMENT_REVERSED' });
    expect(r.prepaid.balance('c1', 'CHF').toString()).toBe('CHF 10.00');
  });

  it("BIL-04 … or from the reversal's own customer; without either, the account cannot be told and nothing changes", () => {
    const first = reconcile({ invoices: [], payments: [payment('P-7', chf('20.00'), { customer: 'c2' })], customers: ['c2'] });
    const told = reconcile({
      invoices: [],
      payments: [],
      prepaid: first.prepaid,
      reversals: [reversal('R-7', chf('20.00'), { reverses: 'P-7', customer: 'c2' })],
    });
    expect(told.reversed[0]?.outcome).toMatchObject({ kind: 'uncredited', customer: 'c2' });
    const untold = reconcile({
      invoices: [],
      payments: [],
      prepaid: first.prepaid,
      reversals: [reversal('R-7', chf('20.00'), { reverses: 'P-7' })],
    });
    expect(untold.reversed[0]?.outcome).toEqual({ kind: 'unmatched', cause: 'REVERSED_PAYMENT_UNKNOWN' });
    expect(untold.prepaid.balance('c2', 'CHF').toString()).toBe('CHF 20.00');
  });

  it('BIL-05 a credit already spent on an invoice is not taken back: REVERSAL_NOT_COVERED, the balance stays at zero', () => {
    const first = reconcile({ invoices: stale, payments: [payment('P-1', chf('49.90'), { reference: REF_B })] });
    const open = invoice('INV-C', 'c1', REF_C, chf('40.00'));
    const { ledger } = payInvoiceFromPrepaid(first.prepaid, open);
    const r = reconcile({
      invoices: first.invoices,
      payments: [],
      prepaid: ledger,
      reversals: [reversal('R-1', chf('49.90'), { reverses: 'P-1', customer: 'c1' })],
    });
    expect(r.reversed[0]?.outcome).toEqual({ kind: 'unmatched', cause: 'REVERSAL_NOT_COVERED', payment: 'P-1', customer: 'c1' });
    expect(r.prepaid.balance('c1', 'CHF').toString()).toBe('CHF 9.90');
    expect(r.prepaid.hasAppliedReversal('R-1')).toBe(false); // it may be applied once the balance covers it
  });
});

describe('BIL-04 a reversal never takes money from an account the payment did not go to (red-team finding 11)', () => {
  /** The engine's result, checked against the reference reconcile's (the oracle gives the same, field for field). */
  const both = (input: ReconcileInput) => {
    const r = reconcile(input);
    expect(JSON.stringify(referenceReconcile(input))).toBe(JSON.stringify(r));
    return r;
  };
  const settled = [invoice('INV-B', 'c1', REF_B, chf('49.90'), { settled: true, settledBy: 'P-0' })];
  /** Statement 1: P-1 names its customer c2 and repeats INV-B's reference: credited to c2; statement 2: c1 gets 49.90 too. */
  const twoStatements = () => {
    const first = both({
      invoices: settled,
      payments: [payment('P-1', chf('49.90'), { reference: REF_B, customer: 'c2' })],
      customers: ['c2'],
    });
    expect(first.credited.map((c) => [c.customer, c.cause])).toEqual([['c2', 'STALE_REFERENCE']]);
    return both({
      invoices: first.invoices,
      payments: [payment('P-9', chf('49.90'), { customer: 'c1' })],
      prepaid: first.prepaid,
    });
  };

  it('BIL-04 an earlier credit to the customer the payment named, reversed without that customer: unknown, c1 keeps its money', () => {
    const before = twoStatements();
    for (const prepaid of [before.prepaid, prepaidLedger(JSON.parse(JSON.stringify(before.prepaid)) as PrepaidLedgerJSON)]) {
      const r = both({
        invoices: before.invoices,
        payments: [],
        prepaid,
        reversals: [reversal('R-1', chf('49.90'), { reverses: 'P-1', reference: REF_B })],
      });
      expect(r.reversed[0]?.outcome).toEqual({ kind: 'unmatched', cause: 'REVERSED_PAYMENT_UNKNOWN' });
      expect([r.prepaid.balance('c1', 'CHF').toString(), r.prepaid.balance('c2', 'CHF').toString()]).toEqual(['CHF 49.90', 'CHF 49.90']);
      expect(r.prepaid.hasReversed('P-1')).toBe(false);
    }
  });

  it('BIL-04 … and with its customer on the reversal, taken back from that account', () => {
    const before = twoStatements();
    const r = both({
      invoices: before.invoices,
      payments: [],
      prepaid: before.prepaid,
      reversals: [reversal('R-1', chf('49.90'), { reverses: 'P-1', reference: REF_B, customer: 'c2' })],
    });
    expect(r.reversed[0]?.outcome).toEqual({ kind: 'uncredited', customer: 'c2', payment: 'P-1', cause: 'PAYMENT_REVERSED' });
    expect([r.prepaid.balance('c1', 'CHF').toString(), r.prepaid.balance('c2', 'CHF').toString()]).toEqual(['CHF 49.90', 'CHF 0.00']);
  });

  it('BIL-04 by reference alone, after an earlier standing order of the invoice amount: ambiguous, the invoice stays settled', () => {
    // P-0 settled INV-B; P-1, a standing order repeating its reference and amount, was credited to
    // c1 by a later statement. The bank takes 49.90 back by reference: P-0 or P-1, nobody can tell.
    const first = both({ invoices: settled, payments: [payment('P-1', chf('49.90'), { reference: REF_B })] });
    const r = both({
      invoices: first.invoices,
      payments: [],
      prepaid: first.prepaid,
      reversals: [reversal('R-1', chf('49.90'), { reference: REF_B, referenceType: 'QRR' })],
    });
    expect(r.reversed[0]?.outcome).toEqual({ kind: 'unmatched', cause: 'REVERSAL_AMBIGUOUS' });
    expect(r.invoices.map((i) => [i.id, i.settled, i.settledBy])).toEqual([['INV-B', true, 'P-0']]);
    expect(r.prepaid.balance('c1', 'CHF').toString()).toBe('CHF 49.90');
    // Named, it applies: the credit is taken back, the invoice stays settled by P-0.
    const named = both({
      invoices: first.invoices,
      payments: [],
      prepaid: first.prepaid,
      reversals: [reversal('R-1', chf('49.90'), { reference: REF_B, reverses: 'P-1' })],
    });
    expect(named.reversed[0]?.outcome).toEqual({ kind: 'uncredited', customer: 'c1', payment: 'P-1', cause: 'PAYMENT_REVERSED' });
    expect(named.invoices[0]?.settled).toBe(true);
  });

  it('BIL-02 a standing order of another amount does not fit a reversal of the invoice amount: the invoice is re-opened as before', () => {
    const first = both({ invoices: settled, payments: [payment('P-1', chf('20.00'), { reference: REF_B })] });
    const r = both({
      invoices: first.invoices,
      payments: [],
      prepaid: first.prepaid,
      reversals: [reversal('R-1', chf('49.90'), { reference: REF_B })],
    });
    expect(r.reversed[0]?.outcome).toMatchObject({ kind: 'reopened', payment: 'P-0', cause: 'PAYMENT_REVERSED' });
  });
});

describe('BIL-04 reversals that change nothing, and repeats', () => {
  it('BIL-04 a reversal naming a payment nobody knows is unmatched: REVERSED_PAYMENT_UNKNOWN', () => {
    const r = reconcile({ invoices: [inv1], payments: [qrrPayment], reversals: [reversal('R-9', chf('120.00'), { reverses: 'P-404' })] });
    expect(r.reversed.map((x) => x.outcome)).toEqual([{ kind: 'unmatched', cause: 'REVERSED_PAYMENT_UNKNOWN' }]);
    expect(r.invoices[0]?.settled).toBe(true);
  });

  it('BIL-04 two payments could be the one reversed (the invoice settled, a standing order credited): REVERSAL_AMBIGUOUS', () => {
    const r = reconcile({
      invoices: [inv1],
      payments: [qrrPayment, payment('P-2', chf('120.00'), { reference: QRR, bookedAt: '2026-03-21T10:00:00Z' })],
      reversals: [reversal('R-1', chf('120.00'), { reference: QRR })],
    });
    expect(r.credited.map((c) => [c.payment.id, c.cause])).toEqual([['P-2', 'STALE_REFERENCE']]);
    expect(r.reversed[0]?.outcome).toEqual({ kind: 'unmatched', cause: 'REVERSAL_AMBIGUOUS' });
    expect(r.invoices[0]?.settledBy).toBe('P-1');
    // Naming the payment settles the question.
    const named = reconcile({
      invoices: r.invoices,
      payments: [],
      prepaid: r.prepaid,
      reversals: [reversal('R-1', chf('120.00'), { reference: QRR, reverses: 'P-2' })],
    });
    expect(named.reversed[0]?.outcome).toMatchObject({ kind: 'uncredited', payment: 'P-2', customer: 'c1' });
  });

  it("BIL-04 a credit reversal (money back from a provider's debit) is never a credit: DEBIT_REVERSED", () => {
    const r = reconcile({
      invoices: [inv1],
      payments: [],
      reversals: [reversal('R-1', chf('120.00'), { reference: QRR, direction: 'credit' })],
    });
    expect(r.reversed[0]?.outcome).toEqual({ kind: 'unmatched', cause: 'DEBIT_REVERSED' });
    expect(r.prepaid.accounts()).toEqual([]);
    expect(r.invoices[0]?.settled).toBe(false);
  });

  it('BIL-04 an unidentified payment reversed is returned: kept in unidentified, nothing else changes', () => {
    const r = reconcile({
      invoices: [],
      payments: [payment('P-3', chf('10.00'))],
      reversals: [reversal('R-3', chf('10.00'), { reverses: 'P-3' })],
    });
    expect(r.unidentified.map((p) => p.id)).toEqual(['P-3']);
    expect(r.reversed[0]?.outcome).toEqual({ kind: 'returned', payment: 'P-3', cause: 'PAYMENT_REVERSED' });
  });

  it('BIL-04 a result fed back in applies no reversal twice, and the reversed payment is not settled again', () => {
    const input: ReconcileInput = {
      invoices: [inv1],
      payments: [qrrPayment],
      reversals: [reversal('R-1', chf('120.00'), { reverses: 'P-1' })],
    };
    const first = reconcile(input);
    const again = reconcile({ ...input, invoices: first.invoices, prepaid: first.prepaid });
    expect(again.reversed.map((x) => x.outcome)).toEqual([{ kind: 'already-applied' }]);
    expect(again.alreadyReconciled.map((p) => p.id)).toEqual(['P-1']);
    expect(again.invoices).toEqual(first.invoices);
    expect(again.totals).toEqual(Object.create(null));
  });

  it('BIL-04 a reversal listed twice is applied once; with other contents it is an input error', () => {
    const twice = reconcile({
      invoices: [inv1],
      payments: [qrrPayment],
      reversals: [reversal('R-1', chf('120.00'), { reverses: 'P-1' }), reversal('R-1', chf('120.00'), { reverses: 'P-1' })],
    });
    expect(twice.duplicates).toEqual(['R-1']);
    expect(twice.reversed).toHaveLength(1);
    expect(() =>
      reconcile({
        invoices: [inv1],
        payments: [qrrPayment],
        reversals: [reversal('R-1', chf('120.00'), { reverses: 'P-1' }), reversal('R-1', chf('120.00'), { reverses: 'P-2' })],
      }),
    ).toThrow(/reversals\[1\]\.id: reversal id 'R-1' is listed twice with different contents/);
  });

  it('BIL-04 totals: the reversed amount per currency, beside received (a currency with reversals only has zero payments)', () => {
    const r = reconcile({
      invoices: [inv1],
      payments: [qrrPayment],
      reversals: [reversal('R-1', chf('120.00'), { reverses: 'P-1' }), reversal('R-2', eur('5.00'), { direction: 'credit' })],
    });
    expect(Object.keys(r.totals)).toEqual(['CHF', 'EUR']);
    expect(r.totals.CHF?.received.toString()).toBe('CHF 120.00');
    expect(r.totals.CHF?.reversed?.toString()).toBe('CHF 120.00');
    expect(r.totals.EUR?.received.toString()).toBe('EUR 0.00');
    expect(r.totals.EUR?.reversed?.toString()).toBe('EUR 5.00');
    expect(reconcile({ invoices: [inv1], payments: [qrrPayment] }).totals.CHF).not.toHaveProperty('reversed');
  });

  it('BIL-04 reversals come after every payment of the statement, whatever their booking time', () => {
    const early = reversal('R-1', chf('120.00'), { reverses: 'P-1', bookedAt: '2026-01-01T00:00:00Z' });
    const r = reconcile({ invoices: [inv1], payments: [qrrPayment], reversals: [early] });
    expect(r.reversed[0]?.outcome.kind).toBe('reopened');
  });
});

describe('BIL-02 the facts of a bank file on payments', () => {
  const camtPayment = {
    id: 'ZKB-20261123-0001',
    amount: { amount: '120.00', currency: 'CHF' },
    bookedAt: '2026-11-23T00:00:00+01:00',
    valueDate: '2026-11-23T00:00:00+01:00',
    reference: QRR,
    referenceType: 'QRR',
    message: 'Rechnung 2026-031',
    debtorName: 'Muster AG',
    debtorIban: 'CH9300762011623852957',
    charges: { amount: '0.50', currency: 'CHF' },
  } as const;
  const invoices: InvoiceInput[] = [invoice('INV-1', 'c1', QRR, chf('120.00'), { dueAt: '2026-12-31T00:00:00Z' })];

  it('BIL-02 a camt payment is a payment as it is, and its facts are carried through unchanged', () => {
    const r = reconcile({ invoices, payments: [camtPayment] });
    const p = r.settled[0]?.payment;
    expect(p).toMatchObject({ referenceType: 'QRR', message: 'Rechnung 2026-031', debtorIban: 'CH9300762011623852957' });
    expect(p?.charges?.toString()).toBe('CHF 0.50');
    expect(JSON.parse(JSON.stringify(p))).toEqual({
      ...camtPayment,
      bookedAt: '2026-11-22T23:00:00.000Z',
      valueDate: '2026-11-22T23:00:00.000Z',
    });
    expect(r.totals.CHF?.received.toString()).toBe('CHF 120.00'); // charges are kept apart from the amount
  });

  it('BIL-02 zero charges and charges as Money are read as well', () => {
    const r = reconcile({ invoices: [], payments: [{ ...camtPayment, charges: { amount: '0.00', currency: 'CHF' } }] });
    expect(r.unidentified[0]?.charges?.isZero()).toBe(true);
  });

  it('BIL-02 a payment id listed twice with another message (or IBAN, type, charges) is a conflicting duplicate', () => {
    for (const other of [{ message: 'other' }, { debtorIban: 'CH5604835012345678009' }, { charges: { amount: '0.5', currency: 'CHF' } }]) {
      const run = () => reconcile({ invoices, payments: [camtPayment, { ...camtPayment, ...other }] });
      if ('charges' in other)
        expect(run().duplicates).toEqual([camtPayment.id]); // 0.5 = 0.50
      else expect(run).toThrow(/listed twice with different contents/);
    }
    const { referenceType: _, ...untyped } = camtPayment;
    expect(() => reconcile({ invoices, payments: [camtPayment, untyped] })).toThrow(/listed twice with different contents/);
  });

  it.each([
    ['a reference type of the other kind', { referenceType: 'SCOR' }, 'payments[0].referenceType'],
    ['a reference type without reference', { reference: undefined }, 'payments[0].referenceType'],
    ['a message of 501 characters', { message: 'x'.repeat(501) }, 'payments[0].message'],
    ['a debtor name of 141 characters', { debtorName: 'x'.repeat(141) }, 'payments[0].debtorName'],
    [
      'a debtor name of a megabyte',
      { debtorName: 'Muster AG '.repeat(100_000) },
      'payments[0].debtorName: must be a string of at most 140',
    ],
    ['an IBAN with spaces', { debtorIban: 'CH93 0076 2011 6238 5295 7' }, 'payments[0].debtorIban'],
    ['charges in another currency', { charges: { amount: '0.50', currency: 'EUR' } }, 'payments[0].charges'],
    ['negative charges', { charges: { amount: '-0.50', currency: 'CHF' } }, 'payments[0].charges.amount'],
    ['an unknown key', { messages: 'hi' }, "unknown key 'messages' — did you mean 'message'?"],
  ])('BIL-02 refuses %s', (_, change, named) => {
    const bad = JSON.parse(JSON.stringify({ ...camtPayment, ...change })) as typeof camtPayment;
    expect(() => reconcile({ invoices, payments: [bad] })).toThrow(InvalidInputError);
    expect(() => reconcile({ invoices, payments: [bad] })).toThrow(named);
  });
});

describe('BIL-02 BIL-04 what hostpolicy/camt reads is input as it is', () => {
  it('BIL-02 BIL-04 a CamtPayment is a PaymentInput and a CamtReversal a ReversalInput (checked by the compiler)', () => {
    const asInput = (p: CamtPayment, r: CamtReversal): ReconcileInput => ({ invoices: [], payments: [p], reversals: [r] });
    const p: CamtPayment = {
      id: 'P-1',
      amount: chf('10.00'),
      bookedAt: '2026-11-23T00:00:00+01:00',
      reference: REF_A,
      referenceType: 'QRR',
    };
    const r: CamtReversal = { ...p, id: 'R-1', direction: 'debit', path: 'Ntfctn[1]/Ntry[2]' };
    expect(reconcile(asInput(p, r)).reversed[0]?.outcome).toEqual({ kind: 'returned', payment: 'P-1', cause: 'PAYMENT_REVERSED' });
  });
});

describe('BIL-04 reversals: bad input', () => {
  const base = reversal('R-1', chf('10.00'));
  const run = (r: unknown) => () => reconcile({ invoices: [], payments: [], reversals: [r as ReversalInput] });

  it('BIL-04 a camt reversal is read as it is, and __proto__ is an id like any other', () => {
    const camt = {
      id: '__proto__',
      amount: { amount: '10.00', currency: 'CHF' },
      bookedAt: '2026-11-24T00:00:00+01:00',
      valueDate: '2026-11-24T00:00:00+01:00',
      reference: REF_A,
      referenceType: 'QRR',
      message: 'Retoure',
      debtorName: 'Muster AG',
      debtorIban: 'CH9300762011623852957',
      charges: { amount: '0.00', currency: 'CHF' },
      direction: 'debit',
      path: 'Ntfctn[1]/Ntry[4]',
    };
    const r = reconcile(
      JSON.parse(
        JSON.stringify({ invoices: [], payments: [], reversals: [camt, { ...camt, id: 'R-2', reverses: '__proto__' }] }),
      ) as ReconcileInput,
    );
    // Equal booking times: in id order ('R' before '_').
    expect(r.reversed.map((x) => [x.reversal.id, x.reversal.reverses, x.reversal.path, x.outcome.kind])).toEqual([
      ['R-2', '__proto__', 'Ntfctn[1]/Ntry[4]', 'unmatched'],
      ['__proto__', undefined, 'Ntfctn[1]/Ntry[4]', 'unmatched'],
    ]);
  });

  it.each([
    ['an unknown key', { ...base, reversed: 'P-1' }, "reversals[0]: unknown key 'reversed' — did you mean 'reverses'?"],
    ['a negative amount', { ...base, amount: chf('-10.00') }, 'reversals[0].amount.amount: must be above zero'],
    ['a zero amount', { ...base, amount: chf('0.00') }, 'reversals[0].amount.amount: must be above zero'],
    ['another direction', { ...base, direction: 'in' }, 'reversals[0].direction'],
    ['an empty reverses', { ...base, reverses: '' }, 'reversals[0].reverses'],
    ['a malformed reference', { ...base, reference: 'RF00' }, 'reversals[0].reference'],
    ['a path of 1,001 characters', { ...base, path: 'x'.repeat(1001) }, 'reversals[0].path'],
    ['a message of a million characters', { ...base, message: 'x'.repeat(1_000_000) }, 'reversals[0].message'],
    ['no booking time', { id: 'R-1', amount: chf('1.00') }, 'reversals[0].bookedAt: is required'],
    ['not an object', 'R-1', 'reversals[0]: must be a reversal object'],
  ])('BIL-04 refuses %s', (_, bad, named) => {
    expect(run(bad)).toThrow(InvalidInputError);
    expect(run(bad)).toThrow(named);
  });

  it('BIL-04 refuses inherited fields, a hole, and reversals that are not a list', () => {
    expect(run(Object.create(base))).toThrow(InvalidInputError);
    const holed: ReversalInput[] = [base];
    holed[2] = base;
    expect(() => reconcile({ invoices: [], payments: [], reversals: holed })).toThrow(/reversals\[1\]/);
    expect(() => reconcile({ invoices: [], payments: [], reversals: base as never })).toThrow(/reversals: must be an array of reversals/);
  });
});
