/**
 * Fuzzing the camt reader (issue 17): truncated and mutated bank files (bytes flipped, markup
 * characters and broken UTF-8 inserted, spans deleted or duplicated) never make parseCamt throw
 * anything but a HostPolicyError with a CAMT_* code, a document that parses is sound (totals
 * invariant, nothing polluted), readCamt over random chunks agrees with parseCamt, and every run
 * takes CPU time proportional to the input: no hang, nothing quadratic. The number of cases is
 * FUZZ_RUNS (default 1,000) per property.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCamt, readCamt } from '../../src/camt/index.js';
import { HostPolicyError } from '../../src/errors.js';
import { fixtureBytes, GOOD_FIXTURES, plain } from '../camt/camtXml.js';
import { arbMutated, arbMutation, mutate, outcomeOf } from '../camt/mutate.js';
import { cpuMs } from '../partners/timing.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const FILES = GOOD_FIXTURES.map((name) => fixtureBytes(`${name}.xml`));

/** CPU milliseconds of `run`, the best of `rounds`. */
function bestTime(run: () => unknown, rounds: number): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r += 1) {
    const start = cpuMs();
    run();
    best = Math.min(best, cpuMs() - start);
  }
  return best;
}

/**
 * CPU milliseconds per byte of reading the good files, measured in this run (the baseline of the
 * time bound): the slowest file per byte, best of 5 rounds of 20 reads each after warming up.
 */
function msPerByte(): number {
  let worst = 0;
  for (const bytes of FILES) {
    for (let i = 0; i < 50; i += 1) parseCamt(bytes);
    const twenty = (): void => {
      for (let i = 0; i < 20; i += 1) parseCamt(bytes);
    };
    worst = Math.max(worst, bestTime(twenty, 5) / 20 / bytes.length);
  }
  return worst;
}

const attempt = (bytes: Uint8Array) => (): void => {
  try {
    parseCamt(bytes);
  } catch {
    // refused: the time is what counts here
  }
};

describe('fuzzing the camt reader', () => {
  const perByte = msPerByte();
  /** A damaged file may take 20 times the time per byte of a good one, plus 10 ms of clock and GC noise. */
  const bound = (bytes: Uint8Array): number => 20 * perByte * bytes.length + 10;

  /** Times one run; a run over the bound is timed again (best of 3) before it counts as slow. */
  function expectQuick(bytes: Uint8Array): void {
    const run = attempt(bytes);
    const start = cpuMs();
    run();
    let time = cpuMs() - start;
    if (time > bound(bytes)) time = bestTime(run, 3);
    expect(time, `${bytes.length} bytes in ${time.toFixed(2)} ms (bound ${bound(bytes).toFixed(2)} ms)`).toBeLessThanOrEqual(bound(bytes));
  }

  it('measures a baseline', () => {
    expect(perByte).toBeGreaterThan(0);
    expect(perByte).toBeLessThan(0.01);
  });

  it('CMT-01 a good file cut at every byte offset is CAMT_TRUNCATED (CAMT_NOT_XML when empty), whole once </Document> is in', () => {
    const bytes = fixtureBytes('camt054-v08-qr-batch.xml');
    const rootEnd = Buffer.from(bytes).lastIndexOf('</Document>') + '</Document>'.length;
    const whole = plain(parseCamt(bytes));
    for (let at = 0; at <= bytes.length; at += 1) {
      const cut = bytes.subarray(0, at);
      const outcome = outcomeOf(cut);
      if (at >= rootEnd) expect('doc' in outcome ? plain(outcome.doc) : outcome, `cut at ${at}`).toEqual(whole);
      else expect('code' in outcome ? outcome.code : 'a document', `cut at ${at}`).toBe(at === 0 ? 'CAMT_NOT_XML' : 'CAMT_TRUNCATED');
      if (at % 97 === 0) expectQuick(cut);
    }
  });

  it(`CMT-01 mutated good files give a sound document or a CAMT_* error, in time proportional to their size (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(arbMutated(FILES), (bytes) => {
        outcomeOf(bytes);
        expectQuick(bytes);
      }),
      { numRuns: RUNS },
    );
  });

  it(`CMT-01 heavily mutated files (up to 40 changes) too (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...FILES), fc.array(arbMutation, { minLength: 5, maxLength: 40 }), (file, mutations) => {
        const bytes = mutations.reduce(mutate, file);
        outcomeOf(bytes);
        expectQuick(bytes);
      }),
      { numRuns: RUNS },
    );
  });

  it(`CMT-09 readCamt over random chunks gives parseCamt's document or its error (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        arbMutated(FILES),
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.integer({ min: 1, max: 20 }),
        async (bytes, cuts, batchSize) => {
          let whole: unknown;
          try {
            whole = { doc: plain(parseCamt(bytes)) };
          } catch (e) {
            whole = { code: (e as HostPolicyError).code, details: (e as HostPolicyError).details };
          }
          const points = [0, ...cuts.map((c) => c % (bytes.length + 1)).sort((a, b) => a - b), bytes.length];
          async function* chunks(): AsyncGenerator<Uint8Array> {
            for (let k = 1; k < points.length; k += 1) yield bytes.subarray(points[k - 1] as number, points[k] as number);
          }
          const batches = [];
          let streamed: unknown;
          try {
            for await (const batch of readCamt(chunks(), { batchSize })) batches.push(batch);
            const summary = batches.at(-1)?.summary;
            streamed = {
              doc: plain({
                ...summary,
                payments: batches.flatMap((b) => b.payments),
                reversals: batches.flatMap((b) => b.reversals),
                debits: batches.flatMap((b) => b.debits),
                skipped: batches.flatMap((b) => b.skipped),
              }),
            };
          } catch (e) {
            if (!(e instanceof HostPolicyError)) throw e;
            streamed = { code: e.code, details: e.details };
          }
          expect(streamed).toEqual(whole);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
