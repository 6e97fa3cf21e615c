import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeImportFaultContract, describeInvoiceRepositoryContract, describeRepositoryContract } from '../../src/testing/index.js';
import { postgresPorts } from '../../src/adapters/postgres/index.js';
import { serverDatabase, type TestDatabase } from './postgres/database.js';
import { describeAdapterTests } from './postgres/adapterTests.js';

// The same suites as on PGlite, against a real PostgreSQL server: CI sets DATABASE_URL (.ci/run
// installs Debian's postgresql). Without it this file runs nothing, and says so: every suite
// below is reported as skipped, under a title that names the reason.
const url = process.env.DATABASE_URL;
const title =
  url === undefined || url === '' ? 'real PostgreSQL server (skipped: DATABASE_URL is absent)' : 'real PostgreSQL server (DATABASE_URL)';

describe.skipIf(!url)(title, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await serverDatabase(url as string, 'hp_test_contracts');
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });
  const fresh = async () => {
    await db.reset();
    return postgresPorts(db.pool);
  };

  it('runs on a PostgreSQL server ≥ 14', async () => {
    const { rows } = await db.pool.query<{ v: number }>("SELECT current_setting('server_version_num')::int AS v");
    expect(rows[0]?.v).toBeGreaterThanOrEqual(140000);
  });
  for (const port of ['subscriptions', 'invoices', 'payments', 'prepaidLedgers', 'clientAccess', 'organizations', 'rfps'] as const) {
    describeRepositoryContract(`postgresPorts(server).${port}`, async () => (await fresh())[port] as never);
  }
  describeInvoiceRepositoryContract('postgresPorts(server).invoices', async () => (await fresh()).invoices);
  describeImportFaultContract('postgres (server)', fresh);
  describeAdapterTests('server', () => db);
});
