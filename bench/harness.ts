/**
 * A tiny benchmark harness. Timings on shared 2-core machines are noisy, so every figure is
 * reported next to a baseline measured in the same run, and as a ratio.
 */
export interface Measurement {
  readonly name: string;
  readonly opsPerSecond: number;
  readonly nsPerOp: number;
}

/** Runs `fn` repeatedly for about `ms` milliseconds after a warm-up, and reports its speed. */
export function measure(name: string, fn: () => unknown, ms = 1000): Measurement {
  let sink: unknown;
  const warmUntil = performance.now() + Math.min(300, ms / 3);
  while (performance.now() < warmUntil) sink = fn();
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 100; i += 1) sink = fn();
    ops += 100;
    elapsed = performance.now() - start;
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return { name, opsPerSecond: (ops / elapsed) * 1000, nsPerOp: (elapsed * 1e6) / ops };
}

/**
 * Like {@link measure}, in the CPU time of this process instead of wall time: on a machine whose
 * cores other processes share, a run that waits for a core is not counted as work.
 */
export function measureCpu(name: string, fn: () => unknown, ms = 1000): Measurement {
  let sink: unknown;
  const warmUntil = performance.now() + Math.min(300, ms / 3);
  while (performance.now() < warmUntil) sink = fn();
  const cpuMs = (): number => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  let ops = 0;
  const start = cpuMs();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 100; i += 1) sink = fn();
    ops += 100;
    elapsed = cpuMs() - start;
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return { name, opsPerSecond: (ops / elapsed) * 1000, nsPerOp: (elapsed * 1e6) / ops };
}

/** Times one run of `fn` in milliseconds. */
export function time<T>(fn: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = fn();
  return { result, ms: performance.now() - start };
}

/** Prints one line: name, figure, target and whether the target is met. */
export function report(line: string, ok?: boolean): void {
  console.log(`${ok === undefined ? '  ' : ok ? '✓ ' : '✗ '}${line}`);
}

export function formatOps(opsPerSecond: number): string {
  return `${Math.round(opsPerSecond).toLocaleString('en-US')}/s`;
}

/**
 * A full garbage collection, then a wait until its background work (V8 sweeps the heap's pages on
 * helper threads after a full collection) is over, so that the next CPU-time measurement does not
 * pay for it: with a million stored SLA clocks on the heap, that sweep cost as much as the
 * measured work itself. Needs `node --expose-gc`; returns at once without it. Waits at most 3 s.
 */
export function collectAndSettle(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return;
  gc();
  const nap = new Int32Array(new SharedArrayBuffer(4));
  const cpuMs = (): number => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  for (let waited = 0; waited < 3000; waited += 50) {
    const before = cpuMs();
    Atomics.wait(nap, 0, 0, 50);
    if (cpuMs() - before < 2) return; // the process idles: nothing left in the background
  }
}

/**
 * Measures each case with {@link measureCpu} for `rounds` rounds, the cases in alternation, and
 * keeps each case's best round: on a shared machine a busy spell then slows one round of every
 * case instead of deciding a ratio.
 */
export function bestOfCpu<K extends string>(cases: Record<K, () => unknown>, rounds = 5, ms = 300): Record<K, Measurement> {
  const best = {} as Record<K, Measurement>;
  for (let r = 0; r < rounds; r += 1) {
    for (const name of Object.keys(cases) as K[]) {
      const m = measureCpu(name, cases[name], ms);
      const previous = best[name] as Measurement | undefined;
      if (previous === undefined || m.nsPerOp < previous.nsPerOp) best[name] = m;
    }
  }
  return best;
}
