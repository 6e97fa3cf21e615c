/**
 * The engine of reconcile() against the reference reconcile of hostpolicy/testing: on random
 * statements of every shape, both give the same result to the last field and order, or the same
 * error. The reference decides with the same rules function (src/billing/rules), so this checks
 * the engine's fact gathering, indexes, order, sums and ledger, not the rules themselves (those
 * are checked row by row in rules.test.ts and against the examples of reconcile.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  creditorReference,
  formatQrReference,
  qrReference,
  reconcile,
  type InvoiceInput,
  type PaymentInput,
  type Reconciliation,
  type ReconcileInput,
  type ReversalInput,
} from '../../src/index.js';
import { invoicesArbitrary, paymentsArbitrary, referenceReconcile } from '../../src/testing/index.js';

/** The whole result as text: every field, in order (Money, dates and the ledger as their JSON). */
function outcomeOf(run: () => Reconciliation): string {
  try {
    return JSON.stringify(run());
  } catch (e) {
    const { name, code, rule, message } = e as { name: string; code?: string; rule?: string; message: string };
    return `throws ${name} ${code ?? ''} ${rule ?? ''}: ${message}`;
  }
}

function expectSameOutcome(input: ReconcileInput): string {
  const engine = outcomeOf(() => reconcile(input));
  expect(engine).toBe(outcomeOf(() => referenceReconcile(input)));
  return engine;
}

// Ids and customers that are also names of Object.prototype's members: any string is an id.
const CUSTOMERS = ['c1', 'c2', '__proto__', 'constructor', 'toString', 'hasOwnProperty'];
const AMOUNTS: readonly [string, string][] = [
  ['120.00', 'CHF'],
  ['49.90', 'CHF'],
  ['0.05', 'CHF'],
  ['120.00', 'EUR'],
  ['10', 'EUR'],
  ['5000', 'JPY'],
  ['1.250', 'KWD'],
  ['999999999999.99', 'CHF'],
];
const INSTANTS = [
  '2026-04-01T08:00:00Z',
  '2026-04-01T08:00:00.000Z',
  '2026-04-01T10:00:00+02:00',
  '2026-04-02T00:00:00Z',
  '2026-03-31T23:59:59.999Z',
  '2026-05-01T12:00:00Z',
];

const invoiceSpec = fc.record({
  id: fc.oneof(
    fc.integer({ min: 0, max: 12 }).map((n) => `I${n}`),
    fc.constantFrom('__proto__', 'valueOf'),
  ),
  customer: fc.oneof(
    fc.constantFrom(...CUSTOMERS),
    fc.integer({ min: 0, max: 40 }).map((n) => `k${n}`),
  ),
  ref: fc.integer({ min: 1, max: 14 }),
  creditor: fc.boolean(),
  amount: fc.constantFrom(...AMOUNTS),
  numberAmount: fc.boolean(), // 120 instead of '120.00': the detailed validator's path
  settled: fc.constantFrom(undefined, false, true),
  settledBy: fc.option(
    fc.integer({ min: 0, max: 15 }).map((n) => `P${n}`),
    { nil: undefined, freq: 6 },
  ),
});

const paymentSpec = fc.record({
  id: fc.oneof(
    fc.integer({ min: 0, max: 15 }).map((n) => `P${n}`),
    fc.constantFrom('__proto__', 'toString'),
  ),
  target: fc.nat(20),
  reference: fc.constantFrom('invoice', 'invoice', 'invoice-typed', 'unknown', 'none'),
  customer: fc.constantFrom(undefined, undefined, 'invoice', 'c1', '__proto__', 'stranger'),
  amount: fc.constantFrom('invoice', 'invoice', 'other-amount', 'other-currency', 'number'),
  bookedAt: fc.constantFrom(...INSTANTS),
  valueDate: fc.option(fc.constantFrom(...INSTANTS), { nil: undefined, freq: 4 }),
  debtorName: fc.option(fc.constantFrom('Muster AG', ''), { nil: undefined, freq: 4 }),
  repeat: fc.constantFrom('no', 'no', 'no', 'same', 'conflicting'),
});

