import { Dec, type Decimal } from '../../money/decimal.js';
import { exactPlus, exactTimes } from '../../money/exact.js';
import { minorUnits, type Money } from '../../money/index.js';
import type { LedgerDraft } from '../prepaidLedger.js';

/** `unitsOf` marker: the value is not a whole number of minor units that a float64 holds exactly. */
const NOT_EXACT = Number.POSITIVE_INFINITY;
/** Entries (customer × currency) room is made for first; doubled when full. */
const FIRST_ENTRIES = 64;

/**
 * The prepaid credits of one reconciliation (BIL-04), summed per customer and currency before
 * they reach the ledger. reconcile() numbers the customers, so a credit is a few typed-array
 * reads and an integer addition in minor units (exact: sums stay below 2^53, or the credit is
 * added as a decimal); the ledger gets one decimal per customer and currency at the end. A Map of
 * customers with an object per customer and currency cost about 1 µs per credit for 400,000
 * credits on the benchmark machine, most of it hashing customer strings and allocating.
 * A customer's currencies form a chain of entries (usually of one). @internal
 */
export class CreditBatch {
  readonly #values: readonly Money[];
  /** Per value number: its amount in minor units; NaN until computed; NOT_EXACT. */
  readonly #unitsOf: Float64Array;
  /** Per value number: the number of its currency in #currencies; -1 until looked up. */
  readonly #currencyOf: Int32Array;
  readonly #currencies: string[] = [];
  /** Per customer number: its first entry, or -1. */
  readonly #head: Int32Array;
  /**
   * The entries, as parallel arrays: currency number, sum in minor units, credits, first credit's
   * value number, next entry of the customer.
   */
  #currency = new Int32Array(FIRST_ENTRIES);
  #units = new Float64Array(FIRST_ENTRIES);
  #count = new Int32Array(FIRST_ENTRIES);
  #first = new Int32Array(FIRST_ENTRIES);
  #next = new Int32Array(FIRST_ENTRIES);
  #entries = 0;
  /** Per entry: the credits that could not be counted in minor units (not whole minor units, or too large). */
  readonly #rest = new Map<number, Decimal>();
  readonly #paymentIds: string[] = [];

  /**
   * `values`: the distinct Money values of the statement, by number (see FastItemReader);
   * `units`: their amounts in minor units where the reader already knows them (NaN: not yet);
   * `customers`: how many customer numbers there are (0 … customers - 1).
   */
  constructor(values: readonly Money[], units: readonly number[], customers: number) {
    this.#values = values;
    this.#unitsOf = Float64Array.from(units);
    this.#currencyOf = new Int32Array(values.length).fill(-1);
    this.#head = new Int32Array(customers).fill(-1);
  }

  /** Credits the value numbered `moneyNumber` to the customer numbered `customer`. */
  credit(customer: number, moneyNumber: number, paymentId: string): void {
    let units = this.#unitsOf[moneyNumber] as number;
    if (Number.isNaN(units)) units = this.#unitsOf[moneyNumber] = unitsOf(this.#values[moneyNumber] as Money);
    let currency = this.#currencyOf[moneyNumber] as number;
    if (currency === -1) currency = this.#currencyOf[moneyNumber] = this.#currencyNumber((this.#values[moneyNumber] as Money).currency);
    this.#paymentIds.push(paymentId);
    let entry = this.#head[customer] as number;
    while (entry !== -1 && this.#currency[entry] !== currency) entry = this.#next[entry] as number;
    if (entry === -1) entry = this.#newEntry(customer, currency, moneyNumber);
    (this.#count[entry] as number) += 1;
    const sum = (this.#units[entry] as number) + units;
    if (sum <= Number.MAX_SAFE_INTEGER) {
      this.#units[entry] = sum; // false for NOT_EXACT
    } else {
      const amount = (this.#values[moneyNumber] as Money).amount;
      const rest = this.#rest.get(entry);
      this.#rest.set(entry, rest === undefined ? amount : exactPlus(rest, amount));
    }
  }

  /** Adds every sum to the ledger draft (`customerName`: the id of a customer number) and records the credited payment ids. */
  applyTo(ledger: LedgerDraft, customerName: (customer: number) => string): void {
    for (let customer = 0; customer < this.#head.length; customer += 1) {
      for (let entry = this.#head[customer] as number; entry !== -1; entry = this.#next[entry] as number) {
        const currency = this.#currencies[this.#currency[entry] as number] as string;
        const amount =
          this.#count[entry] === 1 ? (this.#values[this.#first[entry] as number] as Money).amount : this.#amountOf(entry, currency);
        ledger.add(customerName(customer), currency, amount);
      }
    }
    ledger.markCreditedAll(this.#paymentIds);
  }

  #currencyNumber(currency: string): number {
    const known = this.#currencies.indexOf(currency); // a statement has a handful of currencies
    return known !== -1 ? known : this.#currencies.push(currency) - 1;
  }

  #newEntry(customer: number, currency: number, moneyNumber: number): number {
    if (this.#entries === this.#currency.length) this.#growEntries();
    const entry = this.#entries;
    this.#entries += 1;
    this.#currency[entry] = currency;
    this.#first[entry] = moneyNumber;
    this.#next[entry] = this.#head[customer] as number;
    this.#head[customer] = entry;
    return entry;
  }

  #growEntries(): void {
    const grown = <T extends Int32Array | Float64Array>(from: T): T => {
      const to = new (from.constructor as new (length: number) => T)(from.length * 2);
      to.set(from);
      return to;
    };
    this.#currency = grown(this.#currency);
    this.#units = grown(this.#units);
    this.#count = grown(this.#count);
    this.#first = grown(this.#first);
    this.#next = grown(this.#next);
  }

  #amountOf(entry: number, currency: string): Decimal {
    const units = new Dec(`${this.#units[entry] as number}e-${minorUnits(currency) ?? 0}`);
    const rest = this.#rest.get(entry);
    return rest === undefined ? units : exactPlus(units, rest);
  }
}

function unitsOf(money: Money): number {
  const scaled = exactTimes(money.amount, new Dec(10 ** (minorUnits(money.currency) ?? 0)));
  return scaled.isInteger() && scaled.abs().lte(Number.MAX_SAFE_INTEGER) ? scaled.toNumber() : NOT_EXACT;
}
