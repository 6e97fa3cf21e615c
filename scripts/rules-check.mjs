#!/usr/bin/env node
// Checks the rule → function → test map in docs/rules.md: every listed rule has a test whose name
// carries its ID, in the test file the map names. When ../shared/RULES.md exists (as in CI), every
// rule of a context that docs/rules.md lists at all must be in the map as well.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RULE_ID = /\b([A-Z]{3}-\d{2})\b/g;

function rowsOf(markdown) {
  const rows = [];
  for (const line of markdown.split('\n')) {
    // The defaults table ("Defaults where the sources are silent") names policy keys, not tests.
    if (/^##\s+Defaults\b/.test(line)) break;
    const cells = line.split('|').map((c) => c.trim());
    const id = cells[1]?.replace(/\*/g, '');
    if (!id || !/^[A-Z]{3}-\d{2}$/.test(id)) continue;
    rows.push({
      id,
      rule: cells[2] ?? '',
      fn: cells[3] ?? '',
      tests: (cells[4] ?? '')
        .replace(/`/g, '')
        .split(/[,\s]+/)
        .filter(Boolean),
    });
  }
  return rows;
}

function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? testFiles(path) : /\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** IDs that appear in a test's or describe block's name, per file. */
function idsNamedIn(file) {
  const ids = new Set();
  const source = readFileSync(file, 'utf8');
  // A name may be a literal or, when it is longer than a line, literals joined with `+`.
  const callee = /\b(?:it|test|describe)(?:\.each\([\s\S]*?\))?(?:\.prop\([\s\S]*?\))?\(\s*/;
  const name = /((?:(['"`])(?:\\.|(?!\2)[^\\\n])*\2\s*\+\s*)*(['"`])(?:\\.|(?!\3)[^\\\n])*\3)/;
  const call = new RegExp(callee.source + name.source, 'g');
  for (const match of source.matchAll(call)) for (const id of match[1].matchAll(RULE_ID)) ids.add(id[1]);
  return ids;
}

const problems = [];
const mapPath = join(root, 'docs/rules.md');
if (!existsSync(mapPath)) {
  console.error('docs/rules.md is missing');
  process.exit(1);
}
const rows = rowsOf(readFileSync(mapPath, 'utf8'));
const named = new Map(testFiles(join(root, 'test')).map((f) => [f.slice(root.length + 1), idsNamedIn(f)]));

for (const row of rows) {
  if (row.tests.length === 0) problems.push(`${row.id}: no test file listed`);
  for (const file of row.tests) {
    const ids = named.get(file);
    if (ids === undefined) problems.push(`${row.id}: test file ${file} does not exist`);
    else if (!ids.has(row.id)) problems.push(`${row.id}: no test in ${file} carries the ID in its name`);
  }
  if (!row.fn) problems.push(`${row.id}: no function listed`);
}

const shared = join(root, '../shared/RULES.md');
let compared = 'no ../shared/RULES.md beside the project: compared with nothing';
if (existsSync(shared)) {
  const listed = new Set(rows.map((r) => r.id));
  const contexts = new Set(rows.map((r) => r.id.slice(0, 3)));
  const sharedIds = [...new Set([...readFileSync(shared, 'utf8').matchAll(/\*\*([A-Z]{3}-\d{2})\*\*/g)].map((m) => m[1]))];
  const missing = sharedIds.filter((id) => contexts.has(id.slice(0, 3)) && !listed.has(id));
  for (const id of missing) problems.push(`${id}: in ../shared/RULES.md for an implemented context, but not in docs/rules.md`);
  const pending = [...new Set(sharedIds.map((id) => id.slice(0, 3)))].filter((c) => !contexts.has(c));
  compared = `compared with ../shared/RULES.md (${sharedIds.length} rules; contexts not implemented yet: ${pending.join(', ') || 'none'})`;
}

if (problems.length > 0) {
  console.error(`rules:check found ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`rules:check: ${rows.length} rules, each with a named test; ${compared}`);