const referenceOf = (n: number, creditor: boolean) => (creditor ? creditorReference(`R${n}`) : qrReference(String(n)));

/**
 * Statements of every shape: settling, stale, mismatched, unknown and missing references, unknown
 * customers, repeated and conflicting ids, equal instants, earlier results fed back, and invalid
 * ones (duplicate invoice ids or references).
 */
const statementArb = fc
  .record({
    invoices: fc.array(invoiceSpec, { maxLength: 14 }),
    payments: fc.array(paymentSpec, { maxLength: 30 }),
    customers: fc.option(fc.subarray(['stranger', 'c9', '__proto__']), { nil: undefined }),
    prepaid: fc.option(
      fc.record({ customer: fc.constantFrom('c9', '__proto__', 'c1'), credited: fc.subarray(['P1', 'P2', 'P3', '__proto__']) }),
      { nil: undefined },
    ),
    uniqueInvoices: fc.boolean(),
  })
  .map(({ invoices: specs, payments: pays, customers, prepaid, uniqueInvoices }): ReconcileInput => {
    const seen = new Set<string>();
    const invoices: InvoiceInput[] = [];
    for (const s of specs) {
      const key = `${s.id} ${s.ref} ${s.creditor}`;
      if (uniqueInvoices && (seen.has(s.id) || seen.has(key))) continue; // mostly valid; sometimes two ids or references collide
      seen.add(s.id).add(key);
      const [amount, currency] = s.amount;
      invoices.push({
        id: s.id,
        customer: s.customer,
        reference: referenceOf(s.ref, s.creditor),
        amount: s.numberAmount ? { amount: Number(amount), currency } : { amount, currency },
        issuedAt: '2026-03-01T00:00:00Z',
        dueAt: '2026-03-31T00:00:00+02:00',
        ...(s.settled === undefined ? {} : { settled: s.settled }),
        ...(s.settledBy === undefined ? {} : { settledBy: s.settledBy }),
      });
    }
    const payments: PaymentInput[] = [];
    for (const p of pays) {
      const target = invoices.length === 0 ? undefined : invoices[p.target % invoices.length];
      const owed = (target?.amount ?? { amount: '7.00', currency: 'CHF' }) as { amount: string | number; currency: string };
      const reference =
        p.reference === 'invoice'
          ? target?.reference
          : p.reference === 'invoice-typed' && target !== undefined
            ? target.reference.startsWith('RF')
              ? target.reference.toLowerCase()
              : formatQrReference(target.reference)
            : p.reference === 'unknown'
              ? qrReference('999999')
              : undefined;
      const amount =
        p.amount === 'invoice'
          ? owed
          : p.amount === 'other-amount'
            ? { amount: '3.00', currency: owed.currency }
            : p.amount === 'other-currency'
              ? { amount: owed.amount, currency: owed.currency === 'CHF' ? 'EUR' : 'CHF' }
              : { amount: Number(owed.amount), currency: owed.currency };
      const customer = p.customer === 'invoice' ? target?.customer : p.customer;
      const payment: PaymentInput = {
        id: p.id,
        amount,
        bookedAt: p.bookedAt,
        ...(reference === undefined ? {} : { reference }),
        ...(customer === undefined ? {} : { customer }),
        ...(p.valueDate === undefined ? {} : { valueDate: p.valueDate }),
        ...(p.debtorName === undefined ? {} : { debtorName: p.debtorName }),
      };
      payments.push(payment);
      if (p.repeat === 'same') payments.push({ ...payment });
      if (p.repeat === 'conflicting') payments.push({ ...payment, bookedAt: '2026-06-01T00:00:00Z' });
    }
    return {
      invoices,
      payments,
      ...(customers === undefined ? {} : { customers }),
      ...(prepaid === undefined
        ? {}
        : { prepaid: { balances: { [prepaid.customer]: { CHF: '1.00' } }, creditedPayments: prepaid.credited } }),
    };
  });

