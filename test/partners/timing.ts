/**
 * Timing comparisons for hostile input (issue 16, Trust II): a hostile input is timed against a
 * benign input of the same length, in the same process, best of 5 rounds: never a bare time,
 * which would say more about the machine than about the code.
 *
 * Time is this process's CPU time (`process.cpuUsage`), not the wall clock: vitest runs test
 * files in parallel worker processes, and on a 2-core machine a heavy file next door stretches
 * the wall-clock time of whichever batch it overlaps, which made a ratio of 1.3 read as 3.05.
 */

/** Milliseconds of CPU time (user and system) this process has used. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timeBatch(run: () => unknown, calls: number, limitMs: number): number {
  const start = cpuMs();
  for (let i = 0; i < calls; i += 1) {
    run();
    // Anything far beyond the limit fails anyway: stop, so that the code before the fix fails
    // in seconds instead of minutes.
    if (cpuMs() - start > limitMs) break;
  }
  return cpuMs() - start;
}

/**
 * The ratio hostile time / benign time, best of `rounds` rounds each. Each round runs a batch of
 * calls long enough (about 20 ms of benign calls) for the clock's resolution not to matter.
 */
export function timeRatio(hostile: () => unknown, benign: () => unknown, rounds = 5): number {
  benign();
  let calls = 1;
  while (calls < 1 << 16 && timeBatch(benign, calls, Infinity) < 20) calls *= 2;
  let bestBenign = Infinity;
  let bestHostile = Infinity;
  for (let r = 0; r < rounds; r += 1) {
    bestBenign = Math.min(bestBenign, timeBatch(benign, calls, Infinity));
    bestHostile = Math.min(bestHostile, timeBatch(hostile, calls, 10 * bestBenign));
  }
  return bestHostile / bestBenign;
}

/** Runs `f`, ignoring what it throws (hostile input is usually refused: the time is what counts). */
export function attempt(f: () => unknown): () => void {
  return () => {
    try {
      f();
    } catch {
      // refused: fine
    }
  };
}
