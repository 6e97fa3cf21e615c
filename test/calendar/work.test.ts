/**
 * Bounded work (SUP-03): "whole weeks are skipped with the weekly open total, so the cost does not
 * grow with the duration", and closed stretches are crossed in one step. Counted here as the day
 * records, plain-run questions and closure skips that one call asks for, with about 15 % slack
 * over what the walk needs today: a change that makes the walk go day by day again (or ask the
 * same question every day) fails here, not only in the benchmarks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addBusinessTime, alwaysOpen, businessTimeBetween, nextOpening, weeklySchedule } from '../../src/calendar/index.js';
import { CompiledSchedule } from '../../src/calendar/compiled.js';
import { phoneHours } from './fixtures.js';

type Counts = { day: number; plainRun: number; skipClosed: number };
const proto = CompiledSchedule.prototype as unknown as Record<keyof Counts, (...args: unknown[]) => unknown>;
const originals = { day: proto.day, plainRun: proto.plainRun, skipClosed: proto.skipClosed };

afterEach(() => Object.assign(proto, originals));

/** How often `fn` asks the compiled schedule for each thing. */
function work(fn: () => unknown): Counts {
  const counts: Counts = { day: 0, plainRun: 0, skipClosed: 0 };
  for (const key of Object.keys(originals) as (keyof Counts)[]) {
    const original = originals[key];
    proto[key] = function (this: unknown, ...args: unknown[]) {
      counts[key] += 1;
      return original.apply(this, args);
    };
  }
  try {
    fn();
  } finally {
    Object.assign(proto, originals);
  }
  return counts;
}

const at = (counts: Counts, max: Counts) =>
  expect(counts).toSatisfy((c: Counts) => c.day <= max.day && c.plainRun <= max.plainRun && c.skipClosed <= max.skipClosed);

describe('SUP-03 bounded work', () => {
  it('SUP-03 10 years of business time: a few day records per offset change, not one per day', () => {
    at(
      work(() => addBusinessTime('2026-01-05T05:00:00Z', { hours: 87_660 }, phoneHours)),
      { day: 610, plainRun: 120, skipClosed: 120 },
    );
    at(
      work(() => addBusinessTime('2026-01-05T05:00:00Z', { hours: 87_660 }, alwaysOpen('UTC'))),
      { day: 12, plainRun: 2, skipClosed: 1 },
    );
    at(
      work(() => addBusinessTime('2026-01-05T05:00:00Z', { hours: 3_000 }, phoneHours)),
      { day: 37, plainRun: 6, skipClosed: 8 },
    );
    at(
      work(() => addBusinessTime('2026-01-05T05:00:00Z', { hours: 4 }, phoneHours)),
      { day: 3, plainRun: 0, skipClosed: 1 },
    );
  });

  it('SUP-03 90 years between two instants: the same', () => {
    at(
      work(() => businessTimeBetween('2026-01-05T05:00:00Z', '2116-01-05T05:00:00Z', phoneHours)),
      { day: 2_080, plainRun: 415, skipClosed: 420 },
    );
    at(
      work(() => businessTimeBetween('2026-01-05T05:00:00Z', '2116-01-05T05:00:00Z', alwaysOpen('UTC'))),
      { day: 43, plainRun: 12, skipClosed: 1 },
    );
  });

  it('SUP-03 a closure of two years is crossed in one step', () => {
    const sabbatical = weeklySchedule({
      timeZone: 'Europe/Zurich',
      hours: { mon: [['06:00', '19:00']] },
      closures: [{ from: '2026-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' }],
    });
    at(
      work(() => addBusinessTime('2026-03-27T16:00:00Z', { hours: 1 }, sabbatical)),
      { day: 6, plainRun: 0, skipClosed: 5 },
    );
    at(
      work(() => nextOpening('2026-03-27T16:00:00Z', sabbatical)),
      { day: 6, plainRun: 0, skipClosed: 5 },
    );
    at(
      work(() => businessTimeBetween('2026-01-01T00:00:00Z', '2028-01-04T00:00:00Z', sabbatical)),
      { day: 11, plainRun: 1, skipClosed: 8 },
    );
  });
});
