import { HostPolicyError } from '../../errors.js';
import { invalidField } from '../../internal/parse.js';

/**
 * What the adapter needs of a database connection: `query(text, values)` answering `{ rows }`,
 * as a `pg.Pool`, a `pg.Client` or a `PoolClient` does (PGlite too, through
 * `@electric-sql/pglite/node-postgres`). Structural, so that the library imports nothing of `pg`:
 * the caller brings the driver.
 *
 * Every statement the adapter sends outside a transaction is a single statement, atomic on its
 * own, so it needs no dedicated connection and works through a pool; `migrate` sends its
 * transaction as one multi-statement query (the simple protocol runs it as one transaction on one
 * connection). A pool with `connect()` (a `pg.Pool`) also gives the ports their optional
 * `transaction`: a client checked out for `BEGIN` … `COMMIT`, released afterwards.
 */
export interface SqlPool {
  query(text: string, values?: unknown[]): Promise<SqlResult>;
  /**
   * Optional: a connection of the pool of its own, for a transaction (`pg.Pool#connect`, which
   * answers a {@link SqlClient}; checked when called, since `pg.Client#connect` answers nothing).
   */
  connect?(): Promise<unknown>;
}

/** A connection checked out of a pool: queries, then `release` (with an error: discard it). */
export interface SqlClient {
  query(text: string, values?: unknown[]): Promise<SqlResult>;
  release(error?: Error | boolean): void;
}

/** What the adapter reads of a query's answer. */
export interface SqlResult {
  readonly rows: readonly unknown[];
}

/** A row as the adapter reads it (every column cast to a known type in the SQL). @internal */
export type Row = Readonly<Record<string, unknown>>;

/** A statement: its text and its values. @internal */
export interface Statement {
  readonly text: string;
  readonly values?: unknown[];
}

/**
 * One connection that takes many statements at once and sends them one after the other, in the
 * order they were asked for: the next one goes out as soon as the one before it has answered.
 * `later(make)` asks for a statement whose text and values are made only when they are needed,
 * in the background while the statements before it run (one per turn of the event loop, so that
 * each answer is taken as soon as it comes), and at the latest when its turn has come: the
 * adapter encodes a batch while the database runs the one before. @internal
 */
export interface SerialConnection extends SqlPool {
  later(make: () => Statement): Promise<SqlResult>;
}

interface Job {
  make: (() => Statement) | undefined;
  statement: Statement | undefined;
  failed: { readonly error: unknown } | undefined;
  resolve(result: SqlResult): void;
  reject(error: unknown): void;
}

/** Lets I/O run before `work` (a macrotask), where the runtime has `setImmediate`; else a timer. */
const soon = (work: () => void): void => {
  const immediate = (globalThis as { setImmediate?: (f: () => void) => unknown }).setImmediate;
  if (typeof immediate === 'function') immediate(work);
  else setTimeout(work, 0);
};

/**
 * A {@link SerialConnection} over one connection (a client checked out for a transaction, a
 * `pg.Client`): node-postgres deprecates queueing statements on a busy client, so they wait here
 * instead. A pool needs none of this: it runs statements on connections of their own. @internal
 *
 * @example
 * ```ts
 * const connection = serialized(await pool.connect()); // for a transaction's statements
 * await Promise.all([connection.query('SELECT 1'), connection.later(() => ({ text: 'SELECT 2' }))]); // one after the other
 * ```
 */
export function serialized(db: SqlPool): SerialConnection {
  const waiting: Job[] = [];
  let busy = false;
  let encoding = false;
  const make = (job: Job): void => {
    const build = job.make;
    if (build === undefined) return;
    job.make = undefined;
    try {
      job.statement = build();
    } catch (e) {
      job.failed = { error: e };
    }
  };
  const send = (): void => {
    while (!busy && waiting.length > 0) {
      const job = waiting.shift() as Job;
      make(job);
      if (job.failed !== undefined) {
        job.reject(job.failed.error);
        continue;
      }
      const { text, values } = job.statement as Statement;
      let answer: Promise<SqlResult>;
      try {
        answer = Promise.resolve(values === undefined ? db.query(text) : db.query(text, values));
      } catch (e) {
        answer = Promise.reject(e);
      }
      busy = true;
      answer.then(
        (result) => {
          busy = false;
          send();
          job.resolve(result);
        },
        (error: unknown) => {
          busy = false;
          send();
          job.reject(error);
        },
      );
    }
    encodeAhead();
  };
  // While a statement runs, make the next ones that are still to be made, one per turn.
  const encodeAhead = (): void => {
    if (encoding || !waiting.some((job) => job.make !== undefined)) return;
    encoding = true;
    soon(() => {
      encoding = false;
      const job = waiting.find((j) => j.make !== undefined);
      if (job !== undefined) make(job);
      encodeAhead();
    });
  };
  const enqueue = (make: (() => Statement) | undefined, statement: Statement | undefined): Promise<SqlResult> =>
    new Promise<SqlResult>((resolve, reject) => {
      waiting.push({ make, statement, failed: undefined, resolve, reject });
      send();
    });
  return {
    query: (text, values) => enqueue(undefined, { text, ...(values === undefined ? {} : { values }) }),
    later: (make) => enqueue(make, undefined),
  };
}

