import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { reconcile, money, invoiceSchema, paymentSchema, type Reconciliation, type PaymentInput } from '../../src/index.js';
import { readInvoice, readPayment } from '../../src/billing/items.js';
import { FastItemReader } from '../../src/billing/engine/fastItems.js';
import { statementArb } from './fixtures.js';

/** The outcome as plain, order-free data. */
function summary(r: Reconciliation) {
  return {
    settled: r.settled.map((s) => `${s.payment.id}->${s.invoice.id}`),
    credited: r.credited.map((c) => `${c.payment.id}:${c.customer}:${c.cause}`),
    unidentified: r.unidentified.map((p) => p.id),
    invoices: r.invoices.map((i) => `${i.id}:${String(i.settled)}:${i.settledBy ?? ''}`).sort(),
    prepaid: JSON.stringify(r.prepaid.accounts()),
    totals: JSON.stringify(r.totals),
  };
}

describe('BIL-04 reconciliation properties', () => {
  it('BIL-04 every payment lands in exactly one of settled, credited, unidentified', () => {
    fc.assert(
      fc.property(statementArb, ({ invoices, payments }) => {
        const r = reconcile({ invoices, payments });
        const ids = [
          ...r.settled.map((s) => s.payment.id),
          ...r.credited.map((c) => c.payment.id),
          ...r.unidentified.map((p) => p.id),
        ].sort();
        expect(ids).toEqual(payments.map((p) => p.id).sort());
      }),
    );
  });

  it('BIL-04 money is conserved per currency to the cent', () => {
    fc.assert(
      fc.property(statementArb, ({ invoices, payments }) => {
        const r = reconcile({ invoices, payments });
        for (const currency of ['CHF', 'EUR']) {
          const paid = payments
            .filter((p) => (p.amount as { currency: string }).currency === currency)
            .reduce((sum, p) => sum.plus(p.amount), money(0, currency));
          const t = r.totals[currency];
          if (t === undefined) {
            expect(paid.isZero()).toBe(true);
            continue;
          }
          expect(t.received.equals(paid)).toBe(true);
          expect(t.settled.plus(t.credited).plus(t.unidentified).equals(t.received)).toBe(true);
          // The prepaid ledger grew by exactly the credited sum.
          const ledger = r.prepaid
            .accounts()
            .filter((a) => a.balance.currency === currency)
            .reduce((s, a) => s.plus(a.balance), money(0, currency));
          expect(ledger.equals(t.credited)).toBe(true);
        }
      }),
    );
  });

  it('BIL-04 the outcome does not depend on the input order', () => {
    fc.assert(
      fc.property(statementArb, fc.nat(), ({ invoices, payments }, seed) => {
        const shuffled = <T>(xs: readonly T[]) =>
          xs
            .map((x, i) => ({ x, k: (i * 7919 + seed) % 104729 }))
            .sort((a, b) => a.k - b.k)
            .map((e) => e.x);
        const a = summary(reconcile({ invoices, payments }));
        const b = summary(reconcile({ invoices: shuffled(invoices), payments: [...payments].reverse() }));
        const c = summary(reconcile({ invoices, payments: shuffled(payments) }));
        expect(b).toEqual(a);
        expect(c).toEqual(a);
      }),
    );
  });

  it('BIL-04 reconciling the same payments twice settles and credits nothing more', () => {
    fc.assert(
      fc.property(statementArb, ({ invoices, payments }) => {
        const first = reconcile({ invoices, payments });
        const again = reconcile({ invoices: first.invoices, payments, prepaid: first.prepaid });
        expect(again.settled).toEqual([]);
        expect(again.credited).toEqual([]);
        expect(again.prepaid.accounts()).toEqual(first.prepaid.accounts());
        expect(again.invoices).toEqual(first.invoices);
        expect(again.unidentified.map((p) => p.id)).toEqual(first.unidentified.map((p) => p.id));
      }),
    );
  });

  it('BIL-04 a payment listed twice changes nothing', () => {
    fc.assert(
      fc.property(statementArb, ({ invoices, payments }) => {
        const once = summary(reconcile({ invoices, payments }));
        const twice = reconcile({ invoices, payments: [...payments, ...payments] });
        expect(summary(twice)).toEqual(once);
        expect(twice.duplicates).toHaveLength(payments.length);
      }),
    );
  });
});

