/** Most bits of the key sorted per radix pass: up to 8,192 buckets keep the counts within the caches. */
const MAX_DIGIT_BITS = 13;
const TWO_32 = 2 ** 32;

/**
 * Bits per pass for keys below 2^bits: as few passes as MAX_DIGIT_BITS allows, their digits as
 * even as can be (35 bits, a year of milliseconds: 3 passes of 12).
 */
function digitBitsFor(bits: number): number {
  return Math.max(1, Math.ceil(bits / Math.ceil(bits / MAX_DIGIT_BITS)));
}

/**
 * Positions `0 … keys.length - 1` in ascending order of `key - offset`, ties kept in position
 * order, with the keys in that order (split in 32-bit halves). `key - offset` is a whole number
 * from 0 to `largest` (at most 2^53 - 1). A least-significant-digit radix sort: a sort with a
 * comparator took seconds for a million payments on the benchmark machine (ids compared as
 * strings), a rank search per payment a little over half a second; this takes a few passes over
 * typed arrays (three for a year of milliseconds), each digit read once into its own array.
 */
function radixOrder(keys: Float64Array, offset: number, largest: number): { order: Uint32Array; low: Uint32Array; high: Uint32Array } {
  const n = keys.length;
  const keyBits = Math.max(1, Math.ceil(Math.log2(largest + 1)));
  const digitBits = digitBitsFor(keyBits);
  const digitMask = (1 << digitBits) - 1;
  let low = new Uint32Array(n);
  let high = new Uint32Array(n);
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) {
    const key = (keys[i] as number) - offset;
    const upper = Math.floor(key / TWO_32);
    high[i] = upper;
    low[i] = key - upper * TWO_32;
    order[i] = i;
  }
  let nextLow = new Uint32Array(n);
  let nextHigh = new Uint32Array(n);
  let nextOrder = new Uint32Array(n);
  const digits = new Uint16Array(n);
  const counts = new Uint32Array(1 << digitBits);
  for (let shift = 0; shift < keyBits; shift += digitBits) {
    if (shift >= 32) {
      for (let i = 0; i < n; i += 1) digits[i] = ((high[i] as number) >>> (shift - 32)) & digitMask;
    } else if (shift + digitBits <= 32) {
      for (let i = 0; i < n; i += 1) digits[i] = ((low[i] as number) >>> shift) & digitMask;
    } else {
      // A digit that straddles the two halves takes its upper bits from `high`.
      for (let i = 0; i < n; i += 1) digits[i] = (((low[i] as number) >>> shift) | ((high[i] as number) << (32 - shift))) & digitMask;
    }
    counts.fill(0);
    for (let i = 0; i < n; i += 1) (counts[digits[i] as number] as number) += 1;
    let total = 0;
    for (let b = 0; b < counts.length; b += 1) {
      const c = counts[b] as number;
      counts[b] = total;
      total += c;
    }
    for (let i = 0; i < n; i += 1) {
      const to = counts[digits[i] as number] as number;
      counts[digits[i] as number] = to + 1;
      nextLow[to] = low[i] as number;
      nextHigh[to] = high[i] as number;
      nextOrder[to] = order[i] as number;
    }
    [low, nextLow] = [nextLow, low];
    [high, nextHigh] = [nextHigh, high];
    [order, nextOrder] = [nextOrder, order];
  }
  return { order, low, high };
}

/**
 * The processing order of reconcile(): positions `0 … times.length - 1` in booking-time then id
 * order. `times[i]` is the booking time (ms) of the payment at position `i`, `idOf(i)` its id.
 * An input already in order (the usual bank statement) costs one pass over the times; otherwise
 * a radix sort of the times relative to the earliest, then a comparator sort of each run of
 * equal times by id.
 * @internal
 */
export function paymentOrder(times: Float64Array, idOf: (position: number) => string): Uint32Array {
  const n = times.length;
  const byTimeThenId = (a: number, b: number): number =>
    (times[a] as number) - (times[b] as number) || (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0);
  let ordered = true;
  let earliest = Number.POSITIVE_INFINITY;
  let latest = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i += 1) {
    const t = times[i] as number;
    if (t < earliest) earliest = t;
    if (t > latest) latest = t;
    if (ordered && i > 0 && (times[i - 1] as number) >= t && byTimeThenId(i - 1, i) > 0) ordered = false;
  }
  if (ordered) return Uint32Array.from({ length: n }, (_, i) => i);
  // Instants are whole milliseconds within ±8.64e15 of the epoch: offsets from the earliest fit in 2^53.
  const { order, low, high } = radixOrder(times, earliest, latest - earliest);
  // Equal booking times (read from the sorted keys, in sequence): order by id.
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && low[end] === low[start] && high[end] === high[start]) end += 1;
    if (end - start > 1) order.subarray(start, end).sort(byTimeThenId);
    start = end;
  }
  return order;
}
