import { HostPolicyError } from '../errors.js';
import type { Decimal } from '../money/decimal.js';
import { exactMinus, exactPlus } from '../money/exact.js';
import { MONEY_DIGITS } from '../money/forms.js';
import { isCurrency, minorUnits, Money } from '../money/index.js';
import { hasBrand, hasOwnFormat, setBrand } from '../internal/brand.js';
import { invalidField } from '../internal/parse.js';
import { ID_MESSAGE, isId } from './itemRules.js';
import { termsText } from './entryTerms.js';

/** The brand of {@link PrepaidLedger} in every copy of the library (see internal/brand.ts). */
const LEDGER_BRAND = Symbol.for('hostpolicy.PrepaidLedger');
/** The version of a ledger's public data ({@link PrepaidLedgerJSON}). */
const LEDGER_FORMAT = 1;

/**
 * The JSON form of a {@link PrepaidLedger}: balances per customer and currency, and the ids of
 * the entries already applied. `balances` is keyed by customer id, and any string is a valid id
 * (`'__proto__'` included): {@link PrepaidLedger.toJSON} writes it as an object without
 * prototype, whose keys `JSON.stringify` and `JSON.parse` carry as ordinary own keys.
 */
export interface PrepaidLedgerJSON {
  /** customer → currency → balance as a decimal string. */
  readonly balances: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Ids of the payments credited so far; a second reconciliation of the same payment skips it. */
  readonly creditedPayments?: readonly string[];
  /**
   * Ids of the invoices paid from the prepaid account (BIL-05); paying one again changes nothing
   * (another invoice with that id is refused, see `terms`).
   */
  readonly paidInvoices?: readonly string[];
  /** Ids of the payouts made (BIL-09); a payout requested again with its id changes nothing. */
  readonly payouts?: readonly string[];
  /** Ids of the orders whose cashback was booked (PAR-09); booking one again changes nothing. */
  readonly incentiveOrders?: readonly string[];
  /** Ids of the reversals a reconciliation applied; applying one again changes nothing. */
  readonly reversals?: readonly string[];
  /** Ids of the payments those reversals took back; a later reconciliation of such a payment skips it. */
  readonly reversedPayments?: readonly string[];
  /**
   * Ids of the payments a reconciliation credited to the customer they named (BIL-04): their
   * reference does not tell the account, so a later reversal of one must name that customer.
   */
  readonly ownCustomerCredits?: readonly string[];
  /**
   * Compact references for which a reconciliation credited a payment of the invoice's own amount as
   * `STALE_REFERENCE` (BIL-03): a later reversal by that reference alone cannot tell that payment
   * from the one that settled the invoice (`REVERSAL_AMBIGUOUS`).
   */
  readonly staleCreditReferences?: readonly string[];
  /**
   * What each entry applied by id was, by kind and id (`'c1: CHF 59.00'`, `'c1: CHF 59.00 by
   * paypal'`): the same id given again with other terms is refused (`DUPLICATE_PAYMENT`,
   * `DUPLICATE_PAYOUT`, `DUPLICATE_ORDER`, `DUPLICATE_INVOICE`) instead of being taken for a retry.
   * Written by `creditCancelledOrder`, `requestPayout`, `bookIncentive` and the payment of an
   * invoice from the prepaid account (its customer and amount); a ledger written before it lacks
   * them, and a repeated id is then taken for a retry as before.
   */
  readonly terms?: { readonly [K in TermKind]?: Readonly<Record<string, string>> };
}

/** The kinds of entries whose terms a ledger keeps (see {@link PrepaidLedgerJSON.terms}). */
export const TERM_KINDS = ['creditedPayments', 'payouts', 'incentiveOrders', 'paidInvoices'] as const;
/** One kind of entry whose terms a ledger keeps. */
export type TermKind = (typeof TERM_KINDS)[number];

/** Terms by kind, then id. @internal */
export type EntryTerms = Readonly<Record<TermKind, ReadonlyMap<string, string>>>;

/** Terms by kind: those of `from` (copied), or none. @internal */
export function entryTerms(from?: EntryTerms): Record<TermKind, Map<string, string>> {
  const terms = {} as Record<TermKind, Map<string, string>>;
  for (const kind of TERM_KINDS) terms[kind] = new Map(from?.[kind]);
  return terms;
}

