/**
 * Element names as small integers, looked up from their bytes without making a string: the scanner
 * hashes a name while it finds its end, and one probe of this table (verified byte by byte) gives
 * the name's id, or {@link UNKNOWN_NAME}. Unknown names are the common case in a camt file (most
 * elements are not read), so a miss must be cheap too.
 *
 * @internal
 * @module
 */

/** The id of a name the table does not hold. */
export const UNKNOWN_NAME = -1;

/** The hash the scanner computes over a name's bytes: `h = h * 31 + byte`, 32 bits. */
export function hashStep(h: number, byte: number): number {
  return (Math.imul(h, 31) + byte) | 0;
}

/** A fixed set of ASCII names, each with an id (its index in the list given). */
export class NameTable {
  readonly names: readonly string[];
  readonly #bytes: readonly Uint8Array[];
  readonly #slots: Int32Array;
  readonly #hashes: Int32Array;
  readonly #mask: number;

  constructor(names: readonly string[]) {
    this.names = names;
    this.#bytes = names.map((n) => Uint8Array.from(n, (c) => c.charCodeAt(0)));
    let size = 16;
    while (size < names.length * 4) size *= 2;
    this.#mask = size - 1;
    this.#slots = new Int32Array(size).fill(UNKNOWN_NAME);
    this.#hashes = new Int32Array(size);
    names.forEach((name, id) => {
      let h = 0;
      for (let i = 0; i < name.length; i += 1) h = hashStep(h, name.charCodeAt(i));
      let slot = h & this.#mask;
      while (this.#slots[slot] !== UNKNOWN_NAME) slot = (slot + 1) & this.#mask;
      this.#slots[slot] = id;
      this.#hashes[slot] = h;
    });
  }

  /** The hash of the name with id `id` (as the scanner computes it). */
  hashOf(id: number): number {
    let h = 0;
    for (const b of this.#bytes[id] ?? []) h = hashStep(h, b);
    return h;
  }

  /** The id of the name in `bytes[start, end)` whose hash is `hash`, or {@link UNKNOWN_NAME}. */
  lookup(hash: number, bytes: Uint8Array, start: number, end: number): number {
    const mask = this.#mask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.#slots[slot] as number;
      if (id === UNKNOWN_NAME) return UNKNOWN_NAME;
      if (this.#hashes[slot] === hash && this.#sameBytes(id, bytes, start, end)) return id;
    }
  }

  #sameBytes(id: number, bytes: Uint8Array, start: number, end: number): boolean {
    const name = this.#bytes[id] as Uint8Array;
    if (name.length !== end - start) return false;
    for (let i = 0; i < name.length; i += 1) if (name[i] !== bytes[start + i]) return false;
    return true;
  }
}
