import type { Payment } from '../../billing/index.js';
import type { AppliedOutcome, StoredInvoice, StoredPayment, StoredPrepaidLedger } from '../../ports/ports.js';
import { HostPolicyError } from '../../errors.js';
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

/**
 * Calls `put` of a port: its answer, or {@link CONFLICT}; any other error is thrown on, a
 * TypeError or RangeError as `PORT_CONTRACT_VIOLATION` (as {@link portCall} does, without a second
 * async frame per write: an import makes hundreds of thousands of them).
 */
async function put(port: string, write: () => Promise<unknown>): Promise<unknown> {
  try {
    return await write();
  } catch (e) {
    if (isVersionConflict(e)) return CONFLICT;
    if (e instanceof TypeError || e instanceof RangeError) throw portViolation(port, 'put', `failed with ${e.name}: ${e.message}`, e);
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
    for (let i = 0; i < entries.length; i += 1) {
      const { entity, expectedVersion } = entries[i] as PutEntry<T>;
      answered(await put(port, () => repository.put(entity, expectedVersion)), i);
    }
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
 * Does the writes of one round, in an order that a crash at any point leaves completable.
 *
 * Without `transaction` (the memory adapter, an adapter of yours):
 * 1. the pending record of each newly planned payment, with its plan (the intent log): from here
 *    on, any import applies exactly this plan;
 * 2. each invoice settled, once; each ledger credited, once, with all its credits of the round;
 * 3. the final record of each payment whose outcome is now in the store.
 *
 * Where the ports have `transaction` (a database), steps 2 and 3 run in one transaction and step 1
 * is left out: each payment's effect and final record commit together or not at all, so there is
 * no state between them for an intent to cover. A new payment's final record is then created
 * (expected version 0: the store elects one import per payment). A payment whose final record is
 * lost (another import recorded it meanwhile) after this transaction wrote its effect aborts the
 * transaction, which rolls back: nothing of the round is written, its payments stay open and the
 * next round re-reads them; so does any lost effect where the three writes are sent together (see
 * {@link writeEffects}), and a transaction the store aborts. `together: false` (the import's
 * rounds after its first, which only happen after a conflict) sends them one after the other
 * instead, so that under contention a round commits what it won rather than rolling back whole again.
 *
 * Every write is version-checked; a payment whose write lost a conflict stays open for the next
 * round, which re-reads what it touches. Each step is one `putMany` per port where the ports have
 * it (a database adapter: a few statements for the whole statement), else one `put` per write, in
 * the same order. @internal
 *
 * @example
 * ```ts
 * const facts = await readFacts(ports, open);
 * const { finished, stale } = await writeRound(ports, planRound(open, facts, defaultPolicy), facts);
 * ```
 */
export async function writeRound(
  ports: ImportPortsOf,
  decisions: readonly Decision[],
  facts: Facts,
  { together = true }: { readonly together?: boolean } = {},
): Promise<RoundResult> {
  if (decisions.length === 0) return { finished: [], stale: [] };
  const transaction = ports.transaction;
  if (typeof transaction !== 'function') {
    const { ready, stale } = await writeIntents(ports, decisions);
    if (ready.length === 0) return { finished: [], stale };
    const r = await writeEffects(ports, ready, facts, false, false);
    return { finished: r.finished, stale: [...stale, ...r.stale] };
  }
  // Where the store has transactions, the effects and final records of the round commit together.
  try {
    return await portCall('transaction', 'transaction', () =>
      transaction(async (tx) => writeEffects(tx, decisions, facts, true, together)),
    );
  } catch (e) {
    if (!isVersionConflict(e)) throw e;
    // The transaction was rolled back: nothing of it was written; every payment of it stays open.
    return { finished: [], stale: decisions.map((d) => d.open) };
  }
}

/**
 * Step 1 without a transaction: the pending record of each newly planned payment that writes an
 * effect. The decisions whose claim was lost (another import claimed or applied the payment) are
 * stale; the others are ready.
 */
async function writeIntents(ports: ImportPortsOf, decisions: readonly Decision[]): Promise<{ ready: Decision[]; stale: OpenPayment[] }> {
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
  const stale: OpenPayment[] = [];
  for (const decision of decisions) {
    if (lost.has(decision)) stale.push(decision.open);
    else ready.push(decision);
  }
  return { ready, stale };
}

/**
 * Steps 2 and 3: the invoices settled, the ledgers credited, then the final record of each
 * payment whose outcome is now in the store. `atomic`: they run in one transaction, and a final
 * record lost after its effect was written aborts it (see {@link writeRound}); where every port
 * has `putMany`, the three writes are then sent together (a database runs them one after the
 * other on the transaction's connection while the next one is being encoded), each final record
 * in the expectation that its effect is written, and any effect lost aborts the transaction too.
 */
async function writeEffects(
  tx: ImportPortsOf,
  ready: readonly Decision[],
  facts: Facts,
  atomic: boolean,
  sendTogether: boolean,
): Promise<RoundResult> {
  const settles: { open: OpenPayment; invoice: Versioned<StoredInvoice> }[] = [];
  const credits = new Map<string, Decision[]>(); // customer → its credits, in booking order
  const withEffect = new Set<OpenPayment>(); // payments this round settles an invoice or credits a ledger with
  for (const decision of ready) {
    const { step } = decision;
    if (step.kind !== 'finish') withEffect.add(decision.open);
    if (step.kind === 'settle') settles.push({ open: decision.open, invoice: step.invoice });
    else if (step.kind === 'credit') {
      const list = credits.get(step.outcome.customer);
      if (list === undefined) credits.set(step.outcome.customer, [decision]);
      else list.push(decision);
    }
  }
  const creditList = [...credits];
  const done = new Set<OpenPayment>(); // payments whose effect is written (or needs no write)
  let effectLost: OpenPayment | undefined;
  const writeSettlements = (): Promise<void> =>
    putAll<StoredInvoice>(
      'invoices',
      tx.invoices,
      settles.map(({ open, invoice }) => settlement(invoice, open.payment.id)),
      (written, i) => {
        const { open, invoice } = settles[i] as (typeof settles)[number];
        if (written === CONFLICT) effectLost ??= open;
        else {
          checkVersioned<StoredInvoice>('invoices', 'put', written, invoiceRecordCheck, invoice.value.id);
          done.add(open);
        }
      },
    );
  const writeCredits = (): Promise<void> =>
    putAll<StoredPrepaidLedger>(
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
        if (written === CONFLICT) effectLost ??= (list[0] as Decision).open;
        else {
          checkVersioned<StoredPrepaidLedger>('prepaidLedgers', 'put', written, ledgerRecordCheck, customer);
          for (const d of list) done.add(d.open);
        }
      },
    );
  const finished: { open: OpenPayment; outcome: AppliedOutcome }[] = [];
  const lostFinal: OpenPayment[] = [];
  const writeRecords = (finishing: readonly Decision[]): Promise<void> =>
    putAll<StoredPayment>(
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

  const together =
    atomic && sendTogether && [tx.invoices, tx.prepaidLedgers, tx.payments].every((port) => typeof port.putMany === 'function');
  if (together) await Promise.all([writeSettlements(), writeCredits(), writeRecords(ready)]);
  else {
    await writeSettlements();
    await writeCredits();
    effectLost = undefined; // one by one, a payment whose effect was lost simply gets no final record
    for (const d of ready) if (d.step.kind === 'finish') done.add(d.open);
    await writeRecords(ready.filter(({ open }) => done.has(open)));
  }
  const applied = atomic ? (effectLost ?? lostFinal.find((o) => withEffect.has(o))) : undefined;
  if (applied !== undefined) {
    // Committing would leave a payment recorded without its effect, or applied twice (another
    // import recorded it after this transaction wrote its effect). Rolled back, the round's
    // payments are read again.
    throw new HostPolicyError(
      'VERSION_CONFLICT',
      `Payment ${applied.payment.id} was changed by another import meanwhile: the round is rolled back and read again.`,
      { details: { id: applied.payment.id, transaction: true } },
    );
  }
  return { finished, stale: lostFinal };
}

/** The write that marks the invoice settled by the payment (at the version it was read). */
function settlement(record: Versioned<StoredInvoice>, payment: string): PutEntry<StoredInvoice> {
  const invoice = ownCopy(record.value.invoice);
  invoice.settled = true;
  invoice.settledBy = payment;
  const entity = ownCopy(record.value);
  entity.invoice = invoice;
  return { entity: entity as unknown as StoredInvoice, expectedVersion: record.version };
}

/**
 * A shallow copy with the own enumerable properties, as `{ ...source }` makes it, but 2.5–5× faster
 * on the objects `JSON.parse` makes (a database adapter's documents), which the spread copies
 * slowly: an import settles 100,000 invoices. A key `'__proto__'` stays an own key of the copy.
 */
function ownCopy(source: object): Record<string | symbol, unknown> {
  const out: Record<string | symbol, unknown> = {};
  for (const key in source) {
    if (!Object.hasOwn(source, key)) continue;
    const value = (source as Record<string, unknown>)[key];
    if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = value;
  }
  for (const symbol of Object.getOwnPropertySymbols(source))
    if (Object.prototype.propertyIsEnumerable.call(source, symbol)) out[symbol] = (source as Record<symbol, unknown>)[symbol];
  return out;
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
