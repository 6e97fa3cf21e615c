import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importBankStatement, isHostPolicyError, memoryPorts, type Ports } from '../../../src/index.js';
import { migrate, MIGRATIONS, postgresPorts, type SqlPool } from '../../../src/adapters/postgres/index.js';
import { decode, encode } from '../../../src/adapters/postgres/codec.js';
import {
  importState,
  InjectedFault,
  invoicesArbitrary,
  paymentsArbitrary,
  withFaults,
  type ImportState,
} from '../../../src/testing/index.js';
import { codeOf } from '../../../src/testing/codeOf.js';
import type { TestDatabase } from './database.js';
import { INVOICES, PAYMENTS, seed } from './scenario.js';

/** A pool that counts the statements sent through it. */
function counting(pool: SqlPool): { pool: SqlPool; count: () => number } {
  let n = 0;
  const query: SqlPool['query'] = (text, values) => {
    n += 1;
    return pool.query(text, values);
  };
  return { pool: { query }, count: () => n };
}

/**
 * An import's state compared across adapters: everything but the versions of the payment records.
 * With a transaction (the postgres adapter over a pool) a payment's record is written once, with
 * its outcome (version 1); without one (the memory adapter) its intent comes first (version 2).
 */
const comparable = (state: ImportState): unknown => ({ ...state, payments: state.payments.map((p) => ({ id: p.id, value: p.value })) });

