/**
 * camt benchmark (issue 17): a generated 1,000,000-transaction camt.054.001.08 (about 580 MB) read
 * in streaming mode by `readCamt`, against the floor (a narrow byte scanner that only extracts
 * amount, id and reference: bench/camt/floor.ts) and saxes 6 streaming (bench/camt/saxesScan.ts),
 * all three on `createReadStream(file)` in the same process, best of several alternating rounds in
 * CPU time. Targets: readCamt ÷ floor ≤ 1.5×, saxes ÷ readCamt ≥ 4×, peak RSS of a readCamt run
 * ≤ 250 MB (in a process of its own), and camt → reconcile() of 1M payments × 1M invoices ≤ 2× the
 * time of reconcile() alone on the same payments (each in a process of its own).
 *
 * Run: `npm run bench -- camt`. CAMT_BENCH_TX sets the size (default 1,000,000; 100000 for a quick
 * run), CAMT_BENCH_ROUNDS the rounds (default 3), CAMT_BENCH_PER_ENTRY the TxDtls per batch entry
 * (default 1,000), CAMT_BENCH_FLOW_RUNS the flow's process pairs (default 1; the ratio is their
 * median). The file is written once to the temporary folder and reused while complete.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectAndSettle, report } from '../harness.js';
import type { FlowFigures, RssFigures } from './case.js';
import { scanByNeedles, scanByTags, type ScanResult } from './floor.js';
import { ensureCamt054, type GeneratedCamt } from './generate.js';
import { loadReadCamt, scanWithReadCamt } from './readCamtScan.js';
import { scanWithSaxes } from './saxesScan.js';

const MB = 1024 * 1024;

interface Timing {
  readonly ms: number;
  readonly cpuMs: number;
  readonly result: ScanResult;
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function timeOnce(scan: () => Promise<ScanResult>): Promise<Timing> {
  const cpu = cpuMs();
  const start = performance.now();
  const result = await scan();
  return { ms: performance.now() - start, cpuMs: cpuMs() - cpu, result };
}

/**
 * Runs every case `rounds` times, the cases in alternation, and keeps each one's best (CPU) run.
 * Each turn starts with a full collection (the previous case's garbage is not this one's), and a
 * run under 2 s is run twice: the first run after a collection pays for regrowing the young
 * generation, which weighs on a short scan far more than on a long one.
 */
async function bestOf(cases: Record<string, () => Promise<ScanResult>>, rounds: number): Promise<Map<string, Timing>> {
  const best = new Map<string, Timing>();
  const keep = (name: string, t: Timing): void => {
    const previous = best.get(name);
    if (previous === undefined || t.cpuMs < previous.cpuMs) best.set(name, t);
  };
  for (let r = 0; r < rounds; r += 1) {
    for (const [name, scan] of Object.entries(cases)) {
      collectAndSettle();
      const t = await timeOnce(scan);
      keep(name, t);
      if (t.ms < 2000) keep(name, await timeOnce(scan));
    }
  }
  return best;
}

/** The readers must see the same file: the same count, cents, references and id characters as the generator wrote. */
function checkAgreement(file: GeneratedCamt, results: Map<string, Timing>): void {
  const expected = `${file.transactions} transactions, ${file.cents} cents, ${file.references} references`;
  const problems: string[] = [];
  let chars: number | undefined;
  for (const [name, { result }] of results) {
    const seen = `${result.count} transactions, ${result.cents} cents, ${result.references} references`;
    if (seen !== expected) problems.push(`${name} saw ${seen}`);
    chars ??= result.chars;
    if (result.chars !== chars) problems.push(`${name} kept ${result.chars} characters of ids and references, others ${chars}`);
  }
  if (problems.length > 0) throw new Error(`camt readers disagree with the generated file (${expected}): ${problems.join('; ')}`);
  report(`all ${results.size} readers agree with the file: ${expected}, ${chars} characters of ids and references`, true);
}

