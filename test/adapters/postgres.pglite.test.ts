import { afterAll, beforeAll } from 'vitest';
import { describeImportFaultContract, describeInvoiceRepositoryContract, describeRepositoryContract } from '../../src/testing/index.js';
import { postgresPorts } from '../../src/adapters/postgres/index.js';
import { pgliteDatabase, type TestDatabase } from './postgres/database.js';
import { describeAdapterTests } from './postgres/adapterTests.js';

// One PGlite for the whole file, emptied before each repository the suites ask for.
let db: TestDatabase;
beforeAll(async () => {
  db = await pgliteDatabase();
}, 60_000);
afterAll(async () => {
  await db.close();
});
const fresh = async () => {
  await db.reset();
  return postgresPorts(db.pool);
};

for (const port of ['subscriptions', 'invoices', 'payments', 'prepaidLedgers', 'clientAccess', 'organizations', 'rfps'] as const) {
  describeRepositoryContract(`postgresPorts(PGlite).${port}`, async () => (await fresh())[port] as never);
}
describeInvoiceRepositoryContract('postgresPorts(PGlite).invoices', async () => (await fresh()).invoices);
describeImportFaultContract('postgres (PGlite)', fresh);
describeAdapterTests('PGlite', () => db);
