import { defineConfig } from 'vitest/config';

/** End-to-end tests in a real browser (headless Chromium), against the built bundle. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    onConsoleLog: () => false,
  },
});
