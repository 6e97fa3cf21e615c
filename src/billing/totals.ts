import type { Decimal } from '../money/decimal.js';
import { Money } from '../money/index.js';

/** Sums of one currency: `received` equals `settled + credited + unidentified` to the cent. */
export interface ReconciliationTotals {
  readonly received: Money;
  readonly settled: Money;
  readonly credited: Money;
  readonly unidentified: Money;
}

/** @internal */
type Bucket = 'settled' | 'credited' | 'unidentified';
const BUCKETS: readonly Bucket[] = ['settled', 'credited', 'unidentified'];

/**
 * Exact sums per currency and bucket. Adding decimals one payment at a time was a visible cost,
 * so the loop only counts, in typed arrays, how often each distinct Money value lands in each
 * bucket (the reader numbers the values), and `totals()` multiplies and adds once per distinct
 * value. Every payment is counted in exactly one bucket, and `received` is summed over all of
 * them separately (the tests check it against the payments themselves).
 */
export class Sums {
  readonly #values: readonly Money[];
  readonly #counts: Record<Bucket, Uint32Array>;

  constructor(values: readonly Money[]) {
    this.#values = values;
    this.#counts = { settled: new Uint32Array(values.length), credited: new Uint32Array(values.length), unidentified: new Uint32Array(values.length) };
  }

  add(moneyNumber: number, bucket: Bucket): void {
    (this.#counts[bucket][moneyNumber] as number) += 1;
  }

  totals(): Record<string, ReconciliationTotals> {
    const sums = new Map<string, Record<Bucket | 'received', Decimal>>();
    const sumOf = (currency: string) => {
      let s = sums.get(currency);
      if (s === undefined) {
        const zero = Money.zero(currency).amount;
        sums.set(currency, (s = { received: zero, settled: zero, credited: zero, unidentified: zero }));
      }
      return s;
    };
    for (let n = 0; n < this.#values.length; n += 1) {
      const money = this.#values[n] as Money;
      let all = 0;
      for (const bucket of BUCKETS) {
        const count = this.#counts[bucket][n] as number;
        if (count === 0) continue;
        const s = sumOf(money.currency);
        s[bucket] = s[bucket].plus(money.amount.times(count));
        all += count;
      }
      if (all > 0) {
        const s = sumOf(money.currency);
        s.received = s.received.plus(money.amount.times(all));
      }
    }
    const result: Record<string, ReconciliationTotals> = {};
    for (const currency of [...sums.keys()].sort()) {
      const s = sums.get(currency) as Record<Bucket | 'received', Decimal>;
      result[currency] = {
        received: new Money(s.received, currency),
        settled: new Money(s.settled, currency),
        credited: new Money(s.credited, currency),
        unidentified: new Money(s.unidentified, currency),
      };
    }
    return result;
  }
}