describe('BIL-02 the lean validators agree with the zod schemas', () => {
  const value = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.constantFrom(
      '',
      ' ',
      'x',
      'I1',
      '2026-03-01T00:00:00Z',
      '2026-02-30T00:00:00Z',
      '210000000003139471430009017',
      'RF18539007547034',
      'rf18 5390 0754 7034',
      'RF0072',
    ),
    fc.integer(),
    fc.boolean(),
    fc.constantFrom(
      { amount: '10.00', currency: 'CHF' },
      { amount: '0', currency: 'CHF' },
      { amount: '-1', currency: 'EUR' },
      { amount: 5, currency: 'EUR' },
      { amount: '1', currency: 'XYZ' },
      { amount: '1e3', currency: 'CHF' },
    ),
    fc.constant(new Date('2026-03-01T00:00:00Z')),
  );
  /** Valid values most of the time, anything else sometimes, so that both verdicts are exercised. */
  const mostly = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: value, weight: 1 });
  const ok = <T>(f: () => T): T | 'error' => {
    try {
      return f();
    } catch {
      return 'error';
    }
  };

  it('BIL-02 invoices: same verdict and same value', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            id: mostly(fc.constantFrom('I1', 'inv 2')),
            customer: mostly(fc.constantFrom('c1', 'c2')),
            reference: mostly(
              fc.constantFrom('210000000003139471430009017', 'RF18539007547034', 'rf18 5390 0754 7034', '21 00000 00003 13947 14300 09017'),
            ),
            amount: mostly(
              fc.constantFrom(
                { amount: '10.00', currency: 'CHF' },
                { amount: 5, currency: 'EUR' },
                { amount: ' 7.5 ', currency: 'CHF' },
                { amount: '007.50', currency: 'CHF' },
                { amount: '1234567890123.45', currency: 'CHF' },
                { amount: '0.05', currency: 'JPY' },
                { amount: '0.00', currency: 'CHF' },
                { amount: '12.345', currency: 'KWD' },
                // Finer than the minor unit: refused by every reader; trailing zeros do not count.
                { amount: '10.005', currency: 'CHF' },
                { amount: '10.500', currency: 'CHF' },
                money('10.001', 'CHF'),
              ),
            ),
            issuedAt: mostly(fc.constantFrom('2026-03-01T00:00:00Z', '2026-03-01T00:00:00.000Z', new Date('2026-02-01T00:00:00Z'))),
            dueAt: mostly(fc.constantFrom('2026-03-31T00:00:00+02:00', '2026-03-01T00:00:00.000Z')),
            settled: fc.oneof(fc.constant(undefined), fc.boolean(), value),
            settledBy: fc.oneof(fc.constant(undefined), fc.constant(undefined), value),
          },
          { requiredKeys: [] },
        ),
        (raw) => {
          const reader = new FastItemReader();
          const lean = ok(() => readInvoice(raw, ['invoice']));
          const fast = reader.invoice(raw);
          const zod = ok(() => invoiceSchema.parse(raw));
          expect(lean === 'error').toBe(zod === 'error');
          if (lean !== 'error') expect(JSON.stringify(lean)).toBe(JSON.stringify(zod));
          if (fast !== undefined) expect(JSON.stringify(fast)).toBe(JSON.stringify(lean));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('BIL-02 payments: same verdict and same value', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            id: mostly(fc.constantFrom('P1', 'p 2')),
            reference: fc.oneof(fc.constant(undefined), mostly(fc.constantFrom('210000000003139471430009017', 'rf18 5390 0754 7034'))),
            customer: fc.oneof(fc.constant(undefined), mostly(fc.constantFrom('c1'))),
            amount: mostly(
              fc.constantFrom(
                { amount: '10.00', currency: 'CHF' },
                { amount: 5, currency: 'EUR' },
                { amount: '10.001', currency: 'CHF' },
                { amount: '10.5', currency: 'JPY' },
                money('0.001', 'CHF'),
              ),
            ),
            bookedAt: mostly(fc.constantFrom('2026-03-01T00:00:00Z', '2026-03-01T00:00:00.000Z', new Date('2026-02-01T00:00:00Z'))),
            valueDate: fc.oneof(fc.constant(undefined), mostly(fc.constantFrom('2026-02-28T00:00:00+01:00'))),
            debtorName: fc.oneof(fc.constant(undefined), fc.constant('Muster AG'), value),
          },
          { requiredKeys: [] },
        ),
        (raw) => {
          const reader = new FastItemReader();
          const lean = ok(() => readPayment(raw, ['payment']));
          const fast = reader.payment(raw, new Map());
          const zod = ok(() => paymentSchema.parse(raw as PaymentInput));
          expect(lean === 'error').toBe(zod === 'error');
          if (lean !== 'error') expect(JSON.stringify(lean)).toBe(JSON.stringify(zod));
          if (fast !== undefined) expect(JSON.stringify(fast)).toBe(JSON.stringify(lean));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
