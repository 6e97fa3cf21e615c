import type { Money } from '../../money/index.js';
import { readError } from '../../internal/parse.js';
import { readInvoice, readPayment } from '../items.js';
import type { Invoice, Payment } from '../model.js';
import type { CreditedPayment, Reconciliation, SettledPayment } from '../reconcile.js';
import { FACT, factsOf, paymentDecisions, type PaymentDecision } from '../rules/paymentRules.js';
import { conflictingPayment, duplicateInvoiceId, duplicateReference, hole, samePayment, WHAT, type Statement } from '../statementInput.js';
import { CreditBatch } from './creditBatch.js';
import { FastItemReader, invoiceOf, type InvoiceParts } from './fastItems.js';
import { ReferenceIndex } from './referenceIndex.js';
import { paymentOrder } from './sortPayments.js';
import { StringIndex } from './stringIndex.js';
import { applyReversals, readReversals, reversalEntry } from './reversals.js';
import { Sums, withReversed } from './totals.js';

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
 * The engine of reconcile(): reads the statement into indexes and columns, orders the payments
 * (booking time, then id), and for each payment gathers its facts as a code of `FACT` parts and
 * looks its decision up in the table of `rules/paymentRules.ts`; then the reversals, in order, as
 * `engine/reversals.ts` and the table of `rules/reversalRules.ts` say. It decides nothing itself: it
 * carries out the decision (settle the invoice, credit the customer, keep the payment aside) and
 * keeps the sums. `referenceReconcile` (rules/referenceReconcile.ts) does the same with Maps; a
 * property test keeps both in agreement. @internal
 */
