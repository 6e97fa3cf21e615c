/** billForInvoice and isOurBill: our invoices' bills, and phishing bills told apart (BIL-01, BIL-07). */
import { describe, expect, it } from 'vitest';
import { explainReminder } from '../../src/billing/index.js';
import type { Decision } from '../../src/errors.js';
import { billForInvoice, isOurBill, parseQrBill, qrBillPayload } from '../../src/qrbill/index.js';
import { expectInvalid, expectPolicyError } from '../helpers/expectError.js';
import { CREDITOR, IBAN, QR_IBAN } from './samples.js';

const qrInvoice = {
  id: 'I-3139',
  customer: 'pia',
  reference: '21 00000 00003 13947 14300 09017',
  amount: { amount: '1949.75', currency: 'CHF' },
  issuedAt: '2026-06-18T00:00:00Z',
  dueAt: '2026-07-18T00:00:00Z',
};
const scorInvoice = { ...qrInvoice, id: 'I-7034', reference: 'RF18 5390 0754 7034', amount: { amount: '199.95', currency: 'EUR' } };
const creditor = { account: 'CH44 3199 9123 0008 8901 2', ...CREDITOR };
const ours = { accounts: [QR_IBAN, 'CH58 0079 1123 0008 8901 2'], invoices: [qrInvoice, scorInvoice] };
const codes = (d: Decision): string[] => (d.allowed ? [] : d.reasons.map((r) => `${r.rule} ${r.code}`));

describe('billForInvoice (BIL-01)', () => {
  it('writes the bill of an invoice: its amount, its reference, our account', () => {
    const read = parseQrBill(billForInvoice(qrInvoice, creditor, { message: 'Invoice I-3139' }));
    expect(read).toEqual({
      ok: true,
      bill: {
        account: QR_IBAN,
        creditor: CREDITOR,
        amount: { amount: '1949.75', currency: 'CHF' },
        currency: 'CHF',
        referenceType: 'QRR',
        reference: '210000000003139471430009017',
        message: 'Invoice I-3139',
      },
    });
    const scor = parseQrBill(billForInvoice(scorInvoice, { ...creditor, account: IBAN }));
    expect(scor.ok && scor.bill).toMatchObject({
      referenceType: 'SCOR',
      reference: 'RF18539007547034',
      amount: { amount: '199.95', currency: 'EUR' },
    });
  });

  it(
    'refuses a QR reference on an ordinary IBAN and a creditor reference on a QR-IBAN (QRB-05), and a currency the QR-bill does not ' +
      'carry (QRB-08)',
    () => {
      expectPolicyError(() => billForInvoice(qrInvoice, { ...creditor, account: IBAN }), 'INVALID_QR_BILL', 'QRB-05');
      expectPolicyError(() => billForInvoice(scorInvoice, creditor), 'INVALID_QR_BILL', 'QRB-05');
      expectPolicyError(
        () => billForInvoice({ ...scorInvoice, amount: { amount: '10.00', currency: 'USD' } }, { ...creditor, account: IBAN }),
        'INVALID_QR_BILL',
        'QRB-08',
      );
    },
  );

  it('refuses malformed input with INVALID_INPUT', () => {
    expectInvalid(() => billForInvoice({ ...qrInvoice, reference: '12' }, creditor));
    expectInvalid(() => billForInvoice(qrInvoice, { ...creditor, iban: 'x' } as unknown as typeof creditor));
    expectInvalid(() => billForInvoice(qrInvoice, creditor, { mesage: 'x' } as never));
    expectInvalid(() => billForInvoice(null as never, creditor));
  });
});

