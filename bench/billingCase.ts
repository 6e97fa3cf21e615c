/**
 * One measured reconcile() case of the billing benchmark, run by bench/billing.bench.ts in a
 * process of its own: `node --expose-gc --import tsx bench/billingCase.ts <n> <parsed|in memory>`.
 *
 * Like a batch job that reconciles statements of one format, it first reconciles a 10,000-item
 * statement of the same form (so the figures do not include compiling the code), then builds the
 * measured statement and times one reconcile() while a worker thread samples the resident set
 * size. Prints the figures as one line of JSON (CaseFigures).
 *
 * The heap is as building the statement left it, garbage included, as a batch job has it after
 * reading a file: no program collects garbage by hand before reconciling. With `forced-gc` as
 * third argument, a full collection runs just before the timed call, as this benchmark did until
 * 2026-11-30 (V8 then sets its next limit just above the live input); bench/billing.bench.ts
 * prints both. Neither is consistently faster on the benchmark machine (docs/billing.md).
 *
 * Then, with reconcile()'s result dropped and a full collection, it times the bare hash join of the
 * same statement (bareJoin, warmed up on the same 10,000 items): the issue-21 baseline, measured
 * in the same process on the same records. The collection spares the join the garbage reconcile()
 * left, so the ratio errs against reconcile().
 */
import { Worker } from 'node:worker_threads';
import { reconcile } from '../src/index.js';
import { bareJoin, parsedStatement, statement, type CaseFigures } from './billing.bench.js';

/** Samples the process's resident set size from a worker thread while the main thread is busy. */
function rssSampler(): { stop: () => Promise<number> } {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     let peak = 0; const tick = () => { peak = Math.max(peak, process.memoryUsage.rss()); };
     const timer = setInterval(tick, 5); tick();
     parentPort.on('message', () => { tick(); clearInterval(timer); parentPort.postMessage(peak); });`,
    { eval: true },
  );
  return {
    stop: () =>
      new Promise<number>((resolve) => {
        worker.once('message', (peak: number) => {
          void worker.terminate();
          resolve(peak);
        });
        worker.postMessage('stop');
      }),
  };
}

const n = Number(process.argv[2]);
const form = process.argv[3] === 'in memory' ? 'in memory' : 'parsed';
const forcedGc = process.argv[4] === 'forced-gc';
const build = form === 'parsed' ? parsedStatement : statement;
const gc = (globalThis as { gc?: () => void }).gc;
if (!Number.isInteger(n) || n <= 0 || gc === undefined)
  throw new Error('usage: node --expose-gc --import tsx bench/billingCase.ts <count> <parsed|in memory> [forced-gc]');

const warmUp = build(10_000, 2);
reconcile(warmUp); // warm-up on the same kind of records
bareJoin(warmUp.invoices, warmUp.payments);
const data = build(n);
if (forcedGc) gc();
const sampler = rssSampler();
await new Promise((r) => setTimeout(r, 20));
const faults = process.resourceUsage().minorPageFault;
const cpu = process.cpuUsage();
const start = performance.now();
let result: ReturnType<typeof reconcile> | undefined = reconcile(data);
const ms = performance.now() - start;
const used = process.cpuUsage(cpu);
const pageFaults = process.resourceUsage().minorPageFault - faults;
const heapAfter = process.memoryUsage().heapUsed;
const peakRss = await sampler.stop();
const t = result.totals['CHF'];
if (t === undefined || !t.received.equals(t.settled.plus(t.credited).plus(t.unidentified))) throw new Error('conservation failed');
const settled = result.settled.length;
const credited = result.credited.length;
const unidentified = result.unidentified.length;
result = undefined;
gc();
const joinCpu = process.cpuUsage();
const joinStart = performance.now();
const join = bareJoin(data.invoices, data.payments);
const joinMs = performance.now() - joinStart;
const joinUsed = process.cpuUsage(joinCpu);
const figures: CaseFigures = {
  ms,
  cpuMs: (used.user + used.system) / 1000,
  pageFaults,
  peakRss,
  heapAfter,
  settled,
  credited,
  unidentified,
  joinMs,
  joinCpuMs: (joinUsed.user + joinUsed.system) / 1000,
  joinSettled: join.settled,
};
console.log(JSON.stringify(figures));