describe('the engine agrees with the reference reconcile', () => {
  it('BIL-02 BIL-03 BIL-04 same result or same error on random statements of every shape', () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(statementArb, (input) => {
        const outcome = expectSameOutcome(input);
        kinds.add(outcome.startsWith('throws') ? 'error' : 'result');
        for (const cause of [
          'STALE_REFERENCE',
          'AMOUNT_MISMATCH',
          'CURRENCY_MISMATCH',
          'UNKNOWN_REFERENCE',
          '"unidentified":[{',
          '"duplicates":["',
          '"alreadyReconciled":[{',
        ])
          if (outcome.includes(cause)) kinds.add(cause);
      }),
      { numRuns: 1500 },
    );
    // The statements did reach every outcome and the error paths.
    expect([...kinds].sort()).toEqual(
      [
        '"alreadyReconciled":[{',
        '"duplicates":["',
        '"unidentified":[{',
        'AMOUNT_MISMATCH',
        'CURRENCY_MISMATCH',
        'STALE_REFERENCE',
        'UNKNOWN_REFERENCE',
        'error',
        'result',
      ].sort(),
    );
  });

  it('BIL-04 a result fed back in: same result again, nothing counted twice', () => {
    fc.assert(
      fc.property(statementArb, (input) => {
        let first: Reconciliation;
        try {
          first = reconcile(input);
        } catch {
          return; // invalid statements are compared above
        }
        expectSameOutcome({ invoices: first.invoices, payments: input.payments, prepaid: first.prepaid });
      }),
      { numRuns: 300 },
    );
  });

  it('BIL-02 BIL-04 statements of the testing arbitraries (many customers, every currency)', () => {
    const customers = Array.from({ length: 30 }, (_, i) => (i === 0 ? '__proto__' : `cust-${i}`));
    const statement = invoicesArbitrary({ customers, currencies: ['CHF', 'EUR', 'JPY', 'KWD'], maxLength: 25 }).chain((invoices) =>
      paymentsArbitrary(invoices, 40).map((payments) => ({ invoices, payments })),
    );
    fc.assert(
      fc.property(statement, (input) => void expectSameOutcome(input)),
      { numRuns: 200 },
    );
  });

  it('BIL-02 BIL-04 a statement of 20,000 invoices and 20,000 payments', () => {
    const n = 20_000;
    const invoices: InvoiceInput[] = Array.from({ length: n }, (_, i) => ({
      id: `INV-${i}`,
      customer: `C-${i >> 2}`,
      reference: qrReference(String(i + 1)),
      amount: { amount: (5 + ((i * 7919) % 1000) / 100).toFixed(2), currency: i % 10 === 0 ? 'EUR' : 'CHF' },
      issuedAt: '2026-01-01T00:00:00Z',
      dueAt: '2026-01-31T00:00:00Z',
      ...(i % 50 === 0 ? { settled: true } : {}),
    }));
    const payments: PaymentInput[] = Array.from({ length: n }, (_, i) => {
      const invoice = invoices[(i * 104729) % n] as InvoiceInput;
      const kind = i % 17;
      const bookedAt = new Date(Date.UTC(2026, 1, 1) + ((i * 31) % 5000) * 60_000).toISOString(); // many equal instants
      if (kind < 12) return { id: `P-${i}`, reference: invoice.reference, amount: invoice.amount, bookedAt };
      if (kind < 14) return { id: `P-${i}`, reference: invoice.reference, amount: { amount: '1.00', currency: 'CHF' }, bookedAt };
      if (kind < 16) return { id: `P-${i}`, customer: invoice.customer, amount: invoice.amount, bookedAt };
      return { id: `P-${i}`, customer: `STRANGER-${i}`, amount: invoice.amount, bookedAt };
    });
    const outcome = expectSameOutcome({ invoices, payments: [...payments, ...payments.slice(0, 100)] });
    expect(outcome).toContain('"duplicates":["P-0"');
  });
});