describe('isOurBill (BIL-07)', () => {
  const genuine = billForInvoice(qrInvoice, creditor);

  it('BIL-07: a bill of ours is ours, by list or by lookup', () => {
    expect(isOurBill(genuine, ours)).toEqual({ allowed: true });
    const byRef = new Map([['210000000003139471430009017', qrInvoice]]);
    expect(isOurBill(genuine, { accounts: ours.accounts, lookup: (ref) => byRef.get(ref) })).toEqual({ allowed: true });
  });

  it('BIL-07: a phishing bill is told apart, with every failed condition', () => {
    const bill = parseQrBill(genuine);
    if (!bill.ok) throw new Error('genuine bill');
    const fake = (change: Record<string, unknown>): string => qrBillPayload({ ...bill.bill, ...change });
    expect(codes(isOurBill(fake({ account: 'CH5204835012345671000', referenceType: 'NON', reference: undefined }), ours))).toEqual([
      'BIL-07 NOT_OUR_ACCOUNT',
      'BIL-07 NOT_OUR_REFERENCE',
    ]);
    expect(codes(isOurBill(fake({ account: 'CH2331999123000889099' }), ours))).toEqual(['BIL-07 NOT_OUR_ACCOUNT']);
    expect(codes(isOurBill(fake({ amount: { amount: '1994.75', currency: 'CHF' } }), ours))).toEqual(['BIL-07 NOT_OUR_AMOUNT']);
    expect(codes(isOurBill(fake({ amount: { amount: '1949.75', currency: 'EUR' }, currency: 'EUR' }), ours))).toEqual([
      'BIL-07 NOT_OUR_AMOUNT',
    ]);
    expect(codes(isOurBill(fake({ amount: undefined }), ours))).toEqual(['BIL-07 NOT_OUR_AMOUNT']);
    expect(codes(isOurBill(fake({ reference: '000000000000000000018785830' }), ours))).toEqual(['BIL-07 NOT_OUR_REFERENCE']);
    const decision = isOurBill(fake({ amount: { amount: '1994.75', currency: 'CHF' } }), ours);
    expect(!decision.allowed && decision.reasons[0].message).toBe('The bill asks for CHF 1994.75; our invoice I-3139 is for CHF 1949.75.');
  });

  it('BIL-07: a payload that is no valid QR-bill is not ours, with the QR-bill’s own errors', () => {
    expect(codes(isOurBill(genuine.replace('CH4431999', 'CH4431998'), ours))).toEqual(['QRB-04 INVALID_IBAN']);
    expect(codes(isOurBill('hello', ours))).toEqual(['QRB-01 INVALID_STRUCTURE']);
  });

  it('checks what the lookup answers, and turns its failure into LOOKUP_FAILED', () => {
    expect(codes(isOurBill(genuine, { accounts: ours.accounts, lookup: () => scorInvoice }))).toEqual(['BIL-07 NOT_OUR_REFERENCE']);
    expectInvalid(() => isOurBill(genuine, { accounts: ours.accounts, lookup: () => ({ id: 'x' }) as never }));
    expectPolicyError(
      () =>
        isOurBill(genuine, {
          accounts: ours.accounts,
          lookup: () => {
            throw new Error('db down');
          },
        }),
      'LOOKUP_FAILED',
      'BIL-07',
    );
  });

  it('refuses malformed arguments with INVALID_INPUT', () => {
    expectInvalid(() => isOurBill(42 as never, ours));
    expectInvalid(() => isOurBill(genuine, { accounts: [], invoices: [] }));
    expectInvalid(() => isOurBill(genuine, { accounts: ours.accounts } as never));
    expectInvalid(() => isOurBill(genuine, { ...ours, lookup: () => undefined } as never));
    expectInvalid(() => isOurBill(genuine, null as never));
  });
});

describe('explainReminder with the reminder’s QR-bill (BIL-07)', () => {
  const payments: never[] = [];
  it('BIL-07: a reminder whose QR-bill is not ours is NOT_OUR_INVOICE, saying why', () => {
    const bill = parseQrBill(billForInvoice(qrInvoice, creditor));
    if (!bill.ok) throw new Error('genuine bill');
    const { reference: _ours, ...rest } = bill.bill;
    const phishing = qrBillPayload({ ...rest, account: 'CH5204835012345671000', referenceType: 'NON' });
    const { causes } = explainReminder({
      reminder: { customer: 'pia', sentAt: '2026-07-20T08:00:00Z', qrBill: phishing },
      invoices: [qrInvoice],
      payments,
      accounts: [creditor.account],
    });
    expect(causes.map((c) => c.code)).toEqual(['NOT_OUR_INVOICE']);
    expect(causes[0]?.message).toContain('CH5204835012345671000, which is not one of ours');
  });

  it('BIL-07: a reminder whose QR-bill is ours is explained like one naming the invoice', () => {
    const { causes } = explainReminder({
      reminder: { customer: 'pia', sentAt: '2026-07-20T08:00:00Z', qrBill: billForInvoice(qrInvoice, creditor) },
      invoices: [qrInvoice],
      payments,
      accounts: [creditor.account],
    });
    expect(causes.map((c) => c.code)).toEqual(['NO_PAYMENT']);
    expectInvalid(() =>
      explainReminder({
        reminder: { customer: 'pia', sentAt: '2026-07-20T08:00:00Z', qrBill: billForInvoice(qrInvoice, creditor) },
        invoices: [qrInvoice],
        payments,
      }),
    );
  });
});
