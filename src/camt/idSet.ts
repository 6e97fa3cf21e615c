/**
 * The transaction ids a file has shown, each with a fingerprint of its contents, in typed arrays:
 * 12 bytes per id instead of a Map entry and a string (a 1,000,000-transaction file keeps 12 MB,
 * not about 90). Ids are compared by a 64-bit hash: two different ids of one file share one with a
 * chance below 1 in 10^7 at a million ids, and bank references (`AcctSvcrRef`) are the bank's, not
 * text a payer can choose to craft a collision. The probe count is bounded by the load factor.
 *
 * @internal
 * @module
 */

const EMPTY = 0;
const MAX_LOAD = 0.5;

/** What {@link IdSet.remember} found. */
export const Seen = { New: 0, Same: 1, Other: 2 } as const;
export type Seen = (typeof Seen)[keyof typeof Seen];

export class IdSet {
  #high = new Int32Array(1024);
  #low = new Int32Array(1024);
  #print = new Int32Array(1024);
  #used = new Uint8Array(1024);
  #size = 0;

  /** Records `id` with the fingerprint `print`; says whether it was new, seen the same, or seen with other contents. */
  remember(id: string, print: number): Seen {
    let h1 = 0x811c9dc5;
    let h2 = 0x9e3779b9;
    for (let i = 0; i < id.length; i += 1) {
      const c = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    h1 ^= id.length;
    const mask = this.#used.length - 1;
    for (let slot = (h1 ^ (h2 >>> 7)) & mask; ; slot = (slot + 1) & mask) {
      if (this.#used[slot] === EMPTY) {
        this.#used[slot] = 1;
        this.#high[slot] = h1;
        this.#low[slot] = h2;
        this.#print[slot] = print;
        this.#size += 1;
        if (this.#size > this.#used.length * MAX_LOAD) this.#grow();
        return Seen.New;
      }
      if (this.#high[slot] === h1 && this.#low[slot] === h2) return this.#print[slot] === print ? Seen.Same : Seen.Other;
    }
  }

  #grow(): void {
    const [high, low, print, used] = [this.#high, this.#low, this.#print, this.#used];
    const size = used.length * 2;
    this.#high = new Int32Array(size);
    this.#low = new Int32Array(size);
    this.#print = new Int32Array(size);
    this.#used = new Uint8Array(size);
    const mask = size - 1;
    for (let i = 0; i < used.length; i += 1) {
      if (used[i] === EMPTY) continue;
      const h1 = high[i] as number;
      const h2 = low[i] as number;
      let slot = (h1 ^ (h2 >>> 7)) & mask;
      while (this.#used[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.#used[slot] = 1;
      this.#high[slot] = h1;
      this.#low[slot] = h2;
      this.#print[slot] = print[i] as number;
    }
  }
}
