/**
 * `npm run bench`: runs every benchmark module in this folder (files named `*.bench.ts`), each
 * of which prints its figures with their baselines and ratios.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
for (const file of readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()) {
  if (only !== undefined && !file.includes(only)) continue;
  console.log(`\n# ${file}`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run?: () => Promise<void> | void };
  await mod.run?.();
}
