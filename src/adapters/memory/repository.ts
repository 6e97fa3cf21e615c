import { parseInput } from '../../internal/parse.js';
import { checkPut, ownersOf, versionConflict, type Entity, type Repository, type Versioned } from '../../ports/repository.js';
import * as z from 'zod/mini';
import { snapshot } from './snapshot.js';

/** Options of the in-memory adapter. */
export interface MemoryRepositoryOptions {
  /**
   * Awaited at the start of every operation, before its synchronous section: lets tests
   * interleave concurrent callers (e.g. `() => new Promise((r) => setTimeout(r, 1))`).
   */
  readonly interleave?: () => Promise<void>;
}

const optionsSchema = z.object({
  interleave: z.optional(z.custom<() => Promise<void>>((f) => typeof f === 'function', 'must be a function returning a promise')),
});

const keySchema = z.string().check(z.minLength(1, 'must not be empty'));

/**
 * An in-memory {@link Repository}: safe under concurrent async calls because each check-and-set
 * runs in one synchronous section; values are copied on the way in and out.
 *
 * @example
 * ```ts
 * const repo = memoryRepository<{ id: string; owner: string; n: number }>();
 * await repo.put({ id: 'a', owner: 'anna', n: 1 }, 0); // { version: 1, value: { id: 'a', owner: 'anna', n: 1 } }
 * await repo.put({ id: 'a', owner: 'anna', n: 2 }, 0); // throws VERSION_CONFLICT
 * ```
 * @throws (from `put`) HostPolicyError `VERSION_CONFLICT`; InvalidInputError (`INVALID_INPUT`)
 * for an entity without id or owner, or a bad version or key.
 */
export function memoryRepository<T extends Entity>(options: MemoryRepositoryOptions = {}): Repository<T> {
  parseInput(optionsSchema, options, 'memory repository options');
  const records = new Map<string, Versioned<T>>();
  const pause = async (): Promise<void> => {
    if (options.interleave !== undefined) await options.interleave();
  };
  const out = (record: Versioned<T>): Versioned<T> => ({ version: record.version, value: snapshot(record.value) });
  return {
    async get(id) {
      const key = parseInput(keySchema, id, 'id');
      await pause();
      const record = records.get(key);
      return record === undefined ? undefined : out(record);
    },
    async listByOwner(owner) {
      const key = parseInput(keySchema, owner, 'owner');
      await pause();
      return [...records.values()].filter((r) => ownersOf(r.value).includes(key)).map(out);
    },
    async list() {
      await pause();
      return [...records.values()].map(out);
    },
    async put(entity, expectedVersion) {
      checkPut(entity, expectedVersion);
      const value = snapshot(entity);
      await pause();
      // From here to the end: one synchronous section, so no other caller runs in between.
      const actual = records.get(value.id)?.version ?? 0;
      if (actual !== expectedVersion) throw versionConflict(value.id, expectedVersion, actual);
      const record: Versioned<T> = Object.freeze({ version: actual + 1, value });
      records.set(value.id, record);
      return out(record);
    },
  };
}
