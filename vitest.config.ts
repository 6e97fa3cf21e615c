import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Keep test output clean: a test that logs is a test that is telling something nobody reads.
    onConsoleLog: () => false,
    testTimeout: 20_000,
  },
});
