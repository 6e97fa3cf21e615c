import type { PaymentInput } from '../billing/index.js';
import { type CamtDebit, type CamtReversal, type CamtSkipped, type CamtSource, type CamtSummary, readCamt } from '../camt/index.js';
import { defaultPolicy, type Policy } from '../policy/index.js';
import type { AppliedOutcome, Ports } from '../ports/ports.js';
import { readFacts, readRecords } from './import/facts.js';
import { planRound } from './import/plan.js';
import { isSamePayment, readStatement, type OpenPayment } from './import/statement.js';
import { writeRound } from './import/writes.js';
import { DEFAULT_MAX_ATTEMPTS, tooManyConflicts } from './retry.js';
import { requirePorts } from './schema.js';

/** The ports {@link importBankStatement} uses. */
export type ImportPorts = Pick<Ports, 'invoices' | 'payments' | 'prepaidLedgers' | 'transaction'>;

/** What {@link importBankStatement} did. */
export interface StatementImport {
  /** The payments this call applied (or completed), with their outcome, in booking-time then id order. */
  readonly applied: readonly { readonly payment: string; readonly outcome: AppliedOutcome }[];
  /** Payments an earlier (or concurrent) import already applied: nothing changed for them. */
  readonly alreadyImported: readonly string[];
  /** Payment ids already stored with other contents: not applied (a bank never reuses an id). */
  readonly conflicting: readonly string[];
  /**
   * When a camt file was imported: what it says of itself and what of it is not a payment —
   * reversals and debits (reported, not applied: see docs/camt.md, "Reversals"), and the items
   * skipped with why.
   */
  readonly camt?: CamtImport;
}

/** What a camt file held besides its payments. */
export interface CamtImport {
  readonly summary: CamtSummary;
  readonly reversals: readonly CamtReversal[];
  readonly debits: readonly CamtDebit[];
  readonly skipped: readonly CamtSkipped[];
}

/** The port methods an import calls, checked up front so that a wrong port is an InvalidInputError. */
const METHODS = {
  invoices: ['findByReferences', 'getMany', 'ownersWithInvoices', 'put'],
  payments: ['getMany', 'put'],
  prepaidLedgers: ['getMany', 'put'],
} as const;

/**
 * Imports a bank statement: reconciles its payments against the stored invoices and prepaid
 * ledgers with billing's `reconcile` (BIL-02..04) and stores each outcome. Payments of one
 * statement are applied in booking order and see each other (the second payment of an invoice is
 * credited as `STALE_REFERENCE`).
 *
 * Exactly once, whatever happens: each payment is applied once however often and however
 * concurrently statements containing it are imported, and an import interrupted at any port call
 * (a crash, a network error) is completed by importing the statement again. How: its payment
 * record is first stored as `pending` with the planned outcome (the intent log; creating it with
 * version 0 lets one import win), then the invoice or ledger it changes is written with a version
 * check, then the record is finished. Invoices (`settledBy`) and ledgers (`creditedPayments`)
 * record the payment id, so an import that finds a `pending` record applies its plan again only
 * where the store does not show it yet. After a `VERSION_CONFLICT` only the entities concerned
 * are read again. Where the ports have the optional `transaction` (the postgres adapter over a
 * pool), each round's invoice updates, ledger credits and payment records commit in one
 * transaction instead, without intents: a payment's record is created with its outcome (version
 * 0: one import wins), and a round that loses any of its writes to another import rolls back
 * whole and is planned again. See docs/storage.md, "Failure model" and "One transaction per round".
 *
 * Linear: one batch read of the payment records, of the invoices the references name, of the
 * ledgers of the customers involved (no listing); each invoice is read once per statement unless
 * a concurrent writer changes it.
 *
 * The statement is a list of payments, or a camt.053 / camt.054 file as {@link readCamt} reads it
 * (its text, its bytes, a Node or web stream): its payments are imported, and `camt` reports the
 * rest of the file. A camt file that fails as a whole (`CAMT_*`) imports nothing.
 *
 * @example
 * ```ts
 * const ports = memoryPorts();
 * await ports.invoices.put({ id: 'INV-1', owner: 'c1', invoice: { id: 'INV-1', customer: 'c1',
 *   reference: 'RF18539007547034', amount: { amount: '120.00', currency: 'CHF' },
 *   issuedAt: '2026-03-01T00:00:00Z', dueAt: '2026-03-31T00:00:00Z' } }, 0);
 * const payment = { id: 'P-1', reference: 'RF18539007547034', amount: { amount: '120.00', currency: 'CHF' },
 *   bookedAt: '2026-03-20T10:00:00Z' };
 * (await importBankStatement(ports, [payment])).applied;
 * // [{ payment: 'P-1', outcome: { kind: 'settled', invoice: 'INV-1', customer: 'c1' } }]
 * (await importBankStatement(ports, [payment])).alreadyImported; // ['P-1']
 * (await importBankStatement(ports, createReadStream('camt054.xml'))).camt?.summary.totals; // { CHF: { … } }
 * ```
 * @throws HostPolicyError `CAMT_NOT_XML`, `CAMT_UNSUPPORTED_MESSAGE`, `CAMT_TRUNCATED`,
 * `CAMT_LIMIT_EXCEEDED` for a camt file that cannot be read (nothing imported);
 * InvalidInputError (`INVALID_INPUT`) naming the malformed payment and field, one id
 * listed twice with different contents, or a port without the methods it needs; HostPolicyError
 * `PORT_CONTRACT_VIOLATION` when a port answers with a wrong shape, `TOO_MANY_CONFLICTS` under
 * extreme contention; an error a port throws (e.g. a network error) as it is, the import then
 * being safe to run again.
 */
