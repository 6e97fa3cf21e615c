import { HostPolicyError, type HostPolicyErrorCode, type RuleId } from '../errors.js';
import type { Money } from '../money/index.js';
import type { PrepaidLedger, TermKind } from './prepaidLedger.js';

/**
 * What an entry applied by id was, as the ledger keeps it: `'c1: CHF 59.00'`, with the payout
 * method after `by`. Read from the right it is unambiguous (an amount has no space, a method is one
 * word), so two different entries never share a text, whatever their customer ids hold.
 * @internal
 */
export function termsText(customer: string, amount: Money, method?: string): string {
  const text = `${customer}: ${amount.currency} ${amount.toDecimalString()}`;
  return method === undefined ? text : `${text} by ${method}`;
}

/** Which error a reused id is, per kind of entry, with its rule. */
const REUSE: Readonly<Record<TermKind, { code: HostPolicyErrorCode; rule: RuleId; what: string; done: string }>> = {
  creditedPayments: { code: 'DUPLICATE_PAYMENT', rule: 'BIL-09', what: 'Payment', done: 'applied' },
  payouts: { code: 'DUPLICATE_PAYOUT', rule: 'BIL-09', what: 'Payout', done: 'applied' },
  incentiveOrders: { code: 'DUPLICATE_ORDER', rule: 'PAR-09', what: 'The cashback of order', done: 'applied' },
  paidInvoices: { code: 'DUPLICATE_INVOICE', rule: 'BIL-05', what: 'Invoice', done: 'paid from the prepaid account' },
};

/** An id given again with other terms than those recorded: what is wrong, as an error or a decision's reason says it. */
export interface Reuse {
  readonly code: HostPolicyErrorCode;
  readonly rule: RuleId;
  readonly message: string;
  readonly details: { readonly id: string; readonly recorded: string; readonly given: string };
}

/**
 * Whether `id`, given with the terms `given`, reuses an id the ledger recorded with other terms
 * (`undefined`: a new id, a retry, or a ledger written before terms were kept). @internal
 */
export function reuseOf(ledger: PrepaidLedger, kind: TermKind, id: string, given: string): Reuse | undefined {
  const recorded = ledger.termsOf(kind, id);
  if (recorded === undefined || recorded === given) return undefined;
  const { code, rule, what, done } = REUSE[kind];
  const message = `${what} ${id} was ${done} as ${recorded}, not ${given}: an id names one entry, so this is not a retry of it.`;
  return { code, rule, message, details: { id, recorded, given } };
}

/**
 * An id the ledger already applied, given again: a retry when its terms are the ones recorded (or
 * when the ledger, written before terms were kept, has none), otherwise a caller's mistake that
 * must not pass for a retry — the second entry would be lost without a word.
 * @throws HostPolicyError `DUPLICATE_PAYMENT` / `DUPLICATE_PAYOUT` (BIL-09), `DUPLICATE_ORDER` (PAR-09), `DUPLICATE_INVOICE` (BIL-05).
 * @internal
 */
export function checkRetry(ledger: PrepaidLedger, kind: TermKind, id: string, given: string): void {
  const reuse = reuseOf(ledger, kind, id, given);
  if (reuse !== undefined) throw new HostPolicyError(reuse.code, reuse.message, { rule: reuse.rule, details: reuse.details });
}
