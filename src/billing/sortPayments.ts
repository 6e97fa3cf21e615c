function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The processing order of reconcile(): positions `0 … times.length - 1` in booking-time then id
 * order. `times[i]` is the booking time (ms) of the payment at position `i`, `idOf(i)` its id.
 * A sort with a comparator took seconds for a million payments on the benchmark machine, so the
 * order is found with native numeric sorts of a Float64Array instead: each payment gets the key
 * rank(time) · 2^k + position, exact in a float64 for up to 2^26 payments; only runs of equal
 * times are sorted by id with a comparator. An input already in order (the usual bank statement)
 * costs one pass over the times.
 * @internal
 */
export function paymentOrder(times: Float64Array, idOf: (position: number) => string): Uint32Array {
  const n = times.length;
  const order = new Uint32Array(n);
  const byTimeThenId = (a: number, b: number): number => (times[a] as number) - (times[b] as number) || (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0);
  let ordered = true;
  for (let i = 0; i < n; i += 1) {
    order[i] = i;
    if (ordered && i > 0 && (times[i - 1] as number) >= (times[i] as number) && byTimeThenId(i - 1, i) > 0) ordered = false;
  }
  if (ordered) return order;
  if (n > 2 ** 26) return order.sort(byTimeThenId);
  const scale = 2 ** Math.ceil(Math.log2(n + 1));
  const sortedTimes = times.slice().sort();
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i += 1) keys[i] = lowerBound(sortedTimes, times[i] as number) * scale + i;
  keys.sort();
  for (let j = 0; j < n; j += 1) order[j] = (keys[j] as number) % scale;
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
