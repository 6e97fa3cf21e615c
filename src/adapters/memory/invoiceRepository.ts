import { HostPolicyError } from '../../errors.js';
import { parseInput } from '../../internal/parse.js';
import { referenceKey, type InvoiceRepository } from '../../ports/invoices.js';
import type { StoredInvoice } from '../../ports/ports.js';
import { checkKeys, type Versioned } from '../../ports/repository.js';
import * as z from 'zod/mini';
import { repositoryOptionsSchema, type MemoryRepositoryOptions } from './repository.js';
import { memoryStore, type StoreIndex } from './store.js';

const referenceSchema = z.string().check(z.minLength(1, 'must not be empty'));

/** The compact reference of a stored invoice; `undefined` when it has none (a value of another shape is stored, not indexed). */
function keyOf(value: StoredInvoice<unknown>): string | undefined {
  const invoice = value.invoice as { readonly reference?: unknown } | null | undefined;
  const reference = typeof invoice === 'object' && invoice !== null ? invoice.reference : undefined;
  return typeof reference === 'string' ? referenceKey(reference) : undefined;
}

/**
 * The invoice port in memory: a {@link memoryRepository} with an index of compact references
 * (kept in the same synchronous section as the write) and the owner index, so that every lookup
 * an import makes costs in proportion to what it asks, not to what is stored.
 *
 * @example
 * ```ts
 * const invoices = memoryInvoiceRepository();
 * await invoices.put({ id: 'INV-1', owner: 'c1', invoice: { id: 'INV-1', customer: 'c1', reference: 'RF18539007547034',
 *   amount: { amount: '120.00', currency: 'CHF' }, issuedAt: '2026-03-01T00:00:00Z', dueAt: '2026-03-31T00:00:00Z' } }, 0);
 * (await invoices.findByReference('rf18 5390 0754 7034'))?.value.id; // 'INV-1'
 * await invoices.ownersWithInvoices(['c1', 'c2']);                    // Set { 'c1' }
 * ```
 * @throws (from `put`) HostPolicyError `DUPLICATE_REFERENCE` (BIL-01) when another invoice holds
 * the reference, `VERSION_CONFLICT`; InvalidInputError (`INVALID_INPUT`) for bad input.
 */
export function memoryInvoiceRepository(options: MemoryRepositoryOptions = {}): InvoiceRepository {
  parseInput(repositoryOptionsSchema, options, 'memory repository options');
  // compact reference → invoice id; a Map, so any reference string is an ordinary key.
  const byReference = new Map<string, string>();
  /** An update that keeps the reference (an invoice settled): the index already has it under this id. */
  const sameReference = (value: StoredInvoice, previous: StoredInvoice | undefined): boolean => {
    const before = (previous?.invoice as { readonly reference?: unknown } | null | undefined)?.reference;
    const after = (value.invoice as { readonly reference?: unknown } | null | undefined)?.reference;
    return typeof after === 'string' && before === after;
  };
  const index: StoreIndex<StoredInvoice> = {
    check(value, previous) {
      if (sameReference(value, previous)) return;
      const key = keyOf(value);
      const holder = key === undefined ? undefined : byReference.get(key);
      if (holder !== undefined && holder !== value.id) {
        throw new HostPolicyError(
          'DUPLICATE_REFERENCE',
          `Invoice ${holder} already has the reference ${key}: every invoice has its own (BIL-01).`,
          {
            rule: 'BIL-01',
            details: { id: value.id, reference: key, heldBy: holder },
          },
        );
      }
    },
    stored(value, previous) {
      if (sameReference(value, previous)) return;
      const before = previous === undefined ? undefined : keyOf(previous);
      if (before !== undefined && byReference.get(before) === previous?.id) byReference.delete(before);
      const key = keyOf(value);
      if (key !== undefined) byReference.set(key, value.id);
    },
  };
  const store = memoryStore<StoredInvoice>(options.interleave, index);
  const find = (key: string): Versioned<StoredInvoice> | undefined => {
    const id = byReference.get(key);
    const record = id === undefined ? undefined : store.record(id);
    return record === undefined ? undefined : store.out(record);
  };
  return {
    ...store.repository,
    async findByReference(reference) {
      const key = referenceKey(parseInput(referenceSchema, reference, 'reference'));
      await store.pause();
      return find(key);
    },
    async findByReferences(references) {
      const keys = checkKeys(references, 'references').map(referenceKey);
      await store.pause();
      const found = new Map<string, Versioned<StoredInvoice>>();
      for (const key of keys) {
        const record = found.has(key) ? undefined : find(key);
        if (record !== undefined) found.set(key, record);
      }
      return found;
    },
    async ownersWithInvoices(owners) {
      const keys = checkKeys(owners, 'owners');
      await store.pause();
      return new Set(keys.filter((owner) => store.hasOwner(owner)));
    },
  };
}
