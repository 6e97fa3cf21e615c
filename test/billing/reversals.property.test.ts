/**
 * Invariants of reversals in reconcile, on random statements: taking back every payment of a
 * statement undoes it, a reversal never adds money, and the readers of payments and reversals
 * (the lean validators, the engine's fast reader, the zod schemas) agree on the facts of a bank file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FastItemReader } from '../../src/billing/engine/fastItems.js';
import { readPayment } from '../../src/billing/items.js';
import { readReversal } from '../../src/billing/reversalItems.js';
import {
  money,
  paymentSchema,
  reconcile,
  reversalSchema,
  type PaymentInput,
  type PrepaidLedger,
  type Reconciliation,
  type ReversalInput,
} from '../../src/index.js';
import { statementArb } from './fixtures.js';

/**
 * The reversal of each payment, named by its id, of the payment's amount; with its reference and
 * customer as the bank (and the caller) know them, which tell a later reconciliation the account
 * an earlier one credited.
 */
const reversalsOf = (payments: readonly PaymentInput[]): ReversalInput[] =>
  payments.map((p) => ({
    id: `R-${p.id}`,
    reverses: p.id,
    amount: p.amount,
    bookedAt: '2026-05-01T00:00:00Z',
    ...(p.reference === undefined ? {} : { reference: p.reference }),
    ...(p.customer === undefined ? {} : { customer: p.customer }),
  }));

const settledIds = (r: Reconciliation) => r.invoices.filter((i) => i.settled).map((i) => i.id);
const balances = (ledger: PrepaidLedger) => JSON.stringify(ledger.accounts());

/** A ledger with a balance and some earlier credits, so that take-backs meet existing money. */
const ledgerArb = fc.option(
  fc.record({ c1: fc.constantFrom('0.00', '5.00', '1000.00'), c2: fc.constantFrom('0.00', '20.00') }).map(({ c1, c2 }) => ({
    balances: { c1: { CHF: c1, EUR: c1 }, c2: { CHF: c2 } },
    creditedPayments: ['OLD-1'],
  })),
  { nil: undefined },
);

describe('BIL-02 BIL-04 reversing every payment of a statement undoes it', () => {
  it('BIL-02 BIL-04 in the same call: invoices settled as given, ledger at its old balances, every reversal applied', () => {
    fc.assert(
      fc.property(statementArb, ledgerArb, ({ invoices, payments }, prepaid) => {
        const before = reconcile({ invoices, payments: [], ...(prepaid === undefined ? {} : { prepaid }) });
        const r = reconcile({ invoices, payments, reversals: reversalsOf(payments), ...(prepaid === undefined ? {} : { prepaid }) });
        expect(settledIds(r)).toEqual(settledIds(before));
        expect(balances(r.prepaid)).toBe(balances(before.prepaid));
        expect(r.reversed.map((x) => x.outcome.kind).filter((k) => k === 'unmatched')).toEqual([]);
      }),
    );
  });

  it('BIL-02 BIL-04 in a later call, with the result fed in: the same, and the payments are not reconciled again', () => {
    fc.assert(
      fc.property(statementArb, ledgerArb, ({ invoices, payments }, prepaid) => {
        const before = reconcile({ invoices, payments: [], ...(prepaid === undefined ? {} : { prepaid }) });
        const first = reconcile({ invoices, payments, ...(prepaid === undefined ? {} : { prepaid }) });
        const later = reconcile({ invoices: first.invoices, payments: [], prepaid: first.prepaid, reversals: reversalsOf(payments) });
        // Unidentified payments were nobody's: no statement after their own knows them.
        const known = payments.length - first.unidentified.length;
        expect(later.reversed.filter((x) => x.outcome.kind === 'reopened' || x.outcome.kind === 'uncredited')).toHaveLength(known);
        expect(settledIds(later)).toEqual(settledIds(before));
        expect(balances(later.prepaid)).toBe(balances(before.prepaid));
        const again = reconcile({ invoices: later.invoices, payments, prepaid: later.prepaid });
        expect(again.alreadyReconciled.map((p) => p.id).sort()).toEqual(
          payments
            .map((p) => p.id)
            .filter((id) => first.unidentified.every((u) => u.id !== id))
            .sort(),
        );
        expect(settledIds(again)).toEqual(settledIds(before));
      }),
    );
  });
});

