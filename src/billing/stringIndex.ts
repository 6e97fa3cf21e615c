/** Longest probe run before a key goes to the fallback Map (bounds the cost of colliding keys). */
const MAX_PROBES = 64;

/** FNV-1a over the UTF-16 code units: cheap, and good enough spread for ids and references. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * Positions of strings in a list, for reconcile()'s million-item indexes (invoice ids, invoice
 * references, payment ids). A `Map<string, number>` of a million keys costs 0.7–0.9 µs per
 * insertion on the benchmark machine, mostly in memory stalls while growing and probing its
 * table. This open addressing table is sized once for the expected count and keeps each slot's
 * hash next to its position in one `Int32Array`, so a probe that meets another key usually
 * rejects it without reading that key's string: 3–4× faster (bench/billing.bench.ts). Keys
 * whose probe run is long (many colliding hashes, e.g. crafted input) go to an ordinary Map,
 * so the worst case stays linear. Append-only. @internal
 */
export class StringIndex {
  readonly #keys: string[] = [];
  /** Pairs (hash, position + 1); position + 1 = 0 marks an empty slot. */
  readonly #slots: Int32Array;
  readonly #mask: number;
  #overflow: Map<string, number> | undefined;

  /** `expected`: how many keys will be added (more still work, but probe runs grow). */
  constructor(expected: number) {
    const size = 2 ** Math.max(4, Math.ceil(Math.log2(expected * 2 + 1)));
    this.#slots = new Int32Array(size * 2);
    this.#mask = size - 1;
  }

  get size(): number {
    return this.#keys.length;
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
    const position = this.#keys.length;
    for (let probe = 0; probe < MAX_PROBES; probe += 1) {
      const stored = this.#slots[2 * slot + 1] as number;
      if (stored === 0) {
        this.#slots[2 * slot] = hash;
        this.#slots[2 * slot + 1] = position + 1;
        this.#keys.push(key);
        return position;
      }
      if (this.#slots[2 * slot] === hash && this.#keys[stored - 1] === key) return -stored;
      slot = (slot + 1) & this.#mask;
    }
    this.#overflow ??= new Map();
    const known = this.#overflow.get(key);
    if (known !== undefined) return -1 - known;
    this.#overflow.set(key, position);
    this.#keys.push(key);
    return position;
  }
}
