import type { Money } from '../money/index.js';
import { InvalidInputError } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import type { Policy } from '../policy/index.js';
import { FastItemReader } from './fastItems.js';
import { readInvoice, readPayment } from './items.js';
import { paymentOrder } from './sortPayments.js';
import type { Invoice, InvoiceInput, Payment, PaymentInput } from './model.js';
import { outcome, type CreditCause } from './outcome.js';
import { emptyLedger } from './prepaidFunctions.js';
import { PrepaidLedger, type PrepaidLedgerInput } from './prepaidLedger.js';
import { prepaidLedgerSchema } from './schema.js';
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
  readonly policy?: Policy;
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
 * Runs in linear time (Map indexes; one sort of the payments).
 *
 * @throws InvalidInputError (`INVALID_INPUT`) naming the item and field: a malformed invoice or
 *   payment (zero or negative amount, unknown currency, malformed or missing invoice reference),
 *   two invoices with the same id or reference, one payment id with two different contents.
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

  // Invoices: validate, index by id and by reference (BIL-01: each has its own reference).
  // A duplicate shows as a Map that does not grow; the slow search for the first one only runs
  // then, so the common case costs one Map operation per key.
  const reader = new FastItemReader();
  const invoices: Invoice[] = new Array<Invoice>(rawInvoices.length);
  const ids = new Set<string>();
  const indexByReference = new Map<string, number>();
  const known = new Set<string>(customers);
  const settledByIds = new Set<string>();
  for (let i = 0; i < rawInvoices.length; i += 1) {
    const invoice = reader.invoice(rawInvoices[i]) ?? readInvoice(rawInvoices[i], ['invoices', i], WHAT);
    invoices[i] = invoice;
    if (ids.size === ids.add(invoice.id).size) {
      duplicate(['invoices', i, 'id'], `duplicate invoice id '${invoice.id}' (also invoices[${invoices.findIndex((x) => x.id === invoice.id)}])`);
    }
    const size = indexByReference.size;
    if (size === indexByReference.set(invoice.reference, i).size) {
      const first = invoices.findIndex((x) => x.reference === invoice.reference);
      duplicate(['invoices', i, 'reference'], `every invoice has its own reference; invoices[${first}] has the same (BIL-01)`);
    }
    // Invoices usually come grouped by customer; skip the Set for a repeat of the previous one.
    if (invoice.customer !== invoices[i - 1]?.customer) known.add(invoice.customer);
    if (invoice.settledBy !== undefined) settledByIds.add(invoice.settledBy);
  }

  // Payments: validate, drop exact duplicates by id. The invoice a payment's reference names is
  // looked up once, here, and kept alongside (-1: none).
  const paymentIds = new Set<string>();
  let byId: Map<string, Payment> | undefined; // built on the first repeated id only
  const duplicates: string[] = [];
  const moneyOf = new Int32Array(rawPayments.length);
  const unique: Payment[] = [];
  const target = new Int32Array(rawPayments.length);
  for (let i = 0; i < rawPayments.length; i += 1) {
    let payment = reader.payment(rawPayments[i], indexByReference);
    if (payment === undefined) {
      // Rare forms (number amounts) and errors: the detailed validator, then the same bookkeeping.
      payment = readPayment(rawPayments[i], ['payments', i], WHAT);
      reader.lastTarget = payment.reference === undefined ? -1 : (indexByReference.get(payment.reference) ?? -1);
      reader.lastMoney = reader.moneyNumber(payment.amount);
    }
    if (paymentIds.size === paymentIds.add(payment.id).size) {
      // Seen before: the same payment listed twice is skipped; two contents for one id are an error.
      byId ??= new Map(unique.map((p) => [p.id, p]));
      if (!samePayment(byId.get(payment.id) as Payment, payment)) duplicate(['payments', i, 'id'], `payment id '${payment.id}' is listed twice with different contents`);
      duplicates.push(payment.id);
      continue;
    }
    target[unique.length] = reader.lastTarget;
    moneyOf[unique.length] = reader.lastMoney;
    unique.push(payment);
    byId?.set(payment.id, payment);
  }
  const order = paymentOrder(unique);

  const ledger = prepaid.draft();
  for (const customer of prepaid.customers()) known.add(customer);
  const settled: SettledPayment[] = [];
  const credited: CreditedPayment[] = [];
  const unidentified: Payment[] = [];
  const alreadyReconciled: Payment[] = [];
  const sums = new Sums(reader.values);
  const checkEarlier = settledByIds.size > 0 || prepaid.hasCreditedAny();

  for (let k = 0; k < order.length; k += 1) {
    const at = order[k] as number;
    const payment = unique[at] as Payment;
    // Reconciled by an earlier run (its result fed back in): not counted again.
    if (checkEarlier && (settledByIds.has(payment.id) || prepaid.hasCredited(payment.id))) {
      alreadyReconciled.push(payment);
      continue;
    }
    const index = target[at] as number;
    const invoice = index === -1 ? undefined : invoices[index];
    const result =
      invoice === undefined
        ? outcome('none', false, false)
        : outcome(
            invoice.settled ? 'settled' : 'open',
            invoice.amount.currency === payment.amount.currency,
            invoice.amount === payment.amount || invoice.amount.amount.equals(payment.amount.amount),
          );
    if (result === 'SETTLE' && invoice !== undefined) {
      const updated: Invoice = {
        id: invoice.id,
        customer: invoice.customer,
        reference: invoice.reference,
        amount: invoice.amount,
        issuedAt: invoice.issuedAt,
        dueAt: invoice.dueAt,
        settled: true,
        settledBy: payment.id,
      };
      invoices[index] = updated;
      settled.push({ payment, invoice: updated });
      sums.add(moneyOf[at] as number, 'settled');
      continue;
    }
    const customer = payment.customer !== undefined && known.has(payment.customer) ? payment.customer : invoice?.customer;
    if (customer === undefined || result === 'SETTLE') {
      unidentified.push(payment);
      sums.add(moneyOf[at] as number, 'unidentified');
    } else {
      ledger.credit(customer, payment.amount, payment.id);
      credited.push({ payment, customer, cause: result });
      sums.add(moneyOf[at] as number, 'credited');
    }
  }

  return { settled, credited, unidentified, invoices, prepaid: ledger.done(), totals: sums.totals(), duplicates, alreadyReconciled };
}

