import type { InputIssue } from '../errors.js';
import { typeMessage } from './parse.js';
import { unknownKeys } from './unknownKeys.js';

/*
 * The schema builders of checks.ts, without zod: the same checks, issues (path, message, code) and
 * outputs, for the boundaries that must not bring zod into a bundle — the partner quote path
 * (pricing/read.ts), whose bundle has a 23 kB budget (docs/packaging.md). Each reader is held to
 * the zod schema it mirrors by a property test (test/pricing/read.property.test.ts); a new check
 * on that path is written in both, or the test fails.
 *
 * A reader reads a value at `path` and pushes its issues; the value it returns is meaningful only
 * when it pushed none. As in checks.ts, a field, item or record value with any issue is left out
 * of its parent's output, and a refinement of a whole runs only when its parts had no issue
 * (unknown keys excepted).
 */

/** Reads `v` at `path`, pushing an issue for each problem. */
export type Reader<T> = (v: unknown, issues: InputIssue[], path: readonly PropertyKey[]) => T;

/** A refinement of a whole object or list: its predicate and what a failure is told. */
export type Refinement<T> = readonly [(value: T) => boolean, string];

/** A value that passes `test` (z.custom): anything else is the issue `message`. */
export function custom<T>(test: (v: unknown) => boolean, message: string): Reader<T> {
  return (v, issues, path) => {
    if (!test(v)) issues.push({ path, message, code: 'custom' });
    return v as T;
  };
}

/** Reads with `read` when the value is not `undefined` (z.optional). */
export function optional<T>(read: Reader<T>): Reader<T | undefined> {
  return (v, issues, path) => (v === undefined ? undefined : read(v, issues, path));
}

/** `read`, then `then` on its output when it had no issue (z.pipe). */
export function pipe<A, B>(read: Reader<A>, then: (value: A, issues: InputIssue[], path: readonly PropertyKey[]) => B): Reader<B> {
  return (v, issues, path) => {
    const before = issues.length;
    const value = read(v, issues, path);
    return issues.length > before ? (value as unknown as B) : then(value, issues, path);
  };
}

/** Runs the refinements of a whole when its parts had no issue but unknown keys (zod's `continue`). */
function refine<T>(
  value: T,
  refinements: readonly Refinement<T>[],
  issues: InputIssue[],
  path: readonly PropertyKey[],
  before: number,
): void {
  for (let i = before; i < issues.length; i += 1) if (issues[i]?.code !== 'unrecognized_keys' || issues[i]?.path !== path) return;
  for (const [test, message] of refinements) if (!test(value)) issues.push({ path, message, code: 'custom' });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The output shape of {@link strictObject}: each key's reader's output. */
type Shape = Readonly<Record<string, Reader<unknown>>>;
type ShapeOutput<S extends Shape> = { -readonly [K in keyof S]: ReturnType<S[K]> };

/** An object with exactly the keys of `shape` (checks.ts `strictObject`), then its refinements. */
export function strictObject<S extends Shape>(shape: S, refinements: readonly Refinement<ShapeOutput<S>>[] = []): Reader<ShapeOutput<S>> {
  const keys = Object.keys(shape);
  return (v, issues, path) => {
    const output: Record<string, unknown> = {};
    if (!isObject(v)) {
      issues.push({ path, message: typeMessage('object', v), code: 'invalid_type' });
      return output as ShapeOutput<S>;
    }
    const before = issues.length;
    const unknown = Object.keys(v).filter((k) => !keys.includes(k));
    if (unknown.length > 0) issues.push({ path, message: unknownKeys(unknown, keys), code: 'unrecognized_keys' });
    for (const k of keys) {
      const own = Object.hasOwn(v, k);
      const count = issues.length;
      const value = (shape[k] as Reader<unknown>)(own ? v[k] : undefined, issues, [...path, k]);
      if (issues.length === count && (value !== undefined || own)) output[k] = value;
    }
    refine(output as ShapeOutput<S>, refinements, issues, path, before);
    return output as ShapeOutput<S>;
  };
}

/** A list of `min` to `max` items (checks.ts `listOf`), then its refinements. */
export function listOf<T>(
  item: Reader<T>,
  min: number,
  max: number,
  what: string,
  refinements: readonly Refinement<T[]>[] = [],
): Reader<T[]> {
  const message = `must be a list of ${min} to ${max} ${what}`;
  return (v, issues, path) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) {
      issues.push({ path, message, code: 'custom' });
      return [];
    }
    const before = issues.length;
    // Array.from visits every index, as listOf does.
    const output = Array.from(v as unknown[], (x, i) => item(x, issues, [...path, i]));
    refine(output, refinements, issues, path, before);
    return output;
  };
}

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  if (!isObject(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A plain object whose keys pass `key` and whose values read with `value` (checks.ts `recordOf`). */
export function recordOf<T>(key: (k: string) => boolean, value: Reader<T>): Reader<Record<string, T>> {
  return (v, issues, path) => {
    // Null-prototype, as checks.ts `recordOf`: `__proto__` and `constructor` are ordinary keys.
    const output: Record<string, T> = Object.create(null);
    if (!isPlainRecord(v)) {
      issues.push({ path, message: 'must be an object', code: 'custom' });
      return output;
    }
    for (const [k, x] of Object.entries(v)) {
      if (!key(k)) {
        issues.push({ path: [...path, k], message: `has an invalid key '${k}'`, code: 'custom' });
        continue;
      }
      const count = issues.length;
      const read = value(x, issues, [...path, k]);
      if (issues.length === count) output[k] = read;
    }
    return output;
  };
}

/** One of a fixed set of strings (checks.ts `oneOf`). */
export function oneOf<const T extends string>(values: readonly T[], what = 'value'): Reader<T> {
  const allowed = new Set<string>(values);
  return custom(
    (v) => typeof v === 'string' && allowed.has(v),
    `must be one of ${values.map((v) => `'${v}'`).join(', ')}${what === 'value' ? '' : ` (${what})`}`,
  );
}

/** A whole number from `min` to `max` (checks.ts `wholeNumber`). */
export function wholeNumber(min: number, max: number, message?: string): Reader<number> {
  return custom(
    (v) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max,
    message ?? `must be a whole number from ${min} to ${max}`,
  );
}

/** A non-empty string of at most `max` characters (checks.ts `text`). */
export function text(what: string, max = 200): Reader<string> {
  return custom(
    (v) => typeof v === 'string' && v.trim().length > 0 && v.length <= max,
    `must be a non-empty ${what} of at most ${max} characters`,
  );
}

/** A string that matches `pattern` (checks.ts `matching`). */
export function matching(pattern: RegExp, message: string): Reader<string> {
  return custom((v) => typeof v === 'string' && pattern.test(v), message);
}

/** A boolean (checks.ts `flag`). */
export const flag: Reader<boolean> = /*@__PURE__*/ custom((v) => typeof v === 'boolean', 'must be true or false');
