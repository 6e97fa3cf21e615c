/**
 * The postgres adapter (issue 19): an import of 100,000 payments against 100,000 invoices on
 * PGlite and, when DATABASE_URL is set, on a real PostgreSQL server, next to the same import
 * through the memory adapter in the same run (the baseline); then a re-import of the same
 * statement (every payment a duplicate). Targets: ≤ 6 s on PGlite, ≤ 1.5 s on the server
 * (scaled to the size run). Each database also gets its floor, measured in the same run: one bare
 * `INSERT … SELECT FROM json_to_recordset` of as many rows of the payment records' shape into a
 * table like `hp_payments`, through the same driver. With a transaction (a pool) an import writes
 * two rows per payment (the invoice or ledger, its record), so it cannot take less than about two
 * floors; the ratio import / floor says how far above that it is. Each database also reports the
 * statements an import sent (O(N / batch)).
 * `STORAGE_BENCH_SIZE=20000 npm run bench storage` for a quicker run.
 */
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { creditorReference, importBankStatement, memoryPorts, type InvoiceInput, type PaymentInput, type Ports } from '../src/index.js';
import { migrate, postgresPorts, type SqlPool } from '../src/adapters/postgres/index.js';
import { report } from './harness.js';

/** The same SQL interface as the adapter's: what the floor statement is sent through. */
interface Db {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

/**
 * The floor: one bare INSERT of `size` rows shaped like the import's payment records, in batches
 * as large as the adapter's, into a fresh table with hp_payments' columns and indexes. In ms.
 */
async function floor(db: Db, size: number): Promise<number> {
  await db.query('DROP TABLE IF EXISTS hp_bench_floor');
  await db.query('CREATE TABLE hp_bench_floor (LIKE hp_payments INCLUDING ALL)');
  const batches: string[] = [];
  for (let from = 0; from < size; from += 10_000) {
    const rows: string[] = [];
    for (let i = from; i < Math.min(size, from + 10_000); i += 1) {
      const payment = {
        id: `P-${i}`,
        amount: { amount: `${(i % 90) + 10}.00`, currency: 'CHF' },
        bookedAt: new Date(Date.UTC(2026, 2, 20, 0, 0, 0, i)).toISOString(),
        reference: creditorReference(String(10_000 + i)),
      };
      const doc = JSON.stringify({
        id: payment.id,
        owner: 'unattributed',
        payment,
        outcome: { kind: 'pending', planned: { kind: 'settled', invoice: `INV-${i}`, customer: `c${i % 500}` } },
      });
      rows.push(
        `{"id":"${payment.id}","owners":["unattributed"],"doc":${doc},"outcome":"pending",` +
          `"amount":"${payment.amount.amount}","currency":"CHF","booked_at":"${payment.bookedAt}"}`,
      );
    }
    batches.push(`[${rows.join(',')}]`);
  }
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  for (const batch of batches) {
    await db.query(
      `INSERT INTO hp_bench_floor (id, version, owners, doc, outcome, amount, currency, booked_at)
       SELECT v.id, 1, v.owners, v.doc, v.outcome, v.amount, v.currency, v.booked_at
       FROM json_to_recordset($1::json)
         AS v(id text, owners text[], doc json, outcome text, amount numeric, currency text, booked_at timestamptz)`,
      [batch],
    );
  }
  const ms = performance.now() - start;
  await db.query('DROP TABLE hp_bench_floor');
  return ms;
}

/** A pool that counts the statements sent through it and through the connections it hands out (transactions). */
function counting(pool: pg.Pool): { pool: SqlPool; sent(): number } {
  let sent = 0;
  return {
    pool: {
      query: (text, values) => {
        sent += 1;
        return pool.query(text, values);
      },
      connect: async () => {
        const client = await pool.connect();
        return {
          query: (text: string, values?: unknown[]) => {
            sent += 1;
            return client.query(text, values);
          },
          release: (error?: Error | boolean) => client.release(error),
        };
      },
    },
    sent: () => sent,
  };
}

/** Prints a database's figures: import and re-import against the memory baseline, the target, the floor. */
function reportDatabase(
  name: string,
  t: { first: number; again: number; statements?: { first: number; again: number } },
  base: { first: number; again: number },
  targetMs: number,
  floorMs: number,
): void {
  report(
    `${name}: import ${t.first.toFixed(0)} ms (×${(t.first / base.first).toFixed(1)} memory; target ≤ ${targetMs.toFixed(0)} ms: ` +
      `${t.first <= targetMs ? 'met' : 'not met'}); ` +
      `re-import ${t.again.toFixed(0)} ms (×${(t.again / base.again).toFixed(1)} memory)`,
    t.first <= targetMs,
  );
  report(
    `${name}: floor (bare INSERT of as many payment-shaped rows, same driver) ${floorMs.toFixed(0)} ms; import / floor ` +
      `×${(t.first / floorMs).toFixed(1)} (two rows written per payment in a transaction: ≥ ×2 expected)`,
  );
  if (t.statements !== undefined)
    report(`${name}: statements sent: import ${t.statements.first} (BEGIN and COMMIT included), re-import ${t.statements.again}`);
}

const SIZE = Number(process.env.STORAGE_BENCH_SIZE ?? 100_000);

function data(size: number): { invoices: InvoiceInput[]; payments: PaymentInput[] } {
  const invoices = Array.from(
    { length: size },
    (_, n): InvoiceInput => ({
      id: `INV-${n}`,
      customer: `c${n % 500}`,
      reference: creditorReference(String(10_000 + n)),
      amount: { amount: `${(n % 90) + 10}.00`, currency: 'CHF' },
      issuedAt: '2026-03-01T00:00:00Z',
      dueAt: '2026-03-31T00:00:00Z',
    }),
  );
  // Mostly exact payments (settle), one in eight short (credited to the customer's prepaid ledger).
  const payments = Array.from(
    { length: size },
    (_, i): PaymentInput => ({
      id: `P-${i}`,
      reference: creditorReference(String(10_000 + i)),
      amount: { amount: i % 8 === 7 ? '1.00' : `${(i % 90) + 10}.00`, currency: 'CHF' },
      bookedAt: new Date(Date.UTC(2026, 2, 20, 0, 0, 0, i)).toISOString(),
    }),
  );
  return { invoices, payments };
}

async function seed(ports: Ports, invoices: readonly InvoiceInput[]): Promise<void> {
  const entries = invoices.map((invoice) => ({ entity: { id: invoice.id, owner: invoice.customer, invoice }, expectedVersion: 0 }));
  if (ports.invoices.putMany !== undefined) await ports.invoices.putMany(entries);
  else for (const { entity } of entries) await ports.invoices.put(entity, 0);
}

/** Import, then re-import, timed; returns both in ms (and the statements each sent, given `sent`). */
async function importTwice(
  ports: Ports,
  payments: readonly PaymentInput[],
  sent?: () => number,
): Promise<{ first: number; again: number; statements?: { first: number; again: number } }> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = sent?.() ?? 0;
  let start = performance.now();
  const r = await importBankStatement(ports, payments);
  const first = performance.now() - start;
  const between = sent?.() ?? 0;
  if (r.applied.length !== payments.length) throw new Error(`applied ${r.applied.length} of ${payments.length}`);
  start = performance.now();
  const again = await importBankStatement(ports, payments);
  const second = performance.now() - start;
  if (again.alreadyImported.length !== payments.length)
    throw new Error(`re-import skipped ${again.alreadyImported.length} of ${payments.length}`);
  if (sent === undefined) return { first, again: second };
  return { first, again: second, statements: { first: between - before, again: sent() - between } };
}

