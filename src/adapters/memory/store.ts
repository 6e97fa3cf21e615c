import { checkKeys, checkPut, ownersOf, versionConflict, type Entity, type Repository, type Versioned } from '../../ports/repository.js';
import { parseInput, readError } from '../../internal/parse.js';
import * as z from 'zod/mini';
import { frozenCopy, snapshot } from './snapshot.js';

/**
 * What an index over the stored values (e.g. invoices by reference) does inside `put`'s
 * synchronous section: `check` may refuse the new value (nothing is stored then), `stored` updates
 * the index once it is stored. `previous` is the value being replaced, if any. @internal
 */
export interface StoreIndex<T extends Entity> {
  check(value: T, previous: T | undefined): void;
  stored(value: T, previous: T | undefined): void;
}

/** A memory store: the repository, and what indexes built on it read. @internal */
export interface MemoryStore<T extends Entity> {
  readonly repository: Repository<T>;
  /** The stored record of an id, as stored (callers copy it out with `out`). */
  record(id: string): Versioned<T> | undefined;
  /** Whether at least one entity is listed under `owner`. */
  hasOwner(owner: string): boolean;
  /** A caller's copy of a record. */
  out(record: Versioned<T>): Versioned<T>;
  /** Awaited first by every operation (see `interleave`). */
  pause(): Promise<void>;
}

const keySchema = z.string().check(z.minLength(1, 'must not be empty'));

/** A record as the store holds it: with whether its value can be handed out as it is. */
interface Held<T extends Entity> extends Versioned<T> {
  readonly shareable: boolean;
}

/** A stored record and when its id was first stored (listings keep that order). */
interface Slot<T extends Entity> {
  readonly record: Versioned<T>;
  readonly seq: number;
}

/**
 * The in-memory store behind every memory repository. Each check-and-set runs in one synchronous
 * section, so concurrent async callers never both win; an index of owners keeps `listByOwner`
 * proportional to what it returns. @internal
 *
 * @example
 * ```ts
 * const store = memoryStore<{ id: string; owner: string }>(undefined);
 * await store.repository.put({ id: 'a', owner: 'anna' }, 0);
 * store.hasOwner('anna'); // true
 * ```
 */
export function memoryStore<T extends Entity>(interleave: (() => Promise<void>) | undefined, index?: StoreIndex<T>): MemoryStore<T> {
  const slots = new Map<string, Slot<T>>();
  // owner → ids listed under it; Maps, so any string (`'__proto__'` too) is an ordinary key.
  const byOwner = new Map<string, Set<string>>();
  let nextSeq = 0;
  const pause = async (): Promise<void> => {
    if (interleave !== undefined) await interleave();
  };
  // A stored record knows whether its value is deeply frozen plain data, handed out without a copy
  // (see frozenCopy); the record itself never leaves the store (`out` makes the caller's).
  const out = (record: Versioned<T>): Versioned<T> => ({
    version: record.version,
    value: (record as Held<T>).shareable ? record.value : snapshot(record.value),
  });
  const list = (ids: Iterable<string>): Versioned<T>[] => {
    const found: Slot<T>[] = [];
    for (const id of ids) {
      const slot = slots.get(id);
      if (slot !== undefined) found.push(slot);
    }
    return found.sort((a, b) => a.seq - b.seq).map((s) => out(s.record));
  };
  const move = (value: T, previous: T | undefined): void => {
    // The usual update keeps its one owner (an invoice settled): nothing to move.
    if (previous !== undefined && typeof value.owner === 'string' && previous.owner === value.owner) return;
    if (previous !== undefined) for (const owner of ownersOf(previous)) byOwner.get(owner)?.delete(previous.id);
    for (const owner of ownersOf(value)) {
      let ids = byOwner.get(owner);
      if (ids === undefined) {
        ids = new Set();
        byOwner.set(owner, ids);
      }
      ids.add(value.id);
    }
  };
  const repository: Repository<T> = {
    async get(id) {
      const key = parseInput(keySchema, id, 'id');
      await pause();
      const slot = slots.get(key);
      return slot === undefined ? undefined : out(slot.record);
    },
    async getMany(ids) {
      const keys = checkKeys(ids, 'ids');
      await pause();
      const found = new Map<string, Versioned<T>>();
      for (const key of keys) {
        const slot = slots.get(key);
        if (slot !== undefined && !found.has(key)) found.set(key, out(slot.record));
      }
      return found;
    },
    async listByOwner(owner) {
      const key = parseInput(keySchema, owner, 'owner');
      await pause();
      return list(byOwner.get(key) ?? []);
    },
    async list() {
      await pause();
      return [...slots.values()].map((s) => out(s.record));
    },
    async put(entity, expectedVersion) {
      checkPut(entity, expectedVersion);
      const { value, shareable } = copyOf(entity);
      if (interleave !== undefined) await interleave();
      // From here to the end: one synchronous section, so no other caller runs in between.
      const slot = slots.get(value.id);
      const actual = slot?.record.version ?? 0;
      if (actual !== expectedVersion) throw versionConflict(value.id, expectedVersion, actual);
      index?.check(value, slot?.record.value);
      const record: Held<T> = Object.freeze({ version: actual + 1, value, shareable });
      slots.set(value.id, { record, seq: slot?.seq ?? nextSeq++ });
      move(value, slot?.record.value);
      index?.stored(value, slot?.record.value);
      return out(record);
    },
  };
  return {
    repository,
    record: (id) => slots.get(id)?.record,
    hasOwner: (owner) => (byOwner.get(owner)?.size ?? 0) > 0,
    out,
    pause,
  };
}

/** The stored copy of an entity; what copying it throws (a getter, a revoked proxy inside) is bad input, as everywhere else. */
function copyOf<T>(entity: T): { readonly value: T; readonly shareable: boolean } {
  try {
    return frozenCopy(entity);
  } catch (e) {
    throw readError('entity', e);
  }
}
