import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  importBankStatement,
  memoryPorts,
  creditorReference,
  money,
  Money,
  InvalidInputError,
  type PaymentInput,
  type InvoiceInput,
  type Ports,
} from '../../src/index.js';

const ref = (n: number): string => creditorReference(String(1000 + n));

function invoiceOf(n: number, customer: string, amount: string, currency: string): InvoiceInput {
  return {
    id: `INV-${n}`,
    customer,
    reference: ref(n),
    amount: { amount, currency },
    issuedAt: '2026-03-01T00:00:00Z',
    dueAt: '2026-03-31T00:00:00Z',
  };
}

async function seed(ports: Ports, invoices: readonly InvoiceInput[]): Promise<void> {
  for (const invoice of invoices) await ports.invoices.put({ id: invoice.id, owner: invoice.customer, invoice }, 0);
}

/** Sums per currency of what the store holds: settled invoices (by these payments), prepaid balances, unidentified payments. */
async function storedTotals(ports: Ports, paymentIds: ReadonlySet<string>): Promise<Map<string, Money>> {
  const totals = new Map<string, Money>();
  const add = (m: Money): void => {
    totals.set(m.currency, (totals.get(m.currency) ?? money(0, m.currency)).plus(m));
  };
  for (const { value } of await ports.invoices.list()) {
    const inv = value.invoice;
    if (inv.settledBy !== undefined && paymentIds.has(inv.settledBy))
      add(money(inv.amount instanceof Money ? inv.amount.amount : inv.amount.amount, inv.amount.currency));
  }
  for (const { value } of await ports.prepaidLedgers.list())
    for (const byCurrency of Object.values(value.ledger.balances))
      for (const [currency, amount] of Object.entries(byCurrency)) add(money(amount, currency));
  for (const { value } of await ports.payments.list())
    if (value.outcome.kind === 'unidentified')
      add(
        money(
          String(value.payment.amount instanceof Money ? value.payment.amount.amount : value.payment.amount.amount),
          value.payment.amount.currency,
        ),
      );
  return totals;
}

function receivedTotals(payments: readonly PaymentInput[]): Map<string, Money> {
  const totals = new Map<string, Money>();
  const unique = new Map(payments.map((p) => [p.id, p]));
  for (const p of unique.values()) {
    const m = money(String(p.amount instanceof Money ? p.amount.amount : p.amount.amount), p.amount.currency);
    totals.set(m.currency, (totals.get(m.currency) ?? money(0, m.currency)).plus(m));
  }
  return totals;
}

const invoices = [
  invoiceOf(1, 'c1', '120.00', 'CHF'),
  invoiceOf(2, 'c1', '80.50', 'CHF'),
  invoiceOf(3, 'c2', '99.95', 'EUR'),
  invoiceOf(4, 'c3', '10.00', 'CHF'),
  invoiceOf(5, 'c4', '1500.00', 'CHF'),
];

