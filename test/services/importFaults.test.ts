import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  importBankStatement,
  memoryPorts,
  creditorReference,
  Money,
  type InvoiceInput,
  type PaymentInput,
  type Ports,
  type StoredPayment,
} from '../../src/index.js';
import { heldMoney, importState, InjectedFault, receivedMoney, withFaults } from '../../src/testing/index.js';

const ref = (n: number): string => creditorReference(String(30_000 + n));
const CUSTOMERS = ['c1', 'c2', 'c3', '__proto__', 'constructor', 'toString', 'hasOwnProperty'];

function invoiceOf(n: number): InvoiceInput {
  return {
    id: `INV-${n}`,
    customer: CUSTOMERS[n % CUSTOMERS.length] as string,
    reference: ref(n),
    amount: { amount: `${(n % 40) + 10}.50`, currency: n % 5 === 0 ? 'EUR' : 'CHF' },
    issuedAt: '2026-03-01T00:00:00Z',
    dueAt: '2026-03-31T00:00:00Z',
  };
}

async function seeded(invoices: readonly InvoiceInput[]): Promise<Ports> {
  const ports = memoryPorts();
  for (const invoice of invoices) await ports.invoices.put({ id: invoice.id, owner: invoice.customer, invoice }, 0);
  return ports;
}

/** A payment shape: which invoice it names, how it relates to it, when it is booked. */
const paymentShape = fc.record({
  invoice: fc.nat(149),
  kind: fc.constantFrom('exact', 'exact', 'short', 'no-reference', 'other-currency', 'stranger', 'anonymous'),
  minute: fc.nat(2000),
});

function statementOf(
  shapes: readonly { invoice: number; kind: string; minute: number }[],
  invoices: readonly InvoiceInput[],
): PaymentInput[] {
  return shapes.map((s, i): PaymentInput => {
    const inv = invoices[s.invoice] as InvoiceInput;
    const base = inv.amount instanceof Money ? inv.amount.toJSON() : inv.amount;
    const other = base.currency === 'CHF' ? 'EUR' : 'CHF';
    return {
      id: `P-${String(i).padStart(3, '0')}`,
      ...(s.kind === 'no-reference' || s.kind === 'stranger' || s.kind === 'anonymous' ? {} : { reference: inv.reference }),
      ...(s.kind === 'no-reference' ? { customer: inv.customer } : s.kind === 'stranger' ? { customer: `stranger-${i % 3}` } : {}),
      amount: { amount: s.kind === 'short' ? '1.00' : String(base.amount), currency: s.kind === 'other-currency' ? other : base.currency },
      bookedAt: new Date(Date.UTC(2026, 2, 20, 0, s.minute)).toISOString(),
    };
  });
}

