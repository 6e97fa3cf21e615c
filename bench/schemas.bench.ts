/**
 * hostpolicy/schemas: what importing the entry costs (in a fresh Node process, from the built
 * package, against importing the root entry, which loads the same contexts), and how long
 * building every JSON Schema takes the first time and from the cache.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { jsonSchemaFor, jsonSchemas, type JsonSchemaName } from '../src/schemas/index.js';
import { report } from './harness.js';

/** Median milliseconds of `code` run in fresh Node processes (it prints its own timing). */
function freshProcessMs(code: string, runs = 7): number {
  const times = Array.from({ length: runs }, () =>
    Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }).trim()),
  );
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

export async function run(): Promise<void> {
  if (existsSync('dist/schemas.js')) {
    const importMs = (entry: string) =>
      `const t = performance.now(); await import('./dist/${entry}.js'); console.log(performance.now() - t);`;
    const schemas = freshProcessMs(importMs('schemas'));
    const root = freshProcessMs(importMs('index'));
    const buildAll = freshProcessMs(
      "const { jsonSchemas } = await import('./dist/schemas.js'); const t = performance.now(); JSON.stringify(jsonSchemas); " +
        'console.log(performance.now() - t);',
    );
    // The schemas are built on first use: the import costs what loading the contexts costs.
    report(
      `import hostpolicy/schemas ${schemas.toFixed(0)} ms (the root entry ${root.toFixed(0)} ms); first build of all ` +
        `${Object.keys(jsonSchemas).length} schemas ${buildAll.toFixed(0)} ms (target: import ≤ 1.25 × root)`,
      schemas <= root * 1.25,
    );
  } else {
    report('dist/schemas.js is missing: npm run build, then run this benchmark for the import cost');
  }
  const start = performance.now();
  for (let i = 0; i < 1000; i++) for (const name of Object.keys(jsonSchemas) as JsonSchemaName[]) jsonSchemaFor(name);
  report(
    `cached jsonSchemaFor: ${(((performance.now() - start) * 1000) / (1000 * Object.keys(jsonSchemas).length)).toFixed(2)} µs per call`,
  );
}
