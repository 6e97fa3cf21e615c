import type { InvoiceInput } from '../billing/index.js';
import { invalidField } from '../internal/parse.js';
import type { StoredInvoice } from './ports.js';
import type { Repository, Versioned } from './repository.js';

/**
 * Port: invoices. A repository of invoices (`owner`: the customer) with the lookups an import of a
 * bank statement needs, so that it reads each invoice once instead of listing them all per payment.
 *
 * - `findByReference(reference)`: the invoice whose reference has this compact form, or `undefined`.
 * - `findByReferences(references)`: the same for many references in one call, keyed by
 *   {@link referenceKey} of each reference asked for (not found: absent).
 * - `ownersWithInvoices(owners)`: the owners among `owners` that at least one invoice is listed
 *   under (an import asks whether the customer a payment names is known).
 *
 * References compare in their compact form (spaces removed, upper case), as billing compares
 * them, so `'RF18 5390 0754 7034'` finds the invoice stored with `'RF18539007547034'`. Each
 * reference belongs to one invoice (BIL-01): `put` of an invoice whose reference another invoice
 * id holds fails with HostPolicyError `DUPLICATE_REFERENCE` and stores nothing. Re-putting an
 * invoice with another reference moves it: the old reference finds nothing any more.
 */
export interface InvoiceRepository<I = InvoiceInput> extends Repository<StoredInvoice<I>> {
  findByReference(reference: string): Promise<Versioned<StoredInvoice<I>> | undefined>;
  findByReferences(references: readonly string[]): Promise<ReadonlyMap<string, Versioned<StoredInvoice<I>>>>;
  ownersWithInvoices(owners: readonly string[]): Promise<ReadonlySet<string>>;
}

/**
 * The compact form in which references are compared and indexed: whitespace removed, upper case
 * (billing's form). Adapters index `invoice.reference` by it; `findByReferences` keys its answer by it.
 *
 * @example
 * ```ts
 * referenceKey('rf18 5390 0754 7034'); // 'RF18539007547034'
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for anything but a string; any string has a compact
 * form (a malformed reference simply finds no invoice).
 */
export function referenceKey(reference: string): string {
  if (typeof reference !== 'string') invalidField('reference', [], 'must be a string');
  return isCompact(reference) ? reference : reference.replace(/\s+/g, '').toUpperCase();
}

/**
 * Whether a reference is in compact form already: ASCII digits and capitals only (every QR and
 * creditor reference as billing writes it), so that an import keying 100,000 invoices allocates
 * no copy of each; anything else takes the replace and upper-casing.
 */
function isCompact(reference: string): boolean {
  for (let i = 0; i < reference.length; i += 1) {
    const c = reference.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}
