/**
 * Value numbers by amount in cents, for one currency: the reader's lookup of "have I seen
 * 120.00 CHF before?", asked for every invoice and payment of a statement. A `Map<number,
 * number>` of 100,000 amounts cost two memory stalls per lookup on the benchmark machine; this
 * open addressing table keeps each key beside its value in one `Float64Array`, so a lookup
 * usually touches one cache line. Keys are whole numbers from 1 to 10^15 (exact in a float64);
 * 0 marks an empty slot. Grows at half full. @internal
 */
export class CentsTable {
  #slots = new Float64Array(2 * 1024);
  #mask = 1023;
  #count = 0;

  /** The value stored for `cents`, or -1. */
  get(cents: number): number {
    let slot = slotOf(cents, this.#mask);
    for (;;) {
      const key = this.#slots[2 * slot] as number;
      if (key === cents) return this.#slots[2 * slot + 1] as number;
      if (key === 0) return -1;
      slot = (slot + 1) & this.#mask;
    }
  }

  /** Stores `value` (≥ 0) for `cents` (not stored yet). */
  set(cents: number, value: number): void {
    if (2 * (this.#count + 1) > this.#mask + 1) this.#grow();
    this.#insert(cents, value);
    this.#count += 1;
  }

  #insert(cents: number, value: number): void {
    let slot = slotOf(cents, this.#mask);
    while (this.#slots[2 * slot] !== 0) slot = (slot + 1) & this.#mask;
    this.#slots[2 * slot] = cents;
    this.#slots[2 * slot + 1] = value;
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Float64Array(old.length * 2);
    this.#mask = this.#mask * 2 + 1;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.#insert(old[i] as number, old[i + 1] as number);
  }
}

/** Spreads the key's bits over the table (amounts cluster: round numbers, small ranges). */
function slotOf(cents: number, mask: number): number {
  const low = cents % 4294967296; // exact: cents is a whole number below 2^53
  const high = (cents - low) / 4294967296;
  const h = Math.imul((low | 0) ^ Math.imul(high | 0, 0x27d4eb2d), 0x9e3779b1);
  return (h ^ (h >>> 15)) & mask;
}