describe('importBankStatement', () => {
  it('BIL-02 settles, credits and keeps unidentified payments, and stores the outcome', async () => {
    const ports = memoryPorts();
    await seed(ports, invoices);
    const r = await importBankStatement(ports, [
      { id: 'P1', reference: ref(1), amount: { amount: '120.00', currency: 'CHF' }, bookedAt: '2026-03-20T10:00:00Z' },
      { id: 'P2', reference: ref(2), amount: { amount: '80.00', currency: 'CHF' }, bookedAt: '2026-03-20T11:00:00Z' },
      { id: 'P3', amount: { amount: '5.00', currency: 'CHF' }, bookedAt: '2026-03-20T12:00:00Z' },
    ]);
    expect(r.applied.map((a) => [a.payment, a.outcome.kind])).toEqual([
      ['P1', 'settled'],
      ['P2', 'credited'],
      ['P3', 'unidentified'],
    ]);
    expect((await ports.invoices.get('INV-1'))?.value.invoice).toMatchObject({ settled: true, settledBy: 'P1' });
    expect((await ports.prepaidLedgers.get('c1'))?.value.ledger).toEqual({ balances: { c1: { CHF: '80.00' } }, creditedPayments: ['P2'] });
    expect((await ports.payments.get('P2'))?.value).toMatchObject({
      owner: 'c1',
      outcome: { kind: 'credited', customer: 'c1', cause: 'AMOUNT_MISMATCH' },
    });
  });

  it('BIL-04 importing the same statement twice changes nothing the second time', async () => {
    const ports = memoryPorts();
    await seed(ports, invoices);
    const statement: PaymentInput[] = [
      { id: 'P1', reference: ref(1), amount: { amount: '120.00', currency: 'CHF' }, bookedAt: '2026-03-20T10:00:00Z' },
      { id: 'P2', customer: 'c2', amount: { amount: '7.00', currency: 'EUR' }, bookedAt: '2026-03-20T11:00:00Z' },
    ];
    await importBankStatement(ports, statement);
    const before = JSON.stringify([await ports.invoices.list(), await ports.prepaidLedgers.list(), await ports.payments.list()]);
    const again = await importBankStatement(ports, statement);
    expect(again).toEqual({ applied: [], alreadyImported: ['P1', 'P2'], conflicting: [] });
    expect(JSON.stringify([await ports.invoices.list(), await ports.prepaidLedgers.list(), await ports.payments.list()])).toBe(before);
  });

  it('BIL-03 a second payment of a settled invoice is credited as a stale reference', async () => {
    const ports = memoryPorts();
    await seed(ports, invoices);
    await importBankStatement(ports, [
      { id: 'P1', reference: ref(4), amount: { amount: '10.00', currency: 'CHF' }, bookedAt: '2026-03-20T10:00:00Z' },
    ]);
    const r = await importBankStatement(ports, [
      { id: 'P9', reference: ref(4), amount: { amount: '10.00', currency: 'CHF' }, bookedAt: '2026-04-20T10:00:00Z' },
    ]);
    expect(r.applied[0]?.outcome).toEqual({ kind: 'credited', customer: 'c3', cause: 'STALE_REFERENCE' });
  });

  it('reports a payment id reused with other contents and does not apply it', async () => {
    const ports = memoryPorts();
    await seed(ports, invoices);
    await importBankStatement(ports, [
      { id: 'P1', reference: ref(1), amount: { amount: '120.00', currency: 'CHF' }, bookedAt: '2026-03-20T10:00:00Z' },
    ]);
    const r = await importBankStatement(ports, [
      { id: 'P1', reference: ref(2), amount: { amount: '80.50', currency: 'CHF' }, bookedAt: '2026-03-21T10:00:00Z' },
    ]);
    expect(r.conflicting).toEqual(['P1']);
    expect((await ports.invoices.get('INV-2'))?.value.invoice.settled).toBeFalsy();
  });

  it('BIL-04 50 interleaved imports of overlapping statements apply every payment once and conserve money to the cent', async () => {
    let tick = 0;
    const ports = memoryPorts({ interleave: () => new Promise((resolve) => setTimeout(resolve, tick++ % 4)) });
    await seed(ports, invoices);
    const all: PaymentInput[] = [];
    for (let i = 0; i < 40; i++) {
      const n = (i % 5) + 1;
      const inv = invoices[n - 1] as InvoiceInput;
      const base = inv.amount instanceof Money ? inv.amount.toJSON() : inv.amount;
      const kind = i % 4;
      all.push({
        id: `PAY-${String(i).padStart(2, '0')}`,
        ...(kind === 3 ? {} : { reference: ref(n) }),
        ...(kind === 2 ? { customer: inv.customer } : {}),
        amount: kind === 1 ? { amount: '0.05', currency: base.currency } : { amount: String(base.amount), currency: base.currency },
        bookedAt: new Date(Date.UTC(2026, 2, 20, 10, i)).toISOString(),
      });
    }
    // 50 statements, each an overlapping window of 12 payments, in shuffled positions.
    const statements = Array.from({ length: 50 }, (_, s) =>
      Array.from({ length: 12 }, (_, k) => all[(s * 7 + k * 3) % all.length] as PaymentInput),
    );
    const results = await Promise.all(statements.map((st) => importBankStatement(ports, st)));

    const covered = new Set(statements.flat().map((p) => p.id));
    const appliedIds = results.flatMap((r) => r.applied.map((a) => a.payment));
    expect(appliedIds.length).toBe(covered.size); // each payment applied by exactly one import
    expect(new Set(appliedIds)).toEqual(covered);
    const stored = await ports.payments.list();
    expect(stored).toHaveLength(covered.size);
    for (const { value } of stored) expect(value.outcome.kind).not.toBe('pending');
    // Each invoice settled at most once; each settling payment has a settled outcome.
    const settledBy = (await ports.invoices.list()).flatMap((i) =>
      i.value.invoice.settledBy === undefined ? [] : [i.value.invoice.settledBy],
    );
    expect(new Set(settledBy).size).toBe(settledBy.length);
    const credited = (await ports.prepaidLedgers.list()).flatMap((l) => l.value.ledger.creditedPayments ?? []);
    expect(new Set(credited).size).toBe(credited.length);
    for (const id of settledBy) expect(credited).not.toContain(id);
    // Money: received = settled + credited + unidentified, per currency, to the cent.
    const received = receivedTotals(statements.flat());
    const held = await storedTotals(ports, covered);
    expect([...held.keys()].sort()).toEqual([...received.keys()].sort());
    for (const [currency, total] of received) expect(held.get(currency)?.equals(total)).toBe(true);
  });

  it('BIL-04 property: concurrent imports of random overlapping statements conserve money and apply each payment once', async () => {
    const payment = fc.record({
      invoice: fc.integer({ min: 1, max: 5 }),
      kind: fc.constantFrom('exact', 'short', 'no-reference', 'other-currency'),
      minute: fc.integer({ min: 0, max: 500 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(payment, { minLength: 1, maxLength: 12 }),
        fc.array(fc.array(fc.nat(11), { minLength: 1, maxLength: 8 }), { minLength: 2, maxLength: 6 }),
        async (ps, picks) => {
          const ports = memoryPorts({ interleave: () => Promise.resolve() });
          await seed(ports, invoices);
          const all: PaymentInput[] = ps.map((p, i) => {
            const inv = invoices[p.invoice - 1] as InvoiceInput;
            const base = inv.amount instanceof Money ? inv.amount.toJSON() : inv.amount;
            return {
              id: `P${i}`,
              ...(p.kind === 'no-reference' ? { customer: inv.customer } : { reference: ref(p.invoice) }),
              amount: {
                amount: p.kind === 'short' ? '1.00' : String(base.amount),
                currency: p.kind === 'other-currency' ? (base.currency === 'CHF' ? 'EUR' : 'CHF') : base.currency,
              },
              bookedAt: new Date(Date.UTC(2026, 2, 20, 0, p.minute)).toISOString(),
            };
          });
          const statements = picks.map((pick) => pick.map((k) => all[k % all.length] as PaymentInput));
          const results = await Promise.all(statements.map((st) => importBankStatement(ports, st)));
          const covered = new Set(statements.flat().map((p) => p.id));
          expect(results.flatMap((r) => r.applied.map((a) => a.payment)).sort()).toEqual([...covered].sort());
          const received = receivedTotals(statements.flat());
          const held = await storedTotals(ports, covered);
          for (const [currency, total] of received) expect(held.get(currency)?.equals(total)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('bad input names the payment and field', async () => {
    const ports = memoryPorts();
    await expect(
      importBankStatement(ports, [{ id: 'P1', amount: { amount: '-5', currency: 'CHF' }, bookedAt: '2026-03-20T10:00:00Z' }]),
    ).rejects.toThrow(InvalidInputError);
    await expect(
      importBankStatement(ports, [{ id: 'P1', amount: { amount: '5', currency: 'CHF' }, bookedAt: 'yesterday' }]),
    ).rejects.toThrow(/\[0\]\.bookedAt/);
    await expect(
      importBankStatement(ports, [
        { id: 'P1', amount: { amount: '5', currency: 'CHF' }, bookedAt: '2026-03-20T10:00:00Z' },
        { id: 'P1', amount: { amount: '6', currency: 'CHF' }, bookedAt: '2026-03-20T10:00:00Z' },
      ]),
    ).rejects.toThrow(InvalidInputError);
    expect(await ports.payments.list()).toEqual([]);
  });
});

describe('importBankStatement attribution', () => {
  it(
    'BIL-04 a payment without reference is credited to its own ' + 'customer when the store knows the customer, else kept unidentified',
    async () => {
      const ports = memoryPorts();
      await seed(ports, invoices);
      const r = await importBankStatement(ports, [
        { id: 'A', customer: 'c2', amount: { amount: '3.00', currency: 'EUR' }, bookedAt: '2026-03-20T10:00:00Z' },
        { id: 'B', customer: 'stranger', amount: { amount: '4.00', currency: 'EUR' }, bookedAt: '2026-03-20T11:00:00Z' },
      ]);
      expect(r.applied.map((a) => a.outcome)).toEqual([
        { kind: 'credited', customer: 'c2', cause: 'UNKNOWN_REFERENCE' },
        { kind: 'unidentified' },
      ]);
    },
  );
});
