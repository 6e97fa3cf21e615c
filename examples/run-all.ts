/**
 * `npm run demo`: runs every example script in this folder, in order, against the default
 * policy. Each prints a short report; a failing example fails the demo.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const ORDER = [
  'money',
  'pricing',
  'calendar',
  'support',
  'sla',
  'subscriptions',
  'partners',
  'billing',
  'qrbill',
  'camt',
  'accounts',
  'storage',
];
const scripts = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run-all.ts')
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

function rank(file: string): number {
  const i = ORDER.indexOf(file.replace(/\.ts$/, ''));
  return i === -1 ? ORDER.length : i;
}

for (const script of scripts) {
  const title = `── ${script.replace(/\.ts$/, '')} `;
  console.log(`\n${title}${'─'.repeat(Math.max(0, 72 - title.length))}`);
  await import(pathToFileURL(join(here, script)).href);
}
console.log(`\n${scripts.length} examples ran.`);
