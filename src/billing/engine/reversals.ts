import { readError } from '../../internal/parse.js';
import type { Money } from '../../money/index.js';
import type { Invoice, Payment, Reversal } from '../model.js';
import type { LedgerDraft, PrepaidLedger } from '../prepaidLedger.js';
import type { CreditedPayment, ReversedPayment } from '../reconcile.js';
import { readReversal, sameReversal } from '../reversalItems.js';
import { decideReversal, type ReversalDecision, type ReversalFacts } from '../rules/reversalRules.js';
import { conflictingReversal, hole, WHAT } from '../statementInput.js';

/** What `settledBy` says of an invoice paid from the prepaid account: no payment to take back. */
const PREPAID = 'prepaid';

/**
 * Reads the reversals of a statement: each validated, an id listed twice with the same content
 * kept once (its id added to `duplicates`, as the rules say), with other contents an input error.
 * Returns them in processing order: booking time, then id. @internal
 */
export function readReversals(raw: readonly unknown[], duplicates: string[]): Reversal[] {
  const byId = new Map<string, Reversal>();
  for (let i = 0; i < raw.length; i += 1) {
    let reversal: Reversal;
    try {
      hole(raw, i, 'reversals');
      reversal = readReversal(raw[i], ['reversals', i], WHAT);
    } catch (e) {
      throw readError(WHAT, e, ['reversals', i]);
    }
    const first = byId.get(reversal.id);
    if (first === undefined) byId.set(reversal.id, reversal);
    else if (!sameReversal(first, reversal)) conflictingReversal(i, reversal.id);
    else if (decideReversal({ seen: 'listed-before', direction: 'debit', payment: 'none', covered: false }).action === 'duplicate')
      duplicates.push(reversal.id);
  }
  return [...byId.values()].sort((a, b) => a.bookedAt.getTime() - b.bookedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** What the engine lets the reversals see and change of the statement, once its payments are done. @internal */
export interface ReversalScope {
  /** The invoice with this compact reference (-1: none). */
  invoiceOf(reference: string): number;
  /** The payment that settles invoice `i` now (settled, by a payment or `'prepaid'`); `undefined` when open or settled by nobody known. */
  settledBy(i: number): string | undefined;
  amountOf(i: number): Money;
  customerOf(i: number): string;
  /** Invoice indexes whose `settledBy` is each payment id, for the settled invoices. */
  settledByIndex(): ReadonlyMap<string, readonly number[]>;
  reopen(i: number): void;
  readonly credited: readonly CreditedPayment[];
  readonly unidentified: readonly Payment[];
  /** The ledger as the statement's credits left it; reversals take credits back from it. */
  readonly ledger: LedgerDraft;
  /** The ledger given: what earlier reconciliations recorded. */
  readonly prepaid: PrepaidLedger;
  isKnown(customer: string): boolean;
}

/** A reversal, its decision, and what it concerns (the payment, the account, the invoice index). @internal */
export interface ReversalStep {
  readonly reversal: Reversal;
  readonly decision: ReversalDecision;
  readonly payment: string | undefined;
  readonly customer: string | undefined;
  readonly invoice: number;
}

/** One payment a reversal could take back. */
interface Candidate {
  readonly kind: 'settled' | 'credited' | 'unidentified';
  readonly payment: string;
  readonly customer: string | undefined;
  readonly invoice: number;
}

/**
 * Decides and carries out the reversals, in order (see `rules/reversalRules.ts`, and `reconcile`
 * for what finds the payment a reversal takes back). Reversals are a handful per statement, so
 * this indexes the statement's outcomes with Maps, once, only when there are reversals. @internal
 */
export function applyReversals(reversals: readonly Reversal[], scope: ReversalScope): ReversalStep[] {
  if (reversals.length === 0) return [];
  const { ledger, prepaid } = scope;
  const creditedById = new Map<string, CreditedPayment>();
  const creditedByReference = new Map<string, CreditedPayment[]>();
  for (const c of scope.credited) {
    creditedById.set(c.payment.id, c);
    if (c.payment.reference !== undefined) push(creditedByReference, c.payment.reference, c);
  }
  const unidentifiedById = new Map<string, Payment>();
  const unidentifiedByReference = new Map<string, Payment[]>();
  for (const p of scope.unidentified) {
    unidentifiedById.set(p.id, p);
    if (p.reference !== undefined) push(unidentifiedByReference, p.reference, p);
  }
  const settledByIndex = scope.settledByIndex();
  const reversedNow = new Set<string>();
  const gone = (payment: string): boolean => reversedNow.has(payment) || prepaid.hasReversed(payment);

  const steps: ReversalStep[] = [];
  for (const reversal of reversals) {
    const seen = prepaid.hasAppliedReversal(reversal.id) ? 'applied-before' : 'new';
    const { amount } = reversal;
    const candidates: Candidate[] = [];
    if (seen === 'new' && reversal.direction === 'debit') {
      const named = reversal.reverses;
      if (named !== undefined) {
        if (!gone(named)) {
          for (const i of settledByIndex.get(named) ?? [])
            if (scope.settledBy(i) === named && named !== PREPAID && scope.amountOf(i).equals(amount))
              candidates.push({ kind: 'settled', payment: named, customer: undefined, invoice: i });
          const credit = creditedById.get(named);
          if (credit?.payment.amount.equals(amount) === true)
            candidates.push({ kind: 'credited', payment: named, customer: credit.customer, invoice: -1 });
          else if (credit === undefined && prepaid.hasCredited(named)) {
            const account = accountOf(reversal, scope);
            if (account !== undefined) candidates.push({ kind: 'credited', payment: named, customer: account, invoice: -1 });
          }
          if (unidentifiedById.get(named)?.amount.equals(amount) === true)
            candidates.push({ kind: 'unidentified', payment: named, customer: undefined, invoice: -1 });
        }
      } else if (reversal.reference !== undefined) {
        const i = scope.invoiceOf(reversal.reference);
        const by = i === -1 ? undefined : scope.settledBy(i);
        if (by !== undefined && by !== PREPAID && !gone(by) && scope.amountOf(i).equals(amount))
          candidates.push({ kind: 'settled', payment: by, customer: undefined, invoice: i });
        for (const c of creditedByReference.get(reversal.reference) ?? [])
          if (!gone(c.payment.id) && c.payment.amount.equals(amount))
            candidates.push({ kind: 'credited', payment: c.payment.id, customer: c.customer, invoice: -1 });
        for (const p of unidentifiedByReference.get(reversal.reference) ?? [])
          if (!gone(p.id) && p.amount.equals(amount))
            candidates.push({ kind: 'unidentified', payment: p.id, customer: undefined, invoice: -1 });
      }
    }
    const found = candidates.length === 1 ? (candidates[0] as Candidate) : undefined;
    const facts: ReversalFacts = {
      seen,
      direction: reversal.direction,
      payment: found?.kind ?? (candidates.length === 0 ? 'none' : 'several'),
      covered: found?.kind === 'credited' && covers(ledger.balance(found.customer as string, amount.currency), amount),
    };
    const decision = decideReversal(facts);
    const step: ReversalStep = {
      reversal,
      decision,
      payment: found?.payment,
      customer: found?.customer,
      invoice: found?.invoice ?? -1,
    };
    steps.push(step);
    if (decision.action === 'reopen') scope.reopen(step.invoice);
    else if (decision.action === 'uncredit') ledger.debit(step.customer as string, amount);
    if (decision.action === 'reopen' || decision.action === 'uncredit' || decision.action === 'return') {
      reversedNow.add(step.payment as string);
      ledger.record('reversals', reversal.id);
      ledger.record('reversedPayments', step.payment as string);
    }
  }
  return steps;
}

/** A reversal's entry in the result, from the step that decided and carried it out (`invoices`: as built at the end). @internal */
export function reversalEntry(step: ReversalStep, invoices: readonly Invoice[]): ReversedPayment {
  const { reversal, decision } = step;
  const payment = step.payment as string;
  switch (decision.action) {
    case 'reopen':
      return { reversal, outcome: { kind: 'reopened', invoice: invoices[step.invoice] as Invoice, payment, cause: 'PAYMENT_REVERSED' } };
    case 'uncredit':
      return { reversal, outcome: { kind: 'uncredited', customer: step.customer as string, payment, cause: 'PAYMENT_REVERSED' } };
    case 'return':
      return { reversal, outcome: { kind: 'returned', payment, cause: 'PAYMENT_REVERSED' } };
    case 'already-applied':
    case 'duplicate': // not met here: a repeated id was decided while reading
      return { reversal, outcome: { kind: 'already-applied' } };
    case 'unmatched': {
      const cause = decision.cause as Exclude<typeof decision.cause, 'PAYMENT_REVERSED' | undefined>;
      return step.customer === undefined || cause !== 'REVERSAL_NOT_COVERED'
        ? { reversal, outcome: { kind: 'unmatched', cause } }
        : { reversal, outcome: { kind: 'unmatched', cause, payment, customer: step.customer } };
    }
  }
}

/**
 * The account a payment credited by an earlier reconciliation went to, as the payment rules chose
 * it: the reversal's own customer when known, else the customer of the invoice its reference
 * names (the ledger records which payments it credited, not to whom).
 */
function accountOf(reversal: Reversal, scope: ReversalScope): string | undefined {
  if (reversal.customer !== undefined && scope.isKnown(reversal.customer)) return reversal.customer;
  const i = reversal.reference === undefined ? -1 : scope.invoiceOf(reversal.reference);
  return i === -1 ? undefined : scope.customerOf(i);
}

function covers(balance: { greaterThanOrEqualTo(n: Money['amount']): boolean } | undefined, amount: Money): boolean {
  return balance?.greaterThanOrEqualTo(amount.amount) === true;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
