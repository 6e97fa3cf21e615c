import { StringIndex } from './stringIndex.js';

/** A QR reference's length (BIL-01) and how it is packed: three numbers of 9 digits, each below 2^30. */
const QR_LENGTH = 27;
const WORD_DIGITS = 9;
/** Int32s per slot: the three numbers and position + 1 (0: an empty slot). */
const SLOT_INTS = 4;
/** Longest probe run before a reference goes to the string index (bounds the cost of colliding keys). */
const MAX_PROBES = 64;

/**
 * The invoices of one reconciliation by compact reference (BIL-01, BIL-02), for the lookup of
 * every payment's reference. A QR reference (27 digits) is kept as three 9-digit numbers beside
 * its position in one `Int32Array`, so a lookup compares numbers in the slot it lands on, where a
 * string index must also read the stored string: two more cache misses per payment at a million
 * invoices (bench/billing.bench.ts). Creditor references, and QR references whose probe run grows
 * too long (colliding hashes), are kept in a {@link StringIndex}. Positions are given in order of
 * addition, as by a StringIndex. Append-only. @internal
 */
export class ReferenceIndex {
  readonly #slots: Int32Array;
  readonly #mask: number;
  readonly #keys: string[];
  #count = 0;
  /** References not packed, and the position each has here. */
  readonly #others: StringIndex;
  readonly #otherPositions: number[] = [];
  /** The words of the last reference packed (no allocation per lookup). */
  #w0 = 0;
  #w1 = 0;
  #w2 = 0;

  /** `expected`: how many references will be added. */
  constructor(expected: number) {
    const size = 2 ** Math.max(4, Math.ceil(Math.log2(expected * 2 + 1)));
    this.#slots = new Int32Array(size * SLOT_INTS);
    this.#mask = size - 1;
    this.#keys = new Array<string>(expected);
    this.#others = new StringIndex(0);
  }

  get size(): number {
    return this.#count;
  }

  /** The reference at `position` (0 ≤ position < size). */
  keyAt(position: number): string {
    return this.#keys[position] as string;
  }

  /** The position of `reference` (compared exactly, as given), or -1. */
  get(reference: string): number {
    if (this.#pack(reference)) {
      let slot = this.#home();
      for (let probe = 0; probe < MAX_PROBES; probe += 1) {
        const at = slot * SLOT_INTS;
        const stored = this.#slots[at + 3] as number;
        if (stored === 0) return -1;
        if (this.#slots[at] === this.#w0 && this.#slots[at + 1] === this.#w1 && this.#slots[at + 2] === this.#w2) return stored - 1;
        slot = (slot + 1) & this.#mask;
      }
    }
    const other = this.#others.get(reference);
    return other === -1 ? -1 : (this.#otherPositions[other] as number);
  }

  /** Adds `reference` at the next position and returns it, or returns -1 - (its position) when it is already there. */
  add(reference: string): number {
    const position = this.#count;
    if (this.#pack(reference)) {
      let slot = this.#home();
      for (let probe = 0; probe < MAX_PROBES; probe += 1) {
        const at = slot * SLOT_INTS;
        const stored = this.#slots[at + 3] as number;
        if (stored === 0) {
          this.#slots[at] = this.#w0;
          this.#slots[at + 1] = this.#w1;
          this.#slots[at + 2] = this.#w2;
          this.#slots[at + 3] = position + 1;
          return this.#added(reference);
        }
        if (this.#slots[at] === this.#w0 && this.#slots[at + 1] === this.#w1 && this.#slots[at + 2] === this.#w2) return -stored;
        slot = (slot + 1) & this.#mask;
      }
    }
    const other = this.#others.add(reference);
    if (other < 0) return -1 - (this.#otherPositions[-1 - other] as number);
    this.#otherPositions.push(position);
    return this.#added(reference);
  }

  #added(reference: string): number {
    const position = this.#count;
    this.#keys[position] = reference;
    this.#count = position + 1;
    return position;
  }

  /** Reads a 27-digit string into #w0..#w2; false for any other string. */
  #pack(s: string): boolean {
    if (s.length !== QR_LENGTH) return false;
    let w0 = 0;
    let w1 = 0;
    let w2 = 0;
    for (let i = 0; i < WORD_DIGITS; i += 1) {
      const d0 = s.charCodeAt(i) - 48;
      const d1 = s.charCodeAt(i + WORD_DIGITS) - 48;
      const d2 = s.charCodeAt(i + 2 * WORD_DIGITS) - 48;
      if (d0 < 0 || d0 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
      w0 = w0 * 10 + d0;
      w1 = w1 * 10 + d1;
      w2 = w2 * 10 + d2;
    }
    this.#w0 = w0;
    this.#w1 = w1;
    this.#w2 = w2;
    return true;
  }

  /** The first slot for the packed words: they are mixed, as references are often numbered in sequence. */
  #home(): number {
    let h = Math.imul(this.#w2, 0x9e3779b1) ^ Math.imul(this.#w1, 0x85ebca6b) ^ Math.imul(this.#w0, 0xc2b2ae35);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    return h & this.#mask;
  }
}
