import * as z from 'zod/mini';
import { HostPolicyError } from '../errors.js';
import { invalidField, parseInput } from '../internal/parse.js';
import { isVersionConflict } from '../ports/repository.js';

/** How many times a service re-reads and retries after a `VERSION_CONFLICT` before giving up. */
export const DEFAULT_MAX_ATTEMPTS = 1000;

/**
 * Runs a read-modify-write `attempt` until it succeeds without `VERSION_CONFLICT`: each attempt
 * re-reads what it needs, so the version check decides who wins and the loser recomputes.
 *
 * @example
 * ```ts
 * await retryOnConflict(async () => {
 *   const c = await repo.get('c');
 *   return repo.put({ ...c!.value, n: c!.value.n + 1 }, c!.version);
 * });
 * ```
 * @throws HostPolicyError `TOO_MANY_CONFLICTS` after `maxAttempts` conflicts; any other error of
 * `attempt` as it is; InvalidInputError (`INVALID_INPUT`) when `attempt` is not a function.
 */
export async function retryOnConflict<T>(attempt: () => Promise<T>, maxAttempts = DEFAULT_MAX_ATTEMPTS): Promise<T> {
  if (typeof attempt !== 'function') invalidField('retry', ['attempt'], 'must be a function');
  parseInput(z.int().check(z.gte(1)), maxAttempts, 'maxAttempts');
  for (let i = 1; ; i += 1) {
    try {
      return await attempt();
    } catch (e) {
      if (!isVersionConflict(e)) throw e;
      if (i >= maxAttempts) throw tooManyConflicts(maxAttempts, e);
    }
  }
}

/**
 * The error a service raises when it gave up after `attempts` rounds that each lost a
 * `VERSION_CONFLICT` (the same for {@link retryOnConflict} and services that retry per entity).
 *
 * @example
 * ```ts
 * tooManyConflicts(1000).code; // 'TOO_MANY_CONFLICTS'
 * ```
 * @throws nothing.
 */
export function tooManyConflicts(attempts: number, cause?: unknown): HostPolicyError {
  return new HostPolicyError('TOO_MANY_CONFLICTS', `Gave up after ${attempts} conflicting writes.`, {
    ...(cause === undefined ? {} : { cause }),
    details: { attempts },
  });
}
