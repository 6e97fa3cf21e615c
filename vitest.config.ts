import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string): string => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Lets the documentation snippets import the package by its public name.
    alias: [
      { find: /^hostpolicy$/, replacement: src('index.ts') },
      { find: /^hostpolicy\/quote$/, replacement: src('browser.ts') },
      { find: /^hostpolicy\/errors$/, replacement: src('errors.ts') },
      { find: /^hostpolicy\/(.+)$/, replacement: src('$1/index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Keep test output clean: a test that logs is a test that is telling something nobody reads.
    onConsoleLog: () => false,
    testTimeout: 20_000,
  },
});