describe('BIL-04 BIL-05 a reversal never adds money', () => {
  const reversalSpec = fc.record({
    target: fc.nat(40),
    by: fc.constantFrom('id', 'reference', 'none'),
    amount: fc.constantFrom('payment', 'payment', 'other'),
    direction: fc.constantFrom('debit', 'debit', 'credit'),
    customer: fc.constantFrom(undefined, 'c1', 'c2'),
  });

  it('BIL-04 BIL-05 with any reversals: every balance at most what it is without them, never negative; no invoice settled by one', () => {
    fc.assert(
      fc.property(statementArb, ledgerArb, fc.array(reversalSpec, { maxLength: 10 }), ({ invoices, payments }, prepaid, specs) => {
        const reversals = specs.map((s, i): ReversalInput => {
          const p = payments[s.target % Math.max(1, payments.length)];
          const amount = s.amount === 'payment' && p !== undefined ? p.amount : { amount: '10.00', currency: 'CHF' };
          return {
            id: `R${i}`,
            amount,
            bookedAt: '2026-05-01T00:00:00Z',
            direction: s.direction,
            ...(s.by === 'id' ? { reverses: p?.id ?? 'OLD-1' } : {}),
            ...(s.by === 'reference' && p?.reference !== undefined ? { reference: p.reference } : {}),
            ...(s.customer === undefined ? {} : { customer: s.customer }),
          };
        });
        const base = { invoices, payments, ...(prepaid === undefined ? {} : { prepaid }) };
        const without = reconcile(base);
        const withThem = reconcile({ ...base, reversals });
        for (const { customer, balance } of withThem.prepaid.accounts()) {
          expect(balance.isNegative()).toBe(false);
          expect(balance.compare(without.prepaid.balance(customer, balance.currency))).toBeLessThanOrEqual(0);
        }
        const settledWithout = new Set(settledIds(without));
        expect(settledIds(withThem).filter((id) => !settledWithout.has(id))).toEqual([]);
        // The payments land where they did; the reversals are counted apart, each once.
        expect(JSON.stringify(withThem.settled.map((s) => s.payment.id))).toBe(JSON.stringify(without.settled.map((s) => s.payment.id)));
        for (const [currency, t] of Object.entries(withThem.totals)) {
          const sum = withThem.reversed
            .filter((x) => x.reversal.amount.currency === currency)
            .reduce((s, x) => s.plus(x.reversal.amount), money(0, currency));
          expect(t.received.equals(without.totals[currency]?.received ?? money(0, currency))).toBe(true);
          expect((t.reversed ?? money(0, currency)).equals(sum)).toBe(true);
        }
      }),
    );
  });
});

describe('BIL-02 the readers agree on the facts of a bank file', () => {
  const anything = fc.constantFrom(undefined, null, 7, '', 'x', { amount: '1.00', currency: 'CHF' }, ['QRR']);
  const mostly = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 5 }, { arbitrary: anything, weight: 1 });
  const facts = {
    id: mostly(fc.constantFrom('P1', '__proto__')),
    reference: fc.oneof(fc.constant(undefined), mostly(fc.constantFrom('210000000003139471430009017', 'rf18 5390 0754 7034'))),
    amount: mostly(
      fc.constantFrom(
        { amount: '10.00', currency: 'CHF' },
        { amount: 5, currency: 'EUR' },
        // Finer than the minor unit: refused by every reader.
        { amount: '10.001', currency: 'CHF' },
        money('10.5', 'JPY'),
      ),
    ),
    bookedAt: mostly(fc.constantFrom('2026-03-01T00:00:00Z', new Date('2026-02-01T00:00:00Z'))),
    referenceType: fc.oneof(fc.constant(undefined), mostly(fc.constantFrom('QRR', 'SCOR', 'qrr'))),
    message: fc.oneof(fc.constant(undefined), mostly(fc.constantFrom('', 'Rechnung 12', 'x'.repeat(500), 'x'.repeat(501)))),
    debtorName: fc.oneof(fc.constant(undefined), mostly(fc.constantFrom('', 'Muster AG', 'ä'.repeat(140), 'x'.repeat(141)))),
    debtorIban: fc.oneof(
      fc.constant(undefined),
      mostly(fc.constantFrom('CH9300762011623852957', 'DE89370400440532013000', 'CH93 0076', 'ch93007620', `CH93${'1'.repeat(31)}`)),
    ),
    charges: fc.oneof(
      fc.constant(undefined),
      mostly(
        fc.constantFrom(
          { amount: '0.50', currency: 'CHF' },
          { amount: '0.00', currency: 'CHF' },
          { amount: '-0.50', currency: 'CHF' },
          { amount: '0.50', currency: 'EUR' },
          money('1.5', 'CHF'),
          { amount: '0.505', currency: 'CHF' },
        ),
      ),
    ),
  };
  const ok = <T>(f: () => T): T | 'error' => {
    try {
      return f();
    } catch {
      return 'error';
    }
  };

  it('BIL-02 payments: the lean validator, the fast reader and paymentSchema give the same verdict and value', () => {
    fc.assert(
      fc.property(fc.record(facts, { requiredKeys: [] }), (raw) => {
        const lean = ok(() => readPayment(raw, ['payment']));
        const fast = new FastItemReader().payment(raw, new Map());
        const zod = ok(() => paymentSchema.parse(raw as PaymentInput));
        expect(lean === 'error').toBe(zod === 'error');
        if (lean !== 'error') expect(JSON.stringify(lean)).toBe(JSON.stringify(zod));
        if (fast !== undefined) expect(JSON.stringify(fast)).toBe(JSON.stringify(lean));
      }),
      { numRuns: 3000 },
    );
  });

  it('BIL-04 reversals: the validator and reversalSchema give the same verdict and value', () => {
    const reversal = {
      ...facts,
      reverses: fc.oneof(fc.constant(undefined), mostly(fc.constantFrom('P1', '__proto__'))),
      direction: fc.oneof(fc.constant(undefined), mostly(fc.constantFrom('debit', 'credit', 'DEBIT'))),
      path: fc.oneof(fc.constant(undefined), mostly(fc.constantFrom('Ntfctn[1]/Ntry[2]', 'x'.repeat(1001)))),
      customer: fc.oneof(fc.constant(undefined), mostly(fc.constantFrom('c1'))),
    };
    fc.assert(
      fc.property(fc.record(reversal, { requiredKeys: [] }), (raw) => {
        const lean = ok(() => readReversal(raw, ['reversal']));
        const zod = ok(() => reversalSchema.parse(raw as ReversalInput));
        expect(lean === 'error').toBe(zod === 'error');
        if (lean !== 'error') expect(JSON.stringify(lean)).toBe(JSON.stringify(zod));
      }),
      { numRuns: 3000 },
    );
  });
});
