import type { Money } from '../money/index.js';
import { InvalidInputError, type InputIssue } from '../errors.js';
import { HOLE, isInstance, parseInput, readError, readFields } from '../internal/parse.js';
import { requirePolicyObject } from '../internal/policyPart.js';
import type { BillingPolicyParts } from './policyParts.js';
import { CreditBatch } from './creditBatch.js';
import { FastItemReader, invoiceOf, type InvoiceParts } from './fastItems.js';
import { readInvoice, readPayment } from './items.js';
import { paymentOrder } from './sortPayments.js';
import type { Invoice, InvoiceInput, Payment, PaymentInput } from './model.js';
import { outcome, type CreditCause } from './outcome.js';
import { emptyLedger } from './prepaidFunctions.js';
import { PrepaidLedger, type PrepaidLedgerInput } from './prepaidLedger.js';
import { prepaidLedgerSchema } from './schema.js';
import { ReferenceIndex } from './referenceIndex.js';
import { StringIndex } from './stringIndex.js';
import { Sums, type ReconciliationTotals } from './totals.js';

export type { ReconciliationTotals };

/** The options of {@link reconcile}. */
export interface ReconcileInput {
  readonly invoices: readonly InvoiceInput[];
  /** The payments of a bank statement, in any order. */
  readonly payments: readonly PaymentInput[];
  /** The prepaid accounts before this statement; empty when left out. */
  readonly prepaid?: PrepaidLedgerInput;
  /** Customers known besides those of the invoices and the prepaid ledger. */
  readonly customers?: readonly string[];
  /**
   * Accepted for symmetry with the other billing functions (DESIGN.md). The matching rules of
   * BIL-02..04 have no adjustable values, so no part of the policy changes the result today.
   */
  readonly policy?: BillingPolicyParts;
}

/** A payment that settled an invoice (BIL-02); `invoice` is the invoice as settled. */
export interface SettledPayment {
  readonly payment: Payment;
  readonly invoice: Invoice;
}

/** A payment credited to a customer's prepaid account, with the cause (BIL-03, BIL-04). */
export interface CreditedPayment {
  readonly payment: Payment;
  readonly customer: string;
  readonly cause: CreditCause;
}

/** The result of {@link reconcile}. */
export interface Reconciliation {
  /** In processing order (booking time, then payment id). */
  readonly settled: readonly SettledPayment[];
  readonly credited: readonly CreditedPayment[];
  /** Payments of no known customer: kept, never dropped (BIL-04). */
  readonly unidentified: readonly Payment[];
  /** Every invoice, in input order, with its state after this statement. */
  readonly invoices: readonly Invoice[];
  /** The prepaid accounts after this statement. */
  readonly prepaid: PrepaidLedger;
  /** Per currency, over the payments processed now. */
  readonly totals: Readonly<Record<string, ReconciliationTotals>>;
  /** Ids of payments listed twice in the input, processed once. */
  readonly duplicates: readonly string[];
  /** Payments that an earlier reconciliation already settled or credited (by payment id); not counted again. */
  readonly alreadyReconciled: readonly Payment[];
}

const WHAT = 'reconciliation input';
/**
 * The matching loop visits invoices and payments in no particular memory order, so the numbers it
 * reads of each sit side by side in one Int32Array row (one cache line per visit, not three).
 * An invoice's row: its amount's value number (see FastItemReader), its customer's number, 1 when
 * settled. A payment's row: the invoice its reference names (-1: none), its amount's value
 * number, its own customer's number when known (-1: none or unknown).
 */
const INVOICE_FIELDS = 3;
const INV_AMOUNT = 0;
const INV_CUSTOMER = 1;
const INV_SETTLED = 2;
const PAYMENT_FIELDS = 3;
const PAY_TARGET = 0;
const PAY_AMOUNT = 1;
const PAY_CUSTOMER = 2;
/** Room for this many known customers first (the index doubles as more come). */
const KNOWN_CUSTOMERS_FIRST = 1024;

