#!/usr/bin/env node
// Lists the mutants that no test killed in a Stryker JSON report (issue 8), one per line:
//   file:line:column  status  mutator  original → replacement
// then a score summary per file and in total.
//
//   node scripts/mutation-survivors.mjs [reports/mutation/mutation.json] [--filter src/support] [--summary]
//
// Score = (killed + timeout) / (killed + timeout + survived + no coverage), as Stryker computes it
// (compile and runtime errors and ignored mutants are left out).
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const summaryOnly = args.includes('--summary');
if (summaryOnly) args.splice(args.indexOf('--summary'), 1);
const filter = flag('--filter');
const file = args[0] ?? 'reports/mutation/mutation.json';
const report = JSON.parse(readFileSync(file, 'utf8'));

const LEFT = new Set(['Survived', 'NoCoverage']);
const counts = (mutants) => {
  const c = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, other: 0 };
  for (const m of mutants) {
    if (m.status in c) c[m.status] += 1;
    else c.other += 1;
  }
  const detected = c.Killed + c.Timeout;
  const valid = detected + c.Survived + c.NoCoverage;
  return { ...c, total: mutants.length, score: valid === 0 ? 100 : (100 * detected) / valid };
};
const fmt = (c) =>
  `${c.score.toFixed(2).padStart(6)} %  killed ${c.Killed}, timeout ${c.Timeout}, survived ${c.Survived}, no coverage ${c.NoCoverage}` +
  (c.other ? `, other ${c.other}` : '') +
  ` (${c.total} mutants)`;

/** The source text a mutant replaces, on one line and shortened. */
function original(source, loc) {
  const lines = source.split('\n');
  const { start, end } = loc;
  let text;
  if (start.line === end.line) text = (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1);
  else
    text = [
      (lines[start.line - 1] ?? '').slice(start.column - 1),
      ...lines.slice(start.line, end.line - 1),
      (lines[end.line - 1] ?? '').slice(0, end.column - 1),
    ].join('⏎');
  return shorten(text);
}
const shorten = (s) => {
  const one = String(s ?? '').replace(/\s+/g, ' ');
  return one.length > 90 ? `${one.slice(0, 87)}...` : one;
};

const all = [];
const perFile = [];
for (const [path, entry] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
  if (filter !== undefined && !path.includes(filter)) continue;
  all.push(...entry.mutants);
  perFile.push([path, counts(entry.mutants)]);
  if (summaryOnly) continue;
  const left = entry.mutants
    .filter((m) => LEFT.has(m.status))
    .sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
  for (const m of left) {
    const where = `${path}:${m.location.start.line}:${m.location.start.column}`;
    const status = m.status === 'NoCoverage' ? 'NoCov' : 'Surv ';
    console.log(`${where}  ${status}  ${m.mutatorName}  ${original(entry.source, m.location)} → ${shorten(m.replacement)}`);
  }
}
console.log('');
for (const [path, c] of perFile) console.log(`${fmt(c)}  ${path}`);
console.log(`${fmt(counts(all))}  TOTAL`);