function readEnvelope(input: ReconcileInput): { invoices: readonly unknown[]; payments: readonly unknown[]; prepaid: PrepaidLedger; customers: readonly string[] } {
  const issues: { path: PropertyKey[]; message: string; code: string }[] = [];
  if (typeof input !== 'object' || input === null) throw new InvalidInputError(WHAT, [{ path: [], message: 'must be an object with invoices and payments', code: 'custom' }]);
  const { invoices, payments, prepaid, customers } = input as unknown as Record<string, unknown>;
  if (!Array.isArray(invoices)) issues.push({ path: ['invoices'], message: 'must be an array of invoices', code: 'custom' });
  if (!Array.isArray(payments)) issues.push({ path: ['payments'], message: 'must be an array of payments', code: 'custom' });
  const validCustomers = customers === undefined || (Array.isArray(customers) && customers.every((c) => typeof c === 'string' && c.length > 0));
  if (!validCustomers) issues.push({ path: ['customers'], message: 'must be an array of customer ids', code: 'custom' });
  if (issues.length > 0) throw new InvalidInputError(WHAT, issues);
  const ledger =
    prepaid === undefined ? emptyLedger() : prepaid instanceof PrepaidLedger ? prepaid : parseInput(prepaidLedgerSchema, prepaid, 'prepaid ledger', 'BIL-05');
  return { invoices: invoices as unknown[], payments: payments as unknown[], prepaid: ledger, customers: (customers as string[] | undefined) ?? [] };
}

function duplicate(path: PropertyKey[], message: string): never {
  throw new InvalidInputError(WHAT, [{ path, message, code: 'custom' }], 'BIL-01');
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
