import type { BillingPolicyParts } from './policyParts.js';
import { reconcileStatement } from './engine/reconcileStatement.js';
import type { ReconciliationTotals } from './engine/totals.js';
import type { Invoice, InvoiceInput, Payment, PaymentInput, Reversal, ReversalInput } from './model.js';
import type { PrepaidLedger, PrepaidLedgerInput } from './prepaidLedger.js';
import type { CreditCause } from './rules/paymentRules.js';
import type { ReversalCause } from './rules/reversalRules.js';
import { readStatement } from './statementInput.js';

export type { ReconciliationTotals };

/** The options of {@link reconcile}. */
export interface ReconcileInput {
  readonly invoices: readonly InvoiceInput[];
  /** The payments of a bank statement, in any order. */
  readonly payments: readonly PaymentInput[];
  /**
   * The reversals of the statement (bookings the bank took back), in any order: processed after
   * its payments, in booking-time then id order; never a new credit. See {@link ReversedPayment}.
   */
  readonly reversals?: readonly ReversalInput[];
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

/**
 * What a reversal did, with the cause:
 * - `reopened`: the payment had settled `invoice`, which is open again (`settled: false`, no
 *   `settledBy`); the invoice as it is now.
 * - `uncredited`: the payment had been credited to `customer`'s prepaid account; the amount is
 *   taken back from it.
 * - `returned`: the payment was unidentified in this statement: nobody's money, nothing to undo.
 * - `unmatched`: nothing changed. `REVERSED_PAYMENT_UNKNOWN`: no payment fits (or it is reversed
 *   already); `REVERSAL_AMBIGUOUS`: several do; `REVERSAL_NOT_COVERED`: the credit of `payment`
 *   was spent, and balances never go negative (BIL-05); `DEBIT_REVERSED`: a `credit` reversal,
 *   money back from a debit of the provider's, which reconcile does not know.
 * - `already-applied`: an earlier reconciliation applied this reversal (the prepaid ledger records
 *   it); nothing changes again.
 *
 * @example
 * ```ts
 * const { reversed } = reconcile({
 *   invoices: [],
 *   payments: [{ id: 'P-3', amount: { amount: '10.00', currency: 'CHF' }, bookedAt: '2026-03-20T10:00:00Z' }],
 *   reversals: [{ id: 'R-3', reverses: 'P-3', amount: { amount: '10.00', currency: 'CHF' }, bookedAt: '2026-03-21T10:00:00Z' },
 *               { id: 'R-4', reverses: 'P-9', amount: { amount: '10.00', currency: 'CHF' }, bookedAt: '2026-03-21T10:00:00Z' }],
 * });
 * reversed.map((r) => r.outcome);
 * // [{ kind: 'returned', payment: 'P-3', cause: 'PAYMENT_REVERSED' }, { kind: 'unmatched', cause: 'REVERSED_PAYMENT_UNKNOWN' }]
 * ```
 */
export type ReversalOutcome =
  | { readonly kind: 'reopened'; readonly invoice: Invoice; readonly payment: string; readonly cause: 'PAYMENT_REVERSED' }
  | { readonly kind: 'uncredited'; readonly customer: string; readonly payment: string; readonly cause: 'PAYMENT_REVERSED' }
  | { readonly kind: 'returned'; readonly payment: string; readonly cause: 'PAYMENT_REVERSED' }
  | {
      readonly kind: 'unmatched';
      readonly cause: Exclude<ReversalCause, 'PAYMENT_REVERSED'>;
      /** With `REVERSAL_NOT_COVERED`: the payment found and the account it was credited to. */
      readonly payment?: string;
      readonly customer?: string;
    }
  | { readonly kind: 'already-applied' };

/**
 * A reversal of the statement and what it did (BIL-02, BIL-04, BIL-05).
 *
 * @example
 * ```ts
 * const [first] = reconcile({ invoices: [], payments: [], reversals: [{ id: 'R-1', amount: { amount: '5.00', currency: 'EUR' },
 *   bookedAt: '2026-03-21T10:00:00Z', direction: 'credit' }] }).reversed;
 * first?.reversal.id;   // 'R-1'
 * first?.outcome;       // { kind: 'unmatched', cause: 'DEBIT_REVERSED' }
 * ```
 */
export interface ReversedPayment {
  readonly reversal: Reversal;
  readonly outcome: ReversalOutcome;
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
  /** Per currency, over the payments (and reversals) processed now. */
  readonly totals: Readonly<Record<string, ReconciliationTotals>>;
  /** Ids of payments listed twice in the input, processed once; then those of reversals listed twice. */
  readonly duplicates: readonly string[];
  /** Payments that an earlier reconciliation already settled or credited (by payment id); not counted again. */
  readonly alreadyReconciled: readonly Payment[];
  /** Every reversal (but repeats), in processing order (booking time, then id), with what it did. */
  readonly reversed: readonly ReversedPayment[];
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
 * Reversals (`reversals`, bookings the bank took back, camt `RvslInd`) come after every payment,
 * in booking-time then id order, and are never a new credit. A reversal takes back the payment its
 * `reverses` names (the id an invoice's `settledBy` or the ledger's credited payments record, or a
 * payment of this statement), else the one payment of its reference, amount and currency: the
 * invoice settled by a payment, or a credit or unidentified payment of this statement. Its amount
 * and currency must be the payment's. The payment's invoice is re-opened (`settled: false`, no
 * `settledBy`), or its credit is taken back from the prepaid account (when the balance still
 * covers it: balances never go negative); the ledger records the reversal and the payment, so
 * neither is applied again. See {@link ReversalOutcome} for every outcome and cause; the table is
 * `decideReversal` (rules/reversalRules.ts), and docs/billing.md, "Reversals", shows it.
 *
 * The rules are one table, `decidePayment` (rules/paymentRules.ts); the engine (engine/) gathers
 * each payment's facts and carries out the table's decision, in linear time (hash indexes; one
 * numeric sort of the payments' booking times). docs/billing.md shows the table.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) naming the item and field: a malformed invoice,
 *   payment or reversal (zero or negative amount, unknown currency, malformed or missing invoice
 *   reference, a reference type that is not the reference's, charges in another currency, an
 *   unknown key, inherited properties), a hole in a list, two invoices with the same id or
 *   reference, one payment (or reversal) id with two different contents. What reading the input throws (a
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
 *
 * // The bank takes the payment back a few days later: the invoice is open again.
 * const next = reconcile({ invoices: r.invoices, payments: [], prepaid: r.prepaid,
 *   reversals: [{ id: 'R-1', reverses: 'P-1', amount: { amount: '120.00', currency: 'CHF' }, bookedAt: '2026-03-24T00:00:00Z' }] });
 * next.reversed[0]?.outcome.kind;         // 'reopened'
 * next.invoices[0]?.settled;              // false
 * ```
 */
export function reconcile(input: ReconcileInput): Reconciliation {
  return reconcileStatement(readStatement(input));
}