describe('importBankStatement crash safety (issue 15, item 2)', () => {
  it('a failing invoices.put, then a re-import: the invoice is settled, nothing stays pending', async () => {
    const ports = await seeded([invoiceOf(1)]);
    const statement: PaymentInput[] = [
      { id: 'P1', reference: ref(1), amount: { amount: '11.50', currency: 'CHF' }, bookedAt: '2026-03-20T10:00:00Z' },
    ];
    const broken: Ports = { ...ports, invoices: { ...ports.invoices, put: () => Promise.reject(new Error('ECONNRESET')) } };
    await expect(importBankStatement(broken, statement)).rejects.toThrow('ECONNRESET');
    expect((await ports.payments.get('P1'))?.value.outcome.kind).toBe('pending');

    const again = await importBankStatement(ports, statement);
    expect(again.applied).toEqual([{ payment: 'P1', outcome: { kind: 'settled', invoice: 'INV-1', customer: 'c2' } }]);
    expect(again.alreadyImported).toEqual([]);
    expect((await ports.invoices.get('INV-1'))?.value.invoice).toMatchObject({ settled: true, settledBy: 'P1' });
    expect((await ports.payments.get('P1'))?.value.outcome).toEqual({ kind: 'settled', invoice: 'INV-1', customer: 'c2' });
    expect(await importBankStatement(ports, statement)).toEqual({ applied: [], alreadyImported: ['P1'], conflicting: [] });
  });

  it(
    'a failing ledger write after it took effect: ' + 'the re-import recovers the credit with its cause, not "already-reconciled"',
    async () => {
      const ports = await seeded([invoiceOf(1)]);
      const statement: PaymentInput[] = [
        { id: 'P1', reference: ref(1), amount: { amount: '5.00', currency: 'CHF' }, bookedAt: '2026-03-20T10:00:00Z' },
      ];
      const faulty = withFaults(ports, { failAt: 2, on: 'write', after: true }); // 1: the payment's record, 2: the ledger
      await expect(importBankStatement(faulty.ports, statement)).rejects.toBeInstanceOf(InjectedFault);
      expect(faulty.injected()).toMatchObject([{ port: 'prepaidLedgers', method: 'put' }]);
      const again = await importBankStatement(ports, statement);
      expect(again.applied).toEqual([{ payment: 'P1', outcome: { kind: 'credited', customer: 'c2', cause: 'AMOUNT_MISMATCH' } }]);
      expect((await ports.prepaidLedgers.get('c2'))?.value.ledger).toEqual({ balances: { c2: { CHF: '5.00' } }, creditedPayments: ['P1'] });
    },
  );

  it('a pending record left by an earlier version (no plan kept) is applied on the next import, once', async () => {
    const ports = await seeded([invoiceOf(1), invoiceOf(2)]);
    const p1: PaymentInput = {
      id: 'P1',
      reference: ref(1),
      amount: { amount: '11.50', currency: 'CHF' },
      bookedAt: '2026-03-20T10:00:00.000Z',
    };
    const p2: PaymentInput = {
      id: 'P2',
      reference: ref(2),
      amount: { amount: '1.00', currency: 'CHF' },
      bookedAt: '2026-03-20T11:00:00.000Z',
    };
    // Written as that version wrote them (the reference compact, keys in its order).
    const pending = (p: PaymentInput): StoredPayment => ({
      id: p.id,
      owner: 'unattributed',
      payment: { id: p.id, amount: p.amount, bookedAt: p.bookedAt, reference: p.reference as string },
      outcome: { kind: 'pending' },
    });
    await ports.payments.put(pending(p1), 0); // crashed before applying
    await ports.payments.put(pending(p2), 0); // crashed after crediting, before finishing
    await ports.prepaidLedgers.put({ id: 'c3', owner: 'c3', ledger: { balances: { c3: { CHF: '1.00' } }, creditedPayments: ['P2'] } }, 0);
    const r = await importBankStatement(ports, [p1, p2]);
    expect(r.applied).toEqual([
      { payment: 'P1', outcome: { kind: 'settled', invoice: 'INV-1', customer: 'c2' } },
      { payment: 'P2', outcome: { kind: 'credited', customer: 'c3', cause: 'AMOUNT_MISMATCH' } },
    ]);
    expect((await ports.prepaidLedgers.get('c3'))?.value.ledger).toEqual({ balances: { c3: { CHF: '1.00' } }, creditedPayments: ['P2'] });
  });

  // A fault after write k leaves the store as a fault before write k + 1 does (only the caller's
  // view differs), so alternating the two kinds over k covers every state a crash can leave and
  // both code paths, at half the cost of running every k twice.
  it('property: a fault at every write of a 200-payment statement, ' +
    'then a retry: the state of a clean import, money conserved', async () => {
    const invoices = Array.from({ length: 150 }, (_, n) => invoiceOf(n));
    await fc.assert(
      fc.asyncProperty(fc.array(paymentShape, { minLength: 200, maxLength: 200 }), async (shapes) => {
        const statement = statementOf(shapes, invoices);
        const clean = await seeded(invoices);
        await importBankStatement(clean, statement);
        const expected = await importState(clean);
        const expectedJson = JSON.stringify(expected);
        const counting = withFaults(await seeded(invoices), { on: 'write' });
        await importBankStatement(counting.ports, statement);
        const writes = counting.calls();
        expect(writes).toBeGreaterThan(300); // a record and a final record per payment with an invoice or ledger to change, those writes
        const ids = new Set(statement.map((p) => p.id));
        const received = receivedMoney(statement);
        for (let k = 1; k <= writes; k += 1) {
          const ports = await seeded(invoices);
          const faulty = withFaults(ports, { failAt: k, on: 'write', after: k % 2 === 0 });
          await expect(importBankStatement(faulty.ports, statement)).rejects.toBeInstanceOf(InjectedFault);
          const retry = await importBankStatement(ports, statement);
          expect(retry.applied.length + retry.alreadyImported.length).toBe(ids.size);
          const state = await importState(ports);
          // the diff, when there is one
          if (JSON.stringify(state) !== expectedJson) expect(state, `fault at write #${k}`).toEqual(expected);
          const held = await heldMoney(ports, ids);
          for (const [currency, total] of received) expect(held.get(currency)?.equals(total)).toBe(true);
        }
      }),
      // One statement, every write of it: a failure reports that statement, without shrinking 200 payments.
      { numRuns: 1, endOnFailure: true },
    );
  }, 120_000);

  it('property: concurrent imports of overlapping statements, one failing at a random write, then a retry: each payment applied once, ' +
    'money conserved', async () => {
    const invoices = Array.from({ length: 12 }, (_, n) => invoiceOf(n));
    const shape = fc.record({ invoice: fc.nat(11), kind: paymentShape.map((p) => p.kind), minute: fc.nat(300) });
    await fc.assert(
      fc.asyncProperty(
        fc.array(shape, { minLength: 1, maxLength: 20 }),
        fc.array(fc.array(fc.nat(19), { minLength: 1, maxLength: 10 }), { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        async (shapes, picks, failAt, after) => {
          let tick = 0;
          const ports = memoryPorts({ interleave: () => new Promise((resolve) => setTimeout(resolve, tick++ % 3)) });
          for (const invoice of invoices) await ports.invoices.put({ id: invoice.id, owner: invoice.customer, invoice }, 0);
          const all = statementOf(shapes, invoices);
          const statements = picks.map((pick) => pick.map((k) => all[k % all.length] as PaymentInput));
          const faulty = withFaults(ports, { failAt, after });
          const results = await Promise.allSettled(statements.map((st, i) => importBankStatement(i === 0 ? faulty.ports : ports, st)));
          for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(InjectedFault);
          for (const st of statements) await importBankStatement(ports, st); // the retry
          const ids = new Set(statements.flat().map((p) => p.id));
          const state = await importState(ports);
          expect(state.payments.map((p) => p.id).sort()).toEqual([...ids].sort());
          for (const p of state.payments) expect((p.value as StoredPayment).outcome.kind).not.toBe('pending');
          const settledBy = state.invoices.flatMap((i) => (i.value as { invoice: InvoiceInput }).invoice.settledBy ?? []);
          const credited = (await ports.prepaidLedgers.list()).flatMap((l) => l.value.ledger.creditedPayments ?? []);
          expect(new Set([...settledBy, ...credited]).size).toBe(settledBy.length + credited.length); // none twice, none both
          const held = await heldMoney(ports, ids);
          for (const [currency, total] of receivedMoney(statements.flat())) expect(held.get(currency)?.equals(total)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
