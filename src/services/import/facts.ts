import { referenceKey } from '../../ports/invoices.js';
import type { Ports, StoredInvoice, StoredPayment, StoredPrepaidLedger } from '../../ports/ports.js';
import type { Versioned } from '../../ports/repository.js';
import { checkMany, checkSet, portCall } from '../portResults.js';
import { invoiceRecordCheck, ledgerRecordCheck, paymentRecordCheck } from './entityChecks.js';
import { plannedOf, type OpenPayment } from './statement.js';

/** The ports an import uses. @internal */
export type ImportPortsOf = Pick<Ports, 'invoices' | 'payments' | 'prepaidLedgers' | 'transaction'>;

/** What one round of an import reads of the store: everything its open payments can touch. @internal */
export interface Facts {
  /** The invoices the payments' references name, by compact reference. */
  readonly invoicesByReference: ReadonlyMap<string, Versioned<StoredInvoice>>;
  /** The same invoices by id, and those that planned settlements name. */
  readonly invoicesById: ReadonlyMap<string, Versioned<StoredInvoice>>;
  /** The prepaid ledgers (by customer) of the payments' own customers, of the invoices' customers, of planned credits. */
  readonly ledgers: ReadonlyMap<string, Versioned<StoredPrepaidLedger>>;
  /** The payments' own customers that the store knows: with a ledger, or with an invoice listed under them. */
  readonly knownCustomers: ReadonlySet<string>;
}

const byId = (v: Readonly<Record<string, unknown>>): string => v.id as string;
const byReference = (v: Readonly<Record<string, unknown>>): string => referenceKey((v.invoice as { reference: string }).reference);
const NOTHING: ReadonlyMap<never, never> = new Map<never, never>();

/**
 * The payment records of these ids, in one read, checked. @internal
 *
 * @example
 * ```ts
 * (await readRecords(ports, ['P1', 'P2'])).has('P1');
 * ```
 */
export async function readRecords(ports: ImportPortsOf, ids: readonly string[]): Promise<ReadonlyMap<string, Versioned<StoredPayment>>> {
  return checkMany<StoredPayment>(
    'payments',
    'getMany',
    await portCall('payments', 'getMany', () => ports.payments.getMany(ids)),
    new Set(ids),
    byId,
    paymentRecordCheck,
  );
}

/**
 * Reads, in at most four calls, what the open payments can touch: the invoices their references
 * name (one batch lookup), invoices planned settlements name that the lookup did not return, the
 * ledgers of every customer involved, and which own customers the store knows. Each is read once
 * per round, so an import reads each invoice once unless a write conflict makes it re-read the
 * few entities concerned. @internal
 *
 * @example
 * ```ts
 * const facts = await readFacts(ports, open);
 * facts.invoicesByReference.get('RF18539007547034')?.value.id; // 'INV-1'
 * ```
 */
export async function readFacts(ports: ImportPortsOf, open: readonly OpenPayment[]): Promise<Facts> {
  const references = new Set<string>();
  for (const { payment } of open) if (payment.reference !== undefined) references.add(payment.reference);
  const invoicesByReference =
    references.size === 0
      ? NOTHING
      : checkMany<StoredInvoice>(
          'invoices',
          'findByReferences',
          await portCall('invoices', 'findByReferences', () => ports.invoices.findByReferences([...references])),
          references,
          byReference,
          invoiceRecordCheck,
        );
  const invoicesById = new Map<string, Versioned<StoredInvoice>>();
  for (const record of invoicesByReference.values()) invoicesById.set(record.value.id, record);

  const missing = new Set<string>();
  const customers = new Set<string>();
  for (const o of open) {
    const planned = plannedOf(o);
    if (planned?.kind === 'settled' && !invoicesById.has(planned.invoice)) missing.add(planned.invoice);
    if (planned?.kind === 'credited') customers.add(planned.customer);
    if (o.payment.customer !== undefined) customers.add(o.payment.customer);
  }
  if (missing.size > 0) {
    const found = checkMany<StoredInvoice>(
      'invoices',
      'getMany',
      await portCall('invoices', 'getMany', () => ports.invoices.getMany([...missing])),
      missing,
      byId,
      invoiceRecordCheck,
    );
    for (const [id, record] of found) invoicesById.set(id, record);
  }
  const invoiceCustomers = new Set<string>();
  for (const record of invoicesById.values()) invoiceCustomers.add(record.value.invoice.customer);
  for (const customer of invoiceCustomers) customers.add(customer);
  const ledgers =
    customers.size === 0
      ? NOTHING
      : checkMany<StoredPrepaidLedger>(
          'prepaidLedgers',
          'getMany',
          await portCall('prepaidLedgers', 'getMany', () => ports.prepaidLedgers.getMany([...customers])),
          customers,
          byId,
          ledgerRecordCheck,
        );

  // An own customer is known with a ledger or an invoice; ask the store only about the others.
  const knownCustomers = new Set<string>();
  const ask = new Set<string>();
  for (const { payment } of open) {
    const own = payment.customer;
    if (own === undefined) continue;
    if (ledgers.has(own) || invoiceCustomers.has(own)) knownCustomers.add(own);
    else ask.add(own);
  }
  if (ask.size > 0) {
    for (const owner of checkSet(
      'invoices',
      'ownersWithInvoices',
      await portCall('invoices', 'ownersWithInvoices', () => ports.invoices.ownersWithInvoices([...ask])),
      ask,
    ))
      knownCustomers.add(owner);
  }
  return { invoicesByReference, invoicesById, ledgers, knownCustomers };
}
