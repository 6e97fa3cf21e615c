/**
 * A worker process of the concurrency test: its own pg connections, imports the statements it is
 * sent, answers what it applied. Run with `node --import tsx` (child_process.fork).
 */
import pg from 'pg';
import { importBankStatement } from '../../../src/services/index.js';
import { postgresPorts } from '../../../src/adapters/postgres/index.js';
import type { PaymentInput } from '../../../src/index.js';

interface Job {
  readonly url: string;
  readonly schema: string;
  readonly statements: readonly (readonly PaymentInput[])[];
}

process.once('message', (job: Job) => {
  void (async () => {
    const pool = new pg.Pool({ connectionString: job.url, max: job.statements.length, options: `-c search_path=${job.schema}` });
    try {
      const ports = postgresPorts(pool);
      const results = await Promise.all(job.statements.map((s) => importBankStatement(ports, s)));
      process.send?.({
        applied: results.flatMap((r) => r.applied.map((a) => a.payment)),
        conflicting: results.flatMap((r) => r.conflicting),
      });
    } catch (e) {
      process.send?.({ error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
    } finally {
      await pool.end();
    }
  })();
});
