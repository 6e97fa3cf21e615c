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
 * for what finds the payment a reversal takes back). Indexes of the statement's outcomes are
 * built once, only when there are reversals, so that each reversal costs the same whatever the
 * number of payments or reversals of its reference (bounded work per input, principle 10). @internal
 */
export function applyReversals(reversals: readonly Reversal[], scope: ReversalScope): ReversalStep[] {
  if (reversals.length === 0) return [];
  const { ledger, prepaid } = scope;
  const reversedNow = new Set<string>();
  const gone = (payment: string): boolean => reversedNow.has(payment) || prepaid.hasReversed(payment);
  const creditedById = new Map<string, CreditedPayment>();
  const unidentifiedById = new Map<string, Payment>();
  const byReference = new LiveCandidates(gone);
  for (const c of scope.credited) {
    creditedById.set(c.payment.id, c);
    if (c.payment.reference !== undefined)
      byReference.add(c.payment.reference, c.payment.amount, {
        kind: 'credited',
        payment: c.payment.id,
        customer: c.customer,
        invoice: -1,
      });
  }
  for (const p of scope.unidentified) {
    unidentifiedById.set(p.id, p);
    if (p.reference !== undefined)
      byReference.add(p.reference, p.amount, { kind: 'unidentified', payment: p.id, customer: undefined, invoice: -1 });
  }
  const settledByIndex = scope.settledByIndex();
  // The invoices a payment named by `reverses` settles, by payment and amount: they stay settled by
  // it until it is reversed (then it is gone), so repeated reversals of one payment look once.
  const settledFits = new Map<string, Candidate[]>();

  const steps: ReversalStep[] = [];
  for (const reversal of reversals) {
    const seen = prepaid.hasAppliedReversal(reversal.id) ? 'applied-before' : 'new';
    const { amount } = reversal;
    let count = 0; // the payments that fit (only none, one or several matters)
    let found: Candidate | undefined; // the one that fits, when count is 1
    const fits = (c: Candidate): void => {
      count += 1;
      found = c;
    };
    if (seen === 'new' && reversal.direction === 'debit') {
      const named = reversal.reverses;
      if (named !== undefined) {
        if (!gone(named)) {
          const key = `${named}\u0000${keyOf(amount)}`;
          let settled = settledFits.get(key);
          if (settled === undefined) {
            settled = [];
            for (const i of settledByIndex.get(named) ?? [])
              if (scope.settledBy(i) === named && named !== PREPAID && scope.amountOf(i).equals(amount))
                settled.push({ kind: 'settled', payment: named, customer: undefined, invoice: i });
            settledFits.set(key, settled);
          }
          for (const c of settled) fits(c);
          const credit = creditedById.get(named);
          if (credit?.payment.amount.equals(amount) === true)
            fits({ kind: 'credited', payment: named, customer: credit.customer, invoice: -1 });
          else if (credit === undefined && prepaid.hasCredited(named)) {
            const account = accountOf(named, reversal, scope);
            if (account !== undefined) fits({ kind: 'credited', payment: named, customer: account, invoice: -1 });
          }
          if (unidentifiedById.get(named)?.amount.equals(amount) === true)
            fits({ kind: 'unidentified', payment: named, customer: undefined, invoice: -1 });
        }
      } else if (reversal.reference !== undefined) {
        const i = scope.invoiceOf(reversal.reference);
        const by = i === -1 ? undefined : scope.settledBy(i);
        if (by !== undefined && by !== PREPAID && !gone(by) && scope.amountOf(i).equals(amount)) {
          fits({ kind: 'settled', payment: by, customer: undefined, invoice: i });
          // A standing order of the invoice's amount credited by an earlier reconciliation fits as
          // well; the ledger does not record which payment that was, so it only makes the choice ambiguous.
          if (prepaid.hasStaleCredit(reversal.reference)) count += 1;
        }
        const live = byReference.live(reversal.reference, amount);
        count += live.count;
        if (live.first !== undefined) found = live.first;
      }
    }
    const one = count === 1 ? found : undefined;
    const facts: ReversalFacts = {
      seen,
      direction: reversal.direction,
      payment: one?.kind ?? (count === 0 ? 'none' : 'several'),
      covered: one?.kind === 'credited' && covers(ledger.balance(one.customer as string, amount.currency), amount),
    };
    const decision = decideReversal(facts);
    const step: ReversalStep = {
      reversal,
      decision,
      payment: one?.payment,
      customer: one?.customer,
      invoice: one?.invoice ?? -1,
    };
    steps.push(step);
    if (decision.action === 'reopen') scope.reopen(step.invoice);
    else if (decision.action === 'uncredit') ledger.debit(step.customer as string, amount);
    if (decision.action === 'reopen' || decision.action === 'uncredit' || decision.action === 'return') {
      reversedNow.add(step.payment as string);
      byReference.reversed(step.payment as string);
      ledger.record('reversals', reversal.id);
      ledger.record('reversedPayments', step.payment as string);
    }
  }
  return steps;
}

