import { HostPolicyError } from '../errors.js';

/**
 * Brands of the value classes (DESIGN.md principle 13). `instanceof` fails for a value made by
 * another copy of the library: the ESM and CommonJS builds loaded in one process, two bundles on
 * one page. Each value class therefore carries a `Symbol.for('hostpolicy.<Name>')` key — the
 * same symbol in every copy and realm — whose value is the format version of its public data
 * (what `toJSON()` gives). A value of another copy with our version is re-read through that data,
 * so the rest of the code works on its own instances; one with another version is refused with
 * `INCOMPATIBLE_VALUE`, as its data may mean something else.
 *
 * Classes keep the brand on their prototype: a property read, nothing per instance. @internal
 */

/** Sets a brand on a class's prototype (or on one plain value): not enumerable, not writable. @internal */
export function setBrand(target: object, key: symbol, version: number): void {
  Object.defineProperty(target, key, { value: version });
}

/**
 * Whether `value` carries the brand `key` at `version`: true for ours, false for no brand (or a
 * value that cannot be read, such as a revoked Proxy, which validation then reports).
 * @throws HostPolicyError `INCOMPATIBLE_VALUE` for a brand of another version.
 * @internal
 */
export function hasBrand(value: unknown, key: symbol, name: string, version: number): boolean {
  const found = brandOf(value, key);
  if (found === undefined) return false;
  if (found === version) return true;
  throw new HostPolicyError(
    'INCOMPATIBLE_VALUE',
    `A ${name} from ${typeof found === 'number' ? `hostpolicy format ${found}` : 'an unknown hostpolicy format'}; ` +
      `this copy reads format ${version} — use one version of hostpolicy.`,
    { details: { value: name, format: typeof found === 'number' ? found : String(found), expected: version } },
  );
}

/** Whether `value` carries the brand `key` at `version`; false (never an error) for another version. @internal */
export function hasOwnFormat(value: unknown, key: symbol, version: number): boolean {
  return brandOf(value, key) === version;
}

function brandOf(value: unknown, key: symbol): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return (value as Record<symbol, unknown>)[key];
  } catch {
    return undefined; // a revoked Proxy, a throwing getter: no value of ours
  }
}

/**
 * The public data of a branded value of another copy: what its `toJSON()` gives, or the value
 * itself when it has no `toJSON` (a forged brand on plain data), to be validated as any input.
 * @internal
 */
export function dataOf(value: object): unknown {
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  return typeof toJSON === 'function' ? (toJSON as () => unknown).call(value) : value;
}
