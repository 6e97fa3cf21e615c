/**
 * Red-team finding 5: billing took amounts finer than the currency's minor unit (CHF 0.001), which
 * no bank moves: a CHF 10.001 payment was credited and its 0.001 paid out, a CHF 10.005 invoice
 * accepted although no payment can settle it. Every reader refuses them now (items.ts, the fast
 * reader, the zod schemas, the reversal reader and the reference reconcile), naming the field.
 */
import { describe, expect, it } from 'vitest';
import {
  bookIncentive,
  creditCancelledOrder,
  emptyPrepaidLedger,
  invoiceSchema,
  money,
  payInvoiceFromPrepaid,
  paymentSchema,
  qrReference,
  reconcile,
  requestPayout,
  reversalSchema,
  type ReconcileInput,
} from '../../src/index.js';
import { referenceReconcile } from '../../src/testing/index.js';
import { chf, invoice, payment } from './fixtures.js';

const R1 = qrReference('1');
const inv = (amount: { amount: string; currency: string }) => invoice('I-1', 'c1', R1, amount);

/** The error reconcile() raises, and the same from the reference reconcile. */
function refusal(input: ReconcileInput): unknown {
  let error: unknown;
  try {
    reconcile(input);
  } catch (e) {
    error = e;
  }
  expect(() => referenceReconcile(input)).toThrowError(
    expect.objectContaining({ message: (error as Error | undefined)?.message, issues: (error as { issues?: unknown }).issues }),
  );
  return error;
}

const issue = (path: (string | number)[], currency = 'CHF', decimals = 2) => ({
  path,
  message: `must be in whole minor units of ${currency} (at most ${decimals} decimal${decimals === 1 ? '' : 's'})`,
  code: 'custom',
});

describe('MON-01 billing amounts are whole minor units of their currency', () => {
  it('BIL-01 an invoice of CHF 10.005 is refused, naming the field', () => {
    expect(refusal({ invoices: [inv(chf('10.005'))], payments: [] })).toMatchObject({
      name: 'InvalidInputError',
      code: 'INVALID_INPUT',
      rule: 'BIL-01',
      issues: [issue(['invoices', 0, 'amount', 'amount'])],
    });
    expect(() => payInvoiceFromPrepaid({ balances: { c1: { CHF: '20.00' } } }, inv(chf('10.005')))).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', rule: 'BIL-01' }),
    );
    expect(invoiceSchema.safeParse(inv(chf('10.005'))).success).toBe(false);
  });

  it('BIL-02 a payment of CHF 10.001, or of JPY 10.5, is refused: nothing is credited, nothing stranded', () => {
    expect(refusal({ invoices: [inv(chf('10.00'))], payments: [payment('P-1', chf('10.001'), { reference: R1 })] })).toMatchObject({
      code: 'INVALID_INPUT',
      rule: 'BIL-02',
      issues: [issue(['payments', 0, 'amount', 'amount'])],
    });
    expect(
      refusal({ invoices: [], payments: [payment('P-1', { amount: '10.5', currency: 'JPY' }, { customer: 'c1' })], customers: ['c1'] }),
    ).toMatchObject({ rule: 'BIL-02', issues: [issue(['payments', 0, 'amount', 'amount'], 'JPY', 0)] });
    // A Money value is checked alike; its issue is at the field.
    expect(refusal({ invoices: [], payments: [payment('P-1', money('0.001', 'CHF') as never)] })).toMatchObject({
      rule: 'BIL-02',
      issues: [issue(['payments', 0, 'amount'])],
    });
    expect(paymentSchema.safeParse(payment('P-1', chf('10.001'))).success).toBe(false);
  });

  it('BIL-02 charges finer than the minor unit are refused too', () => {
    expect(
      refusal({ invoices: [], payments: [payment('P-1', chf('10.00'), { charges: { amount: '0.505', currency: 'CHF' } })] }),
    ).toMatchObject({ rule: 'BIL-02', issues: [issue(['payments', 0, 'charges', 'amount'])] });
  });

  it('BIL-04 a reversal of CHF 10.001 is refused', () => {
    const reversal = { id: 'R-1', reference: R1, amount: chf('10.001'), bookedAt: '2026-03-25T00:00:00Z' };
    expect(refusal({ invoices: [inv(chf('10.00'))], payments: [], reversals: [reversal] })).toMatchObject({
      rule: 'BIL-04',
      issues: [issue(['reversals', 0, 'amount', 'amount'])],
    });
    expect(reversalSchema.safeParse(reversal).success).toBe(false);
  });

  it('BIL-09 credits and payouts finer than the minor unit are refused: the prepaid ledger holds whole centimes', () => {
    const ledger = creditCancelledOrder(emptyPrepaidLedger(), { customer: 'c1', amount: chf('10.00') });
    expect(() => creditCancelledOrder(ledger, { customer: 'c1', amount: chf('0.001') })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        rule: 'BIL-09',
        message: 'Invalid cancelled order transfer: amount: must be in whole minor units of CHF (at most 2 decimals)',
      }),
    );
    expect(() => requestPayout(ledger, { customer: 'c1', amount: chf('0.001'), method: 'bank-account' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', rule: 'BIL-09', message: expect.stringContaining('whole minor units of CHF') }),
    );
  });

  it('PAR-09 a cashback finer than the minor unit is not booked to the prepaid account', () => {
    expect(() =>
      bookIncentive(
        emptyPrepaidLedger(),
        { kind: 'cashback', amount: chf('2.004') },
        { partner: 'p1', order: 'o1', at: '2026-03-01T00:00:00Z' },
      ),
    ).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', rule: 'PAR-09', message: expect.stringContaining('whole minor units of CHF') }),
    );
  });

  it('BIL-02 trailing zeros do not count, and currencies with other minor units take theirs (KWD 3, JPY 0)', () => {
    const r = reconcile({
      invoices: [inv(chf('10.50'))],
      payments: [
        payment('P-1', chf('10.500'), { reference: R1 }),
        payment('P-2', { amount: '1.234', currency: 'KWD' }, { customer: 'c1' }),
        payment('P-3', { amount: '1500', currency: 'JPY' }, { customer: 'c1' }),
      ],
    });
    expect(r.settled.map((s) => s.payment.id)).toEqual(['P-1']);
    expect(r.prepaid.accounts().map((a) => a.balance.toString())).toEqual(['JPY 1500', 'KWD 1.234']);
  });
});
