import type * as z from 'zod/mini';
import { HostPolicyError, InvalidInputError, type InputIssue, type RuleId } from '../errors.js';
import { unknownKeys } from './unknownKeys.js';

/**
 * Validates `input` against `schema`; on failure raises an {@link InvalidInputError} that names
 * `what` was being parsed and lists every issue with its path.
 *
 * Before the schema runs, the input is read once in full (see {@link unreadable}): an object that
 * inherits properties (anything but a plain object, a null-prototype object or a class instance),
 * a hole in a list, a revoked Proxy or a getter that throws is refused with `INVALID_INPUT` and
 * the path. zod reads inherited properties and skips nothing, so without this a prototype's keys
 * would be read as data. An exception raised while reading (a getter's own error, the TypeError of
 * a revoked Proxy) becomes an `InvalidInputError` "could not be read: …" whose `cause` is the
 * original; a {@link HostPolicyError} raised while reading passes through unchanged.
 */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown, what: string, rule?: RuleId): z.output<S> {
  const path: PropertyKey[] = [];
  let result: z.core.util.SafeParseResult<z.output<S>>;
  try {
    const problem = unreadable(input, path, new Set());
    if (problem) invalidField(what, path, problem, rule);
    result = schema.safeParse(input, REPORT_INPUT);
  } catch (e) {
    throw readError(what, e, path, rule);
  }
  if (result.success) return result.data;
  throw new InvalidInputError(what, result.error.issues.map(toInputIssue), rule);
}

/**
 * {@link parseInput} for a check written without zod, for the paths that must not pull zod into a
 * bundle (money, payment references; see docs/packaging.md): the same reading of the input first,
 * the same errors. `read` returns the value, or pushes issues (worded as parseInput words zod's)
 * and returns anything.
 */
export function readInput<T>(input: unknown, what: string, read: (input: unknown, issues: InputIssue[]) => T, rule?: RuleId): T {
  const path: PropertyKey[] = [];
  const issues: InputIssue[] = [];
  let value: T;
  try {
    const problem = unreadable(input, path, new Set());
    if (problem) invalidField(what, path, problem, rule);
    value = read(input, issues);
  } catch (e) {
    throw readError(what, e, path, rule);
  }
  if (issues.length > 0) throw new InvalidInputError(what, issues, rule);
  return value;
}

/**
 * The error for an exception raised while reading an input at `path` (a revoked Proxy, a getter
 * that throws): an `InvalidInputError` with the original as `cause`; a {@link HostPolicyError}
 * is returned unchanged.
 */
export function readError(what: string, e: unknown, path: readonly PropertyKey[] = [], rule?: RuleId): HostPolicyError {
  return e instanceof HostPolicyError
    ? e
    : new InvalidInputError(
        what,
        [{ path, message: `could not be read: ${e instanceof Error ? e.message : `${typeof e} thrown`}`, code: 'custom' }],
        rule,
        e,
      );
}

/**
 * The own fields of an options or envelope object that is read field by field rather than by a
 * schema (its fields go on to their own validators): a plain object with none but `keys`, read
 * as {@link parseInput} reads; a missing object is `{}` when `optional`.
 * @throws InvalidInputError (`INVALID_INPUT`) for a non-object (`null` included), inherited
 *   properties, an unknown key (with the key meant), or a field that cannot be read.
 */
export function readFields(input: unknown, keys: readonly string[], what: string, rule?: RuleId): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const path: PropertyKey[] = [];
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) invalidField(what, path, 'must be an object', rule);
    if (inheritsProperties(input)) invalidField(what, path, NOT_PLAIN, rule);
    const unknown: string[] = [];
    for (const key of Object.keys(input)) {
      path[0] = key;
      if (keys.includes(key)) fields[key] = (input as Record<string, unknown>)[key];
      else unknown.push(key);
    }
    path.length = 0;
    if (unknown.length > 0)
      throw new InvalidInputError(what, [{ path, message: unknownKeys(unknown, keys), code: 'unrecognized_keys' }], rule);
  } catch (e) {
    throw readError(what, e, path, rule);
  }
  return fields;
}

/** `v instanceof C`, false for a revoked Proxy (whose prototype cannot be read): parseInput then says why. */
export function isInstance(v: unknown, C: abstract new (...args: never[]) => unknown): boolean {
  try {
    return v instanceof C;
  } catch {
    return false;
  }
}

/** The message for a hole in a list (`[, item]`, `new Array(3)`). @internal */
export const HOLE = 'is missing: the list has a hole here';

/** The message for an object that inherits properties. @internal */
export const NOT_PLAIN = 'must be a plain object (inherited properties are not read)';

/**
 * Whether an object inherits properties that would be read as data: its prototype is neither
 * `Object.prototype` nor `null`, nor a class's prototype (one with its own `constructor`, as
 * Money, Date or a caller's class instance have). `Object.create({ currency: 'CHF' })` does.
 * @internal
 */
