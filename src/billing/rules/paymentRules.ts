import { match } from 'ts-pattern';
import type { RuleId } from '../../errors.js';

/** Why a payment was credited to the prepaid account instead of settling an invoice (BIL-03, BIL-04). */
export type CreditCause = 'STALE_REFERENCE' | 'AMOUNT_MISMATCH' | 'CURRENCY_MISMATCH' | 'UNKNOWN_REFERENCE';

/**
 * What is known of one payment when its turn comes (booking time, then id). The engine and the
 * reference reconcile gather these; neither decides anything with them.
 */
export interface PaymentFacts {
  /**
   * Whether its id was met before: `listed-before` earlier in this statement, `reconciled-before`
   * by an earlier reconciliation fed back in (an invoice's `settledBy`, the ledger's credited ids).
   */
  readonly seen: 'new' | 'listed-before' | 'reconciled-before';
  /** The invoice its reference names, as it stands now; `none`: no reference, or one of no invoice. */
  readonly invoice: 'none' | 'open' | 'settled';
  /** Its currency is the invoice's (false without an invoice). */
  readonly sameCurrency: boolean;
  /** Its amount equals the invoice's as a number, `120` = `120.00` (false without an invoice). */
  readonly sameAmount: boolean;
  /** It names its own customer, and that customer is known (invoices, prepaid ledger, `customers`). */
  readonly knownCustomer: boolean;
}

/** Where a payment lands in the result of reconcile. */
export type PaymentOutcome = 'settle' | 'credit' | 'unidentified' | 'duplicate' | 'already-reconciled';

/**
 * The decision for one payment. Every decision has the same fields (one object shape for the
 * engine's loop); `cause` is set for `credit` and `unidentified` (what the credit would have been).
 */
export interface PaymentDecision {
  readonly outcome: PaymentOutcome;
  readonly cause: CreditCause | undefined;
  /** Whose the money is: the payment's own customer, the customer of the invoice its reference names, or nobody's. */
  readonly customer: 'own' | 'invoice' | 'none';
  readonly rule: RuleId;
}

const decision = (
  outcome: PaymentOutcome,
  cause: CreditCause | undefined,
  customer: PaymentDecision['customer'],
  rule: RuleId,
): PaymentDecision => Object.freeze({ outcome, cause, customer, rule });

/**
 * The matching rules of reconcile (BIL-02, BIL-03, BIL-04) as one exhaustive table: facts →
 * outcome, whose money it is, rule. Adding a fact value without deciding it fails to compile.
 * Rows are tried top to bottom; a fact a row leaves out does not matter to it.
 *
 * @example
 * ```ts
 * decidePayment({ seen: 'new', invoice: 'open', sameCurrency: true, sameAmount: true, knownCustomer: false }).outcome; // 'settle'
 * decidePayment({ seen: 'new', invoice: 'settled', sameCurrency: true, sameAmount: true, knownCustomer: true }).cause; // 'STALE_REFERENCE'
 * ```
 */
export function decidePayment(facts: PaymentFacts): PaymentDecision {
  return (
    match<PaymentFacts, PaymentDecision>(facts)
      // BIL-04: a payment is never counted twice.
      .with({ seen: 'listed-before' }, () => decision('duplicate', undefined, 'none', 'BIL-04'))
      .with({ seen: 'reconciled-before' }, () => decision('already-reconciled', undefined, 'none', 'BIL-04'))
      // BIL-02: its reference, exactly its amount and currency, and the invoice still open.
      .with({ invoice: 'open', sameCurrency: true, sameAmount: true }, () => decision('settle', undefined, 'invoice', 'BIL-02'))
      // BIL-03: a standing order repeats the reference of an invoice that is already paid.
      .with({ invoice: 'settled', knownCustomer: true }, () => decision('credit', 'STALE_REFERENCE', 'own', 'BIL-03'))
      .with({ invoice: 'settled', knownCustomer: false }, () => decision('credit', 'STALE_REFERENCE', 'invoice', 'BIL-03'))
      // BIL-04: the currency is looked at first, as amounts of two currencies are not comparable (MON-02).
      .with({ invoice: 'open', sameCurrency: false, knownCustomer: true }, () => decision('credit', 'CURRENCY_MISMATCH', 'own', 'BIL-04'))
      .with({ invoice: 'open', sameCurrency: false, knownCustomer: false }, () =>
        decision('credit', 'CURRENCY_MISMATCH', 'invoice', 'BIL-04'),
      )
      .with({ invoice: 'open', sameAmount: false, knownCustomer: true }, () => decision('credit', 'AMOUNT_MISMATCH', 'own', 'BIL-04'))
      .with({ invoice: 'open', sameAmount: false, knownCustomer: false }, () => decision('credit', 'AMOUNT_MISMATCH', 'invoice', 'BIL-04'))
      // BIL-04: no invoice: the payment's own customer's, or nobody's (kept, never dropped).
      .with({ invoice: 'none', knownCustomer: true }, () => decision('credit', 'UNKNOWN_REFERENCE', 'own', 'BIL-04'))
      .with({ invoice: 'none', knownCustomer: false }, () => decision('unidentified', 'UNKNOWN_REFERENCE', 'none', 'BIL-04'))
      .exhaustive()
  );
}

/**
 * The facts as a small number, `seen × 24 + invoice × 8 + sameCurrency × 4 + sameAmount × 2 +
 * knownCustomer` (0 … 71): the engine adds these parts as it learns each fact. @internal
 */
export const FACT = {
  LISTED_BEFORE: 24,
  RECONCILED_BEFORE: 48,
  INVOICE_OPEN: 8,
  INVOICE_SETTLED: 16,
  SAME_CURRENCY: 4,
  SAME_AMOUNT: 2,
  KNOWN_CUSTOMER: 1,
} as const;

const SEEN = ['new', 'listed-before', 'reconciled-before'] as const;
const INVOICE = ['none', 'open', 'settled'] as const;

/** The facts of a code of {@link FACT} parts. @internal */
export function factsOf(code: number): PaymentFacts {
  return {
    seen: SEEN[Math.floor(code / 24)] as PaymentFacts['seen'],
    invoice: INVOICE[Math.floor(code / 8) % 3] as PaymentFacts['invoice'],
    sameCurrency: (code & 4) !== 0,
    sameAmount: (code & 2) !== 0,
    knownCustomer: (code & 1) !== 0,
  };
}

let table: readonly PaymentDecision[] | undefined;

/**
 * {@link decidePayment} for each of the 72 fact codes, computed on first use (not at import):
 * the engine decides a payment by one array read instead of running the match per payment.
 * @internal
 */
export function paymentDecisions(): readonly PaymentDecision[] {
  table ??= Array.from({ length: 72 }, (_, code) => decidePayment(factsOf(code)));
  return table;
}
