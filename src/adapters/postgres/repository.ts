import * as z from 'zod/mini';
import { HostPolicyError } from '../../errors.js';
import { invalidField, parseInput } from '../../internal/parse.js';
import {
  checkKeys,
  checkPut,
  checkPutEntries,
  ownersOf,
  versionConflict,
  type Entity,
  type PutEntry,
  type Repository,
  type Versioned,
} from '../../ports/repository.js';
import { RETRYABLE, run, runLater, sqlState, storageFailed, type Row, type SerialConnection, type SqlPool } from './client.js';
import { decode, encode, isPlainJson } from './codec.js';

/** A typed column extracted from the stored value on every write (`null`: the value has none). @internal */
export interface Column {
  readonly name: string;
  readonly type: 'text' | 'numeric' | 'timestamptz' | 'boolean';
  /** A unique column: a write that would take a value another row holds stores nothing (see `duplicate`). */
  readonly unique?: boolean;
  extract(value: unknown): string | boolean | null;
}

/** Which table a repository stores in, and its typed columns. @internal */
export interface Table {
  readonly name: string;
  readonly columns: readonly Column[];
  /** Refuses a value before anything is sent (a rule the table's constraints also hold). */
  check?(value: unknown): void;
  /** Explains a unique violation of this table's own constraints (e.g. DUPLICATE_REFERENCE); `undefined` leaves it STORAGE_FAILED. */
  duplicate?(db: SqlPool, value: Entity, cause: unknown): Promise<HostPolicyError | undefined>;
}

/** Longest id, owner or reference stored (btree keys have a size limit; domain ids have 200 characters at most). */
export const MAX_KEY = 500;
/** How many writes one statement carries. */
export const BATCH = 10_000;

const keySchema = z.string().check(z.minLength(1, 'must not be empty'));

/**
 * Whether a string can be stored in a `text` column as it is: PostgreSQL text holds no NUL
 * character, and a lone UTF-16 surrogate would come back as U+FFFD, another string. @internal
 */
export const storable = (s: string): boolean => s.length <= MAX_KEY && !s.includes('\0') && wellFormed(s);

/** A lone surrogate (with the `u` flag a pair is one code point, a lone half is `\p{Cs}`); one object, built once. */
const LONE_SURROGATE = /\p{Cs}/u;
/** No lone surrogate. @internal */
export const wellFormed = (s: string): boolean => !LONE_SURROGATE.test(s);

/** The rows of a putMany batch: each at the position of its entry, and those of its two statements. */
interface BatchRows {
  readonly all: Row4[];
  creates: readonly Row4[];
  updates: readonly Row4[];
}

/** A write in the form the statements take it. */
interface Row4 {
  readonly id: string;
  readonly expected: number;
  readonly owners: readonly string[];
  /** The document the codec made; `undefined` when the entity is plain JSON data (`plain`), serialised with its batch. */
  readonly doc: string | undefined;
  readonly revive: string | null;
  readonly extra: readonly (string | boolean | null)[];
  /** The entity written, when it is plain JSON data (see `written`). */
  readonly plain: unknown;
}

/** The connection as a {@link SerialConnection}, when it is one (a transaction's, a `pg.Client`'s); a pool is not. */
const serial = (db: SqlPool): SerialConnection | undefined =>
  typeof (db as Partial<SerialConnection>).later === 'function' ? (db as SerialConnection) : undefined;

/** The document of a write, as text. */
const docOf = (w: Row4): string => w.doc ?? JSON.stringify(w.plain);

/**
 * A {@link Repository} over one table of the schema `migrate` creates. Each operation is one
 * statement (atomic on its own; `inTransaction`: the repository runs on a client inside
 * `transaction`, where a statement that fails aborts the whole transaction, see
 * `transactionAborted`): a create is
 * `INSERT … ON CONFLICT (id) DO NOTHING RETURNING`, so among concurrent creators of one id the
 * database elects exactly one; an update is `UPDATE … WHERE id = $1 AND version = $2`, so a stale
 * writer changes nothing and gets `VERSION_CONFLICT`. `putMany` does the same for a batch of
 * writes with one statement per kind and batch of 10,000 (`json_to_recordset` of one JSON array). @internal
 *
 * @example
 * ```ts
 * const subscriptions = postgresRepository(pool, { name: 'hp_subscriptions', columns: [] });
 * await subscriptions.put({ id: 's1', owner: 'anna', subscription, cancellation: null }, 0);
 * ```
 */
