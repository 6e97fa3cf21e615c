import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The suite as Stryker runs it against each mutant (stryker.fast.config.mjs): everything but the
// host-zone tests. Those start four child processes that load the sources through tsx (about 6 s
// per mutant), and the children run the sources without the mutant switched on, so they only
// compare a mutated result with the original — what the in-process tests already check. A score
// measured without them is a lower bound of the score with them.
export default mergeConfig(
  base,
  defineConfig({
    test: { exclude: ['**/node_modules/**', 'test/**/hostZone.test.ts'] },
  }),
);
