import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { runUnderZone } from '../helpers/runUnderZone.js';
import { probe } from './hostZoneProbe.js';

const script = fileURLToPath(new URL('./hostZoneProbe.ts', import.meta.url));

/** Runs the probe in a child process whose host time zone is `tz`. */
const probeUnder = (tz: string, instants: readonly number[]): Promise<string> => runUnderZone(script, tz, instants);

describe('host time zone', () => {
  it('COM-01 COM-02 SUP-03 terms, cancellations and deadlines are identical whatever the host TZ', { timeout: 60_000 }, async () => {
    // Random instants, plus the DST nights of 2026 and month ends, where host-zone bugs show.
    const dst = [
      '2026-03-29T00:30:00Z',
      '2026-03-29T01:30:00Z',
      '2026-10-25T00:30:00Z',
      '2026-10-25T01:30:00Z',
      '2026-08-31T22:30:00Z',
      '2026-01-31T23:30:00Z',
      '2026-04-25T10:00:00Z',
    ];
    const instants = [
      ...dst.map((s) => Date.parse(s)),
      ...fc.sample(fc.integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2035-01-01T00:00:00Z') }), {
        numRuns: 200,
        seed: 20261024,
      }),
    ];
    const here = JSON.stringify(probe(instants));
    const zones = ['UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'];
    const outputs = await Promise.all(zones.map((tz) => probeUnder(tz, instants)));
    outputs.forEach((out, i) => {
      expect(out, `under TZ=${zones[i] ?? ''}`).toBe(here);
    });
  });
});
