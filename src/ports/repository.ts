import * as z from 'zod/mini';
import { HostPolicyError, isHostPolicyError } from '../errors.js';
import { invalidField, parseInput } from '../internal/parse.js';

/**
 * What every stored entity carries: its id, and the owner(s) it is listed under (a customer, a
 * client and its partners, the members of an organization).
 */
export interface Entity {
  readonly id: string;
  readonly owner: string | readonly string[];
}

/** A stored entity with its version: 1 after the first `put`, one more after each later one. */
export interface Versioned<T extends Entity> {
  readonly version: number;
  readonly value: T;
}

/**
 * A small async repository with optimistic concurrency. Every port of the library is this
 * interface over one entity type; adapters implement it once, generically.
 *
 * - `get(id)`: the current version, or `undefined`.
 * - `getMany(ids)`: the current versions of the ids that are stored, keyed by id, in one call (a
 *   missing id is absent from the map; an id asked twice is one entry). A service that needs many
 *   entities reads them with one round trip instead of one per entity.
 * - `listByOwner(owner)`: every entity listed under that owner, in insertion order.
 * - `list()`: every entity, in insertion order.
 * - `put(entity, expectedVersion)`: stores `entity` when its current version is `expectedVersion`
 *   (`0`: it must not exist yet) and returns the new version; otherwise another writer got there
 *   first and it fails with HostPolicyError `VERSION_CONFLICT` (`details: { id, expected, actual }`).
 *   Stored values are snapshots: mutating the object after `put`, or a value returned by `get`,
 *   never changes what is stored.
 */
export interface Repository<T extends Entity> {
  get(id: string): Promise<Versioned<T> | undefined>;
  getMany(ids: readonly string[]): Promise<ReadonlyMap<string, Versioned<T>>>;
  listByOwner(owner: string): Promise<readonly Versioned<T>[]>;
  list(): Promise<readonly Versioned<T>[]>;
  put(entity: T, expectedVersion: number): Promise<Versioned<T>>;
  /**
   * Optional: many `put`s in a few round trips (a database adapter: one statement per batch).
   * Each entry is applied as `put` would apply it, on its own (not all or nothing); the answer
   * has one item per entry, in order: the new version, or the `VERSION_CONFLICT` error that `put`
   * would have thrown (returned in place, not thrown). Any other error (`DUPLICATE_REFERENCE`, a
   * network error) is thrown, and entries may then be stored or not, as with several `put`s of
   * which one failed. Ids must be distinct within one call. Services use it when a port has it
   * and fall back to `put` otherwise, with the same outcome.
   */
  putMany?(entries: readonly PutEntry<T>[]): Promise<readonly (Versioned<T> | HostPolicyError)[]>;
}

/** One write of {@link Repository.putMany}: the entity and the version it must be at (`0`: new). */
export interface PutEntry<T extends Entity> {
  readonly entity: T;
  readonly expectedVersion: number;
}

/**
 * The error a repository raises when the expected version is not the stored one.
 *
 * @example
 * ```ts
 * versionConflict('inv-1', 1, 2).code; // 'VERSION_CONFLICT'
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for an empty id or versions that are not whole numbers ≥ 0.
 */
export function versionConflict(id: string, expected: number, actual: number): HostPolicyError {
  parseInput(conflictSchema, { id, expected, actual }, 'version conflict');
  return new HostPolicyError('VERSION_CONFLICT', `Entity ${id} is at version ${actual}, not ${expected}: another writer got there first.`, {
    details: { id, expected, actual },
  });
}

const conflictSchema = z.object({
  id: z.string().check(z.minLength(1, 'must not be empty')),
  expected: z.int().check(z.gte(0)),
  actual: z.int().check(z.gte(0)),
});

/**
 * Tells whether an error is a {@link versionConflict}, e.g. to retry.
 *
 * @example
 * ```ts
 * isVersionConflict(versionConflict('a', 0, 1)); // true
 * ```
 */
export function isVersionConflict(error: unknown): error is HostPolicyError {
  // isHostPolicyError: also false (not a TypeError) for a revoked Proxy.
  return isHostPolicyError(error) && error.code === 'VERSION_CONFLICT';
}

/**
 * Validates the arguments of `put` for adapters, so that every adapter rejects the same bad input.
 * Only `id` and `owner` are read: the rest of the entity is the caller's data, and walking it on
 * every write would make a write cost the size of the entity (a ledger holds every credited id).
 *
 * @example
 * ```ts
 * checkPut({ id: 'a', owner: 'anna' }, 0); // undefined (accepted)
 * checkPut({ id: '', owner: 'anna' }, 0);  // throws InvalidInputError naming entity.id
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a missing id or owner, or a bad version.
 */
