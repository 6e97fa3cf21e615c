import { isCurrency, minorUnits, Money } from '../../money/index.js';
import { isAmountInput, toDecimal } from '../../money/amount.js';
import { Dec } from '../../money/decimal.js';
import { CentsTable } from './centsTable.js';
import { instantMs } from '../instant.js';
import { InstantCache } from '../readonlyDate.js';
import type { Invoice, Payment } from '../model.js';
import { compactReference } from '../reference.js';
import {
  INVOICE_REQUIRED_KEYS,
  isAboveZero,
  isCompactIban,
  isDueInOrder,
  isId,
  isInMinorUnits,
  isMessage,
  isName,
  isReferenceTypeOf,
  PAYMENT_REQUIRED_KEYS,
} from '../itemRules.js';

/**
 * Integer minor units of a plain 'digits.dd' amount (up to 13 integer digits, so the result is
 * exact), or -1 for any other shape (sign, spaces, other decimals), which takes the string path.
 */
function centsOf(s: string): number {
  const n = s.length;
  if (n < 4 || n > 16 || s.charCodeAt(n - 3) !== 46 /* . */) return -1;
  let value = 0;
  for (let i = 0; i < n; i += 1) {
    if (i === n - 3) continue;
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * Whether `v` is a plain object with exactly `count` own keys, the fields just read and found
 * defined. Strict reading at the cost of one prototype check and one Object.keys per object: the
 * fields were read by name, so a prototype of `Object.prototype` or `null` means none was
 * inherited, and a key count above that of the fields found
 * means an unknown key — or a field set to `undefined`; the detailed path (items.ts) tells which.
 */
function plainWith(v: object, count: number): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && Object.keys(v).length === count;
}

/** The number of own keys of a plain object (see {@link plainWith}), or -1 for another object. */
function plainKeys(v: object): number {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null ? Object.keys(v).length : -1;
}

/** An invoice's parts but its amount, as reconcile() keeps them until it builds the invoice. @internal */
export interface InvoiceParts {
  id: string;
  customer: string;
  reference: string;
  issuedAt: Date;
  dueAt: Date;
  settled: boolean;
  settledBy: string | undefined;
}

/**
 * An invoice value, its properties always in this order (and `settledBy` only when there is one),
 * so that every invoice of a reconciliation shares one object shape. @internal
 */
export function invoiceOf(
  id: string,
  customer: string,
  reference: string,
  amount: Money,
  issuedAt: Date,
  dueAt: Date,
  settled: boolean,
  settledBy: string | undefined,
): Invoice {
  return settledBy === undefined
    ? { id, customer, reference, amount, issuedAt, dueAt, settled }
    : { id, customer, reference, amount, issuedAt, dueAt, settled, settledBy };
}

/** Where reconcile() finds invoices by compact reference: a Map or a ReferenceIndex (-1 or undefined: none). */
export interface ReferenceLookup {
  get(reference: string): number | undefined;
}

/**
 * The hot path of reconcile()'s validation. It asks the rules of `itemRules.ts`, as `items.ts`
 * and the zod schemas do, accepts only what `items.ts` accepts, and returns
 * `undefined` for anything unusual, whereupon the caller runs the detailed validator of
 * `items.ts`, which raises the error with the item's path (or accepts a valid but rare form, such
 * as a number amount). A property test checks that both agree. Savings, measured in
 * bench/billing.bench.ts: no issue list or path array per item; one Money per distinct amount
 * (Money and Decimal are immutable, so equal amounts can share one value: parsing a decimal was
 * the largest single cost); a payment reference that is a known invoice reference is not
 * checked again.
 * @internal
 */
export class FastItemReader {
  readonly #money = new Map<string, Map<string, number>>();
  readonly #cents = new Map<string, CentsTable>();
  /** The last currency read and its table: statements are mostly in one or two currencies. */
  #lastCurrency = '';
  #lastCents: CentsTable | undefined;
  /** Every distinct Money value handed out, by its number (see {@link FastItemReader.moneyNumber}). */
  readonly values: Money[] = [];
  /** Per value number: the amount in the currency's minor units when the reader saw it directly ('12.50' in CHF → 1250), else NaN. */
  readonly units: number[] = [];
  readonly #numbers = new Map<Money, number>();
  /** Invoices and payments share one read-only Date per instant (see InstantCache). */
  readonly #instants = new InstantCache();
  /** The invoice index found for the last payment read (-1: none). */
  lastTarget = -1;
  /** The number of the last Money value read. */
  lastMoney = -1;
  /** The booking time (ms) of the last payment read. */
  lastBooked = 0;
  /** The parts of the last invoice read by {@link readInvoice}. */
  readonly lastInvoice: InvoiceParts = {
    id: '',
    customer: '',
    reference: '',
    issuedAt: new Date(0),
    dueAt: new Date(0),
    settled: false,
    settledBy: undefined,
  };

  /**
   * A small number per distinct Money value, so that totals can be counted in typed arrays. A
   * Money input equal to a value read from a string may get a number of its own: numbers only
   * need to be equal for identical values (comparisons fall back to the amounts).
   */
  moneyNumber(money: Money, units = Number.NaN): number {
    let n = this.#numbers.get(money);
    if (n === undefined) {
      n = this.#numberNew(money, units);
      this.#numbers.set(money, n);
    }
    return n;
  }

  /** The next number, for a value not numbered yet. */
  #numberNew(money: Money, units: number): number {
    this.units.push(units);
    return this.values.push(money) - 1;
  }

  money(v: unknown): Money | undefined {
    return this.readMoney(v) ? this.values[this.lastMoney] : undefined;
  }

  /**
   * {@link money} without handing out the value: true when `v` is a valid positive amount, whose
   * number is then {@link lastMoney}. Invoices need only the number while reading (their objects
   * are built at the end), which spares a visit to {@link values} per invoice.
   */
  readMoney(v: unknown): boolean {
    if (typeof v !== 'object' || v === null) return false;
    if (v instanceof Money) {
      if (!isAboveZero(v.amount) || !isInMinorUnits(v.amount, v.currency)) return false;
      this.lastMoney = this.moneyNumber(v);
      return true;
    }
    // Strict, as everywhere (see plainWith): anything else takes the detailed path, which says why.
    if (!plainWith(v, 2)) return false;
    const { amount, currency } = v as { amount?: unknown; currency?: unknown };
    if (typeof amount !== 'string' || typeof currency !== 'string') return false;
    // The common shape '123.45': look up by integer cents, a number key (no string to compare).
    const cents = centsOf(amount);
    if (cents > 0) {
      let table = currency === this.#lastCurrency ? this.#lastCents : this.#cents.get(currency);
      const hit = table === undefined ? -1 : table.get(cents);
      if (hit !== -1) {
        this.lastMoney = hit;
        this.#lastCurrency = currency;
        this.#lastCents = table;
        return true;
      }
      if (!this.#parse(amount, currency, minorUnits(currency) === 2 ? cents : Number.NaN)) return false;
      if (table === undefined) {
        table = new CentsTable();
        this.#cents.set(currency, table);
      }
      table.set(cents, this.lastMoney);
      this.#lastCurrency = currency;
      this.#lastCents = table;
      return true;
    }
    let byAmount = this.#money.get(currency);
    const known = byAmount?.get(amount);
    if (known !== undefined) {
      this.lastMoney = known;
      return true;
    }
    if (!this.#parse(amount, currency)) return false;
    if (byAmount === undefined) {
      byAmount = new Map();
      this.#money.set(currency, byAmount);
    }
    byAmount.set(amount, this.lastMoney);
    return true;
  }

  /** Validates and creates a new value; sets {@link lastMoney}. False: not a valid positive amount. */
  #parse(amount: string, currency: string, units = Number.NaN): boolean {
    if (!isCurrency(currency) || !isAmountInput(amount)) return false;
    const parsed = toDecimal(amount.trim());
    if (!isAboveZero(parsed) || !isInMinorUnits(parsed, currency)) return false;
    // A copy: decimal.js fills the digits of a parsed value by push, which leaves room for 17 in
    // V8 (152 bytes); the copy's are sliced to size. Every value survives into the result.
    const money = new Money(new Dec(parsed), currency);
    // A value just made has no number yet: numbered without asking #numbers, which only Money inputs need.
    this.lastMoney = this.#numberNew(money, units);
    return true;
  }

  /**
   * Validates an invoice and leaves its parts in {@link lastInvoice} (and its amount's number in
   * {@link lastMoney}) without building the object: reconcile() builds each invoice once, at
   * the end, in its final state (a settled flag and `settledBy` added to an existing object
   * would cost a second allocation per settled invoice). False: take the detailed path.
   */
  readInvoice(v: unknown): boolean {
    if (typeof v !== 'object' || v === null) return false;
    const { id, customer, reference, amount, issuedAt, dueAt, settled, settledBy } = v as Record<string, unknown>;
    if (!isId(id) || !isId(customer) || typeof reference !== 'string') return false;
    if ((settled !== undefined && typeof settled !== 'boolean') || (settledBy !== undefined && !isId(settledBy))) return false;
    if (!plainWith(v, INVOICE_REQUIRED_KEYS + (settled === undefined ? 0 : 1) + (settledBy === undefined ? 0 : 1))) return false;
    const ref = compactReference(reference);
    const valid = this.readMoney(amount);
    const issued = instantMs(issuedAt);
    const due = instantMs(dueAt);
    if (ref === undefined || !valid || !isDueInOrder(issued, due)) return false; // NaN fails too
    const last = this.lastInvoice;
    last.id = id;
    last.customer = customer;
    last.reference = ref;
    last.issuedAt = this.#instants.date(issued);
    last.dueAt = this.#instants.date(due);
    last.settled = settled === true;
    last.settledBy = settledBy;
    return true;
  }

  /** {@link readInvoice}, built into an invoice (`undefined`: take the detailed path). */
  invoice(v: unknown): Invoice | undefined {
    if (!this.readInvoice(v)) return undefined;
    const { id, customer, reference, issuedAt, dueAt, settled, settledBy } = this.lastInvoice;
    return invoiceOf(id, customer, reference, this.values[this.lastMoney] as Money, issuedAt, dueAt, settled, settledBy);
  }

  /**
   * `knownReferences`: the invoices' compact references (already validated) and their indexes;
   * sets {@link lastTarget}, {@link lastMoney} and {@link lastBooked} for the payment read.
   */
  payment(v: unknown, knownReferences: ReferenceLookup): Payment | undefined {
    if (typeof v !== 'object' || v === null) return undefined;
    const { id, reference, customer, amount, bookedAt, valueDate, debtorName } = v as Record<string, unknown>;
    if (!isId(id) || (customer !== undefined && !isId(customer)) || (debtorName !== undefined && !isName(debtorName))) return undefined;
    const optional =
      (reference === undefined ? 0 : 1) +
      (customer === undefined ? 0 : 1) +
      (valueDate === undefined ? 0 : 1) +
      (debtorName === undefined ? 0 : 1);
    // More own keys than the fields read: the facts of a bank file (camt), or an unknown key. They
    // are read only then, so that a hand-made statement pays no lookup of absent fields.
    const more = plainKeys(v) - (PAYMENT_REQUIRED_KEYS + optional);
    const extras = more !== 0;
    let referenceType: unknown;
    let message: unknown;
    let debtorIban: unknown;
    let charges: unknown;
    if (extras) {
      if (more < 0) return undefined; // not a plain object
      ({ referenceType, message, debtorIban, charges } = v as Record<string, unknown>);
      const given =
        (referenceType === undefined ? 0 : 1) +
        (message === undefined ? 0 : 1) +
        (debtorIban === undefined ? 0 : 1) +
        (charges === undefined ? 0 : 1);
      if (given !== more || (message !== undefined && !isMessage(message)) || (debtorIban !== undefined && !isCompactIban(debtorIban)))
        return undefined;
    }
    let ref: string | undefined;
    if (reference !== undefined) {
      if (typeof reference !== 'string') return undefined;
      const index = knownReferences.get(reference) ?? -1;
      ref = index !== -1 ? reference : compactReference(reference);
      if (ref === undefined) return undefined;
      this.lastTarget = index !== -1 || ref === reference ? index : (knownReferences.get(ref) ?? -1);
    } else {
      this.lastTarget = -1;
    }
    if (referenceType !== undefined && !isReferenceTypeOf(referenceType, ref)) return undefined;
    // Charges first: reading the amount last leaves its number in lastMoney. Zero charges take the detailed path.
    const paidCharges = charges === undefined ? undefined : this.money(charges);
    const money = this.money(amount);
    const booked = instantMs(bookedAt);
    const value = valueDate === undefined ? 0 : instantMs(valueDate);
    if (money === undefined || Number.isNaN(booked) || Number.isNaN(value)) return undefined;
    if (charges !== undefined && paidCharges?.currency !== money.currency) return undefined;
    this.lastBooked = booked;
    // The usual bank-statement line (a reference, nothing else) as one literal: properties added
    // afterwards would need a second allocation per payment.
    if (ref !== undefined && customer === undefined && valueDate === undefined && debtorName === undefined && !extras)
      return { id, amount: money, bookedAt: this.#instants.date(booked), reference: ref };
    const payment: { -readonly [K in keyof Payment]: Payment[K] } = { id, amount: money, bookedAt: this.#instants.date(booked) };
    if (ref !== undefined) payment.reference = ref;
    if (customer !== undefined) payment.customer = customer;
    if (valueDate !== undefined) payment.valueDate = this.#instants.date(value);
    if (debtorName !== undefined) payment.debtorName = debtorName;
    if (extras) {
      if (referenceType !== undefined) payment.referenceType = referenceType as NonNullable<Payment['referenceType']>;
      if (message !== undefined) payment.message = message as string;
      if (debtorIban !== undefined) payment.debtorIban = debtorIban as string;
      if (paidCharges !== undefined) payment.charges = paidCharges;
    }
    return payment;
  }
}
