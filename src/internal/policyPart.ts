import type * as z from 'zod/mini';
import type { Policy } from '../policy/defaultPolicy.js';
import { invalidField, parseInput, readError } from './parse.js';

const isObject = (v: unknown): v is object => (typeof v === 'object' && v !== null) || typeof v === 'function';

/**
 * One part of a policy argument, checked to be an object: a `null` or other non-object policy
 * (a default parameter only replaces `undefined`), a missing or inherited part, and a part that
 * cannot be read (a revoked Proxy, a getter that throws) raise `INVALID_INPUT`.
 */
export function policyPart(policy: unknown, key: string): object {
  if (!isObject(policy)) invalidField('policy', [], 'must be a policy object (see definePolicy)');
  const part = ownValue(policy, key, 'policy');
  if (!isObject(part)) invalidField('policy', [key], 'is required (see definePolicy)');
  return part;
}

/** The own property `key` of `object` (inherited ones are not read); what reading it throws is `INVALID_INPUT`. */
export function ownValue(object: object, key: string, what: string): unknown {
  try {
    return Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
  } catch (e) {
    throw readError(what, e, [key]);
  }
}

/**
 * Reads one part of a policy for an engine: checks that a policy object with that part was
 * passed (callers may build one by hand instead of using `definePolicy`), validates the part with
 * its schema, compiles it, and keeps the result per part object — policies are immutable data,
 * so the cache never goes stale, and a WeakMap lets a policy be collected with what was compiled.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for a missing or malformed policy or part.
 */
export function policyPartReader<K extends keyof Policy, S extends z.ZodMiniType, C = z.output<S>>(
  key: K,
  schema: S,
  compile: (part: z.output<S>) => C = (part) => part as C,
): (policy: unknown) => C {
  const cache = new WeakMap<object, C>();
  return (policy) => {
    const part = policyPart(policy, key);
    let compiled = cache.get(part);
    if (compiled === undefined) {
      compiled = compile(parseInput(schema, part, `policy.${key}`));
      cache.set(part, compiled);
    }
    return compiled;
  };
}

/** Raises `INVALID_INPUT` unless `policy` is an object that can be read (for engines that read several parts). */
export function requirePolicyObject(policy: unknown): asserts policy is Policy {
  if (!isObject(policy)) invalidField('policy', [], 'must be a policy object (see definePolicy)');
  // A revoked Proxy is an object too, but no policy: found here even where no part is read.
  ownValue(policy, 'pricing', 'policy');
}
