import { checkPool, run, sqlState, storageFailed, type SqlPool } from './client.js';
import { BOOTSTRAP, MIGRATIONS } from './migrations.js';

/** What {@link migrate} did. */
export interface MigrationReport {
  /** The versions this call applied, in order (none when the schema was up to date). */
  readonly applied: readonly number[];
  /** The schema version now: the highest applied. */
  readonly version: number;
}

/** SQLSTATEs of two processes creating the bookkeeping tables at the same instant: try again. */
const CREATE_RACE: ReadonlySet<string> = new Set(['23505', '42P07', '40001']);

/**
 * Brings the database schema up to date: applies, in order, the migrations shipped in the
 * package that it has not applied yet, each recorded in `hp_schema_migrations`. Idempotent:
 * calling it again changes nothing. The pending migrations run in one transaction that first locks
 * the row of `hp_migration_lock` (`SELECT … FOR UPDATE`, not an advisory lock, which Citus and
 * CockroachDB lack), so two processes starting together apply them once: the second waits,
 * then finds the tables there. Sent as one multi-statement query, the transaction runs on one
 * connection also through a pool, and rolls back entirely if any statement fails.
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * await migrate(pool); // { applied: [1], version: 1 }, then { applied: [], version: 1 }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) when `pool` has no `query` function;
 * HostPolicyError `STORAGE_FAILED` (the driver's error as `cause`, `details.sqlState`) when the
 * database refuses or cannot be reached.
 */
export async function migrate(pool: SqlPool): Promise<MigrationReport> {
  const db = checkPool(pool);
  for (let attempt = 1; ; attempt += 1) {
    try {
      await run(db, BOOTSTRAP, undefined, 'migrate');
      break;
    } catch (e) {
      const state = sqlState((e as { cause?: unknown }).cause);
      if (attempt >= 5 || state === undefined || !CREATE_RACE.has(state)) throw e;
    }
  }
  const before = await appliedVersions(db);
  const pending = MIGRATIONS.filter((m) => !before.has(m.version));
  if (pending.length > 0) {
    const record = pending.map(
      (m) =>
        `INSERT INTO hp_schema_migrations (version, name) VALUES (${m.version}, '${m.name.replaceAll("'", "''")}') ` +
        'ON CONFLICT (version) DO NOTHING;',
    );
    const transaction = ['SELECT id FROM hp_migration_lock WHERE id = 1 FOR UPDATE;', ...pending.map((m) => m.sql), ...record].join('\n');
    await run(db, transaction, undefined, 'migrate');
  }
  const after = await appliedVersions(db);
  const missing = MIGRATIONS.find((m) => !after.has(m.version));
  if (missing !== undefined) throw storageFailed(new Error(`migration ${missing.version} is not recorded after migrating`), 'migrate');
  return { applied: pending.map((m) => m.version), version: Math.max(0, ...after) };
}

async function appliedVersions(db: SqlPool): Promise<Set<number>> {
  const rows = await run(db, 'SELECT version::integer AS version FROM hp_schema_migrations', [], 'migrate');
  return new Set(rows.map((r) => Number(r.version)));
}
