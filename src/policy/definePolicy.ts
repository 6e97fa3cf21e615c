import { copyPlain, deepFreeze } from '../internal/deepFreeze.js';
import { parseInput, readError } from '../internal/parse.js';
import { defaultPolicy, type Policy } from './defaultPolicy.js';
import { policySchema } from './schema.js';

/** A partial policy: any part left out is taken from {@link defaultPolicy}. */
export type PolicyOverrides = DeepPartial<Policy>;

/** Every property optional, recursively; arrays are replaced whole, never merged. */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { readonly [K in keyof T]?: DeepPartial<T[K]> } : T;

/**
 * Makes a policy from the defaults and the caller's overrides. Objects are merged key by key,
 * arrays and values replace the default. The result is validated as a whole, and frozen all the
 * way down (a copy: the caller's own override objects stay as they were), as `defaultPolicy` is.
 *
 * @example
 * ```ts
 * const policy = definePolicy({ pricing: { vat: { rates: { CH: '8.1%', DE: '19%' } } } });
 * policy.pricing.vat.rates.DE; // '19%'
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) naming each invalid field of the merged policy, and
 *   each unknown key (with the key meant when one is close: a misspelled override is not ignored).
 */
export function definePolicy(overrides: PolicyOverrides = {}): Policy {
  // The overrides are read here first: what reading them throws (a revoked Proxy, a getter) is
  // INVALID_INPUT too. Inherited properties are not merged (an override that is not a plain
  // object replaces the default whole, and the validation below refuses it).
  let merged: Policy;
  try {
    merged = copyPlain(mergeDeep(defaultPolicy, overrides)) as Policy;
  } catch (e) {
    throw readError('policy', e);
  }
  parseInput(policySchema, merged, 'policy');
  return deepFreeze(merged);
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function mergeDeep(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (!UNSAFE_KEYS.has(key)) result[key] = mergeDeep(base[key], value);
  }
  return result;
}
