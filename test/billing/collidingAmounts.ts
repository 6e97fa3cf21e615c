/**
 * Amounts in cents chosen to share slots of reconcile()'s cents table (src/billing/engine/centsTable.ts):
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

const FNV_PRIME = 0x01000193;
const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over UTF-16 code units, as reconcile()'s string indexes hash ids (src/billing/engine/stringIndex.ts). */
function fnv(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i += 1) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

/**
 * `count` distinct ids ('P' + a number + two chosen code units) whose FNV-1a hashes share their
 * low `bits` bits, so that all of them land on one home slot of a string index of up to 2^bits
 * slots. The multiplication is invertible: the last code unit fixes the low 16 bits, and the one
 * before it is tried until the next bits match too.
 */
export function collidingIds(count: number, bits = 18): string[] {
  const inv = inverse(FNV_PRIME);
  const mask = 2 ** bits - 1;
  const wanted = Math.imul(0x2a2a2a, inv) & mask; // the value (h ^ last) must have, in its low bits
  const out: string[] = [];
  for (let n = 0; out.length < count; n += 1) {
    const prefix = `P${n}`;
    for (let first = 0x4e00; first < 0x4e00 + 4096; first += 1) {
      const h = Math.imul(fnv(prefix) ^ first, FNV_PRIME) | 0; // the hash after `first`
      const last = (h ^ wanted) & 0xffff;
      if (((h ^ last) & mask) !== wanted || last === 0) continue;
      out.push(`${prefix}${String.fromCharCode(first)}${String.fromCharCode(last)}`);
      break;
    }
  }
  return out;
}

/** The low `bits` bits of an id's hash (for the test that the generator works). */
export const idSlot = (id: string, bits = 18): number => fnv(id) & (2 ** bits - 1);