/**
 * Matches a bank statement's payments to invoices (BIL-02, BIL-03, BIL-04, BIL-06).
 *
 * Payments are processed in booking-time then id order, whatever the input order, so the result
 * is deterministic. A payment whose reference names an open invoice, with exactly its amount and
 * currency, settles it. Otherwise the payment is credited to the customer's prepaid account in
 * its own currency, with the cause: `STALE_REFERENCE` (the invoice is already settled: a standing
 * order), `CURRENCY_MISMATCH`, `AMOUNT_MISMATCH`, or `UNKNOWN_REFERENCE` (no reference, or one of
 * no invoice). The customer is the payment's own when known, else the customer of the invoice its
 * reference names; a payment of no known customer is unidentified. A payment id listed twice is
 * processed once, and a payment that `invoices[].settledBy` or the prepaid ledger show as already
 * reconciled is not counted again, so feeding a result back in changes nothing.
 *
 * Runs in linear time (hash indexes; one numeric sort of the payments' booking times).
 *
 * @throws InvalidInputError (`INVALID_INPUT`) naming the item and field: a malformed invoice or
 *   payment (zero or negative amount, unknown currency, malformed or missing invoice reference,
 *   an unknown key, inherited properties), a hole in a list, two invoices with the same id or
 *   reference, one payment id with two different contents. What reading the input throws (a
 *   getter, a revoked Proxy) is an `InvalidInputError` too, with the original as `cause`.
 * @example
 * ```ts
 * const r = reconcile({
 *   invoices: [{ id: 'INV-1', customer: 'c1', reference: 'RF18539007547034',
 *                amount: { amount: '120.00', currency: 'CHF' },
 *                issuedAt: '2026-03-01T00:00:00Z', dueAt: '2026-03-31T00:00:00Z' }],
 *   payments: [{ id: 'P-1', reference: 'RF18 5390 0754 7034', amount: { amount: '120.00', currency: 'CHF' },
 *                bookedAt: '2026-03-20T10:00:00Z' }],
 * });
 * r.settled.length;                       // 1
 * r.totals.CHF?.received.toString();      // 'CHF 120.00'
 * ```
 */
