/** JSON in and out of the command line. */
import { UsageError, type CliIo } from './io.js';

/** Reads and parses a JSON file; a file that is not JSON is a {@link UsageError} naming it. */
export async function readJsonFile(io: CliIo, path: string, what: string): Promise<unknown> {
  const text = await io.read(path);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UsageError(`${what} ${path} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Objects and arrays this deep or deeper are written on one line each. */
const ONE_LINE_DEPTH = 3;

/** What `JSON.stringify` would write for a value: its `toJSON()` when it has one. */
function jsonValue(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function'
    ? (value as { toJSON: (key: string) => unknown }).toJSON(key)
    : value;
}

const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * A value as JSON, line by line: the outer objects and arrays opened on lines of their own, every
 * value from {@link ONE_LINE_DEPTH} down on one line. `JSON.parse` of the lines joined gives what
 * `JSON.parse(JSON.stringify(value))` gives, but no single string holds the whole result, which
 * for a statement of a million payments would pass the engine's largest string.
 */
export function jsonLines(value: unknown): Generator<string> {
  return linesOf(jsonValue(value, ''), 0, undefined, '');
}

/** `v` already through its `toJSON()`, as `JSON.stringify` calls it once per value. */
function* linesOf(v: unknown, depth: number, name: string | undefined, suffix: string): Generator<string> {
  const indent = '  '.repeat(depth);
  const label = name === undefined ? '' : `${JSON.stringify(name)}: `;
  if (depth >= ONE_LINE_DEPTH || typeof v !== 'object' || v === null) {
    yield `${indent}${label}${JSON.stringify(omitted(v) ? null : v)}${suffix}`;
    return;
  }
  const isArray = Array.isArray(v);
  const entries: [string, unknown][] = isArray
    ? (v as unknown[]).map((item, i) => {
        const j = jsonValue(item, String(i));
        return [String(i), omitted(j) ? null : j];
      })
    : Object.entries(v)
        .map(([k, item]): [string, unknown] => [k, jsonValue(item, k)])
        .filter(([, j]) => !omitted(j));
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    yield `${indent}${label}${open}${close}${suffix}`;
    return;
  }
  yield `${indent}${label}${open}`;
  for (let i = 0; i < entries.length; i += 1) {
    const [k, item] = entries[i] as [string, unknown];
    yield* linesOf(item, depth + 1, isArray ? undefined : k, i === entries.length - 1 ? '' : ',');
  }
  yield `${indent}${close}${suffix}`;
}