function child<T>(args: readonly string[]): T {
  const script = fileURLToPath(new URL('./case.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out.trim().split('\n').pop() as string) as T;
}

function failure(e: unknown): string {
  const err = e as { stderr?: string; message?: string };
  const lines = (err.stderr ?? err.message ?? String(e)).split('\n').filter((l) => /Error|error/.test(l));
  return lines[0]?.trim() ?? String(e);
}

export async function run(): Promise<void> {
  const n = Number(process.env['CAMT_BENCH_TX'] ?? 1_000_000);
  const rounds = Math.max(1, Number(process.env['CAMT_BENCH_ROUNDS'] ?? 3));
  const perEntry = Number(process.env['CAMT_BENCH_PER_ENTRY'] ?? 1000);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(perEntry) || perEntry < 1)
    throw new Error('CAMT_BENCH_TX and CAMT_BENCH_PER_ENTRY: positive integers');
  const count = n.toLocaleString('en-US');
  const path = join(tmpdir(), `hostpolicy-camt054-${n}-${perEntry}.xml`);
  const started = performance.now();
  const file = await ensureCamt054(path, n, perEntry);
  const how = file.reused ? 'reused' : `written in ${((performance.now() - started) / 1000).toFixed(1)} s`;
  report(
    `camt.054.001.08 of ${count} transactions in batch entries of ${perEntry}: ${(file.bytes / MB).toFixed(0)} MB ` +
      `(${(file.bytes / n).toFixed(0)} bytes a transaction), ${how}: ${path}`,
  );

  const loaded = await loadReadCamt();
  const cases: Record<string, () => Promise<ScanResult>> = {
    'floor (needles)': () => scanByNeedles(createReadStream(path)),
    'floor (tags)': () => scanByTags(createReadStream(path)),
    'saxes 6': () => scanWithSaxes(createReadStream(path)),
  };
  if ('readCamt' in loaded) cases['readCamt'] = () => scanWithReadCamt(loaded.readCamt, createReadStream(path));
  else report(`readCamt: ${loaded.missing}`);

  const best = await bestOf(cases, rounds);
  checkAgreement(file, best);
  for (const [name, t] of best) {
    report(
      `${name.padEnd(16)} ${(t.ms / 1000).toFixed(2)} s wall, ${(t.cpuMs / 1000).toFixed(2)} s CPU: ` +
        `${(file.bytes / MB / (t.ms / 1000)).toFixed(0)} MB/s wall, ${(file.bytes / MB / (t.cpuMs / 1000)).toFixed(0)} MB/s CPU, ` +
        `${((t.cpuMs / 1000) * (1_000_000 / n)).toFixed(2)} s CPU per 1M transactions (best of ${rounds})`,
    );
  }
  const needles = best.get('floor (needles)') as Timing;
  const tags = best.get('floor (tags)') as Timing;
  const floor = needles.cpuMs <= tags.cpuMs ? needles : tags;
  const floorName = floor === needles ? 'floor (needles)' : 'floor (tags)';
  const saxes = best.get('saxes 6') as Timing;
  const ours = best.get('readCamt');
  report(`floor = ${floorName}, the faster of the two scanners; saxes ÷ floor ${(saxes.cpuMs / floor.cpuMs).toFixed(1)}× (for reference)`);
  if (ours !== undefined) {
    const slower = ours.cpuMs / floor.cpuMs;
    report(`readCamt ÷ floor: ${slower.toFixed(2)}× in CPU time (wall ${(ours.ms / floor.ms).toFixed(2)}×); target ≤ 1.5×`, slower <= 1.5);
    const faster = saxes.cpuMs / ours.cpuMs;
    report(`saxes ÷ readCamt: ${faster.toFixed(2)}× in CPU time (wall ${(saxes.ms / ours.ms).toFixed(2)}×); target ≥ 4×`, faster >= 4);
  }

  // Peak memory in processes of their own: the floor's is what the runtime and a read stream take.
  try {
    const base = child<RssFigures>(['rss', 'floor', path]);
    report(`peak RSS of a process reading the file with the floor: ${base.maxRssMb.toFixed(0)} MB (the runtime's own share)`);
    if (ours !== undefined) {
      const mem = child<RssFigures>(['rss', 'readCamt', path]);
      report(
        `peak RSS of a process reading ${count} transactions with readCamt: ${mem.maxRssMb.toFixed(0)} MB; target ≤ 250 MB`,
        mem.maxRssMb <= 250,
      );
    }
  } catch (e) {
    report(`peak RSS case failed: ${failure(e)}`, false);
  }

  if (ours === undefined) {
    report('camt → reconcile flow: needs readCamt');
  } else {
    const warm = await ensureCamt054(join(tmpdir(), `hostpolicy-camt054-10000-${perEntry}.xml`), 10_000, perEntry);
    const runs = Math.max(1, Number(process.env['CAMT_BENCH_FLOW_RUNS'] ?? 1));
    try {
      const flows: FlowFigures[] = [];
      const alones: FlowFigures[] = [];
      for (let r = 0; r < runs; r += 1) {
        flows.push(child<FlowFigures>(['flow', path, String(n), String(perEntry), warm.path]));
        alones.push(child<FlowFigures>(['reconcile', path, String(n), String(perEntry), warm.path]));
      }
      const flow = flows[0] as FlowFigures;
      const alone = alones[0] as FlowFigures;
      const median = (xs: number[]): number => xs.sort((a, b) => a - b)[xs.length >> 1] as number;
      report(
        `camt → reconcile, ${count} payments × ${count} invoices: ${(flow.totalMs / 1000).toFixed(2)} s ` +
          `(read ${(flow.readMs / 1000).toFixed(2)} s, reconcile ${(flow.reconcileMs / 1000).toFixed(2)} s; ` +
          `${flow.settled} settled, ${flow.credited} credited, ${flow.unidentified} unidentified; peak RSS ${flow.maxRssMb.toFixed(0)} MB)`,
      );
      const cpuRatio = median(flows.map((f, r) => f.totalCpuMs / (alones[r] as FlowFigures).reconcileCpuMs));
      const wallRatio = median(flows.map((f, r) => f.totalMs / (alones[r] as FlowFigures).reconcileMs));
      report(
        `flow ÷ reconcile alone of the same payments (${(alone.reconcileMs / 1000).toFixed(2)} s, a process of its own): ` +
          `${cpuRatio.toFixed(2)}× in CPU time (wall ${wallRatio.toFixed(2)}×), median of ${runs}; target ≤ 2×`,
        cpuRatio <= 2,
      );
    } catch (e) {
      report(`camt → reconcile flow failed: ${failure(e)}`, false);
    }
  }
  report(
    `load average during the run: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
  );
}

// Run directly (`node --expose-gc --import tsx bench/camt/run.ts`) as well as from bench/run.ts.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await run();
