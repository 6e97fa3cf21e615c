// camt: the bank's camt.054 notification of a day's QR payments (examples/camt/statement.xml),
// streamed into payments and matched to the open invoices (examples/camt/invoices.json).
import { createReadStream, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type InvoiceInput, reconcile } from '../src/billing/index.js';
import { type CamtPayment, type CamtSummary, readCamt } from '../src/camt/index.js';

const here = join(dirname(fileURLToPath(import.meta.url)), 'camt');
const invoices = JSON.parse(readFileSync(join(here, 'invoices.json'), 'utf8')) as InvoiceInput[];

const payments: CamtPayment[] = [];
let summary: CamtSummary | undefined;
for await (const batch of readCamt(createReadStream(join(here, 'statement.xml')), { batchSize: 3 })) {
  payments.push(...batch.payments);
  for (const s of batch.skipped) console.log(`  skipped ${s.path}: ${s.code} (${s.rule}) ${s.reason}`);
  summary = batch.summary ?? summary;
}
console.log(`${summary?.message}.${summary?.version} ${summary?.messageId}, account ${summary?.account}:`);
for (const [currency, t] of Object.entries(summary?.totals ?? {}))
  console.log(`  ${currency}: ${t.entries.count} entries of ${t.entries.amount} = ${t.payments.count} payments of ${t.payments.amount}`);

const result = reconcile({ invoices, payments });
for (const s of result.settled) console.log(`  ${s.payment.id} settles ${s.invoice.id} (${s.payment.amount})`);
for (const c of result.credited) console.log(`  ${c.payment.id} credited to ${c.customer}: ${c.cause}`);
for (const p of result.unidentified) console.log(`  ${p.id} unidentified: ${p.amount}${p.message === undefined ? '' : ` "${p.message}"`}`);
