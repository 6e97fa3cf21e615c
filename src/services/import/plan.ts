import { reconcile, type CreditCause, type InvoiceInput, type Payment, type Reconciliation } from '../../billing/index.js';
import { InvalidInputError } from '../../errors.js';
import type { Policy } from '../../policy/index.js';
import type { AppliedOutcome, StoredInvoice } from '../../ports/ports.js';
import type { Versioned } from '../../ports/repository.js';
import { portViolation } from '../portResults.js';
import type { Facts } from './facts.js';
import { plannedOf, type OpenPayment } from './statement.js';

type Settled = Extract<AppliedOutcome, { kind: 'settled' }>;
type Credited = Extract<AppliedOutcome, { kind: 'credited' }>;

/** What one round does for one open payment. @internal */
export type Step =
  /** Nothing to write but its record: the outcome needs no write, or the store already shows it. */
  | { readonly kind: 'finish'; readonly outcome: AppliedOutcome }
  /** Settle this invoice (read at this version), then finish. */
  | { readonly kind: 'settle'; readonly outcome: Settled; readonly invoice: Versioned<StoredInvoice> }
  /** Credit the customer's prepaid ledger, then finish. */
  | { readonly kind: 'credit'; readonly outcome: Credited };

/** A step, and whether its outcome is new: it goes into the payment record first (the intent log). @internal */
export interface Decision {
  readonly open: OpenPayment;
  readonly step: Step;
  readonly record: boolean;
}

/** Where the store already shows each open payment applied: the invoice it settled, the ledger it was credited to. */
interface Seen {
  readonly settled: Map<string, Versioned<StoredInvoice>>;
  readonly credited: Map<string, string>;
}

function seenIn(facts: Facts, open: readonly OpenPayment[]): Seen {
  const ids = new Set(open.map((o) => o.payment.id));
  const settled = new Map<string, Versioned<StoredInvoice>>();
  for (const record of facts.invoicesById.values()) {
    const by = record.value.invoice.settledBy;
    if (by !== undefined && ids.has(by)) settled.set(by, record);
  }
  const credited = new Map<string, string>();
  for (const [customer, record] of facts.ledgers)
    for (const id of record.value.ledger.creditedPayments ?? []) if (ids.has(id)) credited.set(id, customer);
  return { settled, credited };
}

/**
 * Decides what this round does for each open payment, in booking order, without writing.
 *
 * A payment with a planned outcome (its pending record's intent) keeps it: a settlement whose
 * invoice the store shows settled by it, or a credit the ledger shows, only needs its record
 * finished; otherwise the write is done again (it is idempotent). Only a planned settlement of an
 * invoice that the store shows settled by another payment can no longer happen: that payment is
 * planned again. Of two planned settlements of one open invoice, the second gets no step this round
 * and stays open: it is planned again only once the store shows who settled the invoice. The
 * others are planned together with billing's `reconcile`, over the invoices and ledgers as they
 * are read plus the settlements this round makes, so that payments of one
 * statement see each other (a second payment of one invoice is `STALE_REFERENCE`). @internal
 *
 * @example
 * ```ts
 * planRound(open, await readFacts(ports, open), defaultPolicy).map((d) => d.step.kind); // e.g. ['settle', 'credit', 'finish']
 * ```
 */
export function planRound(open: readonly OpenPayment[], facts: Facts, policy: Policy): Decision[] {
  const seen = seenIn(facts, open);
  const decisions = new Map<string, Decision>();
  const settledNow = new Map<string, string>(); // invoice id → payment id settling it in this round
  const replan: OpenPayment[] = [];
  for (const o of open) {
    const planned = plannedOf(o);
    const id = o.payment.id;
    if (planned === undefined) {
      const recovered = recoveredOutcome(o, facts, seen);
      if (recovered === undefined) replan.push(o);
      else decisions.set(id, { open: o, step: { kind: 'finish', outcome: recovered }, record: true });
    } else if (planned.kind === 'credited') {
      const shown = seen.credited.get(id) !== undefined;
      decisions.set(id, {
        open: o,
        step: shown ? { kind: 'finish', outcome: planned } : { kind: 'credit', outcome: planned },
        record: false,
      });
    } else if (planned.kind === 'settled') {
      const invoice = facts.invoicesById.get(planned.invoice);
      if (invoice?.value.invoice.settledBy === id)
        decisions.set(id, { open: o, step: { kind: 'finish', outcome: planned }, record: false });
      else if (invoice !== undefined && invoice.value.invoice.settled !== true) {
        // Two plans settle one open invoice: the first settles it this round. The other waits for
        // the next round, still planned: another import may be carrying its plan out right now, so
        // planning it again before the store shows who settled the invoice could apply it twice
        // (the invoice settled by it, its record saying credited).
        if (settledNow.has(invoice.value.id)) continue;
        settledNow.set(invoice.value.id, id);
        decisions.set(id, { open: o, step: { kind: 'settle', outcome: planned, invoice }, record: false });
      } else replan.push(o); // the store shows another payment settled that invoice: this one is planned again
    } else decisions.set(id, { open: o, step: { kind: 'finish', outcome: planned }, record: false });
  }
  for (const decision of planTogether(replan, facts, settledNow, policy)) decisions.set(decision.open.payment.id, decision);
  // Booking order, the order of `open`: writes and the report follow it (no array per payment).
  const ordered: Decision[] = [];
  for (const o of open) {
    const decision = decisions.get(o.payment.id);
    if (decision !== undefined) ordered.push(decision);
  }
  return ordered;
}

