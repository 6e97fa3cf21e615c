/**
 * The totals of a camt file per currency, kept exact while the file is read (docs/camt.md,
 * "Nothing is lost").
 *
 * @internal
 * @module
 */
import { minorUnits } from '../money/currencies.js';
import { formatMinor, MinorSum } from './amount.js';
import type { CamtTotals } from './model.js';

/** The kinds of money a camt file's totals keep apart. */
export type TotalKind = keyof CamtTotals;

const KINDS: readonly TotalKind[] = ['entries', 'payments', 'reversals', 'debits', 'skipped'];

class Tally {
  count = 0;
  readonly sum = new MinorSum();
}

/** Counts and sums per currency and kind. */
export class CamtTally {
  readonly #byCurrency = new Map<string, Record<TotalKind, Tally>>();
  // Items come in runs of one currency.
  #lastCurrency = '';
  #last: Record<TotalKind, Tally> | undefined;

  /** Counts one item of `kind`: `minor` minor units of `currency`. */
  add(kind: TotalKind, currency: string, minor: number | bigint, count = 1): void {
    let tallies = currency === this.#lastCurrency ? this.#last : this.#byCurrency.get(currency);
    if (tallies === undefined) {
      tallies = { entries: new Tally(), payments: new Tally(), reversals: new Tally(), debits: new Tally(), skipped: new Tally() };
      this.#byCurrency.set(currency, tallies);
    }
    this.#lastCurrency = currency;
    this.#last = tallies;
    const tally = tallies[kind];
    tally.count += count;
    tally.sum.add(minor);
  }

  /** The totals, a null-prototype object keyed by currency in the order met. */
  totals(): Record<string, CamtTotals> {
    const out: Record<string, CamtTotals> = Object.create(null);
    for (const [currency, tallies] of this.#byCurrency) {
      const exponent = minorUnits(currency) ?? 0;
      const entry = {} as Record<TotalKind, { count: number; amount: string }>;
      for (const kind of KINDS) entry[kind] = { count: tallies[kind].count, amount: formatMinor(tallies[kind].sum.value(), exponent) };
      out[currency] = entry;
    }
    return out;
  }
}
