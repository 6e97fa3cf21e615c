/**
 * The databases the postgres adapter's tests run on: PGlite in-process (always), and a real
 * PostgreSQL server when DATABASE_URL is set. Each test file makes one and resets it between
 * tests by TRUNCATE (fast; the schema is migrated once).
 */
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { migrate } from '../../../src/adapters/postgres/index.js';

export const TABLES = [
  'hp_subscriptions',
  'hp_invoices',
  'hp_payments',
  'hp_prepaid_ledgers',
  'hp_client_access',
  'hp_organizations',
  'hp_rfps',
];

export interface TestDatabase {
  readonly pool: pg.Pool;
  /** Empties every entity table (the schema stays). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

async function prepared(pool: pg.Pool, close: () => Promise<void>): Promise<TestDatabase> {
  await migrate(pool);
  return {
    pool,
    reset: async () => {
      await pool.query(`TRUNCATE ${TABLES.join(', ')} RESTART IDENTITY`);
    },
    close,
  };
}

/** A fresh in-memory PGlite behind a pg.Pool, migrated. */
export async function pgliteDatabase(): Promise<TestDatabase> {
  const pglite = await PGlite.create();
  const pool = new pg.Pool(createPgConfig(pglite));
  return prepared(pool, async () => {
    await pool.end();
    await pglite.close();
  });
}

/** A pool on the server of `url`, with its own fresh schema (search_path) so that test files do not share tables. */
export async function serverDatabase(url: string, schema: string, max = 10): Promise<TestDatabase> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
  await admin.end();
  const pool = new pg.Pool({ connectionString: url, max, options: `-c search_path=${schema}` });
  return prepared(pool, async () => {
    await pool.end();
  });
}
