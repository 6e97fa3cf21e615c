import { afterAll, beforeAll } from 'vitest';
import { fixedClock } from '../../src/index.js';
import { postgresPorts } from '../../src/adapters/postgres/index.js';
import { pgliteDatabase, type TestDatabase } from '../adapters/postgres/database.js';
import { describeServiceRetries, T0 } from './retryScenarios.js';

// The retried services on the postgres adapter (PGlite): the kept events and the stored request
// come back from jsonb (keys reordered, instants as strings) and still give the same answer.
let db: TestDatabase;
beforeAll(async () => {
  db = await pgliteDatabase();
}, 60_000);
afterAll(async () => {
  await db.close();
});

describeServiceRetries('postgres adapter (PGlite)', async () => {
  await db.reset();
  return postgresPorts(db.pool, { clock: fixedClock(T0) });
});
