import { readError } from '../../internal/parse.js';
import { Money } from '../../money/index.js';
import { readInvoice, readPayment } from '../items.js';
import type { Invoice, Payment } from '../model.js';
import type { CreditedPayment, ReconcileInput, Reconciliation, ReconciliationTotals, SettledPayment } from '../reconcile.js';
import { conflictingPayment, duplicateInvoiceId, duplicateReference, hole, readStatement, samePayment, WHAT } from '../statementInput.js';
import { decidePayment } from './paymentRules.js';

type Bucket = 'settled' | 'credited' | 'unidentified';

/**
 * `reconcile` written plainly, as an oracle for tests: Maps and objects, one pass over the
 * payments in booking-time then id order, and for each payment the facts handed to the same rules
 * function (`decidePayment`, BIL-02..04). Same input, result and errors as `reconcile`, which a
 * property test checks on random statements of every shape; quadratic nowhere, but several times
 * slower and larger in memory than the engine, so keep it for tests.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) as `reconcile` does.
 * @example
 * ```ts
 * const r = referenceReconcile({
 *   invoices: [{ id: 'INV-1', customer: 'c1', reference: 'RF18539007547034', amount: { amount: '120.00', currency: 'CHF' },
 *                issuedAt: '2026-03-01T00:00:00Z', dueAt: '2026-03-31T00:00:00Z' }],
 *   payments: [{ id: 'P-1', reference: 'RF18539007547034', amount: { amount: '100.00', currency: 'CHF' },
 *                bookedAt: '2026-03-20T10:00:00Z' }],
 * });
 * r.credited.map((c) => c.cause); // ['AMOUNT_MISMATCH']
 * ```
 */
export function referenceReconcile(input: ReconcileInput): Reconciliation {
  const { invoices: rawInvoices, payments: rawPayments, prepaid, customers } = readStatement(input);

  const invoices: Invoice[] = [];
  const invoiceById = new Map<string, number>();
  const invoiceByReference = new Map<string, number>();
  for (let i = 0; i < rawInvoices.length; i += 1) {
    const invoice = readItem(() => readInvoice(rawInvoices[i], ['invoices', i], WHAT), rawInvoices, i, 'invoices');
    const sameId = invoiceById.get(invoice.id);
    if (sameId !== undefined) duplicateInvoiceId(i, invoice.id, sameId);
    const sameReference = invoiceByReference.get(invoice.reference);
    if (sameReference !== undefined) duplicateReference(i, sameReference);
    invoiceById.set(invoice.id, i);
    invoiceByReference.set(invoice.reference, i);
    invoices.push(invoice);
  }
  const known = new Set([...customers, ...prepaid.customers(), ...invoices.map((i) => i.customer)]);
  const reconciledBefore = new Set(invoices.flatMap((i) => (i.settledBy === undefined ? [] : [i.settledBy])));

  const settledBy = new Map<number, string>(); // invoice index → the payment that settles it now
  /** The facts of a payment now, and the rules' decision (BIL-02..04). */
  function decide(payment: Payment, seen: 'new' | 'listed-before' | 'reconciled-before') {
    const at = payment.reference === undefined ? undefined : invoiceByReference.get(payment.reference);
    const invoice = at === undefined ? undefined : invoices[at];
    return decidePayment({
      seen,
      invoice: at === undefined ? 'none' : invoice?.settled === true || settledBy.has(at) ? 'settled' : 'open',
      sameCurrency: invoice?.amount.currency === payment.amount.currency,
      sameAmount: invoice?.amount.amount.equals(payment.amount.amount) === true,
      knownCustomer: payment.customer !== undefined && known.has(payment.customer),
    });
  }

  const byId = new Map<string, Payment>();
  const duplicates: string[] = [];
  for (let i = 0; i < rawPayments.length; i += 1) {
    const payment = readItem(() => readPayment(rawPayments[i], ['payments', i], WHAT), rawPayments, i, 'payments');
    const first = byId.get(payment.id);
    if (first === undefined) byId.set(payment.id, payment);
    else if (!samePayment(first, payment)) conflictingPayment(i, payment.id);
    else if (decide(payment, 'listed-before').outcome === 'duplicate') duplicates.push(payment.id);
  }
  const order = [...byId.values()].sort((a, b) => a.bookedAt.getTime() - b.bookedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const settled: number[] = [];
  const credited: CreditedPayment[] = [];
  const unidentified: Payment[] = [];
  const alreadyReconciled: Payment[] = [];
  const ledger = prepaid.draft();
  const sums = new Map<string, Record<Bucket, Money>>();
  const count = (payment: Payment, bucket: Bucket): void => {
    const { currency } = payment.amount;
    const zero = Money.zero(currency);
    const s = sums.get(currency) ?? { settled: zero, credited: zero, unidentified: zero };
    s[bucket] = s[bucket].plus(payment.amount);
    sums.set(currency, s);
  };

  for (const payment of order) {
    const seen = reconciledBefore.has(payment.id) || prepaid.hasCredited(payment.id) ? 'reconciled-before' : 'new';
    const decision = decide(payment, seen);
    const at = payment.reference === undefined ? undefined : invoiceByReference.get(payment.reference);
    const invoiceCustomer = at === undefined ? undefined : invoices[at]?.customer;
    if (decision.outcome === 'settle') {
      settledBy.set(at as number, payment.id);
      settled.push(at as number);
      count(payment, 'settled');
    } else if (decision.outcome === 'credit') {
      const customer = (decision.customer === 'own' ? payment.customer : invoiceCustomer) as string;
      ledger.credit(customer, payment.amount, payment.id);
      credited.push({ payment, customer, cause: decision.cause as CreditedPayment['cause'] });
      count(payment, 'credited');
    } else if (decision.outcome === 'unidentified') {
      unidentified.push(payment);
      count(payment, 'unidentified');
    } else if (decision.outcome === 'already-reconciled') {
      alreadyReconciled.push(payment);
    } else duplicates.push(payment.id); // 'duplicate': not met here, a repeated id was decided while reading
  }

  const after = invoices.map((invoice, i): Invoice => {
    const by = settledBy.get(i);
    return by === undefined ? invoice : { ...invoice, settled: true, settledBy: by };
  });
  const totals = Object.create(null) as Record<string, ReconciliationTotals>;
  for (const currency of [...sums.keys()].sort()) {
    const s = sums.get(currency) as Record<Bucket, Money>;
    totals[currency] = { received: s.settled.plus(s.credited).plus(s.unidentified), ...s };
  }
  return {
    settled: settled.map(
      (at): SettledPayment => ({ payment: byId.get(settledBy.get(at) as string) as Payment, invoice: after[at] as Invoice }),
    ),
    credited,
    unidentified,
    invoices: after,
    prepaid: ledger.done(),
    totals,
    duplicates,
    alreadyReconciled,
  };
}

/** Reads item `i` of a list as reconcile does: a hole is an error, and so is what reading throws. */
function readItem<T>(read: () => T, list: readonly unknown[], i: number, path: string): T {
  try {
    hole(list, i, path);
    return read();
  } catch (e) {
    throw readError(WHAT, e, [path, i]);
  }
}
