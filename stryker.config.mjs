// Mutation testing (issue 8): `npm run mutation` mutates src/ (not the testing helpers or the
// memory adapter) and runs the vitest suite against each mutant. Reports go to reports/mutation/.
// `npm run mutation -- --mutate "src/money/**/*.ts"` narrows it to one context.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  mutate: ['src/**/*.ts', '!src/testing/**', '!src/adapters/memory/**', '!src/**/index.ts', '!src/browser*.ts'],
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 30000,
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
