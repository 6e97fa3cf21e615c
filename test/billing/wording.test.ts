/**
 * Every billing error and explanation, with its exact wording, pinned in a snapshot: customers and
 * accountants read these messages (BIL-07: a questioned reminder is answered with its causes), so
 * a change of wording is a change to review, not an accident.
 */
import { describe, expect, it } from 'vitest';
import {
  canChooseRenewalWarranty,
  canPayFromPrepaid,
  creditCancelledOrder,
  creditorReference,
  dueReminder,
  emptyPrepaidLedger,
  explainReminder,
  formatCreditorReference,
  formatQrReference,
  payInvoiceFromPrepaid,
  prepaidLedger,
  qrReference,
  reconcile,
  renewalBillingAddress,
  renewalWarrantyApplies,
  requestPayout,
  setRenewalWarranty,
} from '../../src/billing/index.js';
import { money } from '../../src/money/index.js';
import { chf, eur, invoice, payment, REF_A, REF_B, REF_C, REF_UNUSED } from './fixtures.js';

/** What a call gives, as data: its result, or what it throws (code, rule, message, details or issues). */
function outcomeOf(fn: () => unknown): unknown {
  try {
    return { returned: JSON.parse(JSON.stringify(fn() ?? null)) as unknown };
  } catch (e) {
    const { code, rule, message, details, issues } = e as {
      code: string;
      rule?: string;
      message: string;
      details?: unknown;
      issues?: unknown;
    };
    return { code, rule, message, details, issues };
  }
}

const inv = invoice('INV-1', 'c1', REF_A, chf('120.00'));
const ledger = prepaidLedger({ balances: { c1: { CHF: '50.00' } } });