/**
 * Reversals of payments of the same statement or of an earlier one (the ids P0…P15 are both the
 * statement's and those the invoices' `settledBy` and the ledger's credited payments record), by
 * id or by reference, of the payment's amount or another, with or without a customer, debit or
 * credit, repeated or conflicting, some already applied according to the ledger.
 */
const reversalSpec = fc.record({
  id: fc.oneof(
    fc.integer({ min: 0, max: 6 }).map((n) => `R${n}`),
    fc.constantFrom('__proto__', 'P1'),
  ),
  by: fc.constantFrom('id', 'id', 'reference', 'reference', 'reference', 'ledger', 'none'),
  reverses: fc.oneof(
    fc.integer({ min: 0, max: 15 }).map((n) => `P${n}`),
    fc.constantFrom('__proto__', 'prepaid', 'nobody'),
  ),
  target: fc.nat(30),
  amount: fc.constantFrom('payment', 'payment', 'payment', 'other', 'big'),
  customer: fc.constantFrom(undefined, undefined, 'invoice', 'c1', 'stranger'),
  direction: fc.constantFrom(undefined, undefined, undefined, 'debit', 'credit'),
  bookedAt: fc.constantFrom(...INSTANTS, '2026-06-01T00:00:00Z'),
  extras: fc.boolean(),
  repeat: fc.constantFrom('no', 'no', 'no', 'same', 'conflicting'),
});

/** The statement without the invoices and payments that make it invalid (the first of each id and reference stays). */
function validOnly(statement: ReconcileInput): ReconcileInput {
  const ids = new Set<string>();
  const invoices = statement.invoices.filter((i) => {
    const fresh = !ids.has(`id ${i.id}`) && !ids.has(`reference ${i.reference}`);
    ids.add(`id ${i.id}`).add(`reference ${i.reference}`);
    return fresh;
  });
  return { ...statement, invoices, payments: firstOfEachId(statement.payments) };
}

/** The items without the later ones of an id listed before with other contents. */
function firstOfEachId<T extends { readonly id: string }>(items: readonly T[]): T[] {
  const first = new Map<string, string>();
  return items.filter((item) => {
    const json = JSON.stringify(item);
    if ((first.get(item.id) ?? json) !== json) return false;
    first.set(item.id, json);
    return true;
  });
}