export function inheritsProperties(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto !== Object.prototype && proto !== null && !Object.hasOwn(proto as object, 'constructor');
}

/**
 * Reads every value of a JSON-like input once, depth first, and returns what makes it unfit to
 * parse (with `path` left at its place), or nothing. Objects with a prototype of their own
 * (neither `Object.prototype` nor `null`) are refused unless the prototype has its own
 * `constructor` (a class instance, such as Money or Date, which the schemas check themselves and
 * this walk does not enter). Each object is visited once, so shared or cyclic values cost nothing.
 */
function unreadable(v: unknown, path: PropertyKey[], seen: Set<object>): string | undefined {
  if (typeof v !== 'object' || v === null || seen.has(v)) return;
  seen.add(v);
  const list = Array.isArray(v);
  const proto: unknown = Object.getPrototypeOf(v);
  if (!list && proto !== Object.prototype && proto !== null) {
    // The rule of inheritsProperties(); a class instance is not entered.
    return Object.hasOwn(proto as object, 'constructor') ? undefined : NOT_PLAIN;
  }
  for (const key of list ? v.keys() : Object.keys(v)) {
    path.push(key);
    if (!Object.hasOwn(v, key)) return HOLE;
    const problem = unreadable((v as Record<PropertyKey, unknown>)[key], path, seen);
    if (problem) return problem;
    path.pop();
  }
}

// zod leaves the offending value out of its issues unless asked; without it a field of the wrong
// type (`months: 1.5`, `providerService: 'yes'`) could not be told from a missing one.
const REPORT_INPUT = { reportInput: true } as const;

function toInputIssue(issue: z.core.$ZodIssue): InputIssue {
  return { path: issue.path, message: describe(issue), code: issue.code };
}

/**
 * zod/mini ships no message locale (loading one would change zod's global config for the
 * caller too), so generic issues are worded here; custom checks bring their own message.
 */
function describe(issue: z.core.$ZodIssue): string {
  if (issue.message !== 'Invalid input' && issue.message !== '') return issue.message;
  if (issue.code === 'invalid_type') return typeMessage(issue.expected, issue.input);
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'unrecognized_keys') return unknownKeys(issue.keys, []); // a strict object not built with strictObject()
  if (issue.code === 'too_big' || issue.code === 'too_small') return boundMessage(issue);
  if (issue.code === 'not_multiple_of') return `must be a multiple of ${formatBound(issue.divisor)}`;
  return `is not valid (${issue.code.replace(/_/g, ' ')})`;
}

/** Units a length or size is counted in, by the kind of value zod checked. */
const UNITS: Readonly<Record<string, readonly [string, string]>> = {
  string: ['character', 'characters'],
  array: ['entry', 'entries'],
  set: ['entry', 'entries'],
  file: ['byte', 'bytes'],
};

/** A bound of a number, length or date, stated: a person is told the allowed range, not only that the value is off. */
function boundMessage(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const big = issue.code === 'too_big';
  const bound = big ? issue.maximum : issue.minimum;
  const inclusive = issue.inclusive !== false;
  if (issue.origin === 'date') {
    const at = new Date(Number(bound)).toISOString();
    return `must be ${inclusive ? (big ? 'at or before' : 'at or after') : big ? 'before' : 'after'} ${at}`;
  }
  const unit = Object.hasOwn(UNITS, issue.origin) ? UNITS[issue.origin] : undefined;
  if (unit !== undefined) {
    const count = `${formatBound(bound)} ${bound === 1 || bound === 1n ? unit[0] : unit[1]}`;
    if (issue.exact === true) return `must have exactly ${count}`;
    return inclusive ? `must have ${big ? 'at most' : 'at least'} ${count}` : `must have ${big ? 'fewer' : 'more'} than ${count}`;
  }
  return inclusive
    ? `must be ${big ? 'at most' : 'at least'} ${formatBound(bound)}`
    : `must be ${big ? 'less' : 'more'} than ${formatBound(bound)}`;
}

/** A whole number of five digits or more with thousands separators (87,660; years stay 2199), any other as JavaScript writes it. */
function formatBound(n: number | bigint): string {
  const text = String(n);
  return /^-?\d{5,}$/.test(text) ? text.replace(/\B(?=(\d{3})+$)/g, ',') : text;
}

/** How a value of the wrong type is told: "is required (string)" when missing, else "must be a string". @internal */
export function typeMessage(expected: string, input: unknown): string {
  return input === undefined ? `is required (${expected})` : `must be ${article(expected)}`;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** Raises an {@link InvalidInputError} for one field, for checks that need context a schema lacks. */
export function invalidField(what: string, path: readonly PropertyKey[], message: string, rule?: RuleId): never {
  throw new InvalidInputError(what, [{ path, message, code: 'custom' }], rule);
}
