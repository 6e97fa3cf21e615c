import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { definitionArb, durationMsArb, instantArb } from './arbitraries.js';
import { probe, type ProbeCase } from './hostZoneProbe.js';

const script = fileURLToPath(new URL('./hostZoneProbe.ts', import.meta.url));

describe('host time zone', () => {
  it('SUP-03 results are identical whatever the host TZ (child processes under four zones)', () => {
    const cases: ProbeCase[] = fc
      .sample(fc.record({ definition: definitionArb(), start: instantArb, ms: durationMsArb }), { numRuns: 150, seed: 20261025 })
      .map((c) => ({ definition: c.definition, start: c.start, ms: c.ms }));
    const here = JSON.stringify(probe(cases));
    for (const tz of ['UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', script, '--stdin'], {
        input: JSON.stringify(cases),
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      expect(out, `under TZ=${tz}`).toBe(here);
    }
  });
});
