/**
 * The new exports of issue 23 called with arbitrary arguments, from the sources (the package-wide
 * fuzz test, test/fuzz/exports.fuzz.ts, does the same from the build): only HostPolicyError may
 * escape, rejections included, and nothing hangs.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anyArguments } from '../fuzz/arbitraryInput.js';
import { advanceSlaClock, advanceSlaClocks, defineSlaPolicy, slaClock } from '../../src/support/index.js';
import { closuresFromIcs, weeklySchedule } from '../../src/calendar/index.js';
import { closuresFromHolidays } from '../../src/holidays/index.js';
import { isHostPolicyError } from '../../src/errors.js';

const ok = slaClock([{ type: 'received', at: '2026-03-09T08:00:00Z', channel: 'phone', tier: 'pro' }]);
const FUNCTIONS: [string, (...args: unknown[]) => unknown][] = [
  ['slaClock', slaClock as never],
  ['advanceSlaClock', advanceSlaClock as never],
  ['advanceSlaClock(clock, …)', ((...args: unknown[]) => advanceSlaClock(ok, args[0] as never)) as never],
  ['advanceSlaClocks', advanceSlaClocks as never],
  ['defineSlaPolicy', defineSlaPolicy as never],
  ['closuresFromIcs', closuresFromIcs as never],
  ['weeklySchedule', weeklySchedule as never],
  ['closuresFromHolidays', closuresFromHolidays as never],
];

describe('fuzzing the SLA clock, ICS and holiday exports', () => {
  for (const [name, fn] of FUNCTIONS) {
    it(`${name} lets only HostPolicyError escape`, async () => {
      await fc.assert(
        fc.asyncProperty(anyArguments, async (args) => {
          try {
            await fn(...(args as unknown[]));
          } catch (e) {
            expect(isHostPolicyError(e), String(e)).toBe(true);
          }
        }),
        { numRuns: name === 'closuresFromHolidays' ? 100 : 300 },
      );
    });
  }
});