export function postgresRepository<T extends Entity>(
  db: SqlPool,
  table: Table,
  inTransaction = false,
): Repository<T> & Required<Pick<Repository<T>, 'putMany'>> {
  const t = table.name;
  const cols = table.columns;
  const select = `SELECT id, version, doc::text AS doc, revive::text AS revive FROM ${t}`;
  // Writes never raise a unique violation in the ordinary course (an error would cost a
  // round trip, and breaks PGlite's node-postgres connection): a create skips on any conflict
  // (`ON CONFLICT DO NOTHING`), an update is guarded against taking a unique value another row
  // holds. A write that stored nothing is then told apart: a version conflict, or a unique value.
  const unique = cols.flatMap((c, i) => (c.unique === true ? [{ c, i }] : []));
  // One NOT EXISTS per unique column, each answered by that column's unique index.
  const guardOne = unique
    .map(({ c, i }) => ` AND NOT EXISTS (SELECT 1 FROM ${t} o WHERE o.${c.name} = $${i + 5}::${c.type} AND o.id <> $1)`)
    .join('');
  // An update that keeps the value (an invoice settled keeps its reference) cannot take another row's.
  const guardMany = unique
    .map(
      ({ c }) =>
        ` AND (${t}.${c.name} IS NOT DISTINCT FROM v.${c.name} ` +
        `OR NOT EXISTS (SELECT 1 FROM ${t} o WHERE o.${c.name} = v.${c.name} AND o.id <> v.id))`,
    )
    .join('');
  const onConflict = unique.length === 0 ? 'ON CONFLICT (id) DO NOTHING' : 'ON CONFLICT DO NOTHING';
  const insertOne = `INSERT INTO ${t} (id, version, owners, doc, revive${cols.map((c) => `, ${c.name}`).join('')})
    VALUES ($1, 1, $2::text[], $3::json, $4::json${cols.map((c, i) => `, $${i + 5}::${c.type}`).join('')})
    ${onConflict} RETURNING version`;
  const setColumns = cols.map((c, i) => `, ${c.name} = $${i + 5}::${c.type}`).join('');
  const updateOne = `UPDATE ${t} SET version = version + 1, owners = $2::text[], doc = $3::json, revive = $4::json${setColumns}
    WHERE id = $1 AND version = $${cols.length + 5}${guardOne} RETURNING version`;
  // A batch travels as one JSON array of rows (`json_to_recordset`): the documents are spliced in
  // as the JSON text they already are (no escaping into an array literal, no second
  // serialisation), and the database parses the batch once. Owners come as a JSON array of text.
  const recordType = `id text, expected integer, owners text[], doc json, revive json${cols.map((c) => `, ${c.name} ${c.type}`).join('')}`;
  const insertMany = `INSERT INTO ${t} (id, version, owners, doc, revive${cols.map((c) => `, ${c.name}`).join('')})
    SELECT v.id, 1, v.owners, v.doc, v.revive${cols.map((c) => `, v.${c.name}`).join('')}
    FROM json_to_recordset($1::json) AS v(${recordType})
    ${onConflict} RETURNING id`;
  // Rows are locked in id order (the batch is sorted by id, and the update walks it in that order
  // through the primary key), so two batches over overlapping rows wait for each other instead of
  // deadlocking; should a plan lock in another order, PostgreSQL detects the deadlock and the
  // write is retried as a lost one (40P01, see `explained`).
  const setColumnsFromBatch = cols.map((c) => `, ${c.name} = v.${c.name}`).join('');
  const updateMany = `UPDATE ${t} SET version = ${t}.version + 1, owners = v.owners, doc = v.doc, revive = v.revive${setColumnsFromBatch}
    FROM (SELECT * FROM json_to_recordset($1::json) AS v(${recordType}) ORDER BY id) AS v
    WHERE ${t}.id = v.id AND ${t}.version = v.expected${guardMany} RETURNING ${t}.id, ${t}.version`;
  /**
   * The JSON array of a batch's rows, in one `JSON.stringify` of the whole batch: a plain entity
   * is serialised there, as its own document (byte for byte what `JSON.stringify` of it alone
   * gives), without a string of its own first; another one is spliced in as the value of the
   * document the codec made (which serialises back to the same text). About twice as fast as
   * joining the documents' texts, and one string the size of the batch instead of two.
   */
  const recordset = (writes: readonly Row4[]): string => {
    const rows = new Array<Record<string, unknown>>(writes.length);
    for (let j = 0; j < writes.length; j += 1) {
      const w = writes[j] as Row4;
      const row: Record<string, unknown> = {
        id: w.id,
        expected: w.expected,
        owners: w.owners,
        doc: w.doc === undefined ? w.plain : JSON.parse(w.doc),
        revive: w.revive === null ? null : JSON.parse(w.revive),
      };
      for (let i = 0; i < cols.length; i += 1) row[(cols[i] as Column).name] = w.extra[i] ?? null;
      rows[j] = row;
    }
    return JSON.stringify(rows);
  };

  const out = (row: Row): Versioned<T> => ({
    version: Number(row.version),
    value: decode(row.doc as string, (row.revive as string | null) ?? null) as T,
  });
  const versionsOf = async (ids: readonly string[], operation: string): Promise<Map<string, number>> => {
    const rows = await run(db, `SELECT id, version FROM ${t} WHERE id = ANY($1::text[])`, [ids], operation);
    return new Map(rows.map((r) => [r.id as string, Number(r.version)]));
  };

  /** The write of an entity, checked: every key storable, the value encodable, the table's own rule. */
  const prepare = (entity: T, expectedVersion: number, unchecked = true): Row4 => {
    if (unchecked) checkPut(entity, expectedVersion); // putMany checked its entries already
    const owners = ownersOf(entity);
    if (!storable(entity.id))
      invalidField('entity', ['id'], `must be at most ${MAX_KEY} characters of valid Unicode without NUL to be stored in PostgreSQL`);
    owners.forEach((o, i) => {
      if (!storable(o))
        invalidField(
          'entity',
          ['owner', i],
          `must be at most ${MAX_KEY} characters of valid Unicode without NUL to be stored in PostgreSQL`,
        );
    });
    table.check?.(entity);
    const plain = isPlainJson(entity);
    const { doc, revive } = plain ? { doc: undefined, revive: null } : encode(entity);
    return {
      id: entity.id,
      expected: expectedVersion,
      owners,
      doc,
      revive,
      extra: cols.map((c) => c.extract(entity)),
      plain: plain ? entity : undefined,
    };
  };
  /**
   * The value a successful write answers: the entity given, when it is plain JSON data (it is
   * what was stored, and the caller's own object: changing it afterwards changes nothing stored),
   * else the stored document read back (Dates, Maps and `toJSON` values as a reader gets them).
   * Parsing back every document written would cost as much as writing it.
   */
  const written = (w: Row4): T => (w.plain === undefined ? decode(docOf(w), w.revive) : w.plain) as T;

  /** One put, as one statement (and a read of the version that won, on a conflict). */
  const putOne = async (entity: T, w: Row4): Promise<Versioned<T>> => {
    const owners = [...w.owners];
    const doc = docOf(w);
    let rows: readonly Row[];
    try {
      rows =
        w.expected === 0
          ? await run(db, insertOne, [w.id, owners, doc, w.revive, ...w.extra], 'put')
          : await run(db, updateOne, [w.id, owners, doc, w.revive, ...w.extra, w.expected], 'put');
    } catch (e) {
      if (inTransaction) {
        const state = sqlState((e as { cause?: unknown }).cause);
        if (state !== undefined && (state === '23505' || RETRYABLE.has(state))) throw transactionAborted(e, state);
      }
      throw await explained(e, entity, w);
    }
    if (rows.length === 1) return { version: Number(rows[0]?.version), value: written(w) };
    const actual = (await versionsOf([w.id], 'put')).get(w.id) ?? 0;
    if (actual !== w.expected) throw versionConflict(w.id, w.expected, actual);
    // At the expected version, yet not written: a unique value another row holds.
    throw (
      (await table.duplicate?.(db, entity, undefined)) ??
      storageFailed(new Error(`a unique value of ${w.id} is held by another row of ${t}`), 'put')
    );
  };

  /** A unique violation the table explains (DUPLICATE_REFERENCE), a serialisation failure as a conflict to retry. */
  const explained = async (e: unknown, entity: T, w: Row4): Promise<unknown> => {
    const state = sqlState((e as { cause?: unknown }).cause);
    if (state === '23505' && table.duplicate !== undefined) return (await table.duplicate(db, entity, e)) ?? e;
    if (state !== undefined && RETRYABLE.has(state)) {
      // CockroachDB (and PostgreSQL under SERIALIZABLE) aborts one of two conflicting writers with
      // 40001: for the services it is a lost optimistic write, retried by their usual loop.
      return new HostPolicyError(
        'VERSION_CONFLICT',
        `Entity ${w.id}: the database aborted the write to keep it serialisable; read it again and retry.`,
        {
          cause: e,
          details: { id: w.id, expected: w.expected, actual: w.expected, sqlState: state },
        },
      );
    }
    return e;
  };

  /**
   * Writes one batch (entries of distinct ids, in id order): its creates in one statement, then
   * its updates in one. On a connection of its own (a transaction's) both are queued at once and
   * each batch is encoded only when its turn comes near, while the statements before it run (see
   * `SerialConnection.later`); on a pool (`prepared`: encoded by `putMany` before anything was
   * sent) the updates are sent once the creates are written (a batch refused as a whole is then
   * written entry by entry, and none of its updates may have been applied already). Answers in
   * the order of `batch`.
   */
  const putBatch = (batch: readonly PutEntry<T>[], prepared?: readonly Row4[]): Promise<(Versioned<T> | HostPolicyError)[]> => {
    const creates: number[] = []; // positions in the batch
    const updates: number[] = [];
    for (let i = 0; i < batch.length; i += 1) ((batch[i] as PutEntry<T>).expectedVersion === 0 ? creates : updates).push(i);
    // The rows of the batch, at the positions of their entries, once encoded; the creates' and the updates' in their order.
    const writes: BatchRows = { all: new Array<Row4>(batch.length), creates: [], updates: [] };
    const encode = (kind: 'creates' | 'updates'): Row4[] => {
      const rows = (kind === 'creates' ? creates : updates).map((i) => {
        const { entity, expectedVersion } = batch[i] as PutEntry<T>;
        const w = prepared?.[i] ?? prepare(entity, expectedVersion, false);
        writes.all[i] = w;
        return w;
      });
      writes[kind] = rows;
      return rows;
    };
    const connection = serial(db);
    const send = (kind: 'creates' | 'updates'): Promise<readonly Row[]> => {
      const text = kind === 'creates' ? insertMany : updateMany;
      return connection === undefined
        ? run(db, text, [recordset(encode(kind))], 'putMany')
        : runLater(connection, () => ({ text, values: [recordset(encode(kind))] }), 'putMany');
    };
    const inserted = creates.length > 0 ? send('creates') : undefined;
    // In a transaction the updates are queued with the creates (a failed statement aborts it all
    // anyway); outside one they wait for the creates, see above.
    const updated = updates.length > 0 && connection !== undefined && inTransaction ? send('updates') : undefined;
    const later = updates.length > 0 && updated === undefined ? () => send('updates') : undefined;
    // Handled below, in order; marked as handled now so that a failure is not reported before.
    inserted?.catch(() => undefined);
    updated?.catch(() => undefined);
    return batchAnswers(batch, writes, inserted, updated ?? later);
  };

  const batchAnswers = async (
    batch: readonly PutEntry<T>[],
    writes: BatchRows,
    inserted: Promise<readonly Row[]> | undefined,
    updated: Promise<readonly Row[]> | (() => Promise<readonly Row[]>) | undefined,
  ): Promise<(Versioned<T> | HostPolicyError)[]> => {
    const won = new Map<string, number>();
    try {
      if (inserted !== undefined) for (const r of await inserted) won.set(r.id as string, 1);
      const rows = typeof updated === 'function' ? updated() : updated;
      if (rows !== undefined) for (const r of await rows) won.set(r.id as string, Number(r.version));
    } catch (e) {
      if (typeof updated !== 'function') await updated?.catch(() => undefined); // queued with the creates: let it end before going on
      const state = sqlState((e as { cause?: unknown }).cause);
      if (state !== '23505' && (state === undefined || !RETRYABLE.has(state))) throw e;
      // In a transaction the failed statement aborted it: nothing more can be written; the whole
      // transaction is lost, as one write is in a conflict (see `transactionAborted`).
      if (inTransaction) throw transactionAborted(e, state);
      // A statement of the batch was refused as a whole (two entries taking one unique value at
      // once, a serialisation failure): write its entries one by one, for the exact answer of
      // each. The creates may be stored already: they then answer as conflicts at version 1, as a
      // second put of them would, and their import re-reads them.
      const answers: (Versioned<T> | HostPolicyError)[] = [];
      for (const [i, { entity, expectedVersion }] of batch.entries()) {
        const w = writes.all[i] ?? prepare(entity, expectedVersion, false); // updates not sent are not encoded yet
        answers.push(await putOne(entity, w).catch((x: unknown) => conflictOrThrow(x)));
      }
      return answers;
    }
    const lost = batch.filter((e) => !won.has(e.entity.id)).map((e) => e.entity.id);
    const actual = lost.length === 0 ? new Map<string, number>() : await versionsOf(lost, 'putMany');
    const answers: (Versioned<T> | HostPolicyError)[] = [];
    for (const [i, { entity }] of batch.entries()) {
      const w = writes.all[i] as Row4;
      const version = won.get(w.id);
      const now = actual.get(w.id) ?? 0;
      if (version !== undefined) answers.push({ version, value: written(w) });
      else if (now !== w.expected) answers.push(versionConflict(w.id, w.expected, now));
      // Refused for a unique value (taken by another row, or by an entry of this batch): on its
      // own, as a put of it would be, after the entries before it.
      else answers.push(await putOne(entity, w).catch((x: unknown) => conflictOrThrow(x)));
    }
    return answers;
  };

  return {
    async get(id) {
      const key = parseInput(keySchema, id, 'id');
      if (!storable(key)) return undefined;
      const rows = await run(db, `${select} WHERE id = $1`, [key], 'get');
      return rows.length === 0 ? undefined : out(rows[0] as Row);
    },
    async getMany(ids) {
      const keys = checkKeys(ids, 'ids').filter(storable);
      const found = new Map<string, Versioned<T>>();
      if (keys.length === 0) return found;
      for (const row of await run(db, `${select} WHERE id = ANY($1::text[])`, [[...new Set(keys)]], 'getMany'))
        found.set(row.id as string, out(row));
      return found;
    },
    async listByOwner(owner) {
      const key = parseInput(keySchema, owner, 'owner');
      if (!storable(key)) return [];
      return (await run(db, `${select} WHERE owners @> ARRAY[$1::text] ORDER BY seq`, [key], 'listByOwner')).map(out);
    },
    async list() {
      return (await run(db, `${select} ORDER BY seq`, [], 'list')).map(out);
    },
    async put(entity, expectedVersion) {
      const w = prepare(entity, expectedVersion);
      return putOne(entity, w);
    },
    async putMany(entries) {
      const list = checkPutEntries<T>(entries);
      // In id order, so that concurrent writers lock shared rows in one order (and wait for each
      // other instead of deadlocking); the answers go back to the order of the entries.
      const order = list.map((_, i) => i);
      order.sort((a, b) => {
        const x = (list[a] as PutEntry<T>).entity.id;
        const y = (list[b] as PutEntry<T>).entity.id;
        return x < y ? -1 : x > y ? 1 : 0;
      });
      // On a pool every entry is checked and encoded before anything is sent, so that an entry that
      // cannot be written stores nothing; on one connection each batch is encoded in its turn (above).
      const prepared = serial(db) === undefined ? list.map((e) => prepare(e.entity, e.expectedVersion, false)) : undefined;
      const answers: (Versioned<T> | HostPolicyError)[] = new Array<Versioned<T> | HostPolicyError>(list.length);
      const sent: Promise<void>[] = [];
      let refused: unknown;
      for (let from = 0; from < order.length && refused === undefined; from += BATCH) {
        const batch = order.slice(from, from + BATCH);
        try {
          const rows = prepared === undefined ? undefined : batch.map((i) => prepared[i] as Row4);
          const done = putBatch(
            batch.map((i) => list[i] as PutEntry<T>),
            rows,
          ).then((got) => {
            got.forEach((answer, j) => {
              answers[batch[j] as number] = answer;
            });
          });
          done.catch(() => undefined); // awaited below, with the others
          sent.push(done);
        } catch (e) {
          refused = e; // an entry that cannot be written: nothing more is sent
        }
      }
      const results = await Promise.allSettled(sent);
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (refused !== undefined) throw refused;
      if (failed !== undefined) throw failed.reason;
      return answers;
    },
  };
}

/**
 * The error of a statement that aborted the transaction it ran in (a serialisation failure, a
 * deadlock, a unique value taken meanwhile): `VERSION_CONFLICT` for the whole transaction, which
 * rolls back; the services read again what it touched and retry, as after any lost write. @internal
 *
 * @example
 * ```ts
 * transactionAborted(driverError, '40001').code; // 'VERSION_CONFLICT'
 * ```
 */
export function transactionAborted(e: unknown, state: string): HostPolicyError {
  return new HostPolicyError(
    'VERSION_CONFLICT',
    `The database aborted the transaction (SQLSTATE ${state}); nothing of it was written: read again and retry.`,
    {
      cause: e,
      details: { sqlState: state, transaction: true },
    },
  );
}

/** A lost write answers its conflict; anything else is thrown on. */
function conflictOrThrow(e: unknown): HostPolicyError {
  if (e instanceof HostPolicyError && e.code === 'VERSION_CONFLICT') return e;
  throw e;
}
