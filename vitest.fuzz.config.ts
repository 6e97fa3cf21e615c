import { defineConfig } from 'vitest/config';

/** The fuzz suite: every exported function of the built package, called with arbitrary input. */
export default defineConfig({
  test: {
    include: ['test/fuzz/**/*.fuzz.ts'],
    testTimeout: 300_000,
    onConsoleLog: () => false,
  },
});
