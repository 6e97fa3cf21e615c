#!/usr/bin/env node
// `npm run lint` (after Biome): no line of code over the configured width. Biome's formatter wraps
// code but leaves long strings, comments and template literals as they are; this check catches them.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const biome = JSON.parse(readFileSync('biome.json', 'utf8'));
const WIDTH = biome.formatter.lineWidth;
const ROOTS = ['src', 'test', 'bench', 'examples', 'scripts'];
const ROOT_FILES = [
  'tsup.config.ts',
  'vitest.config.ts',
  'vitest.e2e.config.ts',
  'vitest.fuzz.config.ts',
  'vitest.mutation.config.ts',
  'stryker.config.mjs',
  'stryker.fast.config.mjs',
];
const EXTENSIONS = new Set(['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs']);
const SKIP = new Set(['node_modules', 'dist', '.snippets', '__snapshots__']);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (EXTENSIONS.has(extname(name))) yield path;
  }
}

const long = [];
let checked = 0;
for (const file of [...ROOTS.flatMap((root) => [...files(root)]), ...ROOT_FILES]) {
  checked += 1;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      // Width in characters as an editor shows them (code points, not UTF-16 units).
      const width = [...line].length;
      if (width > WIDTH) long.push(`${file}:${i + 1}: ${width} characters`);
    });
}
if (long.length > 0) {
  console.error(`✗ ${long.length} lines over ${WIDTH} characters (biome.json formatter.lineWidth):\n${long.join('\n')}`);
  process.exit(1);
}
console.log(`✓ ${checked} files, no line over ${WIDTH} characters`);
