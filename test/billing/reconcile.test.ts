import { describe, it, expect } from 'vitest';
import { reconcile, money, InvalidInputError, isHostPolicyError, formatQrReference, prepaidLedger } from '../../src/index.js';
import { chf, eur, invoice, payment, REF_A, REF_B, REF_C, REF_UNUSED } from './fixtures.js';

const invoices = [
  invoice('I-A', 'c1', REF_A, chf('120.00')),
  invoice('I-B', 'c1', REF_B, chf('49.90'), { settled: true }),
  invoice('I-C', 'c2', REF_C, eur('80.00')),
];

function causeOf(p: ReturnType<typeof payment>, extra: Partial<Parameters<typeof reconcile>[0]> = {}) {
  return reconcile({ invoices, payments: [p], ...extra });
}

describe('BIL-02 matching by reference, exact amount and currency', () => {
  it('BIL-02 a payment with the reference, amount and currency of an open invoice settles it', () => {
    const r = causeOf(payment('P1', chf('120.00'), { reference: formatQrReference(REF_A) }));
    expect(r.settled).toHaveLength(1);
    expect(r.settled[0]?.invoice).toMatchObject({ id: 'I-A', settled: true, settledBy: 'P1' });
    expect(r.invoices.find((i) => i.id === 'I-A')?.settled).toBe(true);
    expect(r.credited).toHaveLength(0);
  });

  it('BIL-02 amounts compare exactly: 120 settles an invoice of 120.00', () => {
    expect(causeOf(payment('P1', { amount: 120, currency: 'CHF' }, { reference: REF_A })).settled).toHaveLength(1);
  });

  it('BIL-02 a creditor reference typed in lower case with spaces matches', () => {
    const typed = REF_C.toLowerCase().replace(/(.{4})/g, '$1 ');
    expect(causeOf(payment('P1', eur('80.00'), { reference: typed })).settled[0]?.invoice.id).toBe('I-C');
  });
});

describe('BIL-03 BIL-04 causes of a credit to the prepaid account', () => {
  it('BIL-03 a standing order repeating the reference of a settled invoice is credited as STALE_REFERENCE', () => {
    const r = causeOf(payment('P1', chf('49.90'), { reference: REF_B }));
    expect(r.credited).toEqual([expect.objectContaining({ customer: 'c1', cause: 'STALE_REFERENCE' })]);
    expect(r.prepaid.balance('c1', 'CHF').toString()).toBe('CHF 49.90');
    expect(r.invoices.find((i) => i.id === 'I-A')?.settled).toBe(false);
  });

  it('BIL-03 the second of two payments for one invoice is stale (processed in booking order)', () => {
    const r = reconcile({
      invoices,
      payments: [
        payment('P2', chf('120.00'), { reference: REF_A, bookedAt: '2026-04-20T00:00:00Z' }),
        payment('P1', chf('120.00'), { reference: REF_A }),
      ],
    });
    expect(r.settled.map((s) => s.payment.id)).toEqual(['P1']);
    expect(r.credited.map((c) => [c.payment.id, c.cause])).toEqual([['P2', 'STALE_REFERENCE']]);
  });

  it('BIL-04 a different amount is credited as AMOUNT_MISMATCH and the invoice stays open', () => {
    const r = causeOf(payment('P1', chf('100.00'), { reference: REF_A }));
    expect(r.credited[0]?.cause).toBe('AMOUNT_MISMATCH');
    expect(r.invoices.find((i) => i.id === 'I-A')?.settled).toBe(false);
    expect(r.prepaid.balance('c1', 'CHF').equals(money('100', 'CHF'))).toBe(true);
  });

  it('BIL-04 a different currency is credited as CURRENCY_MISMATCH in the payment currency', () => {
    const r = causeOf(payment('P1', eur('120.00'), { reference: REF_A }));
    expect(r.credited[0]?.cause).toBe('CURRENCY_MISMATCH');
    expect(r.prepaid.balance('c1', 'EUR').toString()).toBe('EUR 120.00');
    expect(r.prepaid.balance('c1', 'CHF').isZero()).toBe(true);
  });

  it('BIL-04 a payment of a known customer with an unknown reference is credited as UNKNOWN_REFERENCE', () => {
    expect(causeOf(payment('P1', chf('5.00'), { customer: 'c2', reference: REF_UNUSED })).credited[0]).toMatchObject({
      customer: 'c2',
      cause: 'UNKNOWN_REFERENCE',
    });
  });

  it('BIL-04 a payment of a known customer without reference is credited as UNKNOWN_REFERENCE', () => {
    expect(causeOf(payment('P1', chf('5.00'), { customer: 'c1' })).credited[0]?.cause).toBe('UNKNOWN_REFERENCE');
  });

  it('BIL-04 a payment without customer is attributed through its reference', () => {
    expect(causeOf(payment('P1', chf('1.00'), { reference: REF_C })).credited[0]).toMatchObject({
      customer: 'c2',
      cause: 'CURRENCY_MISMATCH',
    });
  });

  it('BIL-04 a customer known only from the prepaid ledger is known', () => {
    const r = causeOf(payment('P1', chf('5.00'), { customer: 'c9' }), { prepaid: { balances: { c9: { CHF: '1.00' } } } });
    expect(r.credited[0]?.customer).toBe('c9');
    expect(r.prepaid.balance('c9', 'CHF').toString()).toBe('CHF 6.00');
  });

  it('BIL-04 a payment of no known customer is kept as unidentified, never dropped', () => {
    const r = reconcile({
      invoices,
      payments: [payment('P1', chf('7.00'), { customer: 'stranger' }), payment('P2', chf('8.00'), { reference: REF_UNUSED })],
    });
    expect(r.unidentified.map((p) => p.id)).toEqual(['P1', 'P2']);
    expect(r.totals['CHF']?.unidentified.toString()).toBe('CHF 15.00');
  });

  it('BIL-04 totals per currency add up to the cent', () => {
    const r = reconcile({
      invoices,
      payments: [
        payment('P1', chf('120.00'), { reference: REF_A }),
        payment('P2', chf('49.90'), { reference: REF_B }),
        payment('P3', eur('0.10'), { reference: REF_C }),
        payment('P4', chf('0.20'), { customer: 'nobody' }),
      ],
    });
    expect(r.totals['CHF']).toMatchObject({});
    const t = r.totals['CHF'];
    expect([t?.received, t?.settled, t?.credited, t?.unidentified].map(String)).toEqual([
      'CHF 170.10',
      'CHF 120.00',
      'CHF 49.90',
      'CHF 0.20',
    ]);
    expect(r.totals['EUR']?.credited.toString()).toBe('EUR 0.10');
  });
});