const NO_TERMS: EntryTerms = entryTerms();

/**
 * The ids a ledger records besides credited payments, the JSON's lists: entries it applies once per
 * id, and what later reversals need to know of a credit (`ownCustomerCredits`, `staleCreditReferences`).
 */
export const ENTRY_KINDS = [
  'paidInvoices',
  'payouts',
  'incentiveOrders',
  'reversals',
  'reversedPayments',
  'ownCustomerCredits',
  'staleCreditReferences',
] as const;
/** One kind of entry applied once per id. */
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** The ids a ledger records so that each entry is applied once, by kind. @internal */
export type EntryIds = Readonly<Record<EntryKind, ReadonlySet<string>>>;

const NO_ENTRIES: EntryIds = entryIds();

/** Entry ids by kind: those of `from` (copied), or none. @internal */
export function entryIds(from?: EntryIds): Record<EntryKind, Set<string>> {
  const ids = {} as Record<EntryKind, Set<string>>;
  for (const kind of ENTRY_KINDS) ids[kind] = new Set(from?.[kind]);
  return ids;
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
/**
 * One balance of a customer in one currency. A customer's balances form a short chain (one link
 * per currency), immutable, so ledgers share the chains they do not change: a ledger with a
 * quarter of a million customers is copied as one Map, not one Map per customer. @internal
 */
export interface Balance {
  readonly currency: string;
  readonly amount: Decimal;
  readonly next: Balance | undefined;
}

/** The chain `head` with `currency`'s amount set to `amount` (the links before it copied, the rest shared). */
function withAmount(head: Balance | undefined, currency: string, amount: Decimal): Balance {
  if (head === undefined) return { currency, amount, next: undefined };
  if (head.currency === currency) return { currency, amount, next: head.next };
  return { currency: head.currency, amount: head.amount, next: withAmount(head.next, currency, amount) };
}

/** The amount of `currency` in the chain `head`, if there is a link for it. */
function amountIn(head: Balance | undefined, currency: string): Decimal | undefined {
  for (let link = head; link !== undefined; link = link.next) if (link.currency === currency) return link.amount;
  return undefined;
}

/**
 * The prepaid accounts of every customer (BIL-04, BIL-05, BIL-09): one balance per customer and
 * currency, never negative. Immutable: every operation returns a new ledger. Build one with
 * {@link emptyPrepaidLedger} or {@link prepaidLedger}. Its methods check their arguments: a
 * customer or entry id that is not an id, or a currency that is not an ISO 4217 code in upper
 * case, is an `InvalidInputError` (`INVALID_INPUT`, BIL-05), never a silent zero or `false`.
 *
 * @example
 * ```ts
 * const ledger = prepaidLedger({ balances: { c1: { CHF: '10.00' } } });
 * ledger.balance('c1', 'CHF').toString(); // 'CHF 10.00'
 * ledger.balance('c1', 'chf');            // throws INVALID_INPUT: a currency code is in upper case
 * ```
 */
export class PrepaidLedger {
  static {
    setBrand(PrepaidLedger.prototype, LEDGER_BRAND, LEDGER_FORMAT);
  }

  /** @internal customer → chain of balances by currency (`undefined`: an account with no balance yet). */
  readonly #balances: ReadonlyMap<string, Balance | undefined>;
  /** @internal The credited payment ids: a set, plus ids added since, merged on first use. */
  #credited: ReadonlySet<string>;
  #creditedSince: readonly string[];
  /** @internal The invoices paid from this ledger, the payouts made and the cashback booked, by id. */
  readonly #entries: EntryIds;
  /** @internal What the entries applied by id were (see {@link PrepaidLedgerJSON.terms}). */
  readonly #terms: EntryTerms;

  /**
   * @internal Use {@link emptyPrepaidLedger} or {@link prepaidLedger}. `creditedSince`: ids to
   * add to `credited` (a reconciliation adds hundreds of thousands; merging them into a new Set
   * only when someone asks keeps that cost out of reconcile()).
   */
  constructor(
    balances: ReadonlyMap<string, Balance | undefined>,
    credited: ReadonlySet<string>,
    creditedSince: readonly string[] = [],
    entries: EntryIds = NO_ENTRIES,
    terms: EntryTerms = NO_TERMS,
  ) {
    this.#balances = balances;
    this.#credited = credited;
    this.#creditedSince = creditedSince;
    this.#entries = entries;
    this.#terms = terms;
  }

  /** The terms recorded for an entry applied by id, if any. @internal */
  termsOf(kind: TermKind, id: string): string | undefined {
    return this.#terms[kind].get(id);
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

  /**
   * The balance of a customer in a currency (zero when there is none).
   * @throws InvalidInputError (`INVALID_INPUT`, BIL-05) for a customer that is not an id, or a
   *   currency that is not an ISO 4217 code in upper case (`'chf'` would answer a zero that the customer does not have).
   */
  balance(customer: string, currency: string): Money {
    checkId(customer, 'customer', 'prepaid balance');
    if (typeof currency !== 'string' || !isCurrency(currency)) invalidField('prepaid balance', ['currency'], CURRENCY_MESSAGE, 'BIL-05');
    const amount = amountIn(this.#balances.get(customer), currency);
    return amount === undefined ? Money.zero(currency) : new Money(amount, currency);
  }

  /** Every non-zero balance, sorted by customer then currency. */
  accounts(): PrepaidAccount[] {
    const result: PrepaidAccount[] = [];
    for (const customer of this.customers()) {
      const links: Balance[] = [];
      for (let link = this.#balances.get(customer); link !== undefined; link = link.next) if (!link.amount.isZero()) links.push(link);
      links.sort((a, b) => (a.currency < b.currency ? -1 : 1)); // a customer has each currency once
      for (const { amount, currency } of links) result.push({ customer, balance: new Money(amount, currency) });
    }
    return result;
  }

  /** Every customer that has (or had) an account, sorted. */
  customers(): string[] {
    return [...this.#balances.keys()].sort();
  }

  /** Whether a payment was already credited to this ledger. */
  hasCredited(paymentId: string): boolean {
    checkId(paymentId, 'paymentId', 'prepaid ledger lookup');
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

  /** Whether an invoice was already paid from this ledger (BIL-05). */
  hasPaidInvoice(invoiceId: string): boolean {
    checkId(invoiceId, 'invoiceId', 'prepaid ledger lookup');
    return this.#entries.paidInvoices.has(invoiceId);
  }

  /** Whether a payout with this id was already made (BIL-09). */
  hasPayout(payoutId: string): boolean {
    checkId(payoutId, 'payoutId', 'prepaid ledger lookup');
    return this.#entries.payouts.has(payoutId);
  }

  /** Whether the cashback of an order was already booked (PAR-09). */
  hasBookedIncentive(orderId: string): boolean {
    checkId(orderId, 'orderId', 'prepaid ledger lookup');
    return this.#entries.incentiveOrders.has(orderId);
  }

  /** Whether a reconciliation applied this reversal (by reversal id). */
  hasAppliedReversal(reversalId: string): boolean {
    checkId(reversalId, 'reversalId', 'prepaid ledger lookup');
    return this.#entries.reversals.has(reversalId);
  }

  /** Whether a reversal applied by a reconciliation took this payment back (by payment id). */
  hasReversed(paymentId: string): boolean {
    checkId(paymentId, 'paymentId', 'prepaid ledger lookup');
    return this.#entries.reversedPayments.has(paymentId);
  }

  /**
   * Whether a reconciliation credited this payment to the customer it named (BIL-04), so that a
   * reversal of it must name that customer (the invoice its reference names may be another's).
   */
  hasOwnCustomerCredit(paymentId: string): boolean {
    checkId(paymentId, 'paymentId', 'prepaid ledger lookup');
    return this.#entries.ownCustomerCredits.has(paymentId);
  }

  /**
   * Whether a reconciliation credited a payment of this (compact) reference, of its invoice's own
   * amount, as `STALE_REFERENCE` (BIL-03): a reversal by this reference alone is then ambiguous.
   */
  hasStaleCredit(reference: string): boolean {
    checkId(reference, 'reference', 'prepaid ledger lookup');
    return this.#entries.staleCreditReferences.has(reference);
  }

  /** Whether any reversed payment is recorded. @internal */
  hasReversedAny(): boolean {
    return this.#entries.reversedPayments.size > 0;
  }

  /**
   * `{ balances: { customer: { CHF: '10.00' } }, creditedPayments: [...] }` (and `paidInvoices`,
   * `payouts`, `incentiveOrders` when there are any); {@link prepaidLedger} reads it back. The records keyed by
   * customer id and currency have no prototype, so that every id is an ordinary key.
   */
  toJSON(): PrepaidLedgerJSON {
    const balances: Record<string, Record<string, string>> = Object.create(null) as Record<string, Record<string, string>>;
    for (const { customer, balance } of this.accounts()) {
      balances[customer] ??= Object.create(null) as Record<string, string>;
      balances[customer][balance.currency] = balance.toDecimalString();
    }
    const json: { -readonly [K in keyof PrepaidLedgerJSON]: PrepaidLedgerJSON[K] } = {
      balances,
      creditedPayments: [...this.#creditedSet()],
    };
    for (const kind of ENTRY_KINDS) if (this.#entries[kind].size > 0) json[kind] = [...this.#entries[kind]];
    const terms: { [K in TermKind]?: Record<string, string> } = {};
    for (const kind of TERM_KINDS) {
      if (this.#terms[kind].size === 0) continue;
      const byId: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const [id, text] of this.#terms[kind]) byId[id] = text;
      terms[kind] = byId;
    }
    if (Object.keys(terms).length > 0) json.terms = terms;
    return json;
  }

  /** @internal A mutable copy, for engines that apply many entries at once. */
  draft(): LedgerDraft {
    return new LedgerDraft(new Map(this.#balances), this.#creditedSet(), this.#entries, this.#terms);
  }
}

/** `'CHF 1.00'`, as Money writes it, for an amount that no Money may hold. */
function amountText(currency: string, amount: Decimal): string {
  return `${currency} ${amount.toFixed(Math.max(minorUnits(currency) ?? 2, amount.decimalPlaces()))}`;
}

const CURRENCY_MESSAGE = "must be an ISO 4217 currency code in upper case, like 'CHF' or 'EUR'";

/**
 * The ledger's methods validate their arguments as every public function does (a customer id of
 * `42` or a currency of `'chf'` would otherwise answer a silent zero or `false`).
 * @throws InvalidInputError (`INVALID_INPUT`, BIL-05) for a value that is not an id.
 */
function checkId(v: unknown, field: string, what: string): void {
  if (!isId(v)) invalidField(what, [field], ID_MESSAGE, 'BIL-05');
}

/**
 * Tells whether a value is a {@link PrepaidLedger}, also one made by another copy of hostpolicy
 * (the ESM and CommonJS builds in one process), where `instanceof` is false. Every function that
 * takes a ledger accepts such a value, and its JSON form as well.
 *
 * @example
 * ```ts
 * isPrepaidLedger(emptyPrepaidLedger());  // true
 * isPrepaidLedger({ balances: {} });      // false: the JSON form, which functions accept too
 * ```
 */
export function isPrepaidLedger(value: unknown): value is PrepaidLedger {
  // Ledgers of this copy carry the brand too (on their prototype): one property read answers.
  return hasOwnFormat(value, LEDGER_BRAND, LEDGER_FORMAT);
}

/**
 * Whether a value is a ledger, of this copy or another (with this copy's format). @internal
 * @throws HostPolicyError `INCOMPATIBLE_VALUE` for a ledger of another format.
 */
export function isAnyPrepaidLedger(value: unknown): boolean {
  return hasBrand(value, LEDGER_BRAND, 'PrepaidLedger', LEDGER_FORMAT);
}

/**
 * A ledger under construction: engines apply entries in place, then {@link LedgerDraft.done}
 * hands out the immutable ledger. Never leaves the library. @internal
 */
export class LedgerDraft {
  /** Ids credited through this draft; the ledger's own set is shared, never copied. */
  #creditedNow: string[] = [];

  /** Entry ids recorded through this draft, added to the ledger's own when it is done. */
  #entriesNow: { kind: EntryKind; id: string }[] = [];

  /** Terms recorded through this draft, added to the ledger's own when it is done. */
  #termsNow: { kind: TermKind; id: string; text: string }[] = [];

  constructor(
    private readonly balances: Map<string, Balance | undefined>,
    private readonly credited: ReadonlySet<string>,
    private readonly entries: EntryIds = NO_ENTRIES,
    private readonly terms: EntryTerms = NO_TERMS,
  ) {}

  /** The balance of a customer in a currency now (`undefined` when there is none). */
  balance(customer: string, currency: string): Decimal | undefined {
    return amountIn(this.balances.get(customer), currency);
  }

  /** Adds a positive amount; remembers the payment it came from, if any. */
  credit(customer: string, amount: Money, paymentId?: string): void {
    this.add(customer, amount.currency, amount.amount);
    if (paymentId !== undefined) this.markCredited(paymentId);
  }

  /**
   * Adds an amount in a currency to a customer's balance (the caller checked it is positive).
   * @throws HostPolicyError `AMOUNT_OUT_OF_RANGE` (MON-01) when the balance would pass 30 integer
   *   digits: the credit fails, rather than a ledger that can no longer be written (toJSON) or read.
   */
  add(customer: string, currency: string, amount: Decimal): void {
    const head = this.balances.get(customer);
    const before = amountIn(head, currency);
    const after = before === undefined ? amount : exactPlus(before, amount);
    // One exponent comparison: two amounts within range have at most 400 decimals, and so has their sum.
    if (after.e >= MONEY_DIGITS.integer) {
      throw new HostPolicyError(
        'AMOUNT_OUT_OF_RANGE',
        `Crediting ${amountText(currency, amount)} to ${customer} would take its balance to ${amountText(currency, after)}, ` +
          'beyond 30 integer digits.',
        { rule: 'MON-01', details: { customer, currency } },
      );
    }
    this.balances.set(customer, before === undefined ? { currency, amount, next: head } : withAmount(head, currency, after));
  }

  /** Records that a payment was credited (a later reconciliation skips it). */
  markCredited(paymentId: string): void {
    this.#creditedNow.push(paymentId);
  }

  /**
   * {@link markCredited} for many payments; the draft takes the array over when it has none yet
   * (reconcile() hands over hundreds of thousands).
   */
  markCreditedAll(paymentIds: string[]): void {
    if (this.#creditedNow.length === 0) this.#creditedNow = paymentIds;
    else for (const id of paymentIds) this.#creditedNow.push(id);
  }

  /**
   * Takes an amount that the caller has checked to be covered by the balance; `entry` names the
   * invoice paid or the payout made, so that the ledger applies it once.
   */
  debit(customer: string, amount: Money, entry?: { readonly invoice: string } | { readonly payout: string }): void {
    const head = this.balances.get(customer);
    const before = amountIn(head, amount.currency);
    if (before === undefined || before.lessThan(amount.amount)) {
      // Callers check the balance first; this guards the invariant "never negative" (BIL-05).
      throw new HostPolicyError('INSUFFICIENT_PREPAID_BALANCE', `The prepaid balance of ${customer} does not cover ${amount.toString()}.`, {
        rule: 'BIL-05',
      });
    }
    this.balances.set(customer, withAmount(head, amount.currency, exactMinus(before, amount.amount)));
    if (entry === undefined) return;
    if (!('invoice' in entry)) this.record('payouts', entry.payout);
    else {
      // An invoice id names one invoice: its customer and amount, so that another invoice with the id is refused.
      this.record('paidInvoices', entry.invoice);
      this.recordTerms('paidInvoices', entry.invoice, termsText(customer, amount));
    }
  }

  /** Records that an entry was applied (a later call with the same id changes nothing). */
  record(kind: EntryKind, id: string): void {
    this.#entriesNow.push({ kind, id });
  }

  /** Records what an entry applied by id was, so that the id given again with other terms is refused. */
  recordTerms(kind: TermKind, id: string, text: string): void {
    this.#termsNow.push({ kind, id, text });
  }

  done(): PrepaidLedger {
    let entries = this.entries;
    if (this.#entriesNow.length > 0) {
      const grown = entryIds(entries);
      for (const { kind, id } of this.#entriesNow) grown[kind].add(id);
      entries = grown;
    }
    let terms = this.terms;
    if (this.#termsNow.length > 0) {
      const grown = entryTerms(terms);
      for (const { kind, id, text } of this.#termsNow) grown[kind].set(id, text);
      terms = grown;
    }
    return new PrepaidLedger(this.balances, this.credited, this.#creditedNow, entries, terms);
  }
}
