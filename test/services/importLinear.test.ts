import { describe, it, expect } from 'vitest';
import {
  importBankStatement,
  memoryPorts,
  creditorReference,
  type InvoiceInput,
  type PaymentInput,
  type Ports,
  type Versioned,
  type StoredInvoice,
} from '../../src/index.js';
import { withFaults } from '../../src/testing/index.js';

const ref = (n: number): string => creditorReference(String(50_000 + n));

function invoiceOf(n: number): InvoiceInput {
  return {
    id: `INV-${n}`,
    customer: `c${n % 13}`,
    reference: ref(n),
    amount: { amount: `${(n % 50) + 1}.00`, currency: 'CHF' },
    issuedAt: '2026-03-01T00:00:00Z',
    dueAt: '2026-03-31T00:00:00Z',
  };
}

async function seeded(count: number): Promise<Ports> {
  const ports = memoryPorts();
  for (let n = 0; n < count; n += 1) {
    const invoice = invoiceOf(n);
    await ports.invoices.put({ id: invoice.id, owner: invoice.customer, invoice }, 0);
  }
  return ports;
}

/** Payments of every kind: exact, short, repeated (stale), without reference, of unknown customers. */
function statementOf(count: number, invoices: number): PaymentInput[] {
  return Array.from({ length: count }, (_, i): PaymentInput => {
    const n = (i * 7) % invoices;
    const kind = i % 5;
    return {
      id: `P-${i}`,
      ...(kind === 3 ? { customer: `c${n % 13}` } : kind === 4 ? { customer: `stranger-${i}` } : { reference: ref(n) }),
      amount: { amount: kind === 1 ? '0.50' : `${(n % 50) + 1}.00`, currency: 'CHF' },
      bookedAt: new Date(Date.UTC(2026, 2, 20, 0, i)).toISOString(),
    };
  });
}

/** Counts the invoices each invoice-port call hands out, by id. */
function invoicesHandedOut(ports: Ports): { ports: Ports; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const seen = (r: Versioned<StoredInvoice> | undefined): void => {
    if (r !== undefined) reads.set(r.value.id, (reads.get(r.value.id) ?? 0) + 1);
  };
  const inv = ports.invoices;
  return {
    reads,
    ports: {
      ...ports,
      invoices: {
        ...inv,
        get: async (id) => {
          const r = await inv.get(id);
          seen(r);
          return r;
        },
        getMany: async (ids) => {
          const r = await inv.getMany(ids);
          for (const v of r.values()) seen(v);
          return r;
        },
        findByReference: async (reference) => {
          const r = await inv.findByReference(reference);
          seen(r);
          return r;
        },
        findByReferences: async (refs) => {
          const r = await inv.findByReferences(refs);
          for (const v of r.values()) seen(v);
          return r;
        },
        list: async () => {
          const r = await inv.list();
          for (const v of r) seen(v);
          return r;
        },
        listByOwner: async (owner) => {
          const r = await inv.listByOwner(owner);
          for (const v of r) seen(v);
          return r;
        },
      },
    },
  };
}

describe('importBankStatement is linear (issue 15, item 3)', () => {
  for (const [invoices, payments] of [
    [100, 100],
    [1000, 1000],
    [3000, 2000],
  ] as const) {
    it(`${payments} payments × ${invoices} invoices: no listing, a constant number of reads, each invoice read at most once`, async () => {
      const base = await seeded(invoices);
      const { ports: counted, reads } = invoicesHandedOut(base);
      const faulty = withFaults(counted, { on: 'read' });
      const r = await importBankStatement(faulty.ports, statementOf(payments, invoices));
      expect(r.applied).toHaveLength(payments);
      const calls = faulty.log().map((c) => `${c.port}.${c.method}`);
      expect(calls.filter((c) => c.endsWith('.list') || c.endsWith('.listByOwner') || c.endsWith('.get'))).toEqual([]);
      // One batch read each: payment records, invoices by reference, ledgers, known owners.
      expect(calls.filter((c) => !c.endsWith('.put')).sort()).toEqual([
        'invoices.findByReferences',
        'invoices.ownersWithInvoices',
        'payments.getMany',
        'prepaidLedgers.getMany',
      ]);
      expect(Math.max(...reads.values())).toBe(1);
      // Writes: at most two per payment (its record, then its outcome), one per invoice settled, one per ledger.
      const writes = calls.filter((c) => c.endsWith('.put')).length;
      expect(writes).toBeLessThanOrEqual(2 * payments + invoices + 13);
    });
  }

  it('a second import of the same statement reads the payment records once and nothing else', async () => {
    const ports = await seeded(200);
    const statement = statementOf(300, 200);
    await importBankStatement(ports, statement);
    const faulty = withFaults(ports, { on: 'any' });
    expect((await importBankStatement(faulty.ports, statement)).alreadyImported).toHaveLength(300);
    expect(faulty.log().map((c) => `${c.port}.${c.method}`)).toEqual(['payments.getMany']);
  });

  it('payments of one statement see each other: the second payment of an invoice is STALE_REFERENCE', async () => {
    const ports = await seeded(3);
    const exact = (id: string, minute: number): PaymentInput => ({
      id,
      reference: ref(1),
      amount: { amount: '2.00', currency: 'CHF' },
      bookedAt: new Date(Date.UTC(2026, 2, 20, 0, minute)).toISOString(),
    });
    const r = await importBankStatement(ports, [exact('B', 2), exact('A', 1), exact('C', 3)]);
    expect(r.applied).toEqual([
      { payment: 'A', outcome: { kind: 'settled', invoice: 'INV-1', customer: 'c1' } },
      { payment: 'B', outcome: { kind: 'credited', customer: 'c1', cause: 'STALE_REFERENCE' } },
      { payment: 'C', outcome: { kind: 'credited', customer: 'c1', cause: 'STALE_REFERENCE' } },
    ]);
    expect((await ports.prepaidLedgers.get('c1'))?.value.ledger).toEqual({
      balances: { c1: { CHF: '4.00' } },
      creditedPayments: ['B', 'C'],
    });
  });
});
