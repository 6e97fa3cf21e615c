import * as z from 'zod/mini';
import { strictObject } from '../../internal/checks.js';
import { invalidField, parseInput } from '../../internal/parse.js';
import type { Clock } from '../../ports/clock.js';
import type { Ports } from '../../ports/ports.js';
import { systemClock } from '../system/clock.js';
import { HostPolicyError } from '../../errors.js';
import { checkPool, RETRYABLE, run, serialized, sqlState, storageFailed, type SqlClient, type SqlPool } from './client.js';
import { postgresInvoiceRepository } from './invoiceRepository.js';
import { postgresRepository, transactionAborted } from './repository.js';
import { ledgerTable, paymentTable, plainTable } from './tables.js';

const optionsSchema = strictObject({
  clock: z.optional(
    z.custom<Clock>((c) => typeof c === 'object' && c !== null && typeof (c as Clock).now === 'function', 'must be a clock with now()'),
  ),
});

/** Options of {@link postgresPorts}. */
export interface PostgresPortsOptions {
  /** The clock; the system clock unless given (use `fixedClock` in tests). */
  readonly clock?: Clock;
}

/**
 * Every port in PostgreSQL (≥ 14, PGlite, or a server with `DATABASE_URL`), over the schema
 * {@link migrate} creates: pass a `pg.Pool` (or a `pg.Client`; anything with `query(text,
 * values)`), which stays the caller's to end. Each port is a repository of one table; every
 * repository also has `putMany`, which the services use to write a whole bank statement in a
 * few statements. Exactly once by the database: a payment id is a primary key (one record per
 * payment, `INSERT … ON CONFLICT DO NOTHING` elects the one import that claims it), a compact
 * reference a unique key, every update version-checked. Given a pool with `connect()` (a
 * `pg.Pool`, PGlite's too), the ports also have `transaction(work)`: `work` runs with ports over
 * one checked-out connection between `BEGIN` and `COMMIT`, so that what it writes commits
 * together or not at all; `importBankStatement` uses it to commit each round's invoice updates,
 * ledger credits and final payment records in one transaction. A `pg.Client` gets no
 * `transaction` (one connection other callers may share).
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * await migrate(pool);
 * const ports = postgresPorts(pool, { clock: fixedClock('2026-11-23T09:00:00Z') });
 * await importBankStatement(ports, statement);
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) when `pool` has no `query` function, or for bad
 * options. Its repositories throw `VERSION_CONFLICT`, `DUPLICATE_REFERENCE` (BIL-01),
 * `INSUFFICIENT_PREPAID_BALANCE` (BIL-05: a negative prepaid balance is never stored), and
 * `STORAGE_FAILED` for a failure of the database, with the driver's error as `cause`.
 */
export function postgresPorts(pool: SqlPool, options: PostgresPortsOptions = {}): Ports {
  const db = checkPool(pool);
  parseInput(optionsSchema, options, 'postgres ports options');
  const clock = options.clock ?? systemClock;
  // One connection (a pg.Client, a bare query function) runs the statements asked for at once one after the other.
  if (!pooled(db)) return portsOver(serialized(db), clock, false);
  const ports = portsOver(db, clock, false);
  return { ...ports, transaction: async <T>(work: (inTransaction: Ports) => Promise<T>): Promise<T> => inTransaction(db, clock, work) };
}

/** The repositories of every port over one connection (or pool). */
function portsOver(db: SqlPool, clock: Clock, transaction: boolean): Ports {
  return {
    clock,
    subscriptions: postgresRepository(db, plainTable('hp_subscriptions'), transaction),
    invoices: postgresInvoiceRepository(db, transaction),
    payments: postgresRepository(db, paymentTable, transaction),
    prepaidLedgers: postgresRepository(db, ledgerTable, transaction),
    clientAccess: postgresRepository(db, plainTable('hp_client_access'), transaction),
    organizations: postgresRepository(db, plainTable('hp_organizations'), transaction),
    rfps: postgresRepository(db, plainTable('hp_rfps'), transaction),
  };
}

/**
 * Whether `db` is a pool that hands out connections of their own (`pg.Pool#connect`). A
 * `pg.Client` has `connect` too, but it is one connection that other callers may share: a
 * transaction on it would take their statements in (and roll them back), so it gets none.
 */
function pooled(db: SqlPool): boolean {
  try {
    return (
      typeof db.connect === 'function' && !('connectionParameters' in db) && typeof (db as { release?: unknown }).release !== 'function'
    );
  } catch {
    return false;
  }
}

/**
 * Runs `work` with ports over a client checked out of the pool, between `BEGIN` and `COMMIT`
 * (`ROLLBACK` when `work` or the commit fails: nothing of it is then written). A transaction the
 * database aborted to stay serialisable (40001, 40P01) is `VERSION_CONFLICT`, retried by the
 * services as a lost write; any other failure is thrown as it is.
 */
async function inTransaction<T>(pool: SqlPool, clock: Clock, work: (ports: Ports) => Promise<T>): Promise<T> {
  if (typeof work !== 'function') invalidField('transaction', ['work'], 'must be a function (ports) => Promise');
  let client: SqlClient;
  try {
    client = (await (pool.connect as () => Promise<unknown>)()) as SqlClient;
  } catch (e) {
    throw storageFailed(e, 'transaction');
  }
  let usable = false;
  try {
    usable = typeof client === 'object' && client !== null && typeof client.query === 'function' && typeof client.release === 'function';
  } catch {
    usable = false; // a revoked Proxy
  }
  if (!usable) throw storageFailed(new Error('connect() answered without query() and release()'), 'transaction');
  let broken: Error | undefined;
  // The statements of the transaction, in the order they are asked for: the work may ask for
  // several at once, and ROLLBACK goes out after any still running.
  const connection = serialized(client);
  try {
    await run(connection, 'BEGIN', undefined, 'transaction');
    const inside = portsOver(connection, clock, true);
    const result = await work({ ...inside, transaction: async <R>(nested: (ports: Ports) => Promise<R>): Promise<R> => nested(inside) });
    await run(connection, 'COMMIT', undefined, 'transaction');
    return result;
  } catch (e) {
    try {
      await connection.query('ROLLBACK');
    } catch (x) {
      broken = x instanceof Error ? x : new Error('ROLLBACK failed'); // the connection is discarded, not reused
    }
    const state = sqlState(e) ?? sqlState(causeOf(e));
    if (state !== undefined && RETRYABLE.has(state) && !(e instanceof HostPolicyError && e.code === 'VERSION_CONFLICT'))
      throw transactionAborted(e, state);
    throw e;
  } finally {
    try {
      client.release(broken);
    } catch {
      // a pool that fails to take its client back: nothing more to do with it here
    }
  }
}

/** The `cause` of an error, if it can be read (a revoked Proxy thrown cannot). */
function causeOf(e: unknown): unknown {
  try {
    return typeof e === 'object' && e !== null ? (e as { cause?: unknown }).cause : undefined;
  } catch {
    return undefined;
  }
}
