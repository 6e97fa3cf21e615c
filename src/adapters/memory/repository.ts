import { parseInput } from '../../internal/parse.js';
import type { Entity, Repository } from '../../ports/repository.js';
import * as z from 'zod/mini';
import { strictObject } from '../../internal/checks.js';
import { memoryStore } from './store.js';

/** Options of the in-memory adapter. */
export interface MemoryRepositoryOptions {
  /**
   * Awaited at the start of every operation, before its synchronous section: lets tests
   * interleave concurrent callers (e.g. `() => new Promise((r) => setTimeout(r, 1))`).
   */
  readonly interleave?: () => Promise<void>;
}

/** zod schema of {@link MemoryRepositoryOptions}. @internal */
export const repositoryOptionsSchema = strictObject({
  interleave: z.optional(z.custom<() => Promise<void>>((f) => typeof f === 'function', 'must be a function returning a promise')),
});

/**
 * An in-memory {@link Repository}: safe under concurrent async calls because each check-and-set
 * runs in one synchronous section; values are copied on the way in and out.
 *
 * @example
 * ```ts
 * const repo = memoryRepository<{ id: string; owner: string; n: number }>();
 * await repo.put({ id: 'a', owner: 'anna', n: 1 }, 0); // { version: 1, value: { id: 'a', owner: 'anna', n: 1 } }
 * await repo.put({ id: 'a', owner: 'anna', n: 2 }, 0); // throws VERSION_CONFLICT
 * (await repo.getMany(['a', 'b'])).size;               // 1: 'b' is not stored
 * ```
 * @throws (from `put`) HostPolicyError `VERSION_CONFLICT`; InvalidInputError (`INVALID_INPUT`)
 * for an entity without id or owner, or a bad version or key.
 */
export function memoryRepository<T extends Entity>(options: MemoryRepositoryOptions = {}): Repository<T> {
  parseInput(repositoryOptionsSchema, options, 'memory repository options');
  return memoryStore<T>(options.interleave).repository;
}
