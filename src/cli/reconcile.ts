import { reconcile, type InvoiceInput, type PrepaidLedgerInput } from '../billing/index.js';
import { readCamt, type CamtDebit, type CamtPayment, type CamtReversal, type CamtSkipped, type CamtSummary } from '../camt/index.js';
import { isHostPolicyError } from '../errors.js';
import { streamFile, writeLinesToFile } from './files.js';
import { readArgs } from './args.js';
import { UsageError, type CliIo } from './io.js';
import { jsonLines, readJsonFile } from './json.js';
import { RECONCILE_HELP } from './reconcileHelp.js';
import { reconcileReport } from './reconcileReport.js';

const PROGRESS_EVERY = 100_000;

/** Everything read from the bank file, in document order. */
interface CamtRead {
  readonly payments: CamtPayment[];
  readonly reversals: CamtReversal[];
  readonly debits: CamtDebit[];
  readonly skipped: CamtSkipped[];
  readonly summary: CamtSummary;
}

/** `data.key` when `data` is an object that has it as its own property. */
function own(data: unknown, key: string): unknown {
  return typeof data === 'object' && data !== null && Object.hasOwn(data, key) ? (data as Record<string, unknown>)[key] : undefined;
}

/** The invoices of a file: an array, an object with `invoices`, or an earlier result (its invoices as left then). */
function invoicesOf(data: unknown, path: string): InvoiceInput[] {
  const invoices = Array.isArray(data) ? data : (own(data, 'invoices') ?? own(own(data, 'reconciliation'), 'invoices'));
  if (Array.isArray(invoices)) return invoices as InvoiceInput[];
  throw new UsageError(`invoices ${path} must be a JSON array of invoices, an object with an "invoices" array, or an earlier result`);
}

/** The prepaid ledger of a file: the ledger's JSON, or an earlier result (its ledger as left then). */
function prepaidOf(data: unknown): PrepaidLedgerInput {
  return (own(own(data, 'reconciliation'), 'prepaid') ?? data) as PrepaidLedgerInput;
}

/** Streams the camt file in batches; a camt error names the file, the code and where it was met. */
async function readStatement(io: CliIo, path: string, progress: boolean): Promise<CamtRead> {
  const read: Omit<CamtRead, 'summary'> = { payments: [], reversals: [], debits: [], skipped: [] };
  let summary: CamtSummary | undefined;
  const every = io.progressEvery ?? PROGRESS_EVERY;
  let count = 0;
  let next = every;
  try {
    for await (const batch of readCamt((io.stream ?? streamFile)(path))) {
      // A loop, not push(...batch.payments): spreading a large batch would pass the engine's argument limit.
      for (const p of batch.payments) read.payments.push(p);
      for (const r of batch.reversals) read.reversals.push(r);
      for (const d of batch.debits) read.debits.push(d);
      for (const s of batch.skipped) read.skipped.push(s);
      count += batch.payments.length + batch.reversals.length + batch.debits.length + batch.skipped.length;
      for (; progress && count >= next; next += every) io.err(`… ${next.toLocaleString('en-US')} transactions read`);
      if (batch.summary !== undefined) summary = batch.summary;
    }
  } catch (e) {
    if (isHostPolicyError(e) && e.code.startsWith('CAMT_')) {
      const { path: at, offset } = (e.details ?? {}) as { path?: unknown; offset?: unknown };
      // Where, unless the message says it already.
      const where = [typeof at === 'string' ? at : '', typeof offset === 'number' ? `byte ${offset}` : ''].filter(
        (part) => part !== '' && !e.message.includes(part),
      );
      throw new UsageError(`${path}: ${e.code}: ${e.message}${where.length === 0 ? '' : ` (${where.join(', ')})`}`);
    }
    throw e;
  }
  if (summary === undefined) throw new UsageError(`${path}: the camt reader gave no summary`);
  if (progress) io.err(`${count.toLocaleString('en-US')} transactions read; reconciling`);
  return { ...read, summary };
}

/**
 * `hostpolicy reconcile`: reads the invoices (JSON) and a camt file (streamed), reconciles the
 * file's credit payments and reversals against the invoices, and prints a summary table or the
 * full result as JSON.
 */
export async function reconcileCommand(io: CliIo, args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(RECONCILE_HELP);
    return 0;
  }
  const { values, positionals } = readArgs(args, {
    invoices: { type: 'string' },
    prepaid: { type: 'string' },
    json: { type: 'boolean' },
    out: { type: 'string' },
    progress: { type: 'boolean' },
  });
  if (values.invoices === undefined) throw new UsageError('reconcile needs --invoices <invoices.json> (hostpolicy reconcile --help)');
  if (positionals.length !== 1) throw new UsageError('reconcile needs one camt file (statement.xml)');
  const file = positionals[0] as string;

  const invoices = invoicesOf(await readJsonFile(io, values.invoices, 'invoices'), values.invoices);
  const prepaid = values.prepaid === undefined ? undefined : prepaidOf(await readJsonFile(io, values.prepaid, 'prepaid ledger'));
  const camt = await readStatement(io, file, values.progress === true || io.errIsTty === true);

  const result = reconcile({
    invoices,
    payments: camt.payments,
    reversals: camt.reversals,
    ...(prepaid === undefined ? {} : { prepaid }),
  });

  const document = {
    camt: { ...camt.summary, reversals: camt.reversals, debits: camt.debits, skipped: camt.skipped },
    reconciliation: result,
  };
  if (values.out !== undefined) await (io.writeLines ?? writeLinesToFile)(values.out, jsonLines(document));
  if (values.json === true) {
    // Standard output as a file, with backpressure: a large result piped to a slow reader is not queued in memory.
    await (io.writeLines ?? writeLinesToFile)('-', jsonLines(document));
  } else {
    for (const line of reconcileReport(file, camt.summary, camt.skipped, result)) io.out(line);
    if (values.out !== undefined) io.out(`\nfull result: ${values.out}`);
  }
  return 0;
}
