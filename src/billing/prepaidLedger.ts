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
  /** @internal */
  readonly #credited: ReadonlySet<string>;

  /** @internal Use {@link emptyPrepaidLedger} or {@link prepaidLedger}. */
  constructor(balances: ReadonlyMap<string, ReadonlyMap<string, Decimal>>, credited: ReadonlySet<string>) {
    this.#balances = balances;
    this.#credited = credited;
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
    return this.#credited.has(paymentId);
  }

  /** Whether any payment id is recorded. @internal */
  hasCreditedAny(): boolean {
    return this.#credited.size > 0;
  }

  /** The ids of every payment credited so far. */
  creditedPayments(): string[] {
    return [...this.#credited];
  }

  /** `{ balances: { customer: { CHF: '10.00' } }, creditedPayments: [...] }`; {@link prepaidLedger} reads it back. */
  toJSON(): PrepaidLedgerJSON {
    const balances: Record<string, Record<string, string>> = {};
    for (const { customer, balance } of this.accounts()) {
      (balances[customer] ??= {})[balance.currency] = balance.toDecimalString();
    }
    return { balances, creditedPayments: [...this.#credited] };
  }

  /** @internal A mutable copy, for engines that apply many entries at once. */
  draft(): LedgerDraft {
    const balances = new Map<string, Map<string, Decimal>>();
    for (const [customer, byCurrency] of this.#balances) balances.set(customer, new Map(byCurrency));
    return new LedgerDraft(balances, new Set(this.#credited));
  }
}

/**
 * A ledger under construction: engines apply entries in place, then {@link LedgerDraft.done}
 * hands out the immutable ledger. Never leaves the library. @internal
 */
export class LedgerDraft {
  constructor(
    private readonly balances: Map<string, Map<string, Decimal>>,
    private readonly credited: Set<string>,
  ) {}

  balance(customer: string, currency: string): Money {
    const amount = this.balances.get(customer)?.get(currency);
    return amount === undefined ? Money.zero(currency) : new Money(amount, currency);
  }

  hasCustomer(customer: string): boolean {
    return this.balances.has(customer);
  }

  hasCredited(paymentId: string): boolean {
    return this.credited.has(paymentId);
  }

  /** Adds a positive amount; remembers the payment it came from, if any. */
  credit(customer: string, amount: Money, paymentId?: string): void {
    let byCurrency = this.balances.get(customer);
    if (byCurrency === undefined) this.balances.set(customer, (byCurrency = new Map()));
    const before = byCurrency.get(amount.currency);
    byCurrency.set(amount.currency, before === undefined ? amount.amount : before.plus(amount.amount));
    if (paymentId !== undefined) this.credited.add(paymentId);
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
    return new PrepaidLedger(this.balances, this.credited);
  }
}
