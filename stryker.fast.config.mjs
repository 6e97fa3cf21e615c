// Mutation testing per context in less time (issue 8): the same as stryker.config.mjs, but the
// suite run against each mutant leaves out the host-zone tests (see vitest.mutation.config.ts).
// `npx stryker run stryker.fast.config.mjs --mutate "src/calendar/**/*.ts,!src/**/index.ts"`
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default { ...base, vitest: { ...base.vitest, configFile: 'vitest.mutation.config.ts' } };
