import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { creditorReference, type InvoiceInput } from '../billing/index.js';
import { codeOf } from './codeOf.js';
import { referenceKey, type InvoiceRepository } from '../ports/invoices.js';
import type { StoredInvoice } from '../ports/ports.js';

/** Makes a fresh, empty invoice repository for each test. */
export type InvoiceRepositoryFactory = () => InvoiceRepository | Promise<InvoiceRepository>;

const ref = (n: number): string => creditorReference(String(7000 + n));
const spaced = (reference: string): string =>
  reference
    .toLowerCase()
    .replace(/(.{4})/g, '$1 ')
    .trim();

const stored = (id: string, n: number, customer = 'c1'): StoredInvoice => {
  const invoice: InvoiceInput = {
    id,
    customer,
    reference: ref(n),
    amount: { amount: `${n + 1}.00`, currency: 'CHF' },
    issuedAt: '2026-03-01T00:00:00Z',
    dueAt: '2026-03-31T00:00:00Z',
  };
  return { id, owner: customer, invoice };
};

/**
 * Registers the vitest tests of the invoice port's lookups, beyond the generic repository
 * contract (run {@link describeRepositoryContract} on the same factory too): finding invoices by
 * reference in any spacing and case, one or many at once, keyed by the compact reference; a
 * reference moving with its invoice on re-put; one invoice per reference (`DUPLICATE_REFERENCE`);
 * which owners have invoices; isolation of the copies; bad input. Call it at the top level of a
 * test file.
 *
 * @example
 * ```ts
 * import { describeInvoiceRepositoryContract } from 'hostpolicy/testing';
 * import { memoryInvoiceRepository } from 'hostpolicy';
 * describeInvoiceRepositoryContract('memory', () => memoryInvoiceRepository());
 * ```
 */