export async function importBankStatement(
  ports: ImportPorts,
  payments: readonly PaymentInput[] | CamtSource,
  policy: Policy = defaultPolicy,
): Promise<StatementImport> {
  requirePorts(ports, ['invoices', 'payments', 'prepaidLedgers'], METHODS);
  if (!Array.isArray(payments)) {
    const { list, camt } = await readCamtFile(payments as CamtSource);
    return { ...(await importPayments(ports, list, policy)), camt };
  }
  return importPayments(ports, payments, policy);
}

/** The whole file read first: a file that fails half-way imports nothing. */
async function readCamtFile(source: CamtSource): Promise<{ list: PaymentInput[]; camt: CamtImport }> {
  const list: PaymentInput[] = [];
  const reversals: CamtReversal[] = [];
  const debits: CamtDebit[] = [];
  const skipped: CamtSkipped[] = [];
  let summary: CamtSummary | undefined;
  for await (const batch of readCamt(source, { batchSize: 10_000 })) {
    for (const p of batch.payments) list.push(p);
    for (const r of batch.reversals) reversals.push(r);
    for (const d of batch.debits) debits.push(d);
    for (const s of batch.skipped) skipped.push(s);
    summary = batch.summary ?? summary;
  }
  return { list, camt: { summary: summary as CamtSummary, reversals, debits, skipped } };
}

async function importPayments(ports: ImportPorts, payments: readonly PaymentInput[], policy: Policy): Promise<StatementImport> {
  const statement = readStatement(payments, policy);
  const applied = new Map<string, AppliedOutcome>();
  const alreadyImported = new Set<string>();
  const conflicting = new Set<string>();

  /** Reads the records of these payments and keeps the ones still to apply (absent, or pending). */
  const stillOpen = async (candidates: readonly OpenPayment[]): Promise<OpenPayment[]> => {
    const records = await readRecords(
      ports,
      candidates.map((o) => o.payment.id),
    );
    return candidates.filter((o) => {
      const record = records.get(o.payment.id);
      o.stored = record;
      if (record === undefined) return true;
      if (!isSamePayment(record.value, o)) conflicting.add(o.payment.id);
      else if (record.value.outcome.kind !== 'pending') alreadyImported.add(o.payment.id);
      else return true;
      return false;
    });
  };

  let open = statement.length === 0 ? [] : await stillOpen(statement.map((p): OpenPayment => ({ ...p, stored: undefined })));
  for (let round = 1; open.length > 0; round += 1) {
    if (round > DEFAULT_MAX_ATTEMPTS) throw tooManyConflicts(DEFAULT_MAX_ATTEMPTS);
    const facts = await readFacts(ports, open);
    // The first round sends its writes together; a later one (after a conflict) one after the other.
    const { finished, stale } = await writeRound(ports, planRound(open, facts, policy), facts, { together: round === 1 });
    for (const { open: o, outcome } of finished) applied.set(o.payment.id, outcome);
    const staleSet = new Set(stale);
    const reread = new Set(stale.length === 0 ? [] : await stillOpen(stale));
    // The same objects, still in booking order: the finished ones leave, stale ones stay if still open.
    open = open.filter((o) => !applied.has(o.payment.id) && (!staleSet.has(o) || reread.has(o)));
  }
  // Reported in booking order, the statement's order (one pass, no array per payment).
  const report: StatementImport = { applied: [], alreadyImported: [], conflicting: [] };
  for (const { payment } of statement) {
    const id = payment.id;
    const outcome = applied.get(id);
    if (outcome !== undefined) (report.applied as { payment: string; outcome: AppliedOutcome }[]).push({ payment: id, outcome });
    else if (alreadyImported.has(id)) (report.alreadyImported as string[]).push(id);
    else if (conflicting.has(id)) (report.conflicting as string[]).push(id);
  }
  return report;
}
