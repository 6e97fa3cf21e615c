import type { Payment } from './model.js';

function byBookingThenId(a: Payment, b: Payment): number {
  const t = a.bookedAt.getTime() - b.bookedAt.getTime();
  if (t !== 0) return t;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

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
 * The processing order of reconcile(): indices of `payments` in booking-time then id order. A
 * sort with a comparator took seconds for a million payments on the benchmark machine, so the
 * order is found with native numeric sorts of a Float64Array instead: each payment gets the key
 * rank(time) · 2^k + index, exact in a float64 for up to 2^26 payments; only runs of equal times
 * are sorted by id with a comparator. An input already in order (the usual bank statement) costs
 * one pass.
 * @internal
 */
export function paymentOrder(payments: readonly Payment[]): Uint32Array {
  const n = payments.length;
  const order = new Uint32Array(n);
  const times = new Float64Array(n);
  let ordered = true;
  for (let i = 0; i < n; i += 1) {
    order[i] = i;
    times[i] = (payments[i] as Payment).bookedAt.getTime();
    if (ordered && i > 0 && byBookingThenId(payments[i - 1] as Payment, payments[i] as Payment) > 0) ordered = false;
  }
  if (ordered) return order;
  if (n > 2 ** 26) return order.sort((a, b) => byBookingThenId(payments[a] as Payment, payments[b] as Payment));
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
    if (end - start > 1) order.subarray(start, end).sort((a, b) => byBookingThenId(payments[a] as Payment, payments[b] as Payment));
    start = end;
  }
  return order;
}
