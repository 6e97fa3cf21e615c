/**
 * importBankStatement against the pure reconcile of the same statement (the baseline): what the
 * per-payment claim, re-read and version-checked write cost, sequentially and under 10
 * concurrent overlapping imports.
 */
import { creditorReference, importBankStatement, memoryPorts, reconcile, type InvoiceInput, type PaymentInput, type Ports } from '../src/index.js';
import { report } from './harness.js';

const INVOICES = 200;
const PAYMENTS = 200;

function data(): { invoices: InvoiceInput[]; payments: PaymentInput[] } {
  const invoices = Array.from({ length: INVOICES }, (_, n): InvoiceInput => ({
    id: `INV-${n}`, customer: `c${n % 50}`, reference: creditorReference(String(10_000 + n)),
    amount: { amount: `${(n % 90) + 10}.00`, currency: 'CHF' }, issuedAt: '2026-03-01T00:00:00Z', dueAt: '2026-03-31T00:00:00Z',
  }));
  const payments = Array.from({ length: PAYMENTS }, (_, i): PaymentInput => ({
    id: `P-${i}`, reference: creditorReference(String(10_000 + (i % INVOICES))),
    amount: { amount: i % 4 === 3 ? '1.00' : `${(i % INVOICES % 90) + 10}.00`, currency: 'CHF' }, bookedAt: new Date(Date.UTC(2026, 2, 20, 0, i)).toISOString(),
  }));
  return { invoices, payments };
}

async function seeded(invoices: readonly InvoiceInput[], interleave = false): Promise<Ports> {
  const ports = memoryPorts(interleave ? { interleave: () => Promise.resolve() } : {});
  for (const invoice of invoices) await ports.invoices.put({ id: invoice.id, owner: invoice.customer, invoice }, 0);
  return ports;
}

export async function run(): Promise<void> {
  const { invoices, payments } = data();
  let start = performance.now();
  for (let i = 0; i < 5; i++) reconcile({ invoices, payments });
  const pureMs = (performance.now() - start) / 5;

  const ports = await seeded(invoices);
  start = performance.now();
  await importBankStatement(ports, payments);
  const serviceMs = performance.now() - start;
  report(`importBankStatement ${PAYMENTS} payments × ${INVOICES} invoices: ${serviceMs.toFixed(0)} ms vs pure reconcile ${pureMs.toFixed(1)} ms (×${(serviceMs / pureMs).toFixed(0)}; target < 2000 ms)`, serviceMs < 2000);

  start = performance.now();
  const again = await importBankStatement(ports, payments);
  report(`re-import of the same statement (all skipped: ${again.alreadyImported.length}): ${(performance.now() - start).toFixed(0)} ms`);

  const concurrent = await seeded(invoices, true);
  start = performance.now();
  await Promise.all(Array.from({ length: 10 }, (_, s) => importBankStatement(concurrent, payments.filter((_, i) => (i + s) % 2 === 0))));
  report(`10 concurrent overlapping imports (${PAYMENTS} distinct payments): ${(performance.now() - start).toFixed(0)} ms`);
}
