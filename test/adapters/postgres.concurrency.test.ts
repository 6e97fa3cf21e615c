import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import pg from 'pg';
import { importBankStatement, type Ports } from '../../src/index.js';
import { postgresPorts } from '../../src/adapters/postgres/index.js';
import { heldMoney, receivedMoney } from '../../src/testing/index.js';
import { serverDatabase, type TestDatabase } from './postgres/database.js';
import { INVOICES, PAYMENTS, seed, statementOf } from './postgres/scenario.js';

// Exactly once on a real server, where importers really run at once: 50 importers on separate
// connections, then 4 worker processes with connections of their own, importing overlapping
// statements of the same 500 payments, in random interleavings. Needs DATABASE_URL (CI sets it).
const url = process.env.DATABASE_URL;
const title =
  url === undefined || url === ''
    ? 'concurrent imports on a real PostgreSQL server (skipped: DATABASE_URL is absent)'
    : 'concurrent imports on a real PostgreSQL server';
const SCHEMA = 'hp_test_concurrency';

/** Every payment applied exactly once, invoices and ledgers agreeing with the records, money conserved. */
async function expectConsistent(ports: Ports, appliedByImporters: readonly string[]): Promise<void> {
  const ids = new Set(PAYMENTS.map((p) => p.id));
  // Each payment was applied by exactly one importer.
  expect([...appliedByImporters].sort()).toEqual([...ids].sort());
  const records = await ports.payments.list();
  expect(records.map((r) => r.value.id).sort()).toEqual([...ids].sort());
  expect(records.filter((r) => r.value.outcome.kind === 'pending')).toEqual([]);
  // Invoices settled ↔ payment records that settled them, one to one.
  const settledBy = new Map<string, string>();
  for (const { value } of await ports.invoices.list())
    if (value.invoice.settledBy !== undefined) settledBy.set(value.invoice.settledBy, value.id);
  const settling = records.filter((r) => r.value.outcome.kind === 'settled');
  expect(settling.length).toBe(settledBy.size);
  for (const r of settling) expect(settledBy.get(r.value.id)).toBe((r.value.outcome as { invoice: string }).invoice);
  // Each credited payment is in its customer's ledger exactly once.
  const credited = new Map<string, number>();
  for (const { value } of await ports.prepaidLedgers.list())
    for (const id of value.ledger.creditedPayments ?? []) credited.set(id, (credited.get(id) ?? 0) + 1);
  const credits = records.filter((r) => r.value.outcome.kind === 'credited');
  expect(credits.length).toBe(credited.size);
  for (const r of credits) expect(credited.get(r.value.id)).toBe(1);
  // Totals conserved, to the cent, per currency.
  const held = await heldMoney(ports, ids);
  for (const [currency, received] of receivedMoney(PAYMENTS)) expect(held.get(currency)?.toString()).toBe(received.toString());
  // A last import of everything finds every payment imported already.
  const again = await importBankStatement(ports, PAYMENTS);
  expect(again.applied).toEqual([]);
  expect(again.conflicting).toEqual([]);
  expect(again.alreadyImported.length).toBe(PAYMENTS.length);
}

describe.skipIf(!url)(title, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await serverDatabase(url as string, SCHEMA, 4);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('50 importers on separate connections apply each payment exactly once, in random interleavings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(30), { minLength: 50, maxLength: 50 }), fc.nat(49), async (delays, offset) => {
        await db.reset();
        const ports = postgresPorts(db.pool);
        await seed(ports);
        const clients = await Promise.all(
          delays.map(async () => {
            const client = new pg.Client({ connectionString: url, options: `-c search_path=${SCHEMA}` });
            await client.connect();
            return client;
          }),
        );
        try {
          const results = await Promise.all(
            clients.map(async (client, k) => {
              await new Promise((resolve) => setTimeout(resolve, delays[k]));
              return importBankStatement(postgresPorts(client), statementOf(k, 50, offset));
            }),
          );
          expect(results.flatMap((r) => r.conflicting)).toEqual([]);
          // Payments no window covers are imported by the final check's import; the windows cover all.
          await expectConsistent(
            ports,
            results.flatMap((r) => r.applied.map((a) => a.payment)),
          );
        } finally {
          await Promise.all(clients.map((c) => c.end()));
        }
      }),
      { numRuns: 3 },
    );
  }, 240_000);

  it('4 worker processes with their own connections apply each payment exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(3), async (offset) => {
        await db.reset();
        const ports = postgresPorts(db.pool);
        await seed(ports);
        const worker = fileURLToPath(new URL('./postgres/importWorker.ts', import.meta.url));
        const answers = await Promise.all(
          [0, 1, 2, 3].map(
            (w) =>
              new Promise<{ applied?: string[]; conflicting?: string[]; error?: string }>((resolve, reject) => {
                const child = fork(worker, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
                child.once('message', (m) => {
                  resolve(m as { applied?: string[] });
                  child.kill();
                });
                child.once('error', reject);
                // Each worker: 3 concurrent imports of overlapping windows; workers overlap each other, and all cover the 500.
                child.send({
                  url,
                  schema: SCHEMA,
                  statements: [0, 1, 2].map((i) => statementOf(w * 3 + i + offset, 12)).concat(w === 0 ? [[...PAYMENTS]] : []),
                });
              }),
          ),
        );
        for (const a of answers) expect(a.error).toBeUndefined();
        expect(answers.flatMap((a) => a.conflicting ?? [])).toEqual([]);
        await expectConsistent(
          ports,
          answers.flatMap((a) => a.applied ?? []),
        );
      }),
      { numRuns: 2 },
    );
  }, 240_000);

  it('the scenario has invoices to settle, repeats, credits and unidentified payments', () => {
    expect(INVOICES.length).toBe(120);
    expect(new Set(PAYMENTS.map((p) => p.id)).size).toBe(500);
  });
});
