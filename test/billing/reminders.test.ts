import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dueReminder, explainReminder, reconcile, definePolicy, InvalidInputError, type ReminderCauseCode } from '../../src/index.js';
import { chf, eur, invoice, payment, REF_A, REF_B, REF_C, REF_UNUSED } from './fixtures.js';

// Due 2026-03-31 00:00 Zurich time (+02:00, summer time began on 29 March).
const inv = invoice('I-A', 'c1', REF_A, chf('80.00'), { dueAt: '2026-03-31T00:00:00+02:00' });

describe('BIL-08 which reminder is due', () => {
  it('BIL-08 none before the first step, then each step in turn (illustrative default steps)', () => {
    expect(dueReminder(inv, [], '2026-04-09T21:59:59Z')).toBeNull();
    expect(dueReminder(inv, [], '2026-04-09T22:00:00Z')).toMatchObject({ step: 1, daysAfterDue: 10, illustrative: true });
    expect(dueReminder(inv, [], '2026-04-20T12:00:00Z')?.step).toBe(2);
    const third = dueReminder(inv, [], '2026-05-15T12:00:00Z');
    expect(third?.step).toBe(3);
    expect(third?.fee?.toString()).toBe('CHF 20.00');
  });

  it('BIL-08 days are counted in Zurich calendar days across the change to winter time', () => {
    const autumn = invoice('I-X', 'c1', REF_A, chf('80.00'), { issuedAt: '2026-10-01T00:00:00Z', dueAt: '2026-10-20T00:00:00+02:00' });
    // 10 days later is 30 October 00:00 in Zurich, which is +01:00 after 25 October.
    expect(dueReminder(autumn, [], '2026-10-29T22:59:59Z')).toBeNull();
    expect(dueReminder(autumn, [], '2026-10-29T23:00:00Z')?.dueSince.toISOString()).toBe('2026-10-29T23:00:00.000Z');
  });

  it('BIL-08 none while a covering payment is known, even before reconciliation', () => {
    expect(dueReminder(inv, [payment('P1', chf('80.00'), { reference: REF_A })], '2026-05-15T12:00:00Z')).toBeNull();
  });

  it('BIL-08 a payment of another amount or currency does not cover it', () => {
    expect(dueReminder(inv, [payment('P1', chf('79.00'), { reference: REF_A })], '2026-04-15T12:00:00Z')?.step).toBe(1);
    expect(dueReminder(inv, [payment('P1', eur('80.00'), { reference: REF_A })], '2026-04-15T12:00:00Z')?.step).toBe(1);
  });

  it('BIL-08 none for a settled invoice', () => {
    expect(dueReminder({ ...inv, settled: true }, [], '2026-05-15T12:00:00Z')).toBeNull();
  });

  it('BIL-08 steps and fees are policy data', () => {
    const policy = definePolicy({ billing: { reminderSteps: [{ step: 1, name: 'only', daysAfterDue: 0, fees: { CHF: '5' } }] } });
    expect(dueReminder(inv, [], '2026-03-30T22:00:00Z', policy)).toMatchObject({ step: 1, illustrative: false });
    expect(dueReminder(inv, [], '2026-03-30T22:00:00Z', policy)?.fee?.toString()).toBe('CHF 5.00');
    expect(() =>
      definePolicy({
        billing: {
          reminderSteps: [
            { step: 2, name: 'a', daysAfterDue: 10 },
            { step: 1, name: 'b', daysAfterDue: 5 },
          ],
        },
      }),
    ).toThrow(InvalidInputError);
  });

  it('BIL-08 property: the due step never goes back as time passes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 * 86_400_000 }), fc.integer({ min: 0, max: 50 * 86_400_000 }), (a, b) => {
        const at = (ms: number) => new Date(Date.parse('2026-03-30T22:00:00Z') + ms);
        const first = dueReminder(inv, [], at(a))?.step ?? 0;
        const later = dueReminder(inv, [], at(a + b))?.step ?? 0;
        return later >= first;
      }),
    );
  });

  it('BIL-08 a payment of the exact amount under another reference does not cover the invoice', () => {
    const elsewhere = payment('P1', chf('80.00'), { reference: REF_B, bookedAt: '2026-04-01T00:00:00Z' });
    expect(dueReminder(inv, [elsewhere], '2026-04-15T12:00:00Z')?.step).toBe(1);
    expect(dueReminder(inv, [{ ...elsewhere, reference: REF_A }], '2026-04-15T12:00:00Z')).toBeNull();
  });

  it('BIL-08 a step whose fee is zero in the invoice currency carries no fee', () => {
    const policy = definePolicy({ billing: { reminderSteps: [{ step: 1, name: 'free', daysAfterDue: 0, fees: { CHF: '0', EUR: '5' } }] } });
    const due = dueReminder(inv, [], '2026-03-30T22:00:00Z', policy);
    expect(due?.step).toBe(1);
    expect(due !== null && 'fee' in due).toBe(false);
  });

  it('BIL-08 bad input is an input error that names the field', () => {
    expect(() => dueReminder(inv, 'none' as never, '2026-04-15T12:00:00Z')).toThrow(
      /reminder input.*payments: must be an array of payments/,
    );
    expect(() => dueReminder(inv, [payment('P1', chf('80.00')), payment('P2', chf('-1.00'))], '2026-04-15T12:00:00Z')).toThrow(
      /reminder input.*payments\[1\]\.amount/,
    );
    expect(() => dueReminder(inv, [], 'yesterday')).toThrow(InvalidInputError);
    expect(() => dueReminder({ ...inv, reference: 'nope' }, [], '2026-04-15T12:00:00Z')).toThrow(/invoice\.reference/);
  });
});

