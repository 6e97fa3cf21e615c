import * as z from 'zod/mini';
import { reconcile, paymentSchema, type Payment, type PaymentInput, type PrepaidLedgerJSON } from '../billing/index.js';
import { HostPolicyError } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import { defaultPolicy, type Policy } from '../policy/index.js';
import type { PaymentOutcome, Ports, StoredPayment } from '../ports/ports.js';
import type { Versioned } from '../ports/repository.js';
import { isVersionConflict } from '../ports/repository.js';
import { retryOnConflict } from './retry.js';
import { requirePorts } from './schema.js';

/** The ports {@link importBankStatement} uses. */
export type ImportPorts = Pick<Ports, 'invoices' | 'payments' | 'prepaidLedgers'>;

/** What {@link importBankStatement} did. */
export interface StatementImport {
  /** The payments this call applied, with their outcome, in booking-time then id order. */
  readonly applied: readonly { readonly payment: string; readonly outcome: Exclude<PaymentOutcome, { kind: 'pending' }> }[];
  /** Payments an earlier (or concurrent) import already applied: nothing changed for them. */
  readonly alreadyImported: readonly string[];
  /** Payment ids already stored with other contents: not applied (a bank never reuses an id). */
  readonly conflicting: readonly string[];
}

const UNATTRIBUTED = 'unattributed';
const UNIDENTIFIED = 'unidentified';

/**
 * Imports a bank statement: reconciles each payment against the stored invoices and prepaid
 * ledgers with billing's `reconcile` (BIL-02..04) and stores the outcome. Idempotent per payment
 * id: a payment is applied exactly once, however often and however concurrently statements that
 * contain it are imported. How: each payment is first claimed by creating its payment record
 * (version 0: only one import can win); the winner then applies it with a version-checked write
 * of the one invoice or ledger it changes, re-reading and recomputing after a conflict; invoices
 * (`settledBy`) and ledgers (`creditedPayments`) record the payment id, so a re-run after a crash
 * never applies it twice.
 *
 * @example
 * ```ts
 * const ports = memoryPorts();
 * await ports.invoices.put({ id: 'INV-1', owner: 'c1', invoice: { id: 'INV-1', customer: 'c1',
 *   reference: 'RF18539007547034', amount: { amount: '120.00', currency: 'CHF' },
 *   issuedAt: '2026-03-01T00:00:00Z', dueAt: '2026-03-31T00:00:00Z' } }, 0);
 * const payment = { id: 'P-1', reference: 'RF18539007547034', amount: { amount: '120.00', currency: 'CHF' }, bookedAt: '2026-03-20T10:00:00Z' };
 * (await importBankStatement(ports, [payment])).applied; // [{ payment: 'P-1', outcome: { kind: 'settled', invoice: 'INV-1', customer: 'c1' } }]
 * (await importBankStatement(ports, [payment])).alreadyImported; // ['P-1']
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) naming the malformed payment and field, or one id
 * listed twice with different contents; HostPolicyError `TOO_MANY_CONFLICTS` under extreme contention.
 */
export async function importBankStatement(ports: ImportPorts, payments: readonly PaymentInput[], policy: Policy = defaultPolicy): Promise<StatementImport> {
  requirePorts(ports, ['invoices', 'payments', 'prepaidLedgers']);
  const statement = readStatement(payments, policy);
  const applied: { payment: string; outcome: Exclude<PaymentOutcome, { kind: 'pending' }> }[] = [];
  const alreadyImported: string[] = [];
  const conflicting: string[] = [];
  for (const payment of statement) {
    const stored = paymentJSON(payment);
    const claimed = await claim(ports, stored);
    if (claimed !== 'claimed') {
      (claimed === 'same' ? alreadyImported : conflicting).push(payment.id);
      continue;
    }
    const outcome = await retryOnConflict(() => applyOnce(ports, payment, policy));
    const owner = outcome.kind === 'settled' || outcome.kind === 'credited' ? outcome.customer : outcome.kind === 'unidentified' ? UNIDENTIFIED : stored.owner;
    await ports.payments.put({ ...stored, owner, outcome }, 1);
    applied.push({ payment: payment.id, outcome });
  }
  return { applied, alreadyImported, conflicting };
}

