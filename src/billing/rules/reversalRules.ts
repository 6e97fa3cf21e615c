import { match } from 'ts-pattern';
import type { RuleId } from '../../errors.js';

/**
 * Why reconcile reports a reversal as it does. `PAYMENT_REVERSED`: the payment it takes back is
 * undone (its invoice re-opened, its credit taken back, or, unidentified, it simply went back);
 * the others leave everything as it was: no payment to undo (`REVERSED_PAYMENT_UNKNOWN`), more than
 * one it could be (`REVERSAL_AMBIGUOUS`), a credit the prepaid balance no longer covers
 * (`REVERSAL_NOT_COVERED`), or the return of a debit of the provider's (`DEBIT_REVERSED`).
 *
 * @example
 * ```ts
 * const cause: ReversalCause = 'REVERSAL_AMBIGUOUS'; // pass `reverses` to name the payment
 * ```
 */
export type ReversalCause =
  | 'PAYMENT_REVERSED'
  | 'REVERSED_PAYMENT_UNKNOWN'
  | 'REVERSAL_AMBIGUOUS'
  | 'REVERSAL_NOT_COVERED'
  | 'DEBIT_REVERSED';

/**
 * What is known of one reversal when its turn comes (after every payment of the statement, in
 * booking-time then id order). The engine and the reference reconcile gather these.
 */
export interface ReversalFacts {
  /**
   * Whether its id was met before: `listed-before` earlier in this statement, `applied-before` by
   * an earlier reconciliation (the prepaid ledger records the reversals applied).
   */
  readonly seen: 'new' | 'listed-before' | 'applied-before';
  /** `debit`: it takes back a payment received; `credit`: it gives back a debit of the provider's. */
  readonly direction: 'debit' | 'credit';
  /**
   * What became of the payment it takes back, as it stands now: `none` when no payment fits (or
   * the one that fits was reversed already, or was credited to an account that cannot be told),
   * `several` when more than one fits.
   */
  readonly payment: 'none' | 'several' | 'settled' | 'credited' | 'unidentified';
  /** For a credited payment: the balance of its account, in its currency, covers the amount now. */
  readonly covered: boolean;
}

/** What reconcile does with a reversal. */
export type ReversalAction = 'reopen' | 'uncredit' | 'return' | 'unmatched' | 'duplicate' | 'already-applied';

/** The decision for one reversal; every decision has the same fields. */
export interface ReversalDecision {
  readonly action: ReversalAction;
  /** Set for `reopen`, `uncredit`, `return` and `unmatched`. */
  readonly cause: ReversalCause | undefined;
  readonly rule: RuleId;
}

/** A decision: the action, and the cause (a reason code of the library, none for repeats) with its rule. */
const decision = (action: ReversalAction, reason: { readonly code: ReversalCause | undefined; readonly rule: RuleId }): ReversalDecision =>
  Object.freeze({ action, cause: reason.code, rule: reason.rule });

/**
 * The reversal rules of reconcile as one exhaustive table, facts → action, cause, rule; rows are
 * tried top to bottom, a fact a row leaves out does not matter to it. A reversal is never a new
 * credit: every row either undoes one payment or changes nothing.
 *
 * @example
 * ```ts
 * decideReversal({ seen: 'new', direction: 'debit', payment: 'settled', covered: false }).action;  // 'reopen'
 * decideReversal({ seen: 'new', direction: 'debit', payment: 'credited', covered: false }).cause;  // 'REVERSAL_NOT_COVERED'
 * ```
 */
export function decideReversal(facts: ReversalFacts): ReversalDecision {
  return (
    match<ReversalFacts, ReversalDecision>(facts)
      // BIL-04: nothing is counted twice, a reversal no more than a payment.
      .with({ seen: 'listed-before' }, () => decision('duplicate', { code: undefined, rule: 'BIL-04' }))
      .with({ seen: 'applied-before' }, () => decision('already-applied', { code: undefined, rule: 'BIL-04' }))
      // Money back from a debit of the provider's: reconcile knows no debits, and it is no customer's payment.
      .with({ direction: 'credit' }, () => decision('unmatched', { code: 'DEBIT_REVERSED', rule: 'BIL-04' }))
      .with({ payment: 'none' }, () => decision('unmatched', { code: 'REVERSED_PAYMENT_UNKNOWN', rule: 'BIL-04' }))
      .with({ payment: 'several' }, () => decision('unmatched', { code: 'REVERSAL_AMBIGUOUS', rule: 'BIL-04' }))
      // BIL-02: an invoice stays settled only by a payment that stands.
      .with({ payment: 'settled' }, () => decision('reopen', { code: 'PAYMENT_REVERSED', rule: 'BIL-02' }))
      // BIL-05: balances never go negative, so a credit already spent is not taken back.
      .with({ payment: 'credited', covered: true }, () => decision('uncredit', { code: 'PAYMENT_REVERSED', rule: 'BIL-04' }))
      .with({ payment: 'credited', covered: false }, () => decision('unmatched', { code: 'REVERSAL_NOT_COVERED', rule: 'BIL-05' }))
      // BIL-04: an unidentified payment was nobody's: it went back, nothing else changes.
      .with({ payment: 'unidentified' }, () => decision('return', { code: 'PAYMENT_REVERSED', rule: 'BIL-04' }))
      .exhaustive()
  );
}
