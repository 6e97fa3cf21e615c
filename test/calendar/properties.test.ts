import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addBusinessTime, businessTimeBetween, isClosingInstant, isOpen, nextOpening } from '../../src/calendar/index.js';
import type { Schedule } from '../../src/calendar/index.js';
import { durationMsArb, instantArb, scheduleArb } from './arbitraries.js';

const ms = (n: number) => ({ milliseconds: n });
/**
 * Durations that a sparse schedule (one minute a week) cannot reach within the 100-year bound
 * raise NO_OPENING by design (tested in schedule.test.ts); these properties are about the rest.
 */
const reachable = (s: Schedule, d: number): boolean => d <= s.weeklyOpenHours * 3_600_000 * 52 * 90;
const t = (d: Date) => d.getTime();

describe('business-time invariants (property tests)', () => {
  it('SUP-03 for a start inside opening hours, businessTimeBetween(start, addBusinessTime(start, d)) = d', () => {
    fc.assert(
      fc.property(scheduleArb(), instantArb, durationMsArb, (s, raw, d) => {
        fc.pre(reachable(s, d));
        const start = nextOpening(new Date(raw), s);
        expect(isOpen(start, s)).toBe(true);
        expect(businessTimeBetween(start, addBusinessTime(start, ms(d), s), s)).toBe(d);
      }),
    );
  });

  it('SUP-03 addBusinessTime is monotonic in the duration', () => {
    fc.assert(
      fc.property(scheduleArb(), instantArb, durationMsArb, durationMsArb, (s, start, d1, d2) => {
        const [lo, hi] = d1 <= d2 ? [d1, d2] : [d2, d1];
        fc.pre(reachable(s, hi));
        expect(t(addBusinessTime(new Date(start), ms(lo), s))).toBeLessThanOrEqual(t(addBusinessTime(new Date(start), ms(hi), s)));
      }),
    );
  });

  it('SUP-03 a result of a positive duration is open or exactly a closing instant', () => {
    fc.assert(
      fc.property(
        scheduleArb(),
        instantArb,
        durationMsArb.filter((d) => d > 0),
        (s, start, d) => {
          fc.pre(reachable(s, d));
          const end = addBusinessTime(new Date(start), ms(d), s);
          expect(isOpen(end, s) || isClosingInstant(end, s)).toBe(true);
        },
      ),
    );
  });

  it('addBusinessTime(a, d1 + d2) = addBusinessTime(addBusinessTime(a, d1), d2) for a start in hours', () => {
    fc.assert(
      fc.property(scheduleArb(), instantArb, durationMsArb, durationMsArb, (s, raw, d1, d2) => {
        fc.pre(reachable(s, d1 + d2));
        const a = nextOpening(new Date(raw), s);
        expect(t(addBusinessTime(a, ms(d1 + d2), s))).toBe(t(addBusinessTime(addBusinessTime(a, ms(d1), s), ms(d2), s)));
      }),
    );
  });

  it('businessTimeBetween is additive and antisymmetric', () => {
    fc.assert(
      fc.property(scheduleArb(), instantArb, instantArb, instantArb, (s, x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
        const ab = businessTimeBetween(new Date(a), new Date(b), s);
        const bc = businessTimeBetween(new Date(b), new Date(c), s);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab + bc).toBe(businessTimeBetween(new Date(a), new Date(c), s));
        expect(businessTimeBetween(new Date(c), new Date(a), s)).toBe(-(ab + bc));
        expect(ab).toBeLessThanOrEqual(b - a);
      }),
    );
  });

  it('nextOpening is open, never earlier than the instant, with nothing open in between', () => {
    fc.assert(
      fc.property(scheduleArb(), instantArb, (s, at) => {
        const next = nextOpening(new Date(at), s);
        expect(isOpen(next, s)).toBe(true);
        expect(t(next)).toBeGreaterThanOrEqual(at);
        expect(businessTimeBetween(new Date(at), next, s)).toBe(0);
        if (t(next) === at) expect(isOpen(new Date(at), s)).toBe(true);
      }),
    );
  });
});