describe('billing wording (snapshot)', () => {
  it('BIL-01 reference errors', () => {
    const table = {
      'qr: empty': () => qrReference(''),
      'qr: letters': () => qrReference('12a4'),
      'qr: 27 digits': () => qrReference('123456789012345678901234567'),
      'qr: not a string': () => qrReference(42 as unknown as string),
      'creditor: empty': () => creditorReference(''),
      'creditor: umlaut': () => creditorReference('RÜCK1'),
      'creditor: 22 characters': () => creditorReference('ABCDEFGHIJKLMNOPQRSTUV'),
      'format qr: bad check digit': () => formatQrReference('210000000003139471430009018'),
      'format qr: ok': () => formatQrReference('210000000003139471430009017'),
      'format creditor: RF00': () => formatCreditorReference('RF0072'),
      'format creditor: ok': () => formatCreditorReference('rf18539007547034'),
    };
    expect(Object.fromEntries(Object.entries(table).map(([k, f]) => [k, outcomeOf(f)]))).toMatchSnapshot();
  });

  it('BIL-02 BIL-06 reconciliation input errors', () => {
    const table: Record<string, () => unknown> = {
      'not an object': () => reconcile(null as never),
      'lists missing': () => reconcile({} as never),
      'customers not ids': () => reconcile({ invoices: [], payments: [], customers: [''] } as never),
      'invoice without reference': () => reconcile({ invoices: [{ ...inv, reference: undefined } as never], payments: [] }),
      'invoice with a bad reference': () => reconcile({ invoices: [{ ...inv, reference: '12345' }], payments: [] }),
      'invoice amount zero': () => reconcile({ invoices: [{ ...inv, amount: chf('0.00') }], payments: [] }),
      'invoice amount negative': () => reconcile({ invoices: [{ ...inv, amount: chf('-1.00') }], payments: [] }),
      'invoice in an unknown currency': () =>
        reconcile({ invoices: [{ ...inv, amount: { amount: '1.00', currency: 'XYZ' } }], payments: [] }),
      'invoice due before issue': () => reconcile({ invoices: [{ ...inv, dueAt: '2026-01-01T00:00:00Z' }], payments: [] }),
      'invoice with a bad instant': () => reconcile({ invoices: [{ ...inv, issuedAt: '2026-02-30T00:00:00Z' }], payments: [] }),
      'invoice settled not boolean': () => reconcile({ invoices: [{ ...inv, settled: 'yes' as never }], payments: [] }),
      'duplicate invoice id': () => reconcile({ invoices: [inv, { ...inv, reference: REF_B }], payments: [] }),
      'duplicate reference': () => reconcile({ invoices: [inv, { ...inv, id: 'INV-2' }], payments: [] }),
      'payment amount zero': () => reconcile({ invoices: [inv], payments: [payment('P1', chf('0.00'))] }),
      'payment with a bad reference': () => reconcile({ invoices: [inv], payments: [payment('P1', chf('1.00'), { reference: 'RF00' })] }),
      'payment without booking time': () => reconcile({ invoices: [inv], payments: [{ id: 'P1', amount: chf('1.00') } as never] }),
      'payment id twice, two contents': () =>
        reconcile({ invoices: [inv], payments: [payment('P1', chf('1.00')), payment('P1', chf('2.00'))] }),
      'prepaid malformed': () => reconcile({ invoices: [], payments: [], prepaid: { balances: { c1: { CHF: '-1.00' } } } }),
    };
    expect(Object.fromEntries(Object.entries(table).map(([k, f]) => [k, outcomeOf(f)]))).toMatchSnapshot();
  });

  it('BIL-03 BIL-04 every reconciliation outcome with its cause', () => {
    const r = reconcile({
      invoices: [inv, invoice('INV-2', 'c2', REF_B, eur('80.00'), { settled: true }), invoice('INV-3', 'c3', REF_C, chf('10.00'))],
      payments: [
        payment('P1', chf('120.00'), { reference: REF_A }),
        payment('P2', eur('80.00'), { reference: REF_B }),
        payment('P3', eur('10.00'), { reference: REF_C }),
        payment('P4', chf('9.99'), { reference: REF_C }),
        payment('P5', chf('5.00'), { reference: REF_UNUSED, customer: 'c1' }),
        payment('P6', chf('5.00'), { customer: 'stranger' }),
        payment('P6', chf('5.00'), { customer: 'stranger' }),
      ],
    });
    expect(
      JSON.parse(
        JSON.stringify({
          settled: r.settled.map((s) => [s.payment.id, s.invoice.id, s.invoice.settledBy]),
          credited: r.credited.map((c) => [c.payment.id, c.customer, c.cause]),
          unidentified: r.unidentified.map((p) => p.id),
          duplicates: r.duplicates,
          totals: r.totals,
          prepaid: r.prepaid,
        }),
      ),
    ).toMatchSnapshot();
  });

  it('BIL-05 BIL-09 prepaid account decisions and errors', () => {
    const table: Record<string, () => unknown> = {
      'can pay: balance too low': () => canPayFromPrepaid(ledger, inv),
      'can pay: other currency': () => canPayFromPrepaid(ledger, invoice('INV-9', 'c1', REF_B, eur('10.00'))),
      'can pay: already settled': () => canPayFromPrepaid(ledger, { ...invoice('INV-8', 'c1', REF_C, chf('10.00')), settled: true }),
      'can pay: yes': () => canPayFromPrepaid(ledger, invoice('INV-7', 'c1', REF_C, chf('50.00'))),
      'pay: balance too low': () => payInvoiceFromPrepaid(ledger, inv),
      'pay: yes': () => payInvoiceFromPrepaid(ledger, invoice('INV-7', 'c1', REF_C, chf('50.00'))),
      'credit: negative': () => creditCancelledOrder(ledger, { customer: 'c1', amount: chf('-5.00') }),
      'credit: no customer': () => creditCancelledOrder(ledger, { customer: '', amount: chf('5.00') }),
      'credit: yes': () => creditCancelledOrder(ledger, { customer: 'c2', amount: eur('5.00'), payment: 'P9' }),
      'payout: above balance': () => requestPayout(ledger, { customer: 'c1', amount: chf('50.01'), method: 'paypal' }),
      'payout: unknown method': () => requestPayout(ledger, { customer: 'c1', amount: chf('5.00'), method: 'cash' as never }),
      'payout: no account': () => requestPayout(emptyPrepaidLedger(), { customer: 'c1', amount: chf('5.00'), method: 'bank-account' }),
      'payout: yes': () => requestPayout(ledger, { customer: 'c1', amount: chf('50.00'), method: 'bank-account' }),
      'ledger: negative balance': () => prepaidLedger({ balances: { c1: { CHF: '-0.01' } } }),
      'ledger: unknown currency': () => prepaidLedger({ balances: { c1: { XYZ: '1.00' } } }),
    };
    expect(Object.fromEntries(Object.entries(table).map(([k, f]) => [k, outcomeOf(f)]))).toMatchSnapshot();
  });

  it('BIL-07 BIL-08 reminders: which step is due, and why a reminder was sent', () => {
    const due =
      (now: string, payments = [] as ReturnType<typeof payment>[]) =>
      () =>
        dueReminder(inv, payments, now);
    const reminder = { customer: 'c1', sentAt: '2026-04-20T00:00:00Z', invoice: 'INV-1' };
    const table: Record<string, () => unknown> = {
      'due: before the due date': due('2026-03-30T00:00:00Z'),
      'due: one day after': due('2026-04-01T00:00:00Z'),
      'due: a month after': due('2026-05-01T00:00:00Z'),
      'due: half a year after': due('2026-10-01T00:00:00Z'),
      'due: covered by a payment': due('2026-05-01T00:00:00Z', [payment('P1', chf('120.00'), { reference: REF_A })]),
      'due: bad now': due('yesterday'),
      'explain: no payment': () => explainReminder({ reminder, invoices: [inv], payments: [] }),
      'explain: amount mismatch': () =>
        explainReminder({ reminder, invoices: [inv], payments: [payment('P1', chf('100.00'), { reference: REF_A })] }),
      'explain: currency mismatch': () =>
        explainReminder({ reminder, invoices: [inv], payments: [payment('P1', eur('120.00'), { reference: REF_A })] }),
      'explain: stale reference': () =>
        explainReminder({
          reminder,
          invoices: [inv, invoice('INV-0', 'c1', REF_B, chf('120.00'), { settled: true })],
          payments: [payment('P1', chf('120.00'), { reference: REF_B })],
        }),
      'explain: crossed payment': () =>
        explainReminder({
          reminder,
          invoices: [inv],
          payments: [payment('P1', chf('120.00'), { reference: REF_A, bookedAt: '2026-04-21T00:00:00Z' })],
        }),
      'explain: not our invoice': () =>
        explainReminder({
          reminder: { customer: 'c1', sentAt: '2026-04-20T00:00:00Z', reference: REF_UNUSED },
          invoices: [inv],
          payments: [],
        }),
      'explain: neither invoice nor reference': () =>
        explainReminder({ reminder: { customer: 'c1', sentAt: '2026-04-20T00:00:00Z' }, invoices: [inv], payments: [] }),
    };
    expect(Object.fromEntries(Object.entries(table).map(([k, f]) => [k, outcomeOf(f)]))).toMatchSnapshot();
  });

  it('BIL-10 BIL-11 Renewal Warranty and billing address', () => {
    const products = [
      { id: 'd1', product: 'domain', renewalWarranty: false },
      { id: 'h1', product: 'web-hosting', renewalWarranty: false },
      { id: 'n1', product: 'nas-synology', renewalWarranty: false },
      { id: 'n2', product: 'nas-synology', renewalWarranty: false },
    ];
    const table: Record<string, () => unknown> = {
      'choose: domain at order': () => canChooseRenewalWarranty({ product: 'domain', moment: 'order' }),
      'choose: hosting at order': () => canChooseRenewalWarranty({ product: 'web-hosting', moment: 'order' }),
      'choose: NAS at order': () => canChooseRenewalWarranty({ product: 'nas-synology', moment: 'order' }),
      'choose: NAS after purchase': () => canChooseRenewalWarranty({ product: 'nas-synology', moment: 'after-purchase' }),
      'set: NAS only, after purchase': () => setRenewalWarranty(products, { enabled: true, moment: 'after-purchase', ids: ['n2'] }),
      'set: off at order (always allowed)': () => setRenewalWarranty(products, { enabled: false, moment: 'order' }),
      'choose: bad moment': () => canChooseRenewalWarranty({ product: 'domain', moment: 'later' as never }),
      'set: unknown id': () => setRenewalWarranty(products, { enabled: true, moment: 'after-purchase', ids: ['x1', 'x2'] }),
      'set: all at order': () => setRenewalWarranty(products, { enabled: true, moment: 'order' }),
      'set: all after purchase': () => setRenewalWarranty(products, { enabled: true, moment: 'after-purchase' }),
      'applies: expired, not renewed': () =>
        renewalWarrantyApplies({ renewalWarranty: true, expiresAt: '2026-03-01T00:00:00Z', renewed: false }, '2026-03-01T00:00:00Z'),
      'applies: not yet expired': () =>
        renewalWarrantyApplies({ renewalWarranty: true, expiresAt: '2026-03-01T00:00:00Z', renewed: false }, '2026-02-28T23:59:59.999Z'),
      'address: unknown': () => renewalBillingAddress({ billingAddresses: [{ id: 'hq' }] }, 'team'),
      'address: no list': () => renewalBillingAddress({} as never, 'team'),
    };
    expect(Object.fromEntries(Object.entries(table).map(([k, f]) => [k, outcomeOf(f)]))).toMatchSnapshot();
  });

  it('BIL-05 BIL-07 explanations after an earlier reconciliation was fed back in, and with a covering prepaid balance', () => {
    const invoices = [inv, invoice('INV-0', 'c1', REF_B, chf('120.00'))];
    const payments = [
      payment('P0', chf('120.00'), { reference: REF_B, bookedAt: '2026-03-10T00:00:00Z' }), // settles INV-0
      payment('P1', chf('120.00'), { reference: REF_B, bookedAt: '2026-03-12T00:00:00Z' }), // standing order: stale
      payment('P2', chf('150.00'), { reference: REF_A, bookedAt: '2026-03-15T00:00:00Z' }), // too much for INV-1
      payment('P3', eur('120.00'), { reference: REF_A, bookedAt: '2026-03-16T00:00:00Z' }), // wrong currency
      payment('P4', chf('7.00'), { customer: 'c1', bookedAt: '2026-03-17T00:00:00Z' }), // no reference
    ];
    const earlier = reconcile({ invoices, payments });
    const reminder = { customer: 'c1', sentAt: '2026-04-20T00:00:00Z', invoice: 'INV-1' };
    const table: Record<string, () => unknown> = {
      'fresh statement': () => explainReminder({ reminder, invoices, payments }),
      'earlier result fed back in': () =>
        explainReminder({
          reminder,
          invoices: earlier.invoices.map((i) => JSON.parse(JSON.stringify(i)) as typeof inv),
          payments,
          prepaid: earlier.prepaid,
        }),
      'by reference only': () =>
        explainReminder({ reminder: { customer: 'c1', sentAt: '2026-04-20T00:00:00Z', reference: REF_A }, invoices, payments }),
      'other customer asks': () =>
        explainReminder({ reminder: { customer: 'c2', sentAt: '2026-04-20T00:00:00Z', invoice: 'INV-1' }, invoices, payments }),
    };
    expect(Object.fromEntries(Object.entries(table).map(([k, f]) => [k, outcomeOf(f)]))).toMatchSnapshot();
  });

  it('BIL-01 BIL-02 each fault of an invoice or payment field, as the detailed validator reports it', () => {
    const badInvoice: Record<string, unknown> = {
      'not an object': null,
      'a list': [],
      'empty id': { ...inv, id: '' },
      'blank id': { ...inv, id: '   ' },
      'id of 201 characters': { ...inv, id: 'x'.repeat(201) },
      'id of 200 characters (fine)': { ...inv, id: 'x'.repeat(200) },
      'number id': { ...inv, id: 7 },
      'empty customer': { ...inv, customer: '' },
      'amount missing': { ...inv, amount: undefined },
      'amount a string': { ...inv, amount: '120.00 CHF' },
      'amount and currency both wrong': { ...inv, amount: { amount: 'abc', currency: 'XYZ' } },
      'currency a number': { ...inv, amount: { amount: '1.00', currency: 7 } },
      'zero Money': { ...inv, amount: money('0', 'CHF') },
      'positive Money (fine)': { ...inv, amount: money('120', 'CHF') },
      'number amount (fine)': { ...inv, amount: { amount: 120, currency: 'CHF' } },
      'issuedAt missing': { ...inv, issuedAt: undefined },
      'dueAt not an instant': { ...inv, dueAt: 'soon' },
      'settledBy empty': { ...inv, settledBy: '' },
    };
    const badPayment: Record<string, unknown> = {
      'not an object': 'P1',
      'reference a number': payment('P1', chf('1.00'), { reference: 7 as never }),
      'customer empty': payment('P1', chf('1.00'), { customer: '' }),
      'debtor name a number': payment('P1', chf('1.00'), { debtorName: 7 as never }),
      'value date not an instant': payment('P1', chf('1.00'), { valueDate: '2026-13-01T00:00:00Z' }),
      'amount missing': { id: 'P1', bookedAt: '2026-03-20T10:00:00Z' },
      'everything wrong': { id: '', amount: 5, bookedAt: 5, reference: '', customer: 5 },
    };
    const table: Record<string, () => unknown> = {};
    for (const [k, v] of Object.entries(badInvoice))
      table[`invoice: ${k}`] = () => reconcile({ invoices: [v as never], payments: [] }).invoices.length;
    for (const [k, v] of Object.entries(badPayment))
      table[`payment: ${k}`] = () => reconcile({ invoices: [], payments: [v as never] }).unidentified.length;
    expect(Object.fromEntries(Object.entries(table).map(([k, f]) => [k, outcomeOf(f)]))).toMatchSnapshot();
  });
});