describe('BIL-04 idempotency and duplicates', () => {
  it('BIL-04 a payment id listed twice is processed once', () => {
    const p = payment('P1', chf('5.00'), { customer: 'c1' });
    const r = reconcile({ invoices, payments: [p, { ...p }] });
    expect(r.credited).toHaveLength(1);
    expect(r.duplicates).toEqual(['P1']);
    expect(r.totals['CHF']?.received.toString()).toBe('CHF 5.00');
  });

  it('BIL-04 one payment id with two different contents is an input error', () => {
    expect(() => reconcile({ invoices, payments: [payment('P1', chf('5.00')), payment('P1', chf('6.00'))] })).toThrow(/payments\[1\]\.id/);
  });

  it.each([
    ['reference', { reference: REF_A }, { reference: REF_B }],
    ['customer', { customer: 'c1' }, { customer: 'c2' }],
    ['bookedAt', { bookedAt: '2026-03-20T10:00:00Z' }, { bookedAt: '2026-03-20T10:00:01Z' }],
    ['valueDate', { valueDate: '2026-03-19T00:00:00Z' }, { valueDate: '2026-03-18T00:00:00Z' }],
    ['debtorName', { debtorName: 'Muster AG' }, { debtorName: 'Muster GmbH' }],
  ] as const)('BIL-04 one payment id whose %s differs is an input error, not a duplicate', (_field, a, b) => {
    const first = payment('P1', chf('5.00'), a);
    expect(() => reconcile({ invoices, payments: [first, payment('P1', chf('5.00'), b)] })).toThrow(
      /payments\[1\]\.id: payment id 'P1' is listed twice with different contents/,
    );
    expect(reconcile({ invoices, payments: [first, { ...first }] }).duplicates).toEqual(['P1']);
  });

  it('BIL-02 payments booked at the same instant are processed in id order, whatever the input order', () => {
    const ids = ['P-07', 'P-03', 'P-10', 'P-01', 'P-05', 'P-02', 'P-09', 'P-04', 'P-08', 'P-06'];
    const r = reconcile({ invoices, payments: ids.map((id) => payment(id, chf('120.00'), { reference: REF_A })) });
    expect(r.settled.map((s) => s.payment.id)).toEqual(['P-01']);
    expect(r.credited.map((c) => c.payment.id)).toEqual(['P-02', 'P-03', 'P-04', 'P-05', 'P-06', 'P-07', 'P-08', 'P-09', 'P-10']);
    expect(new Set(r.credited.map((c) => c.cause))).toEqual(new Set(['STALE_REFERENCE']));
  });

  it('BIL-04 feeding the result back in settles and credits nothing more', () => {
    const payments = [payment('P1', chf('120.00'), { reference: REF_A }), payment('P2', chf('3.00'), { reference: REF_A })];
    const first = reconcile({ invoices, payments });
    const again = reconcile({ invoices: first.invoices, payments, prepaid: first.prepaid });
    expect(again.settled).toHaveLength(0);
    expect(again.credited).toHaveLength(0);
    expect(again.alreadyReconciled.map((p) => p.id)).toEqual(['P1', 'P2']);
    expect(again.prepaid.toJSON()).toEqual(first.prepaid.toJSON());
  });

  it('BIL-04 the result survives JSON and can be fed back in', () => {
    const first = reconcile({ invoices, payments: [payment('P1', chf('120.00'), { reference: REF_A })] });
    const json = JSON.parse(JSON.stringify(first)) as {
      invoices: typeof invoices;
      prepaid: { balances: Record<string, Record<string, string>> };
    };
    const again = reconcile({
      invoices: json.invoices,
      payments: [payment('P1', chf('120.00'), { reference: REF_A })],
      prepaid: prepaidLedger(json.prepaid),
    });
    expect(again.settled).toHaveLength(0);
  });
});