/** Equal amounts of one currency give one key (decimal.js writes `10.00` and `10` alike). */
function keyOf(amount: Money): string {
  return `${amount.currency} ${amount.amount.toString()}`;
}

/**
 * The credited and unidentified payments of the statement by reference and amount, for reversals
 * found by reference. Only whether none, one or several of them are not reversed yet matters, so
 * each key keeps that count, and a cursor past the reversed ones at the front of its list: every
 * payment is stepped over at most once in all (walking each list per reversal made 8,000 reversals
 * of one reference quadratic; test/billing/reversalsTiming.test.ts).
 */
class LiveCandidates {
  readonly #byKey = new Map<string, { readonly list: Candidate[]; live: number; front: number }>();
  /** Payment id → its key, to count it out when it is reversed. */
  readonly #keyOfPayment = new Map<string, string>();
  readonly #gone: (payment: string) => boolean;

  constructor(gone: (payment: string) => boolean) {
    this.#gone = gone;
  }

  add(reference: string, amount: Money, candidate: Candidate): void {
    const key = `${reference}\u0000${keyOf(amount)}`;
    let entry = this.#byKey.get(key);
    if (entry === undefined) {
      entry = { list: [], live: 0, front: 0 };
      this.#byKey.set(key, entry);
    }
    entry.list.push(candidate);
    if (this.#gone(candidate.payment)) return; // reversed by an earlier reconciliation: never fits
    entry.live += 1;
    this.#keyOfPayment.set(candidate.payment, key);
  }

  /** How many payments of this reference and amount are not reversed, and the first of them. */
  live(reference: string, amount: Money): { count: number; first: Candidate | undefined } {
    const entry = this.#byKey.get(`${reference}\u0000${keyOf(amount)}`);
    if (entry === undefined || entry.live === 0) return { count: 0, first: undefined };
    while (this.#gone((entry.list[entry.front] as Candidate).payment)) entry.front += 1;
    return { count: entry.live, first: entry.list[entry.front] };
  }

  /** A payment was reversed now: it no longer fits. */
  reversed(payment: string): void {
    const key = this.#keyOfPayment.get(payment);
    if (key === undefined) return;
    this.#keyOfPayment.delete(payment);
    (this.#byKey.get(key) as { live: number }).live -= 1;
  }
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
 * The account payment `id`, credited by an earlier reconciliation, went to, as the payment rules
 * chose it: the reversal's own customer when known; else, for a payment that named no customer of
 * its own (as a camt payment never does), the customer of the invoice its reference names. A
 * payment credited to the customer it named (the ledger records which) may have gone to another
 * account than that invoice's: `undefined`, the account cannot be told.
 */
function accountOf(id: string, reversal: Reversal, scope: ReversalScope): string | undefined {
  if (reversal.customer !== undefined && scope.isKnown(reversal.customer)) return reversal.customer;
  if (scope.prepaid.hasOwnCustomerCredit(id)) return undefined;
  const i = reversal.reference === undefined ? -1 : scope.invoiceOf(reversal.reference);
  return i === -1 ? undefined : scope.customerOf(i);
}

function covers(balance: { greaterThanOrEqualTo(n: Money['amount']): boolean } | undefined, amount: Money): boolean {
  return balance?.greaterThanOrEqualTo(amount.amount) === true;
}