export function reconcileStatement({
  invoices: rawInvoices,
  payments: rawPayments,
  reversals: rawReversals,
  prepaid,
  customers,
}: Statement): Reconciliation {
  const reader = new FastItemReader();
  const decisions = paymentDecisions();

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
    if (sameId < 0) duplicateInvoiceId(i, parts.id, -1 - sameId);
    const sameReference = references.add(parts.reference);
    if (sameReference < 0) duplicateReference(i, -1 - sameReference);
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
      givenSettledBy ??= new Map();
      givenSettledBy.set(i, parts.settledBy);
    }
  }

  // Payments: validate, number by id. The invoice a payment's reference names is looked up once,
  // here, and kept alongside (-1: none), with its amount and booking time.
  const paymentIds = new StringIndex(rawPayments.length);
  const duplicates: string[] = [];
  // A repeated id is decided while reading, in input order: the rules skip it whatever its other facts.
  const repeat = decisions[FACT.LISTED_BEFORE] as PaymentDecision;
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
      // Seen before: the same payment listed twice is a duplicate; two contents for one id are an error.
      if (!samePayment(unique[-1 - position] as Payment, payment)) conflictingPayment(i, payment.id);
      if (repeat.outcome === 'duplicate') duplicates.push(payment.id);
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
  const reversals = readReversals(rawReversals, duplicates);

  const values = reader.values;
  const credits = new CreditBatch(values, reader.units, known.size);
  const sums = new Sums(values, reader.units);
  const settledNow: number[] = []; // positions of the payments that settle an invoice, in order
  const credited: CreditedPayment[] = [];
  const unidentified: Payment[] = [];
  const alreadyReconciled: Payment[] = [];
  const checkEarlier = settledByIds.size > 0 || prepaid.hasCreditedAny() || prepaid.hasReversedAny();
  // What later reversals need to know of a credit and the ledger records (see applyReversals): rare in bank files.
  const ownCustomerCredits: string[] = [];
  const staleCreditReferences: string[] = [];

  for (let k = 0; k < order.length; k += 1) {
    const at = order[k] as number;
    const row = at * PAYMENT_FIELDS;
    const index = paymentRows[row + PAY_TARGET] as number;
    const invoiceRow = index * INVOICE_FIELDS;
    const paid = paymentRows[row + PAY_AMOUNT] as number;
    const own = paymentRows[row + PAY_CUSTOMER] as number;
    // The facts, as a code of FACT parts (see rules/paymentRules.ts).
    let facts = own === -1 ? 0 : FACT.KNOWN_CUSTOMER;
    // Reconciled by an earlier run (its result fed back in).
    if (
      checkEarlier &&
      (settledByIds.has(paymentIds.keyAt(at)) || prepaid.hasCredited(paymentIds.keyAt(at)) || prepaid.hasReversed(paymentIds.keyAt(at)))
    )
      facts += FACT.RECONCILED_BEFORE;
    if (index !== -1) {
      facts += invoiceRows[invoiceRow + INV_SETTLED] === 1 ? FACT.INVOICE_SETTLED : FACT.INVOICE_OPEN;
      const owed = invoiceRows[invoiceRow + INV_AMOUNT] as number;
      // Equal amounts share one Money value (the reader's numbering), so most comparisons are of numbers.
      if (paid === owed) facts += FACT.SAME_CURRENCY + FACT.SAME_AMOUNT;
      else {
        const p = values[paid] as Money;
        const o = values[owed] as Money;
        if (p.currency === o.currency) facts += FACT.SAME_CURRENCY;
        if (p.amount.equals(o.amount)) facts += FACT.SAME_AMOUNT;
      }
    }
    const decision = decisions[facts] as PaymentDecision;
    switch (decision.outcome) {
      case 'settle':
        invoiceRows[invoiceRow + INV_SETTLED] = 1;
        settledNow.push(at);
        sums.add(paid, 'settled');
        break;
      case 'credit': {
        const customer = decision.customer === 'own' ? own : (invoiceRows[invoiceRow + INV_CUSTOMER] as number);
        credits.credit(customer, paid, paymentIds.keyAt(at));
        if (decision.customer === 'own') ownCustomerCredits.push(paymentIds.keyAt(at));
        if (decision.cause === 'STALE_REFERENCE' && sameMoney(facts)) staleCreditReferences.push(references.keyAt(index));
        credited.push({
          payment: unique[at] as Payment,
          customer: known.keyAt(customer),
          cause: decision.cause as CreditedPayment['cause'],
        });
        sums.add(paid, 'credited');
        break;
      }
      case 'unidentified':
        unidentified.push(unique[at] as Payment);
        sums.add(paid, 'unidentified');
        break;
      case 'already-reconciled':
        alreadyReconciled.push(unique[at] as Payment);
        break;
      case 'duplicate': // not met here: a repeated id was decided while reading
        duplicates.push(paymentIds.keyAt(at));
        break;
    }
  }

  const targetOf = (at: number): number => paymentRows[at * PAYMENT_FIELDS + PAY_TARGET] as number;
  const settlingPayment = new Int32Array(invoiceCount); // position + 1 of the payment that settled it now; 0: none
  for (const at of settledNow) settlingPayment[targetOf(at)] = at + 1;
  const settledByNow = (i: number): string | undefined => {
    const by = settlingPayment[i] as number;
    return by !== 0 ? paymentIds.keyAt(by - 1) : givenSettledBy?.get(i);
  };
  const ledger = prepaid.draft();
  credits.applyTo(ledger, (customer) => known.keyAt(customer));
  for (const id of ownCustomerCredits) ledger.record('ownCustomerCredits', id);
  for (const reference of staleCreditReferences) ledger.record('staleCreditReferences', reference);

  // Reversals, after every payment: they see the invoices and the ledger as the payments left them.
  let reopened: Uint8Array | undefined; // 1: re-opened by a reversal now
  const steps = applyReversals(reversals, {
    invoiceOf: (reference) => references.get(reference),
    settledBy: (i) => (invoiceRows[i * INVOICE_FIELDS + INV_SETTLED] === 1 ? settledByNow(i) : undefined),
    amountOf: (i) => values[invoiceRows[i * INVOICE_FIELDS + INV_AMOUNT] as number] as Money,
    customerOf: (i) => known.keyAt(invoiceRows[i * INVOICE_FIELDS + INV_CUSTOMER] as number),
    settledByIndex: () => {
      const index = new Map<string, number[]>();
      for (let i = 0; i < invoiceCount; i += 1) {
        const by = invoiceRows[i * INVOICE_FIELDS + INV_SETTLED] === 1 ? settledByNow(i) : undefined;
        const list = by === undefined ? undefined : index.get(by);
        if (list !== undefined) list.push(i);
        else if (by !== undefined) index.set(by, [i]);
      }
      return index;
    },
    reopen: (i) => {
      invoiceRows[i * INVOICE_FIELDS + INV_SETTLED] = 0;
      reopened ??= new Uint8Array(invoiceCount);
      reopened[i] = 1;
    },
    credited,
    unidentified,
    ledger,
    prepaid,
    isKnown: (customer) => known.get(customer) !== -1,
  });

  // An invoice in a given state: each invoice's final state below, and, on demand, an invoice as a
  // payment settled it for a settlement a reversal then undid.
  const invoiceAt = (i: number, settled: boolean, settledBy: string | undefined): Invoice => {
    const row = i * INVOICE_FIELDS;
    return invoiceOf(
      invoiceIds.keyAt(i),
      known.keyAt(invoiceRows[row + INV_CUSTOMER] as number),
      references.keyAt(i),
      values[invoiceRows[row + INV_AMOUNT] as number] as Money,
      issuedAt[i] as Date,
      dueAt[i] as Date,
      settled,
      settledBy,
    );
  };
  // Each invoice is built once, now that its final state is known (see FastItemReader.readInvoice).
  const invoices = new Array<Invoice>(invoiceCount);
  for (let i = 0; i < invoiceCount; i += 1) {
    const by = settlingPayment[i] as number;
    invoices[i] = invoiceAt(
      i,
      invoiceRows[i * INVOICE_FIELDS + INV_SETTLED] === 1,
      // A re-opened invoice has no settledBy (its row says open).
      reopened !== undefined && reopened[i] === 1 ? undefined : by !== 0 ? paymentIds.keyAt(by - 1) : givenSettledBy?.get(i),
    );
  }
  // A payment that settled an invoice a reversal then re-opened: its entry shows the invoice as it settled it.
  const settled = settledNow.map((at): SettledPayment => {
    const i = targetOf(at);
    return {
      payment: unique[at] as Payment,
      invoice: reopened?.[i] === 1 ? invoiceAt(i, true, paymentIds.keyAt(at)) : (invoices[i] as Invoice),
    };
  });
  const reversed = steps.map((step) => reversalEntry(step, invoices));
  return {
    settled,
    credited,
    unidentified,
    invoices,
    prepaid: ledger.done(),
    totals: withReversed(sums.totals(), reversed),
    duplicates,
    alreadyReconciled,
    reversed,
  };
}

/** Whether the facts say the payment has its invoice's currency and amount (asked of stale credits only). */
function sameMoney(facts: number): boolean {
  const { sameCurrency, sameAmount } = factsOf(facts);
  return sameCurrency && sameAmount;
}

/** The parts of an invoice read by the detailed validator (its amount's number goes to the reader). */
function partsOf(invoice: Invoice, reader: FastItemReader): InvoiceParts {
  reader.lastMoney = reader.moneyNumber(invoice.amount);
  const { id, customer, reference, issuedAt, dueAt, settled, settledBy } = invoice;
  return { id, customer, reference, issuedAt, dueAt, settled, settledBy };
}
