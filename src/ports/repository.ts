import * as z from 'zod/mini';
import { HostPolicyError } from '../errors.js';
import { parseInput } from '../internal/parse.js';

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
  listByOwner(owner: string): Promise<readonly Versioned<T>[]>;
  list(): Promise<readonly Versioned<T>[]>;
  put(entity: T, expectedVersion: number): Promise<Versioned<T>>;
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

/** Tells whether an error is a {@link versionConflict}, e.g. to retry. */
export function isVersionConflict(error: unknown): error is HostPolicyError {
  return error instanceof HostPolicyError && error.code === 'VERSION_CONFLICT';
}

const entitySchema = z.object({
  id: z.string().check(z.minLength(1, 'must not be empty')),
  owner: z.custom<string | readonly string[]>(
    (o) => (typeof o === 'string' && o.length > 0) || (Array.isArray(o) && o.every((x) => typeof x === 'string' && x.length > 0)),
    'must be a non-empty string or an array of non-empty strings',
  ),
});
const versionSchema = z.int().check(z.gte(0, 'must be 0 (new) or a stored version'));

/**
 * Validates the arguments of `put` for adapters, so that every adapter rejects the same bad input.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for a missing id or owner, or a bad version.
 */
export function checkPut(entity: unknown, expectedVersion: unknown): void {
  parseInput(entitySchema, entity, 'entity');
  parseInput(versionSchema, expectedVersion, 'expected version');
}

/** The owners an entity is listed under, as a list. */
export function ownersOf(entity: Entity): readonly string[] {
  return typeof entity.owner === 'string' ? [entity.owner] : entity.owner;
}
