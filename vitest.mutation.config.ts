import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The suite as Stryker runs it against each mutant (stryker.fast.config.mjs).
//
// - Without the host-zone tests: they start four child processes that load the sources through
//   tsx (about 6 s per mutant), and the children run the sources without the mutant switched on,
//   so they only compare a mutated result with the original, which the in-process tests check too.
// - MUTATION_TESTS (optional) narrows the suite to some folders of test/, e.g.
//   `MUTATION_TESTS=calendar`: mutants of one context then run that context's tests only instead
//   of every test that happens to reach the code (every context parses instants with the
//   calendar's schema), which divides the time of a run on this machine by two to three.
// - MUTATION_PROPERTY_MS (optional) caps the time of each fast-check property (test/helpers/mutationSetup.ts).
// Either way a score measured with fewer tests is a lower bound of the score of the whole suite.
const only = (process.env.MUTATION_TESTS ?? '').split(',').filter((d) => d.trim() !== '');

// Spread, not mergeConfig: mergeConfig would add these lists to the base ones instead of replacing them.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    ...(only.length === 0 ? {} : { include: only.map((d) => `test/${d.trim()}/**/*.test.ts`) }),
    exclude: ['**/node_modules/**', 'test/**/hostZone.test.ts'],
    setupFiles: ['test/helpers/mutationSetup.ts'],
  },
});
