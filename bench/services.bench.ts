/**
 * importBankStatement against the pure reconcile of the same statement (the baseline): what the
 * claim, batch reads and version-checked writes cost, sequentially and under 10 concurrent
 * overlapping imports; and that an import is linear (issue 15): 10,000 invoices × 10,000 payments
 * through the memory adapter, and the ratio of 20,000 × 20,000 to it (≤ 2.3×).
 */
import {
  creditorReference,
  importBankStatement,
  memoryPorts,
  reconcile,
  type InvoiceInput,
  type PaymentInput,
  type Ports,
} from '../src/index.js';
import { report } from './harness.js';

const SMALL = 200;

function data(invoiceCount: number, paymentCount: number): { invoices: InvoiceInput[]; payments: PaymentInput[] } {
  const invoices = Array.from(
    { length: invoiceCount },
    (_, n): InvoiceInput => ({
      id: `INV-${n}`,
      customer: `c${n % 50}`,
      reference: creditorReference(String(10_000 + n)),
      amount: { amount: `${(n % 90) + 10}.00`, currency: 'CHF' },
      issuedAt: '2026-03-01T00:00:00Z',
      dueAt: '2026-03-31T00:00:00Z',
    }),
  );
  // Mostly exact payments (settle), a quarter short (credited), some repeating an invoice already paid (stale).
  const payments = Array.from(
    { length: paymentCount },
    (_, i): PaymentInput => ({
      id: `P-${i}`,
      reference: creditorReference(String(10_000 + (i % invoiceCount))),
      amount: { amount: i % 4 === 3 ? '1.00' : `${((i % invoiceCount) % 90) + 10}.00`, currency: 'CHF' },
      bookedAt: new Date(Date.UTC(2026, 2, 20, 0, i)).toISOString(),
    }),
  );
  return { invoices, payments };
}

async function seeded(invoices: readonly InvoiceInput[], interleave = false): Promise<Ports> {
  const ports = memoryPorts(interleave ? { interleave: () => Promise.resolve() } : {});
  for (const invoice of invoices) await ports.invoices.put({ id: invoice.id, owner: invoice.customer, invoice }, 0);
  return ports;
}

/** The time of one import of `size` payments into a store of `size` invoices, in ms (seeding not counted). */
async function importMs(size: number): Promise<number> {
  const { invoices, payments } = data(size, size);
  const ports = await seeded(invoices);
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  const r = await importBankStatement(ports, payments);
  const ms = performance.now() - start;
  if (r.applied.length !== size) throw new Error(`applied ${r.applied.length} of ${size}`);
  return ms;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export async function run(): Promise<void> {
  const { invoices, payments } = data(SMALL, SMALL);
  let start = performance.now();
  for (let i = 0; i < 5; i++) reconcile({ invoices, payments });
  const pureMs = (performance.now() - start) / 5;

  const ports = await seeded(invoices);
  start = performance.now();
  await importBankStatement(ports, payments);
  const serviceMs = performance.now() - start;
  report(
    `importBankStatement ${SMALL} payments × ${SMALL} invoices: ${serviceMs.toFixed(0)} ms vs pure reconcile ${pureMs.toFixed(1)} ms ` +
      `(×${(serviceMs / pureMs).toFixed(0)}; target < 2000 ms)`,
    serviceMs < 2000,
  );

  start = performance.now();
  const again = await importBankStatement(ports, payments);
  report(`re-import of the same statement (all skipped: ${again.alreadyImported.length}): ${(performance.now() - start).toFixed(0)} ms`);

  const concurrent = await seeded(invoices, true);
  start = performance.now();
  await Promise.all(
    Array.from({ length: 10 }, (_, s) =>
      importBankStatement(
        concurrent,
        payments.filter((_, i) => (i + s) % 2 === 0),
      ),
    ),
  );
  report(`10 concurrent overlapping imports (${SMALL} distinct payments): ${(performance.now() - start).toFixed(0)} ms`);

  // Linear: the median of three runs at each size (a warm-up run first), and their ratio.
  await importMs(2_000);
  const at10k: number[] = [];
  const at20k: number[] = [];
  for (let i = 0; i < 3; i++) {
    at10k.push(await importMs(10_000));
    at20k.push(await importMs(20_000));
  }
  const ms10k = median(at10k);
  const ms20k = median(at20k);
  report(
    `importBankStatement 10,000 payments × 10,000 invoices (memory adapter): ${ms10k.toFixed(0)} ms (median of 3; runs ` +
      `${at10k.map((x) => x.toFixed(0)).join(', ')})`,
  );
  report(
    `importBankStatement 20,000 payments × 20,000 invoices: ${ms20k.toFixed(0)} ms (runs ${at20k.map((x) => x.toFixed(0)).join(', ')})`,
  );
  const growth = ms20k / ms10k;
  report(`growth from 10,000 to 20,000: ×${growth.toFixed(2)} (target ≤ 2.3: linear)`, growth <= 2.3);
}