const invoices = [inv, invoice('I-B', 'c1', REF_B, chf('49.90'), { settled: true })];
const sentAt = '2026-04-10T06:00:00Z';

function codes(
  payments: ReturnType<typeof payment>[],
  reminder: Partial<Parameters<typeof explainReminder>[0]['reminder']> = {},
  prepaid?: { balances: Record<string, Record<string, string>> },
): ReminderCauseCode[] {
  return explainReminder({
    reminder: { customer: 'c1', sentAt, invoice: 'I-A', ...reminder },
    invoices,
    payments,
    ...(prepaid === undefined ? {} : { prepaid }),
  }).causes.map((c) => c.code);
}

describe('BIL-06 BIL-07 explaining a questioned reminder', () => {
  it('BIL-07 no payment received', () => {
    expect(codes([])).toEqual(['NO_PAYMENT']);
  });

  it('BIL-06 a transfer booked after the reminder went out: the reminder crossed the payment', () => {
    const causes = explainReminder({
      reminder: { customer: 'c1', sentAt, invoice: 'I-A' },
      invoices,
      payments: [payment('P1', chf('80.00'), { reference: REF_A, bookedAt: '2026-04-10T09:00:00Z' })],
    }).causes;
    expect(causes).toEqual([expect.objectContaining({ code: 'CROSSED_PAYMENT', rule: 'BIL-06', payment: 'P1' })]);
  });

  it('BIL-03 a standing order with the reference of an earlier invoice', () => {
    expect(codes([payment('P1', chf('49.90'), { reference: REF_B, bookedAt: '2026-04-01T00:00:00Z' })])).toEqual([
      'STALE_REFERENCE',
      'CREDITED_TO_PREPAID',
    ]);
  });

  it('BIL-07 an amount mismatch, credited to the prepaid account', () => {
    expect(codes([payment('P1', chf('75.00'), { reference: REF_A, bookedAt: '2026-04-01T00:00:00Z' })])).toEqual([
      'AMOUNT_MISMATCH',
      'CREDITED_TO_PREPAID',
    ]);
  });

  it('BIL-07 a currency mismatch, credited to the prepaid account', () => {
    expect(codes([payment('P1', eur('80.00'), { reference: REF_A, bookedAt: '2026-04-01T00:00:00Z' })])).toEqual([
      'CURRENCY_MISMATCH',
      'CREDITED_TO_PREPAID',
    ]);
  });

  it('BIL-07 a mismatched payment booked after the reminder is also named as crossed', () => {
    expect(codes([payment('P1', chf('75.00'), { reference: REF_A, bookedAt: '2026-04-11T00:00:00Z' })])).toEqual([
      'AMOUNT_MISMATCH',
      'CROSSED_PAYMENT',
      'CREDITED_TO_PREPAID',
    ]);
  });

  it('BIL-07 a payment without usable reference credited to the prepaid account', () => {
    expect(codes([payment('P1', chf('80.00'), { customer: 'c1', reference: REF_UNUSED })])).toEqual(['CREDITED_TO_PREPAID']);
  });

  it('BIL-07 an earlier prepaid balance that covers the invoice', () => {
    const causes = explainReminder({
      reminder: { customer: 'c1', sentAt, invoice: 'I-A' },
      invoices,
      payments: [],
      prepaid: { balances: { c1: { CHF: '100.00' } } },
    }).causes;
    expect(causes.map((c) => c.code)).toEqual(['CREDITED_TO_PREPAID']);
    expect(causes[0]?.message).toMatch(/can be paid from it/);
  });

  it.each([
    ['an invoice id the customer does not have', { invoice: 'I-Z' }],
    ['an invoice of another customer', { customer: 'c2' }],
    ['a reference of no invoice', { invoice: undefined, reference: REF_UNUSED }],
    ['another amount than the invoice', { amount: chf('180.00') }],
  ])('BIL-07 a reminder with %s is possibly not from the provider', (_name, reminder) => {
    const causes = explainReminder({
      reminder: { customer: 'c1', sentAt, invoice: 'I-A', ...reminder } as Parameters<typeof explainReminder>[0]['reminder'],
      invoices,
      payments: [],
    }).causes;
    expect(causes).toEqual([expect.objectContaining({ code: 'NOT_OUR_INVOICE', rule: 'BIL-07' })]);
  });

  it('BIL-07 the reminder can name the invoice by its printed reference', () => {
    expect(codes([], { invoice: undefined, reference: REF_A.replace(/(\d{5})/g, '$1 ') } as never)).toEqual(['NO_PAYMENT']);
  });

  it.each([
    ['stale', payment('P1', chf('49.90'), { reference: REF_B, bookedAt: '2026-04-01T00:00:00Z' })],
    ['amount', payment('P1', chf('75.00'), { reference: REF_A, bookedAt: '2026-04-01T00:00:00Z' })],
    ['currency', payment('P1', eur('80.00'), { reference: REF_A, bookedAt: '2026-04-11T00:00:00Z' })],
    ['crossed', payment('P1', chf('80.00'), { reference: REF_A, bookedAt: '2026-04-11T00:00:00Z' })],
  ])('BIL-07 the causes are the same when the reconciled state is passed in (%s)', (_name, p) => {
    const fresh = explainReminder({ reminder: { customer: 'c1', sentAt, invoice: 'I-A' }, invoices, payments: [p] }).causes;
    const r = reconcile({ invoices, payments: [p] });
    const again = explainReminder({
      reminder: { customer: 'c1', sentAt, invoice: 'I-A' },
      invoices: r.invoices,
      payments: [p],
      prepaid: r.prepaid,
    }).causes;
    expect(again).toEqual(fresh);
  });

  it('BIL-07 fed back in, a payment credited before another settled its invoice is not a standing order; one after is', () => {
    const withC = [...invoices, invoice('I-C', 'c1', REF_C, chf('30.00'))];
    const onC = [
      payment('P0', chf('25.00'), { reference: REF_C, bookedAt: '2026-04-01T00:00:00Z' }),
      payment('P1', chf('30.00'), { reference: REF_C, bookedAt: '2026-04-02T00:00:00Z' }),
      payment('P2', chf('30.00'), { reference: REF_C, bookedAt: '2026-04-03T00:00:00Z' }),
    ];
    const ask = { customer: 'c1', sentAt, invoice: 'I-A' };
    const fresh = explainReminder({ reminder: ask, invoices: withC, payments: onC }).causes;
    expect(fresh.map((c) => [c.code, 'payment' in c ? c.payment : undefined])).toEqual([
      ['STALE_REFERENCE', 'P2'],
      ['CREDITED_TO_PREPAID', undefined],
    ]);
    const r = reconcile({ invoices: withC, payments: onC });
    expect(r.credited.map((c) => [c.payment.id, c.cause])).toEqual([
      ['P0', 'AMOUNT_MISMATCH'],
      ['P2', 'STALE_REFERENCE'],
    ]);
    const again = explainReminder({ reminder: ask, invoices: r.invoices, payments: onC, prepaid: r.prepaid }).causes;
    expect(again).toEqual(fresh);
  });

  it('BIL-07 every cause carries a code, a rule and a message', () => {
    const causes = explainReminder({
      reminder: { customer: 'c1', sentAt, invoice: 'I-A' },
      invoices,
      payments: [payment('P1', eur('80.00'), { reference: REF_A, bookedAt: '2026-04-11T00:00:00Z' })],
    }).causes;
    for (const cause of causes)
      expect(cause).toMatchObject({ code: expect.any(String), rule: expect.stringMatching(/^BIL-\d\d$/), message: expect.any(String) });
  });

  it('BIL-07 a reminder without invoice id or reference is an input error', () => {
    expect(() => explainReminder({ reminder: { customer: 'c1', sentAt }, invoices, payments: [] })).toThrow(InvalidInputError);
    expect(() => explainReminder({ reminder: { customer: 'c1', sentAt: 'soon', invoice: 'I-A' }, invoices, payments: [] })).toThrow(
      /sentAt/,
    );
  });
});