export function reconcile(input: ReconcileInput): Reconciliation {
  const { invoices: rawInvoices, payments: rawPayments, prepaid, customers } = readEnvelope(input);
  const reader = new FastItemReader();

  // Invoices: validate, index by id and by reference (BIL-01: each has its own reference), keep
  // their parts in columns; the objects are built at the end, in their final state.
  const invoiceCount = rawInvoices.length;
  const issuedAt = new Array<Date>(invoiceCount);
  const dueAt = new Array<Date>(invoiceCount);
  let givenSettledBy: Map<number, string> | undefined;
  const invoiceIds = new StringIndex(invoiceCount);
  const references = new ReferenceIndex(invoiceCount); // position = invoice index
  const invoiceRows = new Int32Array(invoiceCount * INVOICE_FIELDS); // see INVOICE_FIELDS
  // Known customers, numbered: those named by the caller, the prepaid ledger and the invoices.
  const known = new StringIndex(KNOWN_CUSTOMERS_FIRST);
  for (const customer of customers) known.add(customer);
  for (const customer of prepaid.customers()) known.add(customer);
  const settledByIds = new Set<string>();
  for (let i = 0; i < invoiceCount; i += 1) {
    let parts: InvoiceParts;
    try {
      if (reader.readInvoice(rawInvoices[i])) parts = reader.lastInvoice;
      else {
        hole(rawInvoices, i, 'invoices');
        parts = partsOf(readInvoice(rawInvoices[i], ['invoices', i], WHAT), reader);
      }
    } catch (e) {
      throw readError(WHAT, e, ['invoices', i]);
    }
    const sameId = invoiceIds.add(parts.id);
    if (sameId < 0) duplicate(['invoices', i, 'id'], `duplicate invoice id '${parts.id}' (also invoices[${-1 - sameId}])`);
    const sameReference = references.add(parts.reference);
    if (sameReference < 0) duplicate(['invoices', i, 'reference'], `every invoice has its own reference; invoices[${-1 - sameReference}] has the same (BIL-01)`);
    const row = i * INVOICE_FIELDS;
    invoiceRows[row + INV_AMOUNT] = reader.lastMoney;
    invoiceRows[row + INV_SETTLED] = parts.settled ? 1 : 0;
    // Invoices usually come grouped by customer; skip the index for a repeat of the previous one.
    if (i > 0 && parts.customer === known.keyAt(invoiceRows[row - INVOICE_FIELDS + INV_CUSTOMER] as number)) {
      invoiceRows[row + INV_CUSTOMER] = invoiceRows[row - INVOICE_FIELDS + INV_CUSTOMER] as number;
    } else {
      const number = known.add(parts.customer);
      invoiceRows[row + INV_CUSTOMER] = number < 0 ? -1 - number : number;
    }
    issuedAt[i] = parts.issuedAt;
    dueAt[i] = parts.dueAt;
    if (parts.settledBy !== undefined) {
      settledByIds.add(parts.settledBy);
      (givenSettledBy ??= new Map()).set(i, parts.settledBy);
    }
  }

  // Payments: validate, drop exact duplicates by id. The invoice a payment's reference names is
  // looked up once, here, and kept alongside (-1: none), with its amount and booking time.
  const paymentIds = new StringIndex(rawPayments.length);
  const duplicates: string[] = [];
  const unique = new Array<Payment>(rawPayments.length); // the first paymentIds.size are set
  const paymentRows = new Int32Array(rawPayments.length * PAYMENT_FIELDS); // see PAYMENT_FIELDS
  const bookedAt = new Float64Array(rawPayments.length);
  for (let i = 0; i < rawPayments.length; i += 1) {
    let payment: Payment | undefined;
    try {
      payment = reader.payment(rawPayments[i], references);
    } catch (e) {
      throw readError(WHAT, e, ['payments', i]);
    }
    if (payment === undefined) {
      // Rare forms (number amounts) and errors: the detailed validator, then the same bookkeeping.
      hole(rawPayments, i, 'payments');
      payment = readPayment(rawPayments[i], ['payments', i], WHAT);
      reader.lastTarget = payment.reference === undefined ? -1 : references.get(payment.reference);
      reader.lastMoney = reader.moneyNumber(payment.amount);
      reader.lastBooked = payment.bookedAt.getTime();
    }
    const position = paymentIds.add(payment.id);
    if (position < 0) {
      // Seen before: the same payment listed twice is skipped; two contents for one id are an error.
      if (!samePayment(unique[-1 - position] as Payment, payment)) duplicate(['payments', i, 'id'], `payment id '${payment.id}' is listed twice with different contents`);
      duplicates.push(payment.id);
      continue;
    }
    const row = position * PAYMENT_FIELDS;
    paymentRows[row + PAY_TARGET] = reader.lastTarget;
    paymentRows[row + PAY_AMOUNT] = reader.lastMoney;
    bookedAt[position] = reader.lastBooked;
    paymentRows[row + PAY_CUSTOMER] = payment.customer === undefined ? -1 : known.get(payment.customer);
    unique[position] = payment;
  }
  const order = paymentOrder(bookedAt.subarray(0, paymentIds.size), (k) => (unique[k] as Payment).id);

  const values = reader.values;
  const credits = new CreditBatch(values, reader.units, known.size);
  const sums = new Sums(values, reader.units);
  const settledNow: number[] = []; // positions of the payments that settle an invoice, in order
  const credited: CreditedPayment[] = [];
  const unidentified: Payment[] = [];
  const alreadyReconciled: Payment[] = [];
  const checkEarlier = settledByIds.size > 0 || prepaid.hasCreditedAny();

  for (let k = 0; k < order.length; k += 1) {
    const at = order[k] as number;
    // Reconciled by an earlier run (its result fed back in): not counted again.
    if (checkEarlier && (settledByIds.has(paymentIds.keyAt(at)) || prepaid.hasCredited(paymentIds.keyAt(at)))) {
      alreadyReconciled.push(unique[at] as Payment);
      continue;
    }
    const row = at * PAYMENT_FIELDS;
    const index = paymentRows[row + PAY_TARGET] as number;
    const invoiceRow = index * INVOICE_FIELDS;
    const paid = paymentRows[row + PAY_AMOUNT] as number;
    const owed = index === -1 ? -1 : (invoiceRows[invoiceRow + INV_AMOUNT] as number);
    // Equal amounts share one Money value (the reader's numbering), so most comparisons are of numbers.
    const result =
      index === -1
        ? outcome('none', false, false)
        : outcome(
            invoiceRows[invoiceRow + INV_SETTLED] === 1 ? 'settled' : 'open',
            paid === owed || (values[paid] as Money).currency === (values[owed] as Money).currency,
            paid === owed || (values[paid] as Money).amount.equals((values[owed] as Money).amount),
          );
    if (result === 'SETTLE') {
      invoiceRows[invoiceRow + INV_SETTLED] = 1;
      settledNow.push(at);
      sums.add(paid, 'settled');
      continue;
    }
    // The payment's own customer when known, else the customer of the invoice its reference names.
    const own = paymentRows[row + PAY_CUSTOMER] as number;
    const customer = own !== -1 ? own : index === -1 ? -1 : (invoiceRows[invoiceRow + INV_CUSTOMER] as number);
    if (customer === -1) {
      unidentified.push(unique[at] as Payment);
      sums.add(paid, 'unidentified');
    } else {
      credits.credit(customer, paid, paymentIds.keyAt(at));
      credited.push({ payment: unique[at] as Payment, customer: known.keyAt(customer), cause: result });
      sums.add(paid, 'credited');
    }
  }

  // Each invoice is built once, now that its final state is known (see FastItemReader.readInvoice).
  const targetOf = (at: number): number => paymentRows[at * PAYMENT_FIELDS + PAY_TARGET] as number;
  const settlingPayment = new Int32Array(invoiceCount); // position + 1 of the payment that settled it now; 0: none
  for (const at of settledNow) settlingPayment[targetOf(at)] = at + 1;
  const invoices = new Array<Invoice>(invoiceCount);
  for (let i = 0; i < invoiceCount; i += 1) {
    const by = settlingPayment[i] as number;
    const row = i * INVOICE_FIELDS;
    invoices[i] = invoiceOf(
      invoiceIds.keyAt(i),
      known.keyAt(invoiceRows[row + INV_CUSTOMER] as number),
      references.keyAt(i),
      values[invoiceRows[row + INV_AMOUNT] as number] as Money,
      issuedAt[i] as Date,
      dueAt[i] as Date,
      invoiceRows[row + INV_SETTLED] === 1,
      by !== 0 ? paymentIds.keyAt(by - 1) : givenSettledBy?.get(i),
    );
  }
  const settled = settledNow.map((at): SettledPayment => ({ payment: unique[at] as Payment, invoice: invoices[targetOf(at)] as Invoice }));
  const ledger = prepaid.draft();
  credits.applyTo(ledger, (customer) => known.keyAt(customer));
  return { settled, credited, unidentified, invoices, prepaid: ledger.done(), totals: sums.totals(), duplicates, alreadyReconciled };
}