const withReversalsArb = fc
  .tuple(
    statementArb,
    fc.array(reversalSpec, { maxLength: 8 }),
    fc.subarray(['R1', 'R2', '__proto__']),
    fc.subarray(['P0', 'P1', 'P4', '__proto__']),
    fc.constantFrom(true, true, true, false),
  )
  .map(([raw, specs, applied, reversedBefore, clean]): ReconcileInput => {
    // Mostly valid statements (each invoice id and reference once, each payment id with one content), so that reversals have work.
    const statement = clean ? validOnly(raw) : raw;
    const payments = statement.payments as PaymentInput[];
    const reversals: ReversalInput[] = [];
    for (const s of specs) {
      const p = payments.length === 0 ? undefined : payments[s.target % payments.length];
      const owed = (p?.amount ?? { amount: '7.00', currency: 'CHF' }) as { amount: string | number; currency: string };
      const amount =
        s.amount === 'payment'
          ? owed
          : s.amount === 'other'
            ? { amount: '3.00', currency: owed.currency }
            : { amount: '999999999999.99', currency: 'CHF' };
      const invoice = statement.invoices.find((i) => i.reference === p?.reference);
      // 'ledger': a payment the ledger shows credited earlier, reversed with the ledger's customer.
      const ledger = statement.prepaid as { balances: Record<string, unknown>; creditedPayments?: string[] } | undefined;
      const earlier = s.by === 'ledger' ? ledger?.creditedPayments?.[s.target % 3] : undefined;
      const customer =
        earlier !== undefined ? Object.keys(ledger?.balances ?? {})[0] : s.customer === 'invoice' ? invoice?.customer : s.customer;
      const reversal: ReversalInput = {
        id: s.id,
        amount,
        bookedAt: s.bookedAt,
        ...(s.by === 'id' ? { reverses: p !== undefined && s.target % 3 !== 0 ? p.id : s.reverses } : {}),
        ...(s.by === 'ledger' ? { reverses: earlier ?? s.reverses } : {}),
        ...(s.by === 'reference' && p?.reference !== undefined ? { reference: p.reference } : {}),
        ...(customer === undefined ? {} : { customer }),
        ...(s.direction === undefined ? {} : { direction: s.direction }),
        ...(s.extras ? { message: 'Rücklastschrift', debtorIban: 'CH9300762011623852957', path: `Ntfctn[1]/Ntry[${s.target}]` } : {}),
      };
      reversals.push(reversal);
      if (s.repeat === 'same') reversals.push({ ...reversal });
      if (s.repeat === 'conflicting' && !clean) reversals.push({ ...reversal, bookedAt: '2026-07-01T00:00:00Z' });
    }
    const prepaid = (statement.prepaid ?? { balances: {} }) as {
      balances: Record<string, Record<string, string>>;
      creditedPayments?: string[];
    };
    return {
      ...statement,
      reversals: clean ? firstOfEachId(reversals) : reversals,
      prepaid: { ...prepaid, reversals: applied, reversedPayments: reversedBefore },
    };
  });

describe('the engine agrees with the reference reconcile on reversals', () => {
  it('BIL-02 BIL-04 BIL-05 same result or same error on random statements with reversals of this or an earlier statement', () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(withReversalsArb, (input) => {
        const outcome = expectSameOutcome(input);
        kinds.add(outcome.startsWith('throws') ? 'error' : 'result');
        for (const kind of [
          '"kind":"reopened"',
          '"kind":"uncredited"',
          '"kind":"returned"',
          '"kind":"already-applied"',
          'REVERSED_PAYMENT_UNKNOWN',
          'REVERSAL_AMBIGUOUS',
          'REVERSAL_NOT_COVERED',
          'DEBIT_REVERSED',
          'listed twice with different contents',
        ])
          if (outcome.includes(kind)) kinds.add(kind);
      }),
      { numRuns: 1500 },
    );
    expect([...kinds].sort()).toEqual(
      [
        '"kind":"already-applied"',
        '"kind":"reopened"',
        '"kind":"returned"',
        '"kind":"uncredited"',
        'DEBIT_REVERSED',
        'REVERSAL_AMBIGUOUS',
        'REVERSAL_NOT_COVERED',
        'REVERSED_PAYMENT_UNKNOWN',
        'error',
        'listed twice with different contents',
        'result',
      ].sort(),
    );
  });

  it('BIL-04 a result with reversals fed back in: same result again, nothing applied twice', () => {
    fc.assert(
      fc.property(withReversalsArb, (input) => {
        let first: Reconciliation;
        try {
          first = reconcile(input);
        } catch {
          return;
        }
        const again = { invoices: first.invoices, payments: input.payments, reversals: input.reversals ?? [], prepaid: first.prepaid };
        expectSameOutcome(again);
        // Every reversal the first run applied is recorded: the second applies it no more.
        const second = new Map(reconcile(again).reversed.map((r) => [r.reversal.id, r.outcome.kind]));
        for (const { reversal, outcome } of first.reversed)
          if (outcome.kind === 'reopened' || outcome.kind === 'uncredited' || outcome.kind === 'returned')
            expect([reversal.id, second.get(reversal.id)]).toEqual([reversal.id, 'already-applied']);
      }),
      { numRuns: 300 },
    );
  });
});
