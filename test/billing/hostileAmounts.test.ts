/**
 * Issue 16 (Trust II), item 2: reconcile()'s cents table against amounts chosen to share its
 * slots. Before the probe cap, 100,000 such amounts took 64 s against 2 s for random ones.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';
import { CentsTable } from '../../src/billing/centsTable.js';
import { centsText, collidingCents, collidingIds, idSlot, randomCents } from './collidingAmounts.js';

const N = 100_000;

describe('the cents table under crafted collisions', () => {
  it('keeps 100,000 colliding amounts findable, sends the long runs to its fallback, and finds no absent one', () => {
    const keys = collidingCents(N + 1000);
    const stored = keys.slice(0, N);
    const table = new CentsTable();
    stored.forEach((c, n) => table.set(c, n));
    expect(table.overflowSize).toBeGreaterThan(N / 2);
    expect(stored.every((c, n) => table.get(c) === n)).toBe(true);
    expect(keys.slice(N).every((c) => table.get(c) === -1)).toBe(true);
  });

  it('reconcile() of 100,000 colliding amounts stays within 2x of 100,000 random ones (best of 3, same process)', () => {
    const statement = (cents: readonly number[]) => ({
      invoices: [],
      payments: cents.map((c, i) => ({ id: `P${i}`, customer: 'c1', amount: { amount: centsText(c), currency: 'CHF' }, bookedAt: '2026-03-20T10:00:00Z' })),
      customers: ['c1'],
    });
    const random = statement(randomCents(N));
    const colliding = statement(collidingCents(N));
    const time = (input: ReturnType<typeof statement>): number => {
      const start = performance.now();
      const r = reconcile(input);
      const ms = performance.now() - start;
      expect(r.credited).toHaveLength(N);
      return ms;
    };
    const best = { random: Infinity, colliding: Infinity };
    for (let round = 0; round < 3; round += 1) {
      best.random = Math.min(best.random, time(random));
      best.colliding = Math.min(best.colliding, time(colliding));
    }
    expect(best.colliding / best.random).toBeLessThanOrEqual(2);
  }, 120_000);
});

describe("reconcile()'s string indexes under crafted collisions", () => {
  it('100,000 payment ids whose hashes share a home slot stay within 2x of 100,000 ordinary ids (best of 3)', () => {
    const colliding = collidingIds(N);
    expect(new Set(colliding.map((id) => idSlot(id))).size).toBe(1);
    expect(new Set(colliding).size).toBe(N);
    const statement = (ids: readonly string[]) => ({
      invoices: [],
      payments: ids.map((id) => ({ id, customer: 'c1', amount: { amount: '10.00', currency: 'CHF' }, bookedAt: '2026-03-20T10:00:00Z' })),
      customers: ['c1'],
    });
    const ordinary = statement(Array.from({ length: N }, (_, i) => `P${i}xy`));
    const crafted = statement(colliding);
    const time = (input: ReturnType<typeof statement>): number => {
      const start = performance.now();
      expect(reconcile(input).credited).toHaveLength(N);
      return performance.now() - start;
    };
    const best = { ordinary: Infinity, crafted: Infinity };
    for (let round = 0; round < 3; round += 1) {
      best.ordinary = Math.min(best.ordinary, time(ordinary));
      best.crafted = Math.min(best.crafted, time(crafted));
    }
    expect(best.crafted / best.ordinary).toBeLessThanOrEqual(2);
  }, 120_000);
});