describe('BIL-01 BIL-02 bad input', () => {
  const cases: [string, () => unknown, RegExp][] = [
    [
      'zero payment amount',
      () => reconcile({ invoices, payments: [payment('P1', chf('0.00'))] }),
      /payments\[0\]\.amount\.amount: must be above zero/,
    ],
    [
      'negative payment amount',
      () => reconcile({ invoices, payments: [payment('P1', chf('-5.00'))] }),
      /payments\[0\]\.amount\.amount: must be above zero/,
    ],
    [
      'unknown currency',
      () => reconcile({ invoices, payments: [payment('P1', { amount: '5.00', currency: 'XYZ' })] }),
      /payments\[0\]\.amount\.currency/,
    ],
    [
      'malformed payment reference',
      () => reconcile({ invoices, payments: [payment('P1', chf('5.00'), { reference: '210000000003139471430009016' })] }),
      /payments\[0\]\.reference/,
    ],
    [
      'malformed invoice reference',
      () => reconcile({ invoices: [invoice('I1', 'c1', 'RF17539007547034', chf('1.00'))], payments: [] }),
      /invoices\[0\]\.reference/,
    ],
    [
      'invoice without reference',
      () =>
        reconcile({ invoices: [{ ...invoice('I1', 'c1', REF_A, chf('1.00')), reference: undefined as unknown as string }], payments: [] }),
      /invoices\[0\]\.reference: is required/,
    ],
    [
      'duplicate invoice ids',
      () => reconcile({ invoices: [invoice('I1', 'c1', REF_A, chf('1.00')), invoice('I1', 'c2', REF_B, chf('2.00'))], payments: [] }),
      /invoices\[1\]\.id: duplicate invoice id 'I1'/,
    ],
    [
      'duplicate invoice references',
      () => reconcile({ invoices: [invoice('I1', 'c1', REF_A, chf('1.00')), invoice('I2', 'c2', REF_A, chf('2.00'))], payments: [] }),
      /invoices\[1\]\.reference/,
    ],
    [
      'invalid booking date',
      () => reconcile({ invoices, payments: [payment('P1', chf('5.00'), { bookedAt: '2026-02-30' })] }),
      /payments\[0\]\.bookedAt/,
    ],
    [
      'due before issued',
      () => reconcile({ invoices: [invoice('I1', 'c1', REF_A, chf('1.00'), { dueAt: '2026-01-01T00:00:00Z' })], payments: [] }),
      /invoices\[0\]\.dueAt/,
    ],
    ['payments not an array', () => reconcile({ invoices, payments: 'nope' as unknown as [] }), /payments: must be an array/],
    [
      'negative prepaid balance',
      () => reconcile({ invoices, payments: [], prepaid: { balances: { c1: { CHF: '-1' } } } }),
      /balances\.c1\.CHF/,
    ],
  ];
  it.each(cases)('BIL-02 %s is a clear input error', (_name, run, message) => {
    let error: unknown;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(isHostPolicyError(error) && error.code).toBe('INVALID_INPUT');
    expect((error as Error).message).toMatch(message);
  });
});