/**
 * The outcome of a payment without a plan that the store already shows applied: `already-reconciled`
 * when no import stored it (the invoices or ledgers were given reconciled), else (a pending
 * record of an earlier version of the library, which kept no plan) what it became.
 */
function recoveredOutcome(o: OpenPayment, facts: Facts, seen: Seen): AppliedOutcome | undefined {
  const invoice = seen.settled.get(o.payment.id);
  const customer = seen.credited.get(o.payment.id);
  if (invoice === undefined && customer === undefined) return undefined;
  if (o.stored === undefined) return { kind: 'already-reconciled' };
  if (invoice !== undefined) return { kind: 'settled', invoice: invoice.value.id, customer: invoice.value.invoice.customer };
  return { kind: 'credited', customer: customer as string, cause: creditCauseNow(o.payment, facts, customer as string) };
}

/** Why the rules would credit this payment to this customer now (for a credit whose cause was not kept). */
function creditCauseNow(payment: Payment, facts: Facts, customer: string): CreditCause {
  const invoice = payment.reference === undefined ? undefined : facts.invoicesByReference.get(payment.reference);
  const r = storedInvoicesRead(() =>
    reconcile({ invoices: invoice === undefined ? [] : [invoice.value.invoice], payments: [payment], customers: [customer] }),
  );
  return r.credited[0]?.cause ?? 'UNKNOWN_REFERENCE';
}

/**
 * Runs a reconcile over stored invoices and the statement's payments. The payments were
 * validated already, so an invalid input can only be a stored invoice: the invoice port gave
 * something that is not an invoice (a bad amount or date, two invoices with one reference).
 */
function storedInvoicesRead(run: () => Reconciliation): Reconciliation {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof InvalidInputError)) throw e;
    throw portViolation('invoices', 'findByReferences', `gave invoices that are not valid (${e.message})`);
  }
}

/** Plans the payments without a (possible) plan together, in booking order, with billing's reconcile. */
function planTogether(payments: readonly OpenPayment[], facts: Facts, settledNow: ReadonlyMap<string, string>, policy: Policy): Decision[] {
  if (payments.length === 0) return [];
  const invoices: InvoiceInput[] = [];
  for (const record of facts.invoicesByReference.values()) {
    const invoice = record.value.invoice;
    const by = settledNow.get(record.value.id);
    invoices.push(by === undefined ? invoice : { ...invoice, settled: true, settledBy: by });
  }
  const customers = new Set<string>();
  for (const { payment } of payments)
    if (payment.customer !== undefined && facts.knownCustomers.has(payment.customer)) customers.add(payment.customer);
  const r = storedInvoicesRead(() => reconcile({ invoices, payments: payments.map((o) => o.payment), customers: [...customers], policy }));

  const byId = new Map<string, OpenPayment>();
  for (const o of payments) byId.set(o.payment.id, o);
  const decide = (id: string, step: Step): Decision => ({ open: byId.get(id) as OpenPayment, step, record: true });
  const decisions: Decision[] = [];
  for (const { payment, invoice } of r.settled) {
    const record = facts.invoicesById.get(invoice.id) as Versioned<StoredInvoice>;
    decisions.push(
      decide(payment.id, {
        kind: 'settle',
        outcome: { kind: 'settled', invoice: invoice.id, customer: invoice.customer },
        invoice: record,
      }),
    );
  }
  for (const { payment, customer, cause } of r.credited)
    decisions.push(decide(payment.id, { kind: 'credit', outcome: { kind: 'credited', customer, cause } }));
  for (const payment of r.unidentified) decisions.push(decide(payment.id, { kind: 'finish', outcome: { kind: 'unidentified' } }));
  for (const payment of r.alreadyReconciled)
    decisions.push(decide(payment.id, { kind: 'finish', outcome: { kind: 'already-reconciled' } }));
  return decisions;
}