export function checkPut(entity: unknown, expectedVersion: unknown): void {
  try {
    if (typeof entity !== 'object' || entity === null) invalidField('entity', [], 'must be an object with id and owner');
    const { id, owner } = entity as { id?: unknown; owner?: unknown };
    if (typeof id !== 'string' || id.length === 0) invalidField('entity', ['id'], 'must be a non-empty string');
    const ownerOk =
      (typeof owner === 'string' && owner.length > 0) ||
      (Array.isArray(owner) && owner.every((x) => typeof x === 'string' && x.length > 0));
    if (!ownerOk) invalidField('entity', ['owner'], 'must be a non-empty string or an array of non-empty strings');
  } catch (e) {
    // A revoked Proxy or a throwing getter is bad input like any other, not a TypeError.
    if (e instanceof HostPolicyError) throw e;
    invalidField('entity', [], `could not be read: ${e instanceof Error ? e.message : 'unknown error'}`);
  }
  if (!Number.isSafeInteger(expectedVersion) || (expectedVersion as number) < 0)
    invalidField('expected version', [], 'must be 0 (new) or a stored version');
}

/**
 * Validates the argument of `putMany` for adapters: an array of `{ entity, expectedVersion }`
 * without holes or other keys, each entity as {@link checkPut} wants it, ids distinct. @internal
 *
 * @example
 * ```ts
 * checkPutEntries([{ entity: { id: 'a', owner: 'anna' }, expectedVersion: 0 }]); // the entries
 * const entry = { entity: { id: 'a', owner: 'anna' }, expectedVersion: 0 };
 * checkPutEntries([entry, { ...entry, expectedVersion: 1 }]); // throws: id twice
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) naming the entry for anything else.
 */
export function checkPutEntries<T extends Entity>(entries: unknown): readonly PutEntry<T>[] {
  try {
    if (!Array.isArray(entries)) invalidField('entries', [], 'must be an array of { entity, expectedVersion }');
    for (let i = 0; i < entries.length; i += 1) {
      if (!(i in entries)) invalidField('entries', [i], 'is missing: the list has a hole here');
      const entry: unknown = entries[i];
      if (typeof entry !== 'object' || entry === null) invalidField('entries', [i], 'must be { entity, expectedVersion }');
      // Own keys without an array per entry (a batch has 10,000 of them).
      for (const key in entry)
        if (Object.hasOwn(entry, key) && key !== 'entity' && key !== 'expectedVersion')
          invalidField('entries', [i, key], 'is not a field of a putMany entry');
    }
  } catch (e) {
    if (e instanceof HostPolicyError) throw e;
    invalidField('entries', [], `could not be read: ${e instanceof Error ? e.message : 'unknown error'}`);
  }
  const list = entries as readonly PutEntry<T>[];
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i += 1) {
    const { entity, expectedVersion } = list[i] as PutEntry<T>;
    checkPut(entity, expectedVersion);
    if (seen.has(entity.id)) invalidField('entries', [i, 'entity', 'id'], 'is written twice in one putMany: ids must be distinct');
    seen.add(entity.id);
  }
  return list;
}

/**
 * Validates the argument of a batch read (`getMany`, `findByReferences`, …) for adapters: an
 * array of non-empty strings, without holes. Checked by hand, not by a schema: a batch read of
 * 10,000 ids must not cost more than the lookups it makes.
 *
 * @example
 * ```ts
 * checkKeys(['a', 'b'], 'ids'); // ['a', 'b']
 * checkKeys(['a', ''], 'ids');  // throws InvalidInputError naming ids[1]
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for anything else.
 */
export function checkKeys(keys: unknown, what: string): readonly string[] {
  try {
    if (!Array.isArray(keys)) invalidField(what, [], 'must be an array of non-empty strings');
    for (let i = 0; i < keys.length; i += 1) {
      if (!(i in keys)) invalidField(what, [i], 'is missing: the list has a hole here');
      const key: unknown = keys[i];
      if (typeof key !== 'string' || key.length === 0) invalidField(what, [i], 'must be a non-empty string');
    }
  } catch (e) {
    if (e instanceof HostPolicyError) throw e;
    invalidField(what, [], `could not be read: ${e instanceof Error ? e.message : 'unknown error'}`);
  }
  return keys as readonly string[];
}

/**
 * The owners an entity is listed under, as a list.
 *
 * @example
 * ```ts
 * ownersOf({ id: 'org', owner: ['anna', 'ben'] }); // ['anna', 'ben']
 * ```
 */
export function ownersOf(entity: Entity): readonly string[] {
  return typeof entity.owner === 'string' ? [entity.owner] : entity.owner;
}