/** Validates the statement (the same checks as `reconcile`) and returns its payments, deduplicated, in booking order. */
function readStatement(payments: readonly PaymentInput[], policy: Policy): Payment[] {
  const parsed = parseInput(z.array(paymentSchema), payments, 'bank statement', 'BIL-04');
  reconcile({ invoices: [], payments: parsed, policy }); // raises on an id listed twice with other contents
  const unique = new Map(parsed.map((p) => [p.id, p]));
  return [...unique.values()].sort((a, b) => a.bookedAt.getTime() - b.bookedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function paymentJSON(p: Payment): StoredPayment {
  const payment: PaymentInput = {
    id: p.id,
    amount: p.amount.toJSON(),
    bookedAt: p.bookedAt.toISOString(),
    ...(p.reference === undefined ? {} : { reference: p.reference }),
    ...(p.customer === undefined ? {} : { customer: p.customer }),
    ...(p.valueDate === undefined ? {} : { valueDate: p.valueDate.toISOString() }),
    ...(p.debtorName === undefined ? {} : { debtorName: p.debtorName }),
  };
  return { id: p.id, owner: p.customer ?? UNATTRIBUTED, payment, outcome: { kind: 'pending' } };
}

/** Creates the payment record: the one import that creates it applies the payment. */
async function claim(ports: ImportPorts, record: StoredPayment): Promise<'claimed' | 'same' | 'different'> {
  try {
    await ports.payments.put(record, 0);
    return 'claimed';
  } catch (e) {
    if (!isVersionConflict(e)) throw e;
    const existing = await ports.payments.get(record.id);
    return existing !== undefined && JSON.stringify(existing.value.payment) === JSON.stringify(record.payment) ? 'same' : 'different';
  }
}

/** The compact form of a reference (billing compares references without spaces, in upper case). */
const compact = (reference: string): string => reference.replace(/\s+/g, '').toUpperCase();

/**
 * One attempt: read what this payment can touch (the invoice its reference names, the prepaid
 * ledgers of its possible customers), reconcile it, write the one record it changes.
 */
async function applyOnce(ports: ImportPorts, payment: Payment, policy: Policy): Promise<Exclude<PaymentOutcome, { kind: 'pending' }>> {
  const invoices =
    payment.reference === undefined ? [] : (await ports.invoices.list()).filter((i) => compact(i.value.invoice.reference) === payment.reference);
  const customers = new Set([...(payment.customer === undefined ? [] : [payment.customer]), ...invoices.map((i) => i.value.invoice.customer)]);
  const ledgers = (await Promise.all([...customers].map((c) => ports.prepaidLedgers.get(c)))).filter((l) => l !== undefined);
  // A payment's own customer counts when the store knows it (invoices are listed by customer).
  const own = payment.customer;
  const known = own !== undefined && (ledgers.some((l) => l.value.id === own) || (await ports.invoices.listByOwner(own)).length > 0);
  const r = reconcile({ invoices: invoices.map((i) => i.value.invoice), payments: [payment], prepaid: combine(ledgers), customers: known ? [own] : [], policy });
  const settled = r.settled[0];
  if (settled !== undefined) {
    const record = invoices.find((i) => i.value.id === settled.invoice.id);
    if (record === undefined) throw new HostPolicyError('STORE_INCONSISTENT', `Invoice ${settled.invoice.id} vanished during the import.`);
    await ports.invoices.put({ ...record.value, invoice: settled.invoice }, record.version);
    return { kind: 'settled', invoice: settled.invoice.id, customer: settled.invoice.customer };
  }
  const credited = r.credited[0];
  if (credited !== undefined) {
    const record = ledgers.find((l) => l.value.id === credited.customer);
    const ledger: PrepaidLedgerJSON = {
      balances: { [credited.customer]: r.prepaid.toJSON().balances[credited.customer] ?? {} },
      creditedPayments: [...(record?.value.ledger.creditedPayments ?? []), payment.id],
    };
    await ports.prepaidLedgers.put({ id: credited.customer, owner: credited.customer, ledger }, record?.version ?? 0);
    return { kind: 'credited', customer: credited.customer, cause: credited.cause };
  }
  return r.alreadyReconciled.length > 0 ? { kind: 'already-reconciled' } : { kind: 'unidentified' };
}

/** One ledger of every customer's stored ledger (each record holds one customer's accounts). */
function combine(ledgers: readonly Versioned<{ id: string; owner: string; ledger: PrepaidLedgerJSON }>[]): PrepaidLedgerJSON {
  const balances: Record<string, Readonly<Record<string, string>>> = {};
  const creditedPayments: string[] = [];
  for (const { value } of ledgers) {
    Object.assign(balances, value.ledger.balances);
    creditedPayments.push(...(value.ledger.creditedPayments ?? []));
  }
  return { balances, creditedPayments };
}
