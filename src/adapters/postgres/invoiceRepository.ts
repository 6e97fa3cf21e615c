import * as z from 'zod/mini';
import { parseInput } from '../../internal/parse.js';
import { referenceKey, type InvoiceRepository } from '../../ports/invoices.js';
import type { StoredInvoice } from '../../ports/ports.js';
import { checkKeys, type Versioned } from '../../ports/repository.js';
import { run, type SqlPool } from './client.js';
import { decode } from './codec.js';
import { postgresRepository, storable } from './repository.js';
import { invoiceTable } from './tables.js';

const referenceSchema = z.string().check(z.minLength(1, 'must not be empty'));
const SELECT = 'SELECT id, version, doc::text AS doc, revive::text AS revive, reference_key FROM hp_invoices';

/**
 * The invoice port in PostgreSQL: the repository over `hp_invoices`, whose `reference_key`
 * column (the compact reference, unique: BIL-01) answers the lookups with one indexed query per
 * call, and whose GIN index of owners answers `ownersWithInvoices`. @internal
 *
 * @example
 * ```ts
 * const invoices = postgresInvoiceRepository(pool);
 * (await invoices.findByReference('rf18 5390 0754 7034'))?.value.id; // 'INV-1'
 * ```
 */
export function postgresInvoiceRepository(db: SqlPool, inTransaction = false): InvoiceRepository {
  const repository = postgresRepository<StoredInvoice>(db, invoiceTable, inTransaction);
  const out = (row: Readonly<Record<string, unknown>>): Versioned<StoredInvoice> => ({
    version: Number(row.version),
    value: decode(row.doc as string, (row.revive as string | null) ?? null) as StoredInvoice,
  });
  return {
    ...repository,
    async findByReference(reference) {
      const key = referenceKey(parseInput(referenceSchema, reference, 'reference'));
      if (!storable(key)) return undefined;
      const rows = await run(db, `${SELECT} WHERE reference_key = $1`, [key], 'findByReference');
      return rows.length === 0 ? undefined : out(rows[0] as Readonly<Record<string, unknown>>);
    },
    async findByReferences(references) {
      const keys = [...new Set(checkKeys(references, 'references').map(referenceKey))].filter(storable);
      const found = new Map<string, Versioned<StoredInvoice>>();
      if (keys.length === 0) return found;
      for (const row of await run(db, `${SELECT} WHERE reference_key = ANY($1::text[])`, [keys], 'findByReferences'))
        found.set(row.reference_key as string, out(row));
      return found;
    },
    async ownersWithInvoices(owners) {
      const keys = [...new Set(checkKeys(owners, 'owners'))].filter(storable);
      if (keys.length === 0) return new Set();
      const rows = await run(
        db,
        'SELECT o AS owner FROM unnest($1::text[]) AS o WHERE EXISTS (SELECT 1 FROM hp_invoices WHERE owners @> ARRAY[o])',
        [keys],
        'ownersWithInvoices',
      );
      return new Set(rows.map((r) => r.owner as string));
    },
  };
}