const ENVELOPE_KEYS = ['invoices', 'payments', 'prepaid', 'customers', 'policy'];

/**
 * Reads the envelope strictly, as parseInput reads other inputs: own properties of a plain object,
 * no unknown key (a misspelled `customer` would silently drop the known customers), no hole in
 * `customers`, and what reading throws (a getter, a revoked Proxy) is `INVALID_INPUT`. The items
 * are read one by one later (see reconcile), each checked the same way.
 */
function readEnvelope(input: ReconcileInput): { invoices: readonly unknown[]; payments: readonly unknown[]; prepaid: PrepaidLedger; customers: readonly string[] } {
  let fields: Record<string, unknown>;
  try {
    fields = envelopeFields(input);
  } catch (e) {
    throw readError(WHAT, e);
  }
  const { invoices, payments, prepaid, customers } = fields;
  const ledger =
    prepaid === undefined ? emptyLedger() : isInstance(prepaid, PrepaidLedger) ? (prepaid as PrepaidLedger) : parseInput(prepaidLedgerSchema, prepaid, 'prepaid ledger', 'BIL-05');
  return { invoices: invoices as unknown[], payments: payments as unknown[], prepaid: ledger, customers: (customers as string[] | undefined) ?? [] };
}

/** The envelope's fields, checked but for the prepaid ledger (parsed by its schema) and the items. */
function envelopeFields(input: unknown): Record<string, unknown> {
  const issues: InputIssue[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new InvalidInputError(WHAT, [{ path: [], message: 'must be an object with invoices and payments', code: 'custom' }]);
  const fields = readFields(input, ENVELOPE_KEYS, WHAT);
  const { invoices, payments, customers } = fields;
  if (!Array.isArray(invoices)) issues.push({ path: ['invoices'], message: 'must be an array of invoices', code: 'custom' });
  if (!Array.isArray(payments)) issues.push({ path: ['payments'], message: 'must be an array of payments', code: 'custom' });
  if (customers !== undefined) {
    if (!Array.isArray(customers)) issues.push({ path: ['customers'], message: 'must be an array of customer ids', code: 'custom' });
    // An index loop: `every` skips holes, and a hole would reach the index as `undefined`.
    else for (let i = 0; i < customers.length; i += 1) {
      const c: unknown = customers[i];
      if (!Object.hasOwn(customers, i)) issues.push({ path: ['customers', i], message: HOLE, code: 'custom' });
      else if (typeof c !== 'string' || c.length === 0) issues.push({ path: ['customers', i], message: 'must be a customer id (a non-empty string)', code: 'custom' });
    }
  }
  if (issues.length > 0) throw new InvalidInputError(WHAT, issues);
  // No rule reads it today (see ReconcileInput.policy), but a policy that is not one is a mistake.
  if (fields['policy'] !== undefined) requirePolicyObject(fields['policy']);
  return fields;
}

/** A hole in a list of items is an error at its index (not a missing item silently skipped). */
function hole(list: readonly unknown[], i: number, path: string): void {
  if (!Object.hasOwn(list, i)) throw new InvalidInputError(WHAT, [{ path: [path, i], message: HOLE, code: 'custom' }]);
}

function duplicate(path: PropertyKey[], message: string): never {
  throw new InvalidInputError(WHAT, [{ path, message, code: 'custom' }], 'BIL-01');
}

/** The parts of an invoice read by the detailed validator (its amount's number goes to the reader). */
function partsOf(invoice: Invoice, reader: FastItemReader): InvoiceParts {
  reader.lastMoney = reader.moneyNumber(invoice.amount);
  const { id, customer, reference, issuedAt, dueAt, settled, settledBy } = invoice;
  return { id, customer, reference, issuedAt, dueAt, settled, settledBy };
}

function samePayment(a: Payment, b: Payment): boolean {
  return (
    a.reference === b.reference &&
    a.customer === b.customer &&
    a.amount.equals(b.amount) &&
    a.bookedAt.getTime() === b.bookedAt.getTime() &&
    a.valueDate?.getTime() === b.valueDate?.getTime() &&
    a.debtorName === b.debtorName
  );
}
