import { readError } from '../../internal/parse.js';
import { Money } from '../../money/index.js';
import { readInvoice, readPayment } from '../items.js';
import type { Invoice, Payment, Reversal } from '../model.js';
import type {
  CreditedPayment,
  ReconcileInput,
  Reconciliation,
  ReconciliationTotals,
  ReversedPayment,
  SettledPayment,
} from '../reconcile.js';
import { readReversal, sameReversal } from '../reversalItems.js';
import {
  conflictingPayment,
  conflictingReversal,
  duplicateInvoiceId,
  duplicateReference,
  hole,
  readStatement,
  samePayment,
  WHAT,
} from '../statementInput.js';
import { decidePayment } from './paymentRules.js';
import { referenceReversals } from './referenceReversals.js';
import { decideReversal } from './reversalRules.js';

type Bucket = 'settled' | 'credited' | 'unidentified';

/**
 * `reconcile` written plainly, as an oracle for tests: Maps and objects, one pass over the
 * payments in booking-time then id order, and for each payment the facts handed to the same rules
 * function (`decidePayment`, BIL-02..04); then one pass over the reversals, each finding its
 * payment in a Map of what became of every payment and handing its facts to `decideReversal`.
 * Same input, result and errors as `reconcile`, which a
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
  const { invoices: rawInvoices, payments: rawPayments, reversals: rawReversals, prepaid, customers } = readStatement(input);

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
  const byTimeThenId = (a: { bookedAt: Date; id: string }, b: { bookedAt: Date; id: string }) =>
    a.bookedAt.getTime() - b.bookedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const order = [...byId.values()].sort(byTimeThenId);

  const reversalById = new Map<string, Reversal>();
  for (let i = 0; i < rawReversals.length; i += 1) {
    const reversal = readItem(() => readReversal(rawReversals[i], ['reversals', i], WHAT), rawReversals, i, 'reversals');
    const first = reversalById.get(reversal.id);
    if (first === undefined) reversalById.set(reversal.id, reversal);
    else if (!sameReversal(first, reversal)) conflictingReversal(i, reversal.id);
    else if (decideReversal({ seen: 'listed-before', direction: 'debit', payment: 'none', covered: false }).action === 'duplicate')
      duplicates.push(reversal.id);
  }

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
    const seen =
      reconciledBefore.has(payment.id) || prepaid.hasCredited(payment.id) || prepaid.hasReversed(payment.id) ? 'reconciled-before' : 'new';
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
      // What a later reversal needs to know of this credit (rules/referenceReversals.ts).
      if (decision.customer === 'own') ledger.record('ownCustomerCredits', payment.id);
      const invoice = at === undefined ? undefined : invoices[at];
      if (decision.cause === 'STALE_REFERENCE' && invoice?.amount.equals(payment.amount) === true)
        ledger.record('staleCreditReferences', invoice.reference);
      credited.push({ payment, customer, cause: decision.cause as CreditedPayment['cause'] });
      count(payment, 'credited');
    } else if (decision.outcome === 'unidentified') {
      unidentified.push(payment);
      count(payment, 'unidentified');
    } else if (decision.outcome === 'already-reconciled') {
      alreadyReconciled.push(payment);
    } else duplicates.push(payment.id); // 'duplicate': not met here, a repeated id was decided while reading
  }

  // Reversals, after every payment (rules/referenceReversals.ts).
  const { reopened, decided } = referenceReversals([...reversalById.values()].sort(byTimeThenId), {
    invoices,
    invoiceByReference,
    settledBy,
    credited,
    unidentified,
    known,
    prepaid,
    ledger,
  });

  const after = invoices.map((invoice, i): Invoice => {
    if (reopened.has(i)) {
      const { settledBy: _, ...open } = invoice;
      return { ...open, settled: false };
    }
    const by = settledBy.get(i);
    return by === undefined ? invoice : { ...invoice, settled: true, settledBy: by };
  });
  // Each outcome once the invoices are final: a re-opened invoice is shown as it is now.
  const reversed = decided.map(({ reversal, decision: { action, cause }, found }): ReversedPayment => {
    const payment = found?.payment as string;
    const customer = found?.customer as string;
    if (action === 'reopen')
      return {
        reversal,
        outcome: { kind: 'reopened', invoice: after[found?.invoice as number] as Invoice, payment, cause: 'PAYMENT_REVERSED' },
      };
    if (action === 'uncredit') return { reversal, outcome: { kind: 'uncredited', customer, payment, cause: 'PAYMENT_REVERSED' } };
    if (action === 'return') return { reversal, outcome: { kind: 'returned', payment, cause: 'PAYMENT_REVERSED' } };
    if (action === 'unmatched' && cause === 'REVERSAL_NOT_COVERED')
      return { reversal, outcome: { kind: 'unmatched', cause, payment, customer } };
    if (action === 'unmatched') return { reversal, outcome: { kind: 'unmatched', cause: cause as 'REVERSED_PAYMENT_UNKNOWN' } };
    return { reversal, outcome: { kind: 'already-applied' } };
  });

  const totals = Object.create(null) as Record<string, ReconciliationTotals>;
  const reversedSums = new Map<string, Money>();
  for (const { reversal, outcome } of reversed)
    if (outcome.kind !== 'already-applied')
      reversedSums.set(
        reversal.amount.currency,
        (reversedSums.get(reversal.amount.currency) ?? Money.zero(reversal.amount.currency)).plus(reversal.amount),
      );
  for (const currency of [...new Set([...sums.keys(), ...reversedSums.keys()])].sort()) {
    const zero = Money.zero(currency);
    const s = sums.get(currency) ?? { settled: zero, credited: zero, unidentified: zero };
    const r = reversedSums.get(currency);
    totals[currency] = { received: s.settled.plus(s.credited).plus(s.unidentified), ...s, ...(r === undefined ? {} : { reversed: r }) };
  }
  return {
    settled: settled.map((at): SettledPayment => {
      const payment = byId.get(settledBy.get(at) as string) as Payment;
      // As the payment settled it, also when a reversal re-opened it since.
      return {
        payment,
        invoice: reopened.has(at) ? { ...(invoices[at] as Invoice), settled: true, settledBy: payment.id } : (after[at] as Invoice),
      };
    }),
    credited,
    unidentified,
    invoices: after,
    prepaid: ledger.done(),
    totals,
    duplicates,
    alreadyReconciled,
    reversed,
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
