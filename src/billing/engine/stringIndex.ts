/**
 * Longest probe run before a key goes to the fallback Map: bounds the cost of colliding keys
 * (100,000 ids crafted to share a slot stay within 2x of ordinary ones).
 */
const MAX_PROBES = 16;
/** Slots for the smallest table (a power of two). */
const MIN_SLOTS = 16;

/** FNV-1a over the UTF-16 code units: cheap, and good enough spread for ids and references. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Slots for `count` keys at most half full (a power of two). */
function slotsFor(count: number): number {
  return 2 ** Math.max(Math.log2(MIN_SLOTS), Math.ceil(Math.log2(count * 2 + 1)));
}

/**
 * Positions of strings in a list, for reconcile()'s million-item indexes (invoice ids, invoice
 * references, payment ids, customers). A `Map<string, number>` of a million keys costs 0.7–0.9 µs
 * per insertion on the benchmark machine, mostly in memory stalls while growing and probing its
 * table. This open addressing table is sized once for the expected count (it doubles when more
 * keys come) and keeps each slot's hash next to its position in one `Int32Array`, so a probe that
 * meets another key usually rejects it without reading that key's string: 3–4× faster
 * (bench/billing.bench.ts). Keys whose probe run is long (many colliding hashes, e.g. crafted
 * input) go to an ordinary Map, so the worst case stays linear. Append-only. @internal
 */
export class StringIndex {
  /** The keys by position; sized for the expected count up front (growing a million-element array copies it several times). */
  readonly #keys: string[];
  #count = 0;
  /** Pairs (hash, position + 1); position + 1 = 0 marks an empty slot. */
  #slots: Int32Array;
  #mask: number;
  #overflow: Map<string, number> | undefined;

  /** `expected`: how many keys will be added (more still work: the table grows). */
  constructor(expected: number) {
    const size = slotsFor(expected);
    this.#slots = new Int32Array(size * 2);
    this.#mask = size - 1;
    this.#keys = new Array<string>(expected);
  }

  get size(): number {
    return this.#count;
  }

  /** The key at `position` (0 ≤ position < size). */
  keyAt(position: number): string {
    return this.#keys[position] as string;
  }

  /** The position of `key`, or -1 when it was never added. */
  get(key: string): number {
    const hash = hashOf(key);
    let slot = hash & this.#mask;
    for (let probe = 0; probe < MAX_PROBES; probe += 1) {
      const stored = this.#slots[2 * slot + 1] as number;
      if (stored === 0) return -1;
      if (this.#slots[2 * slot] === hash && this.#keys[stored - 1] === key) return stored - 1;
      slot = (slot + 1) & this.#mask;
    }
    return this.#overflow?.get(key) ?? -1;
  }

  /** Adds `key` at the next position and returns that position, or returns -1 - (its position) when it is already there. */
  add(key: string): number {
    const hash = hashOf(key);
    let slot = hash & this.#mask;
    const position = this.#count;
    let runIsFull = true; // only a key whose run was full can be in the fallback Map
    for (let probe = 0; probe < MAX_PROBES; probe += 1) {
      const stored = this.#slots[2 * slot + 1] as number;
      if (stored === 0) {
        runIsFull = false;
        break;
      }
      if (this.#slots[2 * slot] === hash && this.#keys[stored - 1] === key) return -stored;
      slot = (slot + 1) & this.#mask;
    }
    if (runIsFull && this.#overflow !== undefined) {
      const known = this.#overflow.get(key);
      if (known !== undefined) return -1 - known;
    }
    this.#keys[position] = key;
    this.#count = position + 1;
    if (2 * this.#count > this.#mask + 1) {
      this.#grow();
      this.#place(hash, position);
    } else if (runIsFull) {
      // The run just walked is still full: straight to the fallback, without walking it again.
      this.#overflow ??= new Map();
      this.#overflow.set(key, position);
    } else {
      this.#slots[2 * slot] = hash;
      this.#slots[2 * slot + 1] = position + 1;
    }
    return position;
  }

  /** Doubles the table and places every key again, from the stored hashes (the fallback Map's keys too: the larger table may take them). */
  #grow(): void {
    const old = this.#slots;
    const size = (this.#mask + 1) * 2;
    this.#slots = new Int32Array(size * 2);
    this.#mask = size - 1;
    for (let i = 0; i < old.length; i += 2) {
      const stored = old[i + 1] as number;
      if (stored !== 0) this.#place(old[i] as number, stored - 1);
    }
    const overflow = this.#overflow;
    this.#overflow = undefined;
    if (overflow !== undefined) for (const [key, position] of overflow) this.#place(hashOf(key), position);
  }

  /** Puts (hash, position) in the first empty slot of the hash's run, or the key in the fallback Map when the run is too long. */
  #place(hash: number, position: number): void {
    let slot = hash & this.#mask;
    for (let probe = 0; probe < MAX_PROBES; probe += 1) {
      if (this.#slots[2 * slot + 1] === 0) {
        this.#slots[2 * slot] = hash;
        this.#slots[2 * slot + 1] = position + 1;
        return;
      }
      slot = (slot + 1) & this.#mask;
    }
    this.#overflow ??= new Map();
    this.#overflow.set(this.#keys[position] as string, position);
  }
}