/** The postgres adapter's own tests (beyond the contract suites), on the database `db()` gives. */
export function describeAdapterTests(name: string, db: () => TestDatabase): void {
  const fresh = async (): Promise<Ports> => {
    await db().reset();
    return postgresPorts(db().pool);
  };

  describe(`postgres adapter: ${name}`, () => {
    it('migrate is idempotent, also when called concurrently', async () => {
      const again = await Promise.all([migrate(db().pool), migrate(db().pool), migrate(db().pool)]);
      for (const r of again) expect(r).toEqual({ applied: [], version: MIGRATIONS.at(-1)?.version });
      const { rows } = await db().pool.query('SELECT version FROM hp_schema_migrations ORDER BY version');
      expect(rows.map((r: { version: number }) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    });

    it('an import of N payments sends O(N / batch) statements, not O(N)', async () => {
      const sizes: number[] = [];
      for (const n of [100, 500]) {
        await db().reset();
        const c = counting(db().pool);
        const ports = postgresPorts(c.pool);
        await seed(ports);
        const before = c.count();
        const r = await importBankStatement(ports, PAYMENTS.slice(0, n));
        expect(r.applied.length).toBe(n);
        sizes.push(c.count() - before);
      }
      expect(sizes[0]).toBeLessThanOrEqual(12);
      expect(sizes[1]).toBe(sizes[0]); // five times the payments, the same statements
    });

    it('imports exactly as the memory adapter does, for any statement', async () => {
      await fc.assert(
        fc.asyncProperty(
          invoicesArbitrary({ customers: ['c1', '__proto__'] }).chain((invoices) =>
            fc.tuple(fc.constant(invoices), paymentsArbitrary(invoices)),
          ),
          async ([invoices, payments]) => {
            const pg = await fresh();
            const memory = memoryPorts();
            for (const ports of [pg, memory])
              for (const invoice of invoices) await ports.invoices.put({ id: invoice.id, owner: invoice.customer, invoice }, 0);
            expect(await importBankStatement(pg, payments)).toEqual(await importBankStatement(memory, payments));
            expect(comparable(await importState(pg))).toEqual(comparable(await importState(memory)));
            expect(await importBankStatement(pg, payments)).toEqual(await importBankStatement(memory, payments));
          },
        ),
        { numRuns: 15 },
      );
    });

    it(
      'commits each round of an import in one transaction: a fault between its statements leaves nothing half-applied, a lost ' +
        'commit answer leaves it whole, the next import completes it',
      async () => {
        const statement = PAYMENTS.slice(0, 200);
        const clean = memoryPorts();
        for (const invoice of INVOICES) await clean.invoices.put({ id: invoice.id, owner: invoice.customer, invoice }, 0);
        await importBankStatement(clean, statement);
        const expected = await importState(clean);
        // The payments that settle an invoice or credit a ledger: their effect and record are in the transaction.
        const withEffect = expected.payments.filter((p) =>
          ['settled', 'credited'].includes((p.value as { outcome: { kind: string } }).outcome.kind),
        ).length;
        expect(withEffect).toBeGreaterThan(100);
        const counting = withFaults(await fresh(), { on: 'write' });
        await seed(counting.ports as Ports);
        const before = counting.calls();
        await importBankStatement(counting.ports, statement);
        // No intents where there is a transaction: in one transaction, invoices (1), ledgers (2), final records (3).
        expect(
          counting
            .log()
            .filter((c) => c.kind === 'write')
            .slice(before)
            .map((c) => `${c.port}.${c.method}`),
        ).toEqual(['invoices.putMany', 'prepaidLedgers.putMany', 'payments.putMany']);
        for (const [failAt, after] of [
          [2, false],
          [3, false],
          [3, true],
        ] as const) {
          const ports = await fresh();
          await seed(ports);
          const faulty = withFaults(ports, { on: 'write', failAt, after });
          await faulty.ports.invoices.get('INV-0'); // a read: not counted
          const failed = await importBankStatement(faulty.ports, statement).catch((e: unknown) => e);
          expect(failed).toBeInstanceOf(InjectedFault);
          const { rows } = await db().pool.query(
            'SELECT (SELECT count(*)::int FROM hp_invoices WHERE settled) AS settled, (SELECT count(*)::int FROM hp_prepaid_ledgers) ' +
              "AS ledgers, (SELECT count(*)::int FROM hp_payments WHERE outcome <> 'pending') AS finished, (SELECT count(*)::int FROM " +
              'hp_payments) AS claimed',
          );
          if (!after) {
            // Rolled back: no invoice settled, no ledger, no payment record (the next import starts afresh).
            expect(rows[0]).toEqual({ settled: 0, ledgers: 0, finished: 0, claimed: 0 });
          } else {
            // The commit's answer lost (inside a transaction, `after` is that): the round is stored whole,
            // and the retry finds every payment applied.
            expect(comparable(await importState(ports))).toEqual(comparable(expected));
          }
          const retry = await importBankStatement(ports, statement);
          expect(retry.applied.length + retry.alreadyImported.length).toBe(new Set(statement.map((p) => p.id)).size);
          if (after) expect(retry.applied).toEqual([]);
          expect(comparable(await importState(ports))).toEqual(comparable(expected));
        }
      },
    );

    it('a round whose payment or invoice another writer changed after it was planned rolls back whole and is planned again', async () => {
      const statement = PAYMENTS.slice(0, 40);
      const clean = memoryPorts();
      for (const invoice of INVOICES) await clean.invoices.put({ id: invoice.id, owner: invoice.customer, invoice }, 0);
      await importBankStatement(clean, statement);
      const cleanState = await importState(clean);
      for (const race of ['record', 'invoice'] as const) {
        const ports = await fresh();
        await seed(ports);
        let attempts = 0;
        // Between this import's reads and its transaction: another import records P-0 (which this one plans to settle INV-0
        // with) as unidentified, or another writer changes INV-1 (which P-1 settles).
        const racing: Ports = {
          ...ports,
          transaction: async (work) => {
            attempts += 1;
            if (attempts === 1 && race === 'record')
              await ports.payments.put(
                { id: 'P-0', owner: 'unidentified', payment: PAYMENTS[0] as never, outcome: { kind: 'unidentified' } },
                0,
              );
            if (attempts === 1 && race === 'invoice') {
              const inv1 = await ports.invoices.get('INV-1');
              await ports.invoices.put(inv1?.value as never, inv1?.version ?? 0);
            }
            return (ports.transaction as NonNullable<Ports['transaction']>)(work);
          },
        };
        const r = await importBankStatement(racing, statement);
        expect(attempts).toBe(2); // the first transaction rolled back, the round planned again
        const state = await importState(ports);
        expect(state.payments.filter((p) => (p.value as { outcome: { kind: string } }).outcome.kind === 'pending')).toEqual([]);
        if (race === 'record') {
          expect(r.alreadyImported).toEqual(['P-0']);
          expect(r.applied.length).toBe(statement.length - 1);
          // Applied once, as recorded: INV-0 is not settled by it.
          expect((await ports.invoices.get('INV-0'))?.value.invoice.settled ?? false).toBe(false);
        } else {
          expect(r.applied.length).toBe(statement.length);
          expect(
            comparable({
              ...state,
              invoices: state.invoices.map((i) => ({ ...i, version: i.id === 'INV-1' ? i.version - 1 : i.version })),
            }),
          ).toEqual(comparable(cleanState));
        }
      }
    });

    it(
      'transaction(): commits together, rolls back on failure, answers VERSION_CONFLICT when the database aborts it; a pg.Client or a ' +
        'bare query function gets none',
      async () => {
        const ports = await fresh();
        expect(typeof ports.transaction).toBe('function');
        const entity = (id: string) => ({ id, owner: 'o', rfp: {} as never });
        await expect(
          ports.transaction?.(async (tx) => {
            await tx.rfps.put(entity('t1'), 0);
            await tx.rfps.put(entity('t2'), 0);
            throw new Error('stop');
          }),
        ).rejects.toThrow('stop');
        expect((await ports.rfps.getMany(['t1', 't2'])).size).toBe(0);
        expect(await ports.transaction?.(async (tx) => (await tx.rfps.put(entity('t3'), 0)).version)).toBe(1);
        expect((await ports.rfps.get('t3'))?.version).toBe(1);
        expect(await codeOf(Promise.resolve().then(() => ports.transaction?.('work' as never)))).toBe('INVALID_INPUT');
        // A database that aborts the transaction at COMMIT to keep it serialisable.
        let released = 0;
        const aborting: SqlPool = {
          query: () => Promise.resolve({ rows: [] }),
          connect: () =>
            Promise.resolve({
              query: (text: string) =>
                text === 'COMMIT'
                  ? Promise.reject(Object.assign(new Error('could not serialize'), { code: '40001' }))
                  : Promise.resolve({ rows: [] }),
              release: () => {
                released += 1;
              },
            }),
        };
        expect(await codeOf(postgresPorts(aborting).transaction?.(async () => 1) ?? Promise.resolve())).toBe('VERSION_CONFLICT');
        expect(released).toBe(1);
        expect(postgresPorts({ query: (text, values) => db().pool.query(text, values) }).transaction).toBeUndefined();
        expect(
          postgresPorts(
            Object.assign(Object.create({ connect: () => Promise.resolve() }), {
              query: () => Promise.resolve({ rows: [] }),
              connectionParameters: {},
            }) as SqlPool,
          ).transaction,
        ).toBeUndefined();
      },
    );

    it('stores money as numeric, instants as timestamptz: the database sums what was imported', async () => {
      const ports = await fresh();
      await seed(ports);
      await importBankStatement(ports, PAYMENTS);
      const { rows } = await db().pool.query(
        'SELECT currency, sum(amount)::text AS total, min(booked_at) AS first FROM hp_payments GROUP BY currency ORDER BY currency',
      );
      const expected = new Map<string, number>();
      for (const p of PAYMENTS)
        expected.set(p.amount.currency, (expected.get(p.amount.currency) ?? 0) + Math.round(Number(p.amount.amount) * 100));
      for (const r of rows as { currency: string; total: string; first: Date }[]) {
        expect(Math.round(Number(r.total) * 100)).toBe(expected.get(r.currency));
        expect(r.first).toBeInstanceOf(Date);
      }
      expect(INVOICES.length).toBeGreaterThan(0);
    });

    it('the constraints hold in the database too: one invoice per reference, no negative balance', async () => {
      const ports = await fresh();
      await seed(ports);
      await expect(
        db().pool.query(
          "UPDATE hp_invoices SET reference_key = (SELECT reference_key FROM hp_invoices WHERE id = 'INV-1') WHERE id = 'INV-2'",
        ),
      ).rejects.toMatchObject({ code: '23505' });
      await ports.prepaidLedgers.put({ id: 'c1', owner: 'c1', ledger: { balances: { c1: { CHF: '5.00' } } } }, 0);
      await expect(db().pool.query("UPDATE hp_prepaid_ledgers SET min_balance = -1 WHERE id = 'c1'")).rejects.toMatchObject({
        code: '23514',
      });
      const negative = ports.prepaidLedgers.put({ id: 'c1', owner: 'c1', ledger: { balances: { c1: { CHF: '-0.05', EUR: '1' } } } }, 1);
      expect(await codeOf(negative)).toBe('INSUFFICIENT_PREPAID_BALANCE');
      expect((await ports.prepaidLedgers.get('c1'))?.version).toBe(1);
      await expect(
        db().pool.query("INSERT INTO hp_payments (id, version, owners, doc) VALUES ('P-0', 1, '{x}', '{}')"),
      ).resolves.toBeDefined();
      await expect(
        db().pool.query("INSERT INTO hp_payments (id, version, owners, doc) VALUES ('P-0', 1, '{x}', '{}')"),
      ).rejects.toMatchObject({ code: '23505' });
    });

    it('putMany answers lost writes in place and refuses one id twice', async () => {
      const ports = await fresh();
      const repo = ports.subscriptions as unknown as Required<Ports['rfps']>;
      await repo.put({ id: 'a', owner: 'anna', rfp: {} as never }, 0);
      const answers = await repo.putMany(
        [
          { entity: { id: 'a', owner: 'anna', rfp: {} as never }, expectedVersion: 0 },
          { entity: { id: 'b', owner: 'ben', rfp: {} as never }, expectedVersion: 0 },
          { entity: { id: 'a', owner: 'anna', rfp: { n: 1 } as never }, expectedVersion: 5 },
        ].slice(0, 2),
      );
      expect(isHostPolicyError(answers[0]) && answers[0].code).toBe('VERSION_CONFLICT');
      expect(answers[1]).toMatchObject({ version: 1, value: { id: 'b' } });
      expect(
        await codeOf(
          repo.putMany([
            { entity: { id: 'x', owner: 'o', rfp: {} as never }, expectedVersion: 0 },
            { entity: { id: 'x', owner: 'o', rfp: {} as never }, expectedVersion: 0 },
          ]),
        ),
      ).toBe('INVALID_INPUT');
      expect(await codeOf(repo.putMany('nope' as never))).toBe('INVALID_INPUT');
      // More writes than one statement carries.
      const many = await repo.putMany(
        Array.from({ length: 4500 }, (_, i) => ({ entity: { id: `m${i}`, owner: 'o', rfp: {} as never }, expectedVersion: 0 })),
      );
      expect(many.every((a) => !isHostPolicyError(a))).toBe(true);
      expect((await repo.listByOwner('o')).length).toBe(4500);
    });

    it('refuses keys PostgreSQL text cannot hold as they are (NUL, a lone surrogate), and never finds them', async () => {
      const ports = await fresh();
      expect(await codeOf(ports.rfps.put({ id: 'a\0b', owner: 'anna', rfp: {} as never }, 0))).toBe('INVALID_INPUT');
      expect(await codeOf(ports.rfps.put({ id: 'a', owner: '\ud800', rfp: {} as never }, 0))).toBe('INVALID_INPUT');
      expect(await codeOf(ports.rfps.put({ id: 'x'.repeat(501), owner: 'anna', rfp: {} as never }, 0))).toBe('INVALID_INPUT');
      expect(await ports.rfps.get('a\0b')).toBeUndefined();
      expect((await ports.rfps.getMany(['a\0b', '\udfff'])).size).toBe(0);
      // Inside a document any string is fine.
      await ports.rfps.put({ id: 'ok', owner: 'anna', rfp: { text: 'nul \0 and \ud800 alone' } as never }, 0);
      expect((await ports.rfps.get('ok'))?.value).toEqual({ id: 'ok', owner: 'anna', rfp: { text: 'nul \0 and \ud800 alone' } });
    });

    it('round-trips what JSON has no form for: Date, Map, Set, undefined in a list, NaN, -0, "__proto__" keys', async () => {
      const ports = await fresh();
      await fc.assert(
        fc.asyncProperty(
          fc.anything({
            withDate: true,
            withMap: true,
            withSet: true,
            withNullPrototype: false,
            withBigInt: false,
            withSparseArray: false,
            maxDepth: 3,
          }),
          async (payload) => {
            const value = { id: 'v', owner: 'o', payload };
            const { doc, revive } = encode(value);
            expect(decode(doc, revive)).toEqual(value);
            const current = await ports.organizations.get('v');
            await ports.organizations.put(value as never, current?.version ?? 0);
            expect((await ports.organizations.get('v'))?.value).toEqual(value);
          },
        ),
        { numRuns: 60 },
      );
      const special = {
        id: 's',
        owner: 'o',
        list: [undefined, Number.NaN, -0, Infinity],
        at: new Date(Number.NaN),
        ...JSON.parse('{"__proto__": {"at": 1}}'),
      };
      expect(decode(encode(special).doc, encode(special).revive)).toEqual(special);
      expect(Object.hasOwn(decode(encode(special).doc, encode(special).revive) as object, '__proto__')).toBe(true);
      expect(await codeOf(Promise.resolve().then(() => encode({ id: 'b', owner: 'o', n: 1n })))).toBe('INVALID_INPUT');
      const cyclic: Record<string, unknown> = { id: 'c', owner: 'o' };
      cyclic.self = cyclic;
      expect(await codeOf(ports.organizations.put(cyclic as never, 0))).toBe('INVALID_INPUT');
    });

    it('validates the pool first, wraps driver errors as STORAGE_FAILED with the cause, maps 40001 to VERSION_CONFLICT', async () => {
      for (const bad of [undefined, null, {}, { query: 1 }, 'postgres://x', [] as unknown]) {
        expect(await codeOf(Promise.resolve().then(() => postgresPorts(bad as never)))).toBe('INVALID_INPUT');
        expect(await codeOf(migrate(bad as never))).toBe('INVALID_INPUT');
      }
      expect(await codeOf(Promise.resolve().then(() => postgresPorts(db().pool, { clock: 'now' } as never)))).toBe('INVALID_INPUT');
      const refused = Object.assign(new Error('connection refused'), { code: '08006' });
      const broken = postgresPorts({ query: () => Promise.reject(refused) });
      const e = await broken.invoices.findByReference('RF18539007547034').catch((x: unknown) => x);
      expect(isHostPolicyError(e) && e.code).toBe('STORAGE_FAILED');
      expect((e as Error).cause).toBe(refused);
      expect((e as { details: unknown }).details).toMatchObject({ sqlState: '08006', retryable: false });
      expect(await codeOf(migrate({ query: () => Promise.reject(refused) }))).toBe('STORAGE_FAILED');
      expect(await codeOf(postgresPorts({ query: () => Promise.resolve({ nope: 1 } as never) }).rfps.list())).toBe('STORAGE_FAILED');
      const serialisation = postgresPorts({
        query: () => Promise.reject(Object.assign(new Error('restart transaction'), { code: '40001' })),
      });
      expect(await codeOf(serialisation.rfps.put({ id: 'a', owner: 'o', rfp: {} as never }, 0))).toBe('VERSION_CONFLICT');
    });
  });
}
