/**
 * Amounts in cents chosen to share slots of reconcile()'s cents table (src/billing/centsTable.ts):
 * its hash is public, and invertible, so an attacker who controls the amounts of a statement (or
 * an invoice list) can pick, for any table size, keys whose home slots are the first `spread`
 * slots. Realistic amounts: 0.01 to 10,000,000.00. Used by the hostile-input tests and the bench.
 */
const K = 0x9e3779b1;

/** The inverse of `K` modulo 2^32 (Newton's iteration: each step doubles the correct bits). */
function inverse(k: number): number {
  let inv = k;
  for (let i = 0; i < 5; i += 1) inv = Math.imul(inv, 2 - Math.imul(k, inv));
  return inv;
}

/** `count` distinct amounts in cents whose home slot, in a table of up to 2^18 slots, is below `spread`. */
export function collidingCents(count: number, spread = 64): number[] {
  const inv = inverse(K);
  const out: number[] = [];
  for (let high = 0; high < 2 ** 14 && out.length < count; high += 1) {
    for (let slot = 0; slot < spread && out.length < count; slot += 1) {
      const y = ((high << 18) | slot) >>> 0; // the hash's output: these low bits are the slot
      const h = (y ^ (y >>> 15) ^ (y >>> 30)) >>> 0; // undoes h ^ (h >>> 15)
      const cents = Math.imul(h, inv) >>> 0; // undoes the multiplication (high word of the key: 0)
      if (cents >= 1 && cents <= 1_000_000_000) out.push(cents);
    }
  }
  return out;
}

/** `count` distinct pseudo-random amounts in cents in the same range (a fixed LCG: reproducible). */
export function randomCents(count: number): number[] {
  const seen = new Set<number>();
  let x = 12345;
  while (seen.size < count) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    seen.add(1 + (x % 1_000_000_000));
  }
  return [...seen];
}

/** '1234.05' for 123405 cents. */
export const centsText = (cents: number): string => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