/** The SQLSTATE of a driver error, if it has one. @internal */
export function sqlState(e: unknown): string | undefined {
  try {
    const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
    return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
  } catch {
    return undefined; // a revoked Proxy thrown as an error
  }
}

/** SQLSTATEs of a transaction the engine aborted to keep it serialisable: run it again (CockroachDB: 40001). */
export const RETRYABLE: ReadonlySet<string> = new Set(['40001', '40P01']);

/**
 * The error for a failure of the database or the driver: `STORAGE_FAILED`, with the SQLSTATE,
 * the constraint where the database names one, whether running it again may succeed, and the
 * driver's error as `cause`. @internal
 *
 * @example
 * ```ts
 * storageFailed(new Error('connection refused'), 'get').code; // 'STORAGE_FAILED'
 * ```
 */
export function storageFailed(e: unknown, operation: string): HostPolicyError {
  if (e instanceof HostPolicyError) return e;
  const state = sqlState(e);
  let constraint: string | undefined;
  let message = 'unknown error';
  try {
    const c = (e as { constraint?: unknown } | null)?.constraint;
    constraint = typeof c === 'string' ? c.slice(0, 200) : undefined;
    message = e instanceof Error ? e.message.slice(0, 500) : typeof e === 'string' ? e.slice(0, 500) : message;
  } catch {
    // an error that cannot be read is still an error of the database
  }
  return new HostPolicyError('STORAGE_FAILED', `The database failed during ${operation}: ${message}`, {
    cause: e,
    details: {
      operation,
      ...(state === undefined ? {} : { sqlState: state, retryable: RETRYABLE.has(state) }),
      ...(constraint === undefined ? {} : { constraint }),
    },
  });
}

/**
 * Checks that `pool` can run queries, before anything is sent. @internal
 *
 * @example
 * ```ts
 * checkPool(new pg.Pool()); // undefined (accepted)
 * checkPool({});            // throws InvalidInputError
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for anything without a `query` function.
 */
export function checkPool(pool: unknown): SqlPool {
  let ok = false;
  try {
    ok = typeof pool === 'object' && pool !== null && typeof (pool as { query?: unknown }).query === 'function';
  } catch {
    ok = false; // a revoked Proxy
  }
  if (!ok) invalidField('postgres pool', [], 'must be a pg.Pool, a pg.Client or anything with query(text, values) answering { rows }');
  return pool as SqlPool;
}

/**
 * Runs one statement: its rows, or `STORAGE_FAILED` for anything the driver throws or answers
 * that is not `{ rows: [...] }`. @internal
 *
 * @example
 * ```ts
 * const rows = await run(pool, 'SELECT version FROM hp_payments WHERE id = $1', ['P-1'], 'get');
 * ```
 */
export async function run(pool: SqlPool, text: string, values: unknown[] | undefined, operation: string): Promise<readonly Row[]> {
  let answer: unknown;
  try {
    answer = await (values === undefined ? pool.query(text) : pool.query(text, values));
  } catch (e) {
    throw storageFailed(e, operation);
  }
  // A multi-statement query answers one result per statement: the rows are those of the last.
  const last: unknown = Array.isArray(answer) ? answer[answer.length - 1] : answer;
  const rows = typeof last === 'object' && last !== null ? (last as { rows?: unknown }).rows : undefined;
  if (!Array.isArray(rows)) throw storageFailed(new Error('the driver answered without rows'), operation);
  return rows as readonly Row[];
}

/**
 * {@link run} for a statement made later (see {@link SerialConnection.later}): its rows, the
 * error of making it as it is (bad input), `STORAGE_FAILED` for a failure of the database. @internal
 *
 * @example
 * ```ts
 * const rows = await runLater(connection, () => ({ text: 'SELECT 1 AS one' }), 'putMany');
 * ```
 */
export async function runLater(connection: SerialConnection, make: () => Statement, operation: string): Promise<readonly Row[]> {
  let answer: unknown;
  try {
    answer = await connection.later(make);
  } catch (e) {
    throw storageFailed(e, operation);
  }
  const rows = typeof answer === 'object' && answer !== null ? (answer as { rows?: unknown }).rows : undefined;
  if (!Array.isArray(rows)) throw storageFailed(new Error('the driver answered without rows'), operation);
  return rows as readonly Row[];
}
