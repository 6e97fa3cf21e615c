/** Longest probe run before an amount goes to the fallback Map: bounds the cost of crafted collisions. */
const MAX_PROBES = 16;

/**
 * Value numbers by amount in cents, for one currency: the reader's lookup of "have I seen
 * 120.00 CHF before?", asked for every invoice and payment of a statement. A `Map<number,
 * number>` of 100,000 amounts cost two memory stalls per lookup on the benchmark machine; this
 * open addressing table keeps each key beside its value in one `Float64Array`, so a lookup
 * usually touches one cache line. Keys are whole numbers from 1 to 10^15 (exact in a float64);
 * 0 marks an empty slot. Grows at half full.
 *
 * The hash is public (it is this code), so amounts can be chosen to share slots: 100,000 of them
 * took 64 s against 2 s for random ones (issue 16). A key whose probe run is longer than
 * {@link MAX_PROBES} therefore goes to an ordinary Map, as in `StringIndex`, and the worst case
 * stays linear. No deletions, and growing places every key again (the Map's too), so a key is in
 * the Map only if its run in the table is full: a lookup that meets an empty slot is done. @internal
 */
export class CentsTable {
  #slots = new Float64Array(2 * 1024);
  #mask = 1023;
  #count = 0;
  #overflow: Map<number, number> | undefined;

  /** The value stored for `cents`, or -1. */
  get(cents: number): number {
    let slot = slotOf(cents, this.#mask);
    for (let probe = 0; probe < MAX_PROBES; probe += 1) {
      const key = this.#slots[2 * slot] as number;
      if (key === cents) return this.#slots[2 * slot + 1] as number;
      if (key === 0) return -1;
      slot = (slot + 1) & this.#mask;
    }
    return this.#overflow?.get(cents) ?? -1;
  }

  /** Stores `value` (≥ 0) for `cents` (not stored yet). */
  set(cents: number, value: number): void {
    if (2 * (this.#count + 1) > this.#mask + 1) this.#grow();
    this.#insert(cents, value);
    this.#count += 1;
  }

  #insert(cents: number, value: number): void {
    let slot = slotOf(cents, this.#mask);
    for (let probe = 0; probe < MAX_PROBES; probe += 1) {
      if (this.#slots[2 * slot] === 0) {
        this.#slots[2 * slot] = cents;
        this.#slots[2 * slot + 1] = value;
        return;
      }
      slot = (slot + 1) & this.#mask;
    }
    this.#overflow ??= new Map();
    this.#overflow.set(cents, value);
  }

  #grow(): void {
    const old = this.#slots;
    const overflow = this.#overflow;
    this.#slots = new Float64Array(old.length * 2);
    this.#mask = this.#mask * 2 + 1;
    this.#overflow = undefined;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.#insert(old[i] as number, old[i + 1] as number);
    if (overflow !== undefined) for (const [cents, value] of overflow) this.#insert(cents, value);
  }

  /** How many keys sit in the fallback Map (for tests of the probe cap). @internal */
  get overflowSize(): number {
    return this.#overflow?.size ?? 0;
  }
}

/** Spreads the key's bits over the table (amounts cluster: round numbers, small ranges). */
function slotOf(cents: number, mask: number): number {
  const low = cents % 4294967296; // exact: cents is a whole number below 2^53
  const high = (cents - low) / 4294967296;
  const h = Math.imul((low | 0) ^ Math.imul(high | 0, 0x27d4eb2d), 0x9e3779b1);
  return (h ^ (h >>> 15)) & mask;
}
