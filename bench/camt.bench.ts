/**
 * Registers the camt benchmark (issue 17, bench/camt/run.ts) with `npm run bench`, which runs the
 * `*.bench.ts` files of this folder. `npm run bench -- camt` runs it alone; CAMT_BENCH_TX=100000
 * makes it quick.
 */
export { run } from './camt/run.js';
