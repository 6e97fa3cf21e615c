/**
 * One measured camt case in a process of its own (a fresh heap, as a batch job reading one file
 * has), run by bench/camt/run.ts:
 *
 *   node --expose-gc --import tsx bench/camt/case.ts rss <floor|readCamt> <file>
 *   node --expose-gc --import tsx bench/camt/case.ts <flow|reconcile> <file> <transactions> <perEntry> <warm-up file>
 *
 * `rss` reads the file once and reports the process's peak resident set size at the end
 * (process.resourceUsage().maxRSS). `flow` times reading every payment with readCamt and
 * reconciling them against the invoices they pay; `reconcile` reads them untimed, collects the
 * garbage, and times reconcile() alone on the same payments. Both first read and reconcile the small
 * warm-up file, so that neither pays for compiling the code. Prints one line of JSON.
 */
import { createReadStream } from 'node:fs';
import type { PaymentInput } from '../../src/index.js';
import { scanByNeedles } from './floor.js';
import { invoicesFor } from './generate.js';
import { loadReadCamt, readAllPayments, scanWithReadCamt, type ReadCamt } from './readCamtScan.js';

/** Figures of one `rss` case. */
export interface RssFigures {
  readonly maxRssMb: number;
  readonly ms: number;
  readonly count: number;
}

/** Figures of one `flow` or `reconcile` case. */
export interface FlowFigures {
  readonly readMs: number;
  readonly reconcileMs: number;
  readonly reconcileCpuMs: number;
  readonly totalMs: number;
  readonly totalCpuMs: number;
  readonly payments: number;
  readonly settled: number;
  readonly credited: number;
  readonly unidentified: number;
  readonly maxRssMb: number;
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function requireReadCamt(): Promise<ReadCamt> {
  const loaded = await loadReadCamt();
  if ('missing' in loaded) throw new Error(`readCamt: ${loaded.missing}`);
  return loaded.readCamt;
}

async function rss(reader: string, file: string): Promise<RssFigures> {
  const start = performance.now();
  const result =
    reader === 'floor'
      ? await scanByNeedles(createReadStream(file))
      : await scanWithReadCamt(await requireReadCamt(), createReadStream(file));
  return { maxRssMb: process.resourceUsage().maxRSS / 1024, ms: performance.now() - start, count: result.count };
}

async function flow(mode: 'flow' | 'reconcile', file: string, n: number, perEntry: number, warmFile: string): Promise<FlowFigures> {
  const readCamt = await requireReadCamt();
  // Loaded here, not at the top: the `rss` case measures a process that has only the reader in it.
  const { reconcile } = await import('../../src/index.js');
  const gc = (globalThis as { gc?: () => void }).gc;
  // Warm-up on the small file: the reader and reconcile() compiled, as in a job that ran before.
  const warmPayments = await readAllPayments(readCamt, createReadStream(warmFile));
  reconcile({ invoices: invoicesFor(warmPayments.length, perEntry), payments: warmPayments as PaymentInput[] });
  const invoices = invoicesFor(n, perEntry);
  gc?.();
  let payments: PaymentInput[] = [];
  let readMs = 0;
  const startCpu = cpuMs();
  const start = performance.now();
  if (mode === 'flow') {
    payments = (await readAllPayments(readCamt, createReadStream(file))) as PaymentInput[];
    readMs = performance.now() - start;
  } else {
    payments = (await readAllPayments(readCamt, createReadStream(file))) as PaymentInput[];
    gc?.();
  }
  const reconcileStart = performance.now();
  const reconcileCpu = cpuMs();
  const result = reconcile({ invoices, payments });
  const end = performance.now();
  const endCpu = cpuMs();
  return {
    readMs,
    reconcileMs: end - reconcileStart,
    reconcileCpuMs: endCpu - reconcileCpu,
    totalMs: mode === 'flow' ? end - start : end - reconcileStart,
    totalCpuMs: mode === 'flow' ? endCpu - startCpu : endCpu - reconcileCpu,
    payments: payments.length,
    settled: result.settled.length,
    credited: result.credited.length,
    unidentified: result.unidentified.length,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

const [mode, ...args] = process.argv.slice(2);
const figures =
  mode === 'rss' && args.length === 2
    ? await rss(args[0] as string, args[1] as string)
    : (mode === 'flow' || mode === 'reconcile') && args.length === 4
      ? await flow(mode, args[0] as string, Number(args[1]), Number(args[2]), args[3] as string)
      : undefined;
if (figures === undefined) throw new Error('usage: see the comment at the top of bench/camt/case.ts');
console.log(JSON.stringify(figures));
