import type { Money } from '../../money/index.js';
import type { Invoice, Payment, Reversal } from '../model.js';
import type { LedgerDraft, PrepaidLedger } from '../prepaidLedger.js';
import type { CreditedPayment } from '../reconcile.js';
import { decideReversal, type ReversalDecision, type ReversalFacts } from './reversalRules.js';

/** What the reference reconcile's payments left: the reversals see it, and change the invoices' state and the ledger. */
export interface AfterPayments {
  /** The invoices as given, in input order. */
  readonly invoices: readonly Invoice[];
  readonly invoiceByReference: ReadonlyMap<string, number>;
  /** Invoice index → the payment of this statement that settled it. */
  readonly settledBy: ReadonlyMap<number, string>;
  readonly credited: readonly CreditedPayment[];
  readonly unidentified: readonly Payment[];
  readonly known: ReadonlySet<string>;
  /** The ledger given: what earlier reconciliations recorded. */
  readonly prepaid: PrepaidLedger;
  /** The ledger with this statement's credits: reversals take credits back from it and record themselves. */
  readonly ledger: LedgerDraft;
}

/** A payment a reversal could take back. */
export interface Found {
  readonly kind: 'settled' | 'credited' | 'unidentified';
  readonly payment: string;
  readonly customer?: string;
  readonly invoice?: number;
}

/**
 * The reversals of `reconcile` written plainly, for the reference reconcile: one pass in the order
 * given (booking time, then id), each finding the payment it takes back in a Map of what became of
 * every payment of the statement, or in what earlier reconciliations recorded (the invoices'
 * `settledBy`, the ledger's credited payments), and doing what `decideReversal` says. Returns the
 * invoices re-opened (by index) and each reversal's decision with the payment found. @internal
 */
export function referenceReversals(
  reversals: readonly Reversal[],
  { invoices, invoiceByReference, settledBy, credited, unidentified, known, prepaid, ledger }: AfterPayments,
): { reopened: ReadonlySet<number>; decided: { reversal: Reversal; decision: ReversalDecision; found: Found | undefined }[] } {
  const fate = new Map<
    string,
    { kind: 'settled'; invoice: number } | { kind: 'credited' | 'unidentified'; payment: Payment; customer?: string }
  >();
  for (const [at, id] of settledBy) fate.set(id, { kind: 'settled', invoice: at });
  for (const c of credited) fate.set(c.payment.id, { kind: 'credited', payment: c.payment, customer: c.customer });
  for (const p of unidentified) fate.set(p.id, { kind: 'unidentified', payment: p });
  const byReference = new Map<string, Payment[]>();
  for (const p of [...credited.map((c) => c.payment), ...unidentified]) {
    if (p.reference === undefined) continue;
    const list = byReference.get(p.reference) ?? [];
    list.push(p);
    byReference.set(p.reference, list);
  }
  const reopened = new Set<number>();
  const reversedNow = new Set<string>();
  const isReversed = (id: string) => reversedNow.has(id) || prepaid.hasReversed(id);
  /** Who settles invoice `at` now: the payment of this statement, or the one given; none once re-opened. */
  const settlerOf = (at: number): string | undefined => {
    if (reopened.has(at)) return undefined;
    const invoice = invoices[at] as Invoice;
    return settledBy.get(at) ?? (invoice.settled ? invoice.settledBy : undefined);
  };
  const settledInvoices = new Map<string, number[]>(); // payment id → the invoices it settles, before any reversal
  invoices.forEach((_, at) => {
    const by = settlerOf(at);
    if (by === undefined) return;
    const list = settledInvoices.get(by) ?? [];
    list.push(at);
    settledInvoices.set(by, list);
  });
  const decided: { reversal: Reversal; decision: ReversalDecision; found: Found | undefined }[] = [];
  for (const reversal of reversals) {
    const found: Found[] = [];
    let earlier = 0; // payments of earlier reconciliations that fit, known only by their number
    const seen = prepaid.hasAppliedReversal(reversal.id) ? 'applied-before' : 'new';
    const fits = (amount: Money) => amount.equals(reversal.amount);
    if (seen === 'new' && reversal.direction === 'debit' && reversal.reverses !== undefined) {
      const id = reversal.reverses;
      if (!isReversed(id)) {
        for (const at of settledInvoices.get(id) ?? [])
          if (id !== 'prepaid' && settlerOf(at) === id && fits((invoices[at] as Invoice).amount))
            found.push({ kind: 'settled', payment: id, invoice: at });
        const f = fate.get(id);
        if (f !== undefined && f.kind !== 'settled' && fits(f.payment.amount))
          found.push(
            f.kind === 'credited'
              ? { kind: 'credited', payment: id, customer: f.customer as string }
              : { kind: 'unidentified', payment: id },
          );
        if (f === undefined && prepaid.hasCredited(id)) {
          // Credited by an earlier reconciliation: to the reversal's own known customer, else (when
          // the payment named no customer of its own) to the customer of the invoice its reference
          // names, as the payment rules chose; a payment credited to the customer it named: unknown.
          const named = reversal.reference === undefined ? undefined : invoiceByReference.get(reversal.reference);
          const customer =
            reversal.customer !== undefined && known.has(reversal.customer)
              ? reversal.customer
              : named === undefined || prepaid.hasOwnCustomerCredit(id)
                ? undefined
                : invoices[named]?.customer;
          if (customer !== undefined) found.push({ kind: 'credited', payment: id, customer });
        }
      }
    } else if (seen === 'new' && reversal.direction === 'debit' && reversal.reference !== undefined) {
      const at = invoiceByReference.get(reversal.reference);
      const by = at === undefined ? undefined : settlerOf(at);
      if (at !== undefined && by !== undefined && by !== 'prepaid' && !isReversed(by) && fits((invoices[at] as Invoice).amount)) {
        found.push({ kind: 'settled', payment: by, invoice: at });
        // An earlier standing order of the invoice's amount fits too; which payment it was is not
        // recorded, so it can only make the reversal ambiguous.
        if (prepaid.hasStaleCredit(reversal.reference)) earlier += 1;
      }
      for (const p of byReference.get(reversal.reference) ?? []) {
        const f = fate.get(p.id);
        if (isReversed(p.id) || !fits(p.amount) || f === undefined || f.kind === 'settled') continue;
        found.push(
          f.kind === 'credited'
            ? { kind: 'credited', payment: p.id, customer: f.customer as string }
            : { kind: 'unidentified', payment: p.id },
        );
      }
    }
    const one = found.length === 1 && earlier === 0 ? found[0] : undefined;
    const balance = one?.kind === 'credited' ? ledger.balance(one.customer as string, reversal.amount.currency) : undefined;
    const facts: ReversalFacts = {
      seen,
      direction: reversal.direction,
      payment: found.length === 0 ? 'none' : one === undefined ? 'several' : one.kind,
      covered: balance?.greaterThanOrEqualTo(reversal.amount.amount) === true,
    };
    const decision = decideReversal(facts);
    const { action } = decision;
    if (action === 'reopen' || action === 'uncredit' || action === 'return') {
      const { payment, invoice, customer } = one as Found;
      reversedNow.add(payment);
      ledger.record('reversals', reversal.id);
      ledger.record('reversedPayments', payment);
      if (action === 'reopen') reopened.add(invoice as number);
      if (action === 'uncredit') ledger.debit(customer as string, reversal.amount);
    }
    decided.push({ reversal, decision, found: one });
  }

  return { reopened, decided };
}
