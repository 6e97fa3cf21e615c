import type { Payment } from '../../billing/index.js';
import type { AppliedOutcome, StoredInvoice, StoredPayment, StoredPrepaidLedger } from '../../ports/ports.js';
import { isVersionConflict, type Versioned } from '../../ports/repository.js';
import { checkVersioned, portCall } from '../portResults.js';
import { invoiceRecordCheck, ledgerRecordCheck, paymentRecordCheck } from './entityChecks.js';
import type { Facts, ImportPortsOf } from './facts.js';
import { withCredits } from './ledgerCredit.js';
import type { Decision } from './plan.js';
import { finalRecord, pendingRecord, type OpenPayment } from './statement.js';

/** What a round's writes achieved. @internal */
export interface RoundResult {
  /** Payments whose final record this import stored, in booking order. */
  readonly finished: readonly { readonly open: OpenPayment; readonly outcome: AppliedOutcome }[];
  /** Payments whose record another import changed meanwhile: read their record again. */
  readonly stale: readonly OpenPayment[];
}

/** What a write that lost a VERSION_CONFLICT gives (another writer got there first). */
const CONFLICT: unique symbol = Symbol('conflict');

/** Calls `put` of a port: its answer, or {@link CONFLICT}; any other error is thrown on. */
async function put(port: string, write: () => Promise<unknown>): Promise<unknown> {
  try {
    return await portCall(port, 'put', write);
  } catch (e) {
    if (isVersionConflict(e)) return CONFLICT;
    throw e;
  }
}

/**
 * Does the writes of one round, in an order that a crash at any point leaves completable:
 * 1. the pending record of each newly planned payment, with its plan (the intent log): from here
 *    on, any import applies exactly this plan;
 * 2. each invoice settled, once; each ledger credited, once, with all its credits of the round;
 * 3. the final record of each payment whose outcome is now in the store.
 * Every write is version-checked; a payment whose write lost a conflict stays open for the next
 * round, which re-reads what it touches. @internal
 *
 * @example
 * ```ts
 * const facts = await readFacts(ports, open);
 * const { finished, stale } = await writeRound(ports, planRound(open, facts, defaultPolicy), facts);
 * ```
 */
export async function writeRound(ports: ImportPortsOf, decisions: readonly Decision[], facts: Facts): Promise<RoundResult> {
  const stale: OpenPayment[] = [];
  const ready: Decision[] = [];
  for (const decision of decisions) {
    const { open, step } = decision;
    if (!decision.record || step.kind === 'finish') {
      ready.push(decision);
      continue;
    }
    const written = await put('payments', () => ports.payments.put(pendingRecord(open, step.outcome), open.stored?.version ?? 0));
    if (written === CONFLICT) stale.push(open);
    else {
      open.stored = checkVersioned<StoredPayment>('payments', 'put', written, paymentRecordCheck, open.payment.id);
      ready.push(decision);
    }
  }

  const done = new Set<OpenPayment>();
  const credits = new Map<string, Decision[]>(); // customer → its credits, in booking order
  for (const decision of ready) {
    const { step } = decision;
    if (step.kind === 'finish') done.add(decision.open);
    else if (step.kind === 'settle') {
      if (await settle(ports, step.invoice, decision.open.payment.id)) done.add(decision.open);
    } else {
      const list = credits.get(step.outcome.customer);
      if (list === undefined) credits.set(step.outcome.customer, [decision]);
      else list.push(decision);
    }
  }
  for (const [customer, list] of credits) {
    if (await credit(ports, facts.ledgers.get(customer), customer, list.map((d) => d.open.payment))) for (const d of list) done.add(d.open);
  }

  const finished: { open: OpenPayment; outcome: AppliedOutcome }[] = [];
  for (const { open, step } of ready) {
    if (!done.has(open)) continue;
    const written = await put('payments', () => ports.payments.put(finalRecord(open, step.outcome), open.stored?.version ?? 0));
    if (written === CONFLICT) stale.push(open);
    else {
      checkVersioned<StoredPayment>('payments', 'put', written, paymentRecordCheck, open.payment.id);
      finished.push({ open, outcome: step.outcome });
    }
  }
  return { finished, stale };
}

/** Marks the invoice settled by the payment; `false` when another writer changed it since it was read. */
async function settle(ports: ImportPortsOf, record: Versioned<StoredInvoice>, payment: string): Promise<boolean> {
  const invoice = { ...record.value.invoice, settled: true, settledBy: payment };
  const written = await put('invoices', () => ports.invoices.put({ ...record.value, invoice }, record.version));
  if (written === CONFLICT) return false;
  checkVersioned<StoredInvoice>('invoices', 'put', written, invoiceRecordCheck, record.value.id);
  return true;
}

/** Credits the payments to the customer's ledger (creating it); `false` when another writer changed it since it was read. */
async function credit(ports: ImportPortsOf, record: Versioned<StoredPrepaidLedger> | undefined, customer: string, payments: readonly Payment[]): Promise<boolean> {
  const ledger = withCredits(record?.value.ledger, customer, payments);
  const written = await put('prepaidLedgers', () => ports.prepaidLedgers.put({ id: customer, owner: customer, ledger }, record?.version ?? 0));
  if (written === CONFLICT) return false;
  checkVersioned<StoredPrepaidLedger>('prepaidLedgers', 'put', written, ledgerRecordCheck, customer);
  return true;
}
