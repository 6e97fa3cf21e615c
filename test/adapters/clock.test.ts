import { describe, it, expect } from 'vitest';
import { fixedClock, systemClock, InvalidInputError } from '../../src/index.js';

describe('Clock port', () => {
  it('fixedClock tells the same instant, as a fresh Date each time', () => {
    const clock = fixedClock('2026-11-23T09:00:00+01:00');
    const a = clock.now();
    a.setTime(0);
    expect(clock.now().toISOString()).toBe('2026-11-23T08:00:00.000Z');
  });

  it('fixedClock rejects invalid instants', () => {
    expect(() => fixedClock('2026-11-23 09:00')).toThrow(InvalidInputError);
    expect(() => fixedClock(new Date(Number.NaN))).toThrow(InvalidInputError);
  });

  it('systemClock reads the wall clock', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
  });
});
