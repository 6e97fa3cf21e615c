import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { runUnderZone } from '../helpers/runUnderZone.js';
import { definitionArb, durationMsArb, instantArb } from './arbitraries.js';
import { probe, type ProbeCase } from './hostZoneProbe.js';

const script = fileURLToPath(new URL('./hostZoneProbe.ts', import.meta.url));

/** Runs the probe in a child process whose host time zone is `tz`. */
const probeUnder = (tz: string, cases: readonly ProbeCase[]): Promise<string> => runUnderZone(script, tz, cases);

describe('host time zone', () => {
  it('SUP-03 results are identical whatever the host TZ (child processes under four zones)', { timeout: 60_000 }, async () => {
    const cases: ProbeCase[] = fc
      .sample(fc.record({ definition: definitionArb(), start: instantArb, ms: durationMsArb }), { numRuns: 150, seed: 20261025 })
      .map((c) => ({ definition: c.definition, start: c.start, ms: c.ms }));
    const here = JSON.stringify(probe(cases));
    const zones = ['UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'];
    const outputs = await Promise.all(zones.map((tz) => probeUnder(tz, cases)));
    outputs.forEach((out, i) => {
      expect(out, `under TZ=${zones[i] ?? ''}`).toBe(here);
    });
  });
});
