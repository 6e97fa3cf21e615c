import type { Payment } from '../../billing/index.js';
import type { AppliedOutcome, StoredInvoice, StoredPayment, StoredPrepaidLedger } from '../../ports/ports.js';
import type { HostPolicyError } from '../../errors.js';
import { isVersionConflict, type Entity, type PutEntry, type Versioned } from '../../ports/repository.js';
import { checkVersioned, portCall, portViolation } from '../portResults.js';
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

/** The port methods a round writes through: `put`, and `putMany` where the port has it. */
interface WritablePort<T extends Entity> {
  put(entity: T, expectedVersion: number): Promise<Versioned<T>>;
  putMany?(entries: readonly PutEntry<T>[]): Promise<readonly (Versioned<T> | HostPolicyError)[]>;
}

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
 * Writes entries through a port, in order: one `putMany` call when the port has it (a database
 * adapter writes them in a few statements), else one `put` each, as before. `answered` gets each
 * answer (the port's, or {@link CONFLICT}) with its index as soon as it is known, so a broken
 * answer stops the writes where a `put` of its own would; any other error is thrown on.
 */
async function putAll<T extends Entity>(
  port: string,
  repository: WritablePort<T>,
  entries: readonly PutEntry<T>[],
  answered: (answer: unknown, index: number) => void,
): Promise<void> {
  if (entries.length === 0) return;
  if (typeof repository.putMany !== 'function') {
    for (const [i, { entity, expectedVersion }] of entries.entries())
      answered(await put(port, () => repository.put(entity, expectedVersion)), i);
    return;
  }
  const answer: unknown = await portCall(port, 'putMany', () => (repository.putMany as NonNullable<WritablePort<T>['putMany']>)(entries));
  if (!Array.isArray(answer) || answer.length !== entries.length)
    throw portViolation(port, 'putMany', `must give one answer per entry (${entries.length})`);
  answer.forEach((item: unknown, i) => {
    answered(isVersionConflict(item) ? CONFLICT : item, i);
  });
}

/**
 * Does the writes of one round, in an order that a crash at any point leaves completable:
 * 1. the pending record of each newly planned payment, with its plan (the intent log): from here
 *    on, any import applies exactly this plan;
 * 2. each invoice settled, once; each ledger credited, once, with all its credits of the round;
 * 3. the final record of each payment whose outcome is now in the store.
 * Every write is version-checked; a payment whose write lost a conflict stays open for the next
 * round, which re-reads what it touches. Where the ports have `transaction` (a database), steps 2
 * and 3 run in one transaction: each payment's effect and final record commit together, and a
 * transaction the store aborts leaves the round's payments open (pending, with their plan) for the
 * next round. Each step is one `putMany` per port where the ports
 * have it (a database adapter: a few statements for the whole statement), else one `put` per
 * write, in the same order. @internal
 *
 * @example
 * ```ts
 * const facts = await readFacts(ports, open);
 * const { finished, stale } = await writeRound(ports, planRound(open, facts, defaultPolicy), facts);
 * ```
 */
export async function writeRound(ports: ImportPortsOf, decisions: readonly Decision[], facts: Facts): Promise<RoundResult> {
  const stale: OpenPayment[] = [];
  const claims = decisions.filter((d) => d.record && d.step.kind !== 'finish');
  const lost = new Set<Decision>();
  await putAll<StoredPayment>(
    'payments',
    ports.payments,
    claims.map(({ open, step }) => ({ entity: pendingRecord(open, step.outcome), expectedVersion: open.stored?.version ?? 0 })),
    (written, i) => {
      const { open } = claims[i] as Decision;
      if (written === CONFLICT) lost.add(claims[i] as Decision);
      else open.stored = checkVersioned<StoredPayment>('payments', 'put', written, paymentRecordCheck, open.payment.id);
    },
  );
  const ready: Decision[] = [];
  for (const decision of decisions) {
    if (lost.has(decision)) stale.push(decision.open);
    else ready.push(decision);
  }

  const effects = async (tx: ImportPortsOf): Promise<RoundResult> => {
    const done = new Set<OpenPayment>();
    const settles: { open: OpenPayment; invoice: Versioned<StoredInvoice> }[] = [];
    const credits = new Map<string, Decision[]>(); // customer → its credits, in booking order
    for (const decision of ready) {
      const { step } = decision;
      if (step.kind === 'finish') done.add(decision.open);
      else if (step.kind === 'settle') settles.push({ open: decision.open, invoice: step.invoice });
      else {
        const list = credits.get(step.outcome.customer);
        if (list === undefined) credits.set(step.outcome.customer, [decision]);
        else list.push(decision);
      }
    }
    await putAll<StoredInvoice>(
      'invoices',
      tx.invoices,
      settles.map(({ open, invoice }) => settlement(invoice, open.payment.id)),
      (written, i) => {
        const { open, invoice } = settles[i] as (typeof settles)[number];
        if (written === CONFLICT) return;
        checkVersioned<StoredInvoice>('invoices', 'put', written, invoiceRecordCheck, invoice.value.id);
        done.add(open);
      },
    );
    const creditList = [...credits];
    await putAll<StoredPrepaidLedger>(
      'prepaidLedgers',
      tx.prepaidLedgers,
      creditList.map(([customer, list]) =>
        credit(
          facts.ledgers.get(customer),
          customer,
          list.map((d) => d.open.payment),
        ),
      ),
      (written, i) => {
        const [customer, list] = creditList[i] as (typeof creditList)[number];
        if (written === CONFLICT) return;
        checkVersioned<StoredPrepaidLedger>('prepaidLedgers', 'put', written, ledgerRecordCheck, customer);
        for (const d of list) done.add(d.open);
      },
    );

    const finishing = ready.filter(({ open }) => done.has(open));
    const finished: { open: OpenPayment; outcome: AppliedOutcome }[] = [];
    const lostFinal: OpenPayment[] = [];
    await putAll<StoredPayment>(
      'payments',
      tx.payments,
      finishing.map(({ open, step }) => ({ entity: finalRecord(open, step.outcome), expectedVersion: open.stored?.version ?? 0 })),
      (written, i) => {
        const { open, step } = finishing[i] as Decision;
        if (written === CONFLICT) lostFinal.push(open);
        else {
          checkVersioned<StoredPayment>('payments', 'put', written, paymentRecordCheck, open.payment.id);
          finished.push({ open, outcome: step.outcome });
        }
      },
    );
    return { finished, stale: lostFinal };
  };
  if (ready.length === 0) return { finished: [], stale };
  const transaction = ports.transaction;
  if (typeof transaction !== 'function') {
    const r = await effects(ports);
    return { finished: r.finished, stale: [...stale, ...r.stale] };
  }
  // Where the store has transactions, the effects and final records of the round commit together.
  try {
    const r = await portCall('transaction', 'transaction', () => transaction(async (tx) => effects(tx)));
    return { finished: r.finished, stale: [...stale, ...r.stale] };
  } catch (e) {
    if (!isVersionConflict(e)) throw e;
    // The store aborted the transaction: nothing of it was written; every payment of it stays open.
    return { finished: [], stale: [...stale, ...ready.map((d) => d.open)] };
  }
}

/** The write that marks the invoice settled by the payment (at the version it was read). */
function settlement(record: Versioned<StoredInvoice>, payment: string): PutEntry<StoredInvoice> {
  const invoice = { ...record.value.invoice, settled: true, settledBy: payment };
  return { entity: { ...record.value, invoice }, expectedVersion: record.version };
}

/** The write that credits the payments to the customer's ledger (creating it, at the version it was read). */
function credit(
  record: Versioned<StoredPrepaidLedger> | undefined,
  customer: string,
  payments: readonly Payment[],
): PutEntry<StoredPrepaidLedger> {
  const ledger = withCredits(record?.value.ledger, customer, payments);
  return { entity: { id: customer, owner: customer, ledger }, expectedVersion: record?.version ?? 0 };
}
