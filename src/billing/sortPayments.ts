/** Most bits of the key sorted per radix pass: up to 8,192 buckets keep the counts within the caches. */
const MAX_DIGIT_BITS = 13;
const TWO_32 = 2 ** 32;

/** Bits per pass for keys below 2^bits: as few passes as MAX_DIGIT_BITS allows, their digits as even as can be (35 bits, a year of milliseconds: 3 passes of 12). */
function digitBitsFor(bits: number): number {
  return Math.max(1, Math.ceil(bits / Math.ceil(bits / MAX_DIGIT_BITS)));
}

/**
 * Positions `0 … keys.length - 1` in ascending key order, ties kept in position order. The
 * keys are whole numbers from 0 to 2^53 - 1. A least-significant-digit radix sort: a sort with a
 * comparator took seconds for a million payments on the benchmark machine, a rank search per
 * payment a little over half a second; this takes a few passes over typed arrays, and skips
 * the passes whose digit is the same for every key (usually the high ones).
 */
function radixOrder(keys: Float64Array, largest: number): Uint32Array {
  const n = keys.length;
  const keyBits = Math.max(1, Math.ceil(Math.log2(largest + 1)));
  const digitBits = digitBitsFor(keyBits);
  const buckets = 1 << digitBits;
  const digitMask = buckets - 1;
  let low = new Uint32Array(n);
  let high = new Uint32Array(n);
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) {
    const key = keys[i] as number;
    low[i] = key % TWO_32;
    high[i] = Math.floor(key / TWO_32);
    order[i] = i;
  }
  let nextLow = new Uint32Array(n);
  let nextHigh = new Uint32Array(n);
  let nextOrder = new Uint32Array(n);
  const counts = new Uint32Array(buckets);
  for (let shift = 0; shift < keyBits; shift += digitBits) {
    const fromHigh = shift >= 32;
    const source = fromHigh ? high : low;
    const s = fromHigh ? shift - 32 : shift;
    // A digit that straddles the two halves takes its upper bits from `high`.
    const straddles = !fromHigh && shift + digitBits > 32;
    const digit = (i: number): number =>
      straddles ? (((source[i] as number) >>> s) | ((high[i] as number) << (32 - s))) & digitMask : ((source[i] as number) >>> s) & digitMask;
    counts.fill(0);
    for (let i = 0; i < n; i += 1) (counts[digit(i)] as number) += 1;
    if (counts[digit(0)] === n) continue; // every key has this digit: nothing moves
    let total = 0;
    for (let b = 0; b < buckets; b += 1) {
      const c = counts[b] as number;
      counts[b] = total;
      total += c;
    }
    for (let i = 0; i < n; i += 1) {
      const bucket = digit(i);
      const to = counts[bucket] as number;
      counts[bucket] = to + 1;
      nextLow[to] = low[i] as number;
      nextHigh[to] = high[i] as number;
      nextOrder[to] = order[i] as number;
    }
    [low, nextLow] = [nextLow, low];
    [high, nextHigh] = [nextHigh, high];
    [order, nextOrder] = [nextOrder, order];
  }
  return order;
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
  const byTimeThenId = (a: number, b: number): number => (times[a] as number) - (times[b] as number) || (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0);
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
  const order = radixOrder(times.map((t) => t - earliest), latest - earliest);
  // Equal booking times: order by id.
  for (let start = 0; start < n; ) {
    const t = times[order[start] as number] as number;
    let end = start + 1;
    while (end < n && times[order[end] as number] === t) end += 1;
    if (end - start > 1) order.subarray(start, end).sort(byTimeThenId);
    start = end;
  }
  return order;
}