const TABLES = 'hp_subscriptions, hp_invoices, hp_payments, hp_prepaid_ledgers, hp_client_access, hp_organizations, hp_rfps';

export async function run(): Promise<void> {
  const { invoices, payments } = data(SIZE);
  const n = SIZE.toLocaleString('en-US');
  const target = (ms: number): number => (ms * SIZE) / 100_000;

  const memory = memoryPorts();
  await seed(memory, invoices);
  const base = await importTwice(memory, payments);
  report(
    `memory adapter: import of ${n} payments × ${n} invoices ${base.first.toFixed(0)} ms; re-import (all duplicates) ` +
      `${base.again.toFixed(0)} ms (the baseline)`,
  );

  const pglite = await PGlite.create();
  const lite = new pg.Pool(createPgConfig(pglite));
  try {
    await migrate(lite);
    const c = counting(lite);
    const ports = postgresPorts(c.pool);
    await seed(ports, invoices);
    const t = await importTwice(ports, payments, c.sent);
    reportDatabase('PGlite', t, base, target(6000), await floor(lite, SIZE));
  } finally {
    await lite.end();
    await pglite.close();
  }

  const url = process.env.DATABASE_URL;
  if (url === undefined || url === '') {
    report('real PostgreSQL server: not run (DATABASE_URL is absent)');
    return;
  }
  const server = new pg.Pool({ connectionString: url, max: 4 });
  try {
    // A schema of its own, made afresh: the tables exactly as the shipped migrations make them now.
    await server.query('DROP SCHEMA IF EXISTS hp_bench CASCADE');
    await server.query('CREATE SCHEMA hp_bench');
    const pool = new pg.Pool({ connectionString: url, max: 4, options: '-c search_path=hp_bench' });
    try {
      await migrate(pool);
      await pool.query(`TRUNCATE ${TABLES} RESTART IDENTITY`);
      const c = counting(pool);
      const ports = postgresPorts(c.pool);
      await seed(ports, invoices);
      await pool.query('ANALYZE');
      const t = await importTwice(ports, payments, c.sent);
      reportDatabase('PostgreSQL server', t, base, target(1500), await floor(pool, SIZE));
      await pool.query(`TRUNCATE ${TABLES} RESTART IDENTITY`);
    } finally {
      await pool.end();
    }
  } finally {
    await server.end();
  }
}
