#!/usr/bin/env node
// Runs the vitest suite once per host time zone (results must never depend on the host's TZ) and
// ends with one plain line, "tests: N passed, N failed", summed over every run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const zones = (process.env.TEST_ZONES ?? 'UTC,America/New_York,Asia/Kolkata').split(',');
const extra = process.argv.slice(2);
mkdirSync('reports', { recursive: true });
let passed = 0;
let failed = 0;
let status = 0;
for (const zone of zones) {
  const out = `reports/vitest-${zone.replace(/\//g, '_')}.json`;
  console.log(`\n# TZ=${zone}`);
  const run = spawnSync('npx', ['vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile.json=${out}`, ...extra], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone },
  });
  if (run.status !== 0) status = run.status ?? 1;
  try {
    const result = JSON.parse(readFileSync(out, 'utf8'));
    passed += result.numPassedTests;
    failed += result.numFailedTests + (result.numTotalTestSuites > 0 && result.success === false && result.numFailedTests === 0 ? 1 : 0);
  } catch {
    failed += 1;
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(status);
