import type { BillingPolicyParts } from './policyParts.js';
import { reconcileStatement } from './engine/reconcileStatement.js';
import type { ReconciliationTotals } from './engine/totals.js';
import type { Invoice, InvoiceInput, Payment, PaymentInput } from './model.js';
import type { PrepaidLedger, PrepaidLedgerInput } from './prepaidLedger.js';
import type { CreditCause } from './rules/paymentRules.js';
import { readStatement } from './statementInput.js';

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

/**
 * Matches a bank statement's payments to invoices (BIL-02, BIL-03, BIL-04).
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
 * The rules are one table, `decidePayment` (rules/paymentRules.ts); the engine (engine/) gathers
 * each payment's facts and carries out the table's decision, in linear time (hash indexes; one
 * numeric sort of the payments' booking times). docs/billing.md shows the table.
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
  return reconcileStatement(readStatement(input));
}
