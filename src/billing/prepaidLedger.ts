import { HostPolicyError } from '../errors.js';
import type { Decimal } from '../money/decimal.js';
import { Money } from '../money/index.js';

/** The JSON form of a {@link PrepaidLedger}: balances per customer and currency, and the payments already credited. */
export interface PrepaidLedgerJSON {
  /** customer → currency → balance as a decimal string. */
  readonly balances: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Ids of the payments credited so far; a second reconciliation of the same payment skips it. */
  readonly creditedPayments?: readonly string[];
}

/** What functions accept as a prepaid ledger: a {@link PrepaidLedger} or its JSON form. */
export type PrepaidLedgerInput = PrepaidLedger | PrepaidLedgerJSON;

/** One customer's balance in one currency. */
export interface PrepaidAccount {
  readonly customer: string;
  readonly balance: Money;
}

/**
 * The prepaid accounts of every customer (BIL-04, BIL-05, BIL-09): one balance per customer and
 * currency, never negative. Immutable: every operation returns a new ledger. Build one with
 * {@link emptyPrepaidLedger} or {@link prepaidLedger}.
 */
export class PrepaidLedger {
  /** @internal customer → currency → balance. */
  readonly #balances: ReadonlyMap<string, ReadonlyMap<string, Decimal>>;
  /** @internal The credited payment ids: a set, plus ids added since, merged on first use. */
  #credited: ReadonlySet<string>;
  #creditedSince: readonly string[];

  /**
   * @internal Use {@link emptyPrepaidLedger} or {@link prepaidLedger}. `creditedSince`: ids to
   * add to `credited` (a reconciliation adds hundreds of thousands; merging them into a new Set
   * only when someone asks keeps that cost out of reconcile()).
   */
  constructor(balances: ReadonlyMap<string, ReadonlyMap<string, Decimal>>, credited: ReadonlySet<string>, creditedSince: readonly string[] = []) {
    this.#balances = balances;
    this.#credited = credited;
    this.#creditedSince = creditedSince;
  }

  /** @internal Every credited payment id, as one Set. */
  #creditedSet(): ReadonlySet<string> {
    if (this.#creditedSince.length > 0) {
      const merged = new Set(this.#credited);
      for (const id of this.#creditedSince) merged.add(id);
      this.#credited = merged;
      this.#creditedSince = [];
    }
    return this.#credited;
  }

  /** The balance of a customer in a currency (zero when there is none). */
  balance(customer: string, currency: string): Money {
    const amount = this.#balances.get(customer)?.get(currency);
    return amount === undefined ? Money.zero(currency) : new Money(amount, currency);
  }

  /** Every non-zero balance, sorted by customer then currency. */
  accounts(): PrepaidAccount[] {
    const result: PrepaidAccount[] = [];
    for (const customer of [...this.#balances.keys()].sort()) {
      const byCurrency = this.#balances.get(customer) as ReadonlyMap<string, Decimal>;
      for (const currency of [...byCurrency.keys()].sort()) {
        const amount = byCurrency.get(currency) as Decimal;
        if (!amount.isZero()) result.push({ customer, balance: new Money(amount, currency) });
      }
    }
    return result;
  }

  /** Every customer that has (or had) an account, sorted. */
  customers(): string[] {
    return [...this.#balances.keys()].sort();
  }

  /** Whether a payment was already credited to this ledger. */
  hasCredited(paymentId: string): boolean {
    return this.#creditedSet().has(paymentId);
  }

  /** Whether any payment id is recorded. @internal */
  hasCreditedAny(): boolean {
    return this.#credited.size > 0 || this.#creditedSince.length > 0;
  }

  /** The ids of every payment credited so far. */
  creditedPayments(): string[] {
    return [...this.#creditedSet()];
  }

  /** `{ balances: { customer: { CHF: '10.00' } }, creditedPayments: [...] }`; {@link prepaidLedger} reads it back. */
  toJSON(): PrepaidLedgerJSON {
    const balances: Record<string, Record<string, string>> = {};
    for (const { customer, balance } of this.accounts()) {
      (balances[customer] ??= {})[balance.currency] = balance.toDecimalString();
    }
    return { balances, creditedPayments: [...this.#creditedSet()] };
  }

  /** @internal A mutable copy, for engines that apply many entries at once. */
  draft(): LedgerDraft {
    const balances = new Map<string, Map<string, Decimal>>();
    for (const [customer, byCurrency] of this.#balances) balances.set(customer, new Map(byCurrency));
    return new LedgerDraft(balances, this.#creditedSet());
  }
}

/**
 * A ledger under construction: engines apply entries in place, then {@link LedgerDraft.done}
 * hands out the immutable ledger. Never leaves the library. @internal
 */
export class LedgerDraft {
  /** Ids credited through this draft; the ledger's own set is shared, never copied. */
  readonly #creditedNow: string[] = [];

  constructor(
    private readonly balances: Map<string, Map<string, Decimal>>,
    private readonly credited: ReadonlySet<string>,
  ) {}

  /** Adds a positive amount; remembers the payment it came from, if any. */
  credit(customer: string, amount: Money, paymentId?: string): void {
    this.add(customer, amount.currency, amount.amount);
    if (paymentId !== undefined) this.markCredited(paymentId);
  }

  /** Adds an amount in a currency to a customer's balance (the caller checked it is positive). */
  add(customer: string, currency: string, amount: Decimal): void {
    let byCurrency = this.balances.get(customer);
    if (byCurrency === undefined) this.balances.set(customer, (byCurrency = new Map()));
    const before = byCurrency.get(currency);
    byCurrency.set(currency, before === undefined ? amount : before.plus(amount));
  }

  /** Records that a payment was credited (a later reconciliation skips it). */
  markCredited(paymentId: string): void {
    this.#creditedNow.push(paymentId);
  }

  /** Takes an amount that the caller has checked to be covered by the balance. */
  debit(customer: string, amount: Money): void {
    const byCurrency = this.balances.get(customer);
    const before = byCurrency?.get(amount.currency);
    if (byCurrency === undefined || before === undefined || before.lessThan(amount.amount)) {
      // Callers check the balance first; this guards the invariant "never negative" (BIL-05).
      throw new HostPolicyError('INSUFFICIENT_PREPAID_BALANCE', `The prepaid balance of ${customer} does not cover ${amount.toString()}.`, { rule: 'BIL-05' });
    }
    byCurrency.set(amount.currency, before.minus(amount.amount));
  }

  done(): PrepaidLedger {
    return new PrepaidLedger(this.balances, this.credited, this.#creditedNow);
  }
}
