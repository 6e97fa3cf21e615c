import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { fixedClock, isVersionConflict, organization, importBankStatement, creditorReference } from '../src/index.js';
import { migrate, postgresPorts } from '../src/adapters/postgres/index.js';

// PostgreSQL: a real server when DATABASE_URL is set, else PGlite (PostgreSQL in WebAssembly,
// in this process: nothing to install). The same adapter, the same SQL.
const url = process.env.DATABASE_URL;
const pglite = url ? undefined : await PGlite.create();
const pool = new pg.Pool(pglite ? createPgConfig(pglite) : { connectionString: url, options: '-c search_path=hp_example' });
try {
  // On a server, in a schema of its own (hp_example), which the example empties first.
  if (!pglite) await pool.query('CREATE SCHEMA IF NOT EXISTS hp_example');
  const migrated = await migrate(pool);
  console.log(
    `Storage ports in PostgreSQL (${pglite ? 'PGlite, embedded' : 'server at DATABASE_URL'}), schema version ${migrated.version}`,
  );
  await pool.query('TRUNCATE hp_subscriptions, hp_invoices, hp_payments, hp_prepaid_ledgers, hp_client_access, hp_organizations, hp_rfps');
  const ports = postgresPorts(pool, { clock: fixedClock('2026-11-23T09:00:00Z') });
  console.log('  clock at', ports.clock.now().toISOString());

  const acme = organization({ id: 'acme', name: 'Acme SA', owners: ['anna'], members: ['ben'] });
  const saved = await ports.organizations.put({ id: acme.id, owner: acme.members, organization: acme }, 0);
  console.log('  stored acme at version', saved.version);
  try {
    await ports.organizations.put({ id: acme.id, owner: acme.members, organization: acme }, 0);
  } catch (e) {
    if (isVersionConflict(e)) console.log('  a second create of acme:', e.code, JSON.stringify(e.details));
  }
  const results = await Promise.allSettled(
    ['carl', 'dora', 'eva'].map((user) => {
      const next = organization({ ...acme, members: [...acme.members, user] });
      return ports.organizations.put({ id: next.id, owner: next.members, organization: next }, saved.version);
    }),
  );
  console.log('  three concurrent updates from version 1:', results.map((r) => r.status).join(', '));
  const listed = await ports.organizations.listByOwner('ben');
  console.log('  organizations of ben:', listed.map((r) => `${r.value.id} v${r.version}`).join(', '));

  // Application service: 20 concurrent imports of overlapping bank statements, each payment applied once.
  for (let n = 1; n <= 5; n++) {
    const reference = creditorReference(String(1000 + n));
    await ports.invoices.put(
      {
        id: `INV-${n}`,
        owner: `c${n}`,
        invoice: {
          id: `INV-${n}`,
          customer: `c${n}`,
          reference,
          amount: { amount: `${n}00.00`, currency: 'CHF' },
          issuedAt: '2026-03-01T00:00:00Z',
          dueAt: '2026-03-31T00:00:00Z',
        },
      },
      0,
    );
  }
  const payments = Array.from({ length: 15 }, (_, i) => ({
    id: `P-${i}`,
    reference: creditorReference(String(1000 + (i % 5) + 1)),
    amount: { amount: i % 3 === 2 ? '1.00' : `${(i % 5) + 1}00.00`, currency: 'CHF' },
    bookedAt: new Date(Date.UTC(2026, 2, 20, 10, i)).toISOString(),
  }));
  const imports = await Promise.all(
    Array.from({ length: 20 }, (_, s) =>
      importBankStatement(
        ports,
        payments.filter((_, i) => (i + s) % 3 !== 0),
      ),
    ),
  );
  const applied = imports.flatMap((r) => r.applied);
  const byKind = new Map<string, number>();
  for (const a of applied) byKind.set(a.outcome.kind, (byKind.get(a.outcome.kind) ?? 0) + 1);
  console.log(
    `  20 concurrent imports: ${applied.length} payments applied once each (${[...byKind].map(([k, v]) => `${v} ${k}`).join(', ')}),`,
    `${imports.reduce((n, r) => n + r.alreadyImported.length, 0)} repeats skipped`,
  );
  const { rows } = await pool.query<{ settled: number; total: string }>(
    'SELECT count(*)::int AS settled, sum(amount)::text AS total FROM hp_invoices WHERE settled',
  );
  console.log(`  in SQL: ${rows[0]?.settled} invoices settled, CHF ${rows[0]?.total} (numeric, exact)`);
} finally {
  await pool.end();
  await pglite?.close();
}