export function describeInvoiceRepositoryContract(name: string, factory: InvoiceRepositoryFactory): void {
  describe(`invoice repository contract: ${name}`, () => {
    it('finds an invoice by its reference, in any spacing and case', async () => {
      const repo = await factory();
      const saved = await repo.put(stored('INV-1', 1), 0);
      expect(await repo.findByReference(ref(1))).toEqual(saved);
      expect(await repo.findByReference(spaced(ref(1)))).toEqual(saved);
      expect(await repo.findByReference(ref(2))).toBeUndefined();
    });

    it('findByReferences answers many in one call, keyed by the compact reference; unknown ones are absent', async () => {
      const repo = await factory();
      await repo.put(stored('INV-1', 1), 0);
      await repo.put(stored('INV-2', 2, 'c2'), 0);
      const found = await repo.findByReferences([spaced(ref(2)), ref(1), ref(3), ref(1)]);
      expect(found).toBeInstanceOf(Map);
      expect([...found.keys()].sort()).toEqual([ref(1), ref(2)].map(referenceKey).sort());
      expect(found.get(referenceKey(ref(2)))).toEqual(await repo.get('INV-2'));
      expect(found.get(referenceKey(ref(1)))?.value.id).toBe('INV-1');
      expect((await repo.findByReferences([])).size).toBe(0);
    });

    it('a re-put with another reference moves the invoice: the old reference finds nothing', async () => {
      const repo = await factory();
      await repo.put(stored('INV-1', 1), 0);
      const moved = { ...stored('INV-1', 1), invoice: { ...stored('INV-1', 1).invoice, reference: ref(5) } };
      const saved = await repo.put(moved, 1);
      expect(await repo.findByReference(ref(1))).toBeUndefined();
      expect(await repo.findByReference(ref(5))).toEqual(saved);
      // The freed reference can be taken by another invoice.
      await repo.put(stored('INV-2', 1), 0);
      expect((await repo.findByReference(ref(1)))?.value.id).toBe('INV-2');
    });

    it('a re-put with the same reference keeps it findable at the new version', async () => {
      const repo = await factory();
      await repo.put(stored('INV-1', 1), 0);
      await repo.put({ ...stored('INV-1', 1), invoice: { ...stored('INV-1', 1).invoice, settled: true, settledBy: 'P-1' } }, 1);
      expect(await repo.findByReference(ref(1))).toMatchObject({ version: 2, value: { invoice: { settledBy: 'P-1' } } });
    });

    it('each reference belongs to one invoice (BIL-01): DUPLICATE_REFERENCE, and nothing is stored', async () => {
      const repo = await factory();
      await repo.put(stored('INV-1', 1), 0);
      const other = { ...stored('INV-2', 2), invoice: { ...stored('INV-2', 2).invoice, reference: spaced(ref(1)) } };
      expect(await codeOf(repo.put(other, 0))).toBe('DUPLICATE_REFERENCE');
      expect(await repo.get('INV-2')).toBeUndefined();
      expect((await repo.findByReference(ref(1)))?.value.id).toBe('INV-1');
    });

    it('ownersWithInvoices tells which of the owners asked have at least one invoice', async () => {
      const repo = await factory();
      await repo.put(stored('INV-1', 1, 'c1'), 0);
      await repo.put(stored('INV-2', 2, '__proto__'), 0);
      await repo.put(stored('INV-3', 3, 'c3'), 0);
      await repo.put({ ...stored('INV-3', 3, 'c4'), owner: 'c4' }, 1); // moved from c3 to c4
      const owners = await repo.ownersWithInvoices(['c1', 'c2', '__proto__', 'constructor', 'c3', 'c4']);
      expect(owners).toBeInstanceOf(Set);
      expect([...owners].sort()).toEqual(['__proto__', 'c1', 'c4']);
      expect((await repo.ownersWithInvoices([])).size).toBe(0);
    });

    it('lookups agree with a model for any sequence of puts', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.record({ id: fc.constantFrom('I1', 'I2', 'I3'), n: fc.nat(4), owner: fc.constantFrom('c1', 'c2') }), {
            maxLength: 15,
          }),
          async (ops) => {
            const repo = await factory();
            const model = new Map<string, { version: number; n: number; owner: string }>();
            for (const op of ops) {
              const holder = [...model].find(([id, m]) => m.n === op.n && id !== op.id);
              const version = model.get(op.id)?.version ?? 0;
              const code = await codeOf(repo.put({ ...stored(op.id, op.n, op.owner) }, version));
              if (holder === undefined) {
                expect(code).toBeUndefined();
                model.set(op.id, { version: version + 1, n: op.n, owner: op.owner });
              } else expect(code).toBe('DUPLICATE_REFERENCE');
            }
            const found = await repo.findByReferences([0, 1, 2, 3, 4].map(ref));
            for (const n of [0, 1, 2, 3, 4]) {
              const expected = [...model].find(([, m]) => m.n === n);
              expect(found.get(referenceKey(ref(n)))?.value.id).toBe(expected?.[0]);
              expect((await repo.findByReference(ref(n)))?.version).toBe(expected?.[1].version);
            }
            expect([...(await repo.ownersWithInvoices(['c1', 'c2']))].sort()).toEqual(
              [...new Set([...model.values()].map((m) => m.owner))].sort(),
            );
          },
        ),
        { numRuns: 40 },
      );
    });

    it('isolates callers: mutating a found invoice changes nothing stored', async () => {
      const repo = await factory();
      await repo.put(stored('INV-1', 1), 0);
      const found = await repo.findByReferences([ref(1)]);
      try {
        (found.get(referenceKey(ref(1)))?.value.invoice as { customer: string }).customer = 'mallory';
      } catch {
        // a frozen copy may refuse the change: that is isolation too
      }
      expect((await repo.findByReference(ref(1)))?.value.invoice.customer).toBe('c1');
    });

    it('rejects bad input with INVALID_INPUT', async () => {
      const repo = await factory();
      expect(await codeOf(repo.findByReference(''))).toBe('INVALID_INPUT');
      expect(await codeOf(repo.findByReference(42 as never))).toBe('INVALID_INPUT');
      expect(await codeOf(repo.findByReferences('RF18' as never))).toBe('INVALID_INPUT');
      expect(await codeOf(repo.findByReferences([ref(1), '']))).toBe('INVALID_INPUT');
      expect(await codeOf(repo.ownersWithInvoices(null as never))).toBe('INVALID_INPUT');
      expect(await codeOf(repo.ownersWithInvoices(['c1', 7 as never]))).toBe('INVALID_INPUT');
    });
  });
}
