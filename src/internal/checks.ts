import * as z from 'zod/mini';
import { hintJson } from './jsonHint.js';

/*
 * Small schema builders on top of `z.custom`. The partner quote bundle has a 25 kB gzip budget;
 * every distinct zod schema kind (enum, literal, union, int, regex…) costs bytes in it, while one
 * custom check with a clear message costs almost nothing and reads better in errors.
 */

/*
 * Each builder attaches its JSON Schema with `hintJson` (see jsonHint.ts), in a statement of its
 * own so that the quote bundles, which swap it for an empty function, drop it without a trace.
 */

/** One of a fixed set of string values. */
export function oneOf<const T extends string>(values: readonly T[], what = 'value'): z.ZodMiniCustom<T, T> {
  const allowed = new Set<string>(values);
  const schema = z.custom<T>(
    (v) => typeof v === 'string' && allowed.has(v),
    `must be one of ${values.map((v) => `'${v}'`).join(', ')}${what === 'value' ? '' : ` (${what})`}`,
  );
  hintJson(schema, () => ({ type: 'string', enum: [...values] }));
  return schema;
}

/** A whole number between `min` and `max` inclusive. */
export function wholeNumber(min: number, max: number, message?: string): z.ZodMiniCustom<number, number> {
  const schema = z.custom<number>(
    (v) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max,
    message ?? `must be a whole number from ${min} to ${max}`,
  );
  hintJson(schema, () => ({ type: 'integer', minimum: min, maximum: max }));
  return schema;
}

/** A string that matches `pattern` (no flags, so that JSON Schema reads it the same way). */
export function matching(pattern: RegExp, message: string): z.ZodMiniCustom<string, string> {
  const schema = z.custom<string>((v) => typeof v === 'string' && pattern.test(v), message);
  hintJson(schema, () => ({ type: 'string', pattern: pattern.source }));
  return schema;
}

/** A non-empty string of at most `max` characters (ids, names). */
export function text(what: string, max = 200): z.ZodMiniCustom<string, string> {
  const schema = z.custom<string>(
    (v) => typeof v === 'string' && v.trim().length > 0 && v.length <= max,
    `must be a non-empty ${what} of at most ${max} characters`,
  );
  // \S: not only white space (what trim() removes). JSON Schema counts code points, JS code
  // units: the two differ only for characters outside the Basic Multilingual Plane.
  hintJson(schema, () => ({ type: 'string', minLength: 1, maxLength: max, pattern: '\\S' }));
  return schema;
}

/** A boolean. */
export const flag: z.ZodMiniCustom<boolean, boolean> = /*@__PURE__*/ z.custom<boolean>((v) => typeof v === 'boolean', 'must be true or false');
hintJson(flag, () => ({ type: 'boolean' }));

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * A plain object whose keys pass `key` and whose values parse with `value` (like `z.record`,
 * which costs the quote bundle more). Issues keep their full path; keys such as `__proto__` are
 * refused.
 */
export function recordOf<V extends z.ZodMiniType>(
  key: z.ZodMiniType<string>,
  value: V,
): z.ZodMiniType<Record<string, z.output<V>>, Record<string, z.input<V>>> {
  const schema = z.pipe(
    z.custom<Record<string, z.input<V>>>(isPlainRecord, 'must be an object'),
    z.transform((input, ctx) => {
      const output: Record<string, z.output<V>> = {};
      for (const [k, v] of Object.entries(input)) {
        if (k === '__proto__' || k === 'constructor' || k === 'prototype' || !key.safeParse(k).success) {
          ctx.issues.push({ code: 'custom', message: `has an invalid key '${k}'`, input: k, path: [k] });
          continue;
        }
        const parsed = value.safeParse(v);
        if (parsed.success) output[k] = parsed.data as z.output<V>;
        else for (const issue of parsed.error.issues) ctx.issues.push({ ...issue, input: v, path: [k, ...issue.path] } as z.core.$ZodRawIssue);
      }
      return output;
    }),
  );
  hintJson(schema, (render) => ({
    type: 'object',
    propertyNames: { ...render(key), not: { enum: ['__proto__', 'constructor', 'prototype'] } },
    additionalProperties: render(value),
  }));
  return schema as unknown as z.ZodMiniType<Record<string, z.output<V>>, Record<string, z.input<V>>>;
}

/**
 * An array of `min` to `max` items that each parse with `item` (like `z.array` with length
 * checks, at a fraction of its cost in the quote bundle). Issues keep their full path.
 */
export function listOf<I extends z.ZodMiniType>(
  item: I,
  min: number,
  max: number,
  what = 'items',
): z.ZodMiniType<z.output<I>[], z.input<I>[]> {
  const schema = z.pipe(
    z.custom<z.input<I>[]>(
      (v) => Array.isArray(v) && v.length >= min && v.length <= max,
      `must be a list of ${min} to ${max} ${what}`,
    ),
    z.transform((input, ctx) =>
      input.map((v, i) => {
        const parsed = item.safeParse(v);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) ctx.issues.push({ ...issue, input: v, path: [i, ...issue.path] } as z.core.$ZodRawIssue);
        }
        return parsed.data as z.output<I>;
      }),
    ),
  );
  hintJson(schema, (render) => ({ type: 'array', minItems: min, maxItems: max, items: render(item) }));
  return schema as unknown as z.ZodMiniType<z.output<I>[], z.input<I>[]>;
}
