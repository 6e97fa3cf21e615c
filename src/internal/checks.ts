import * as z from 'zod/mini';
import { hintJson } from './jsonHint.js';
import { unknownKeys } from './unknownKeys.js';

export { unknownKeys };

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

/** A schema built by {@link strictObject}: its shape stays readable, as on a zod object. */
export type StrictObject<T extends z.core.$ZodLooseShape> = z.ZodMiniType<
  z.core.$InferObjectOutput<T, z.core.$strict['out']>,
  z.core.$InferObjectInput<T, z.core.$strict['in']>
> & {
  readonly shape: T;
};

/**
 * An object with exactly the keys of `shape` (each optional or required as its schema says), for
 * every object of every input: an unknown key is an issue that names it and, when one of the
 * shape's keys is close, the key meant — "unknown key 'partnerDiscout' — did you mean
 * 'partnerDiscount'?". A misspelled option must not be silently ignored (it would quote a price
 * without the discount). Inherited properties and holes are refused before parsing, by
 * `parseInput` (see parse.ts).
 *
 * Built on a custom check, like {@link listOf} and {@link recordOf}: zod's object schema would
 * cost the partner quote bundle about 1 kB (gzip), and its issues for a field are the field
 * schema's own, with the field's path, either way. Only own keys are read; `__proto__` as an own
 * key (from `JSON.parse`) is an unknown key unless the shape has it.
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T): StrictObject<T> {
  const keys = Object.keys(shape);
  const schema = opaque((input, ctx) => {
    if (!isObject(input)) return notAnObject(input, ctx);
    const output: Record<string, unknown> = {};
    const unknown = Object.keys(input).filter((k) => !keys.includes(k));
    // `continue`: like zod's own, this issue lets the object's checks run too.
    if (unknown.length > 0)
      ctx.issues.push({ code: 'unrecognized_keys', keys: unknown, input, message: unknownKeys(unknown, keys), continue: true });
    for (const k of keys) {
      const own = Object.hasOwn(input, k);
      const parsed = parseNested(shape[k] as z.ZodMiniType, own ? input[k] : undefined);
      if (parsed.issues.length > 0) pushIssues(ctx, parsed.issues, k);
      // The keys are the shape's (the library's own names, never '__proto__'): a plain
      // assignment keeps the output a fast object for the code that reads it.
      else if (parsed.value !== undefined || own) output[k] = parsed.value;
    }
    return output;
  });
  hintJson(schema, (render) => ({
    type: 'object',
    properties: Object.fromEntries(keys.map((k) => [k, render(shape[k] as object)])),
    required: keys.filter((k) => (shape[k] as z.ZodMiniType)._zod.def.type !== 'optional'),
    additionalProperties: false,
  }));
  return Object.assign(schema, { shape }) as unknown as StrictObject<T>;
}

/**
 * A schema that reads its input with `read`. The transform sits behind an accept-all check: zod
 * takes a bare transform as optional (it may accept a missing value), and its JSON Schema
 * conversion skips a transform at the start of a pipe; behind the check, the schema is required
 * where it is a field, and its JSON Schema hint is used.
 */
function opaque<O>(
  read: (input: unknown, ctx: z.core.ParsePayload<unknown>) => O,
): z.ZodMiniPipe<z.ZodMiniCustom<unknown, unknown>, z.ZodMiniTransform<Awaited<O>, unknown>> {
  return z.pipe(z.custom<unknown>(), z.transform(read));
}

/** Where a transform's issues go. */
type IssueSink = { readonly issues: z.core.$ZodRawIssue[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The issue zod raises for a non-object where an object is expected ("must be an object", or "is required (object)"). */
function notAnObject(input: unknown, ctx: IssueSink): never {
  ctx.issues.push({ code: 'invalid_type', expected: 'object', input });
  return z.NEVER;
}

/**
 * Nested values are parsed with their input in each issue: how parse.ts words an issue depends on
 * it (a missing field "is required", a wrong one "must be …"), at any depth.
 */
const WITH_INPUT = { reportInput: true } as const;

/** What a nested parse gives: the value, and the raw issues (empty when it passed). */
type Nested = { readonly value: unknown; readonly issues: z.core.$ZodRawIssue[] };

/**
 * Parses a nested value the way zod's own object and array schemas do, with the schema's
 * `_zod.run` on a payload of its own: `safeParse` at every field and item made each a top-level
 * parse (a result object, an error with finalized issues on failure), which made a quote's input
 * 4–5× slower to read. The issues stay raw; zod finalizes them once, at the top.
 */
function parseNested(schema: z.ZodMiniType, value: unknown): Nested {
  return schema._zod.run({ value, issues: [] }, WITH_INPUT) as Nested;
}

/**
 * Re-raises a nested value's issues under `key` (their paths and inputs kept), as part of the
 * enclosing schema. They abort the enclosing schema's own checks (`continue: false`), as a failed
 * field does in a zod object: a refinement of the whole must not run on a half-read value.
 */
function pushIssues(ctx: IssueSink, issues: readonly z.core.$ZodRawIssue[], key?: PropertyKey): void {
  for (const issue of issues)
    ctx.issues.push({ ...issue, path: key === undefined ? (issue.path ?? []) : [key, ...(issue.path ?? [])], continue: false });
}

/**
 * One of several {@link strictObject}s, chosen by the literal value of their `key` field (like
 * `z.discriminatedUnion`, which needs zod's object schemas): an input whose `key` names no option
 * has one issue at `key`; otherwise the chosen option's issues are reported.
 */
export function variants<K extends string, O extends readonly (z.ZodMiniType & { readonly shape: z.core.$ZodLooseShape })[]>(
  key: K,
  options: O,
): z.ZodMiniType<z.output<O[number]>, z.input<O[number]>> {
  const byValue = new Map<unknown, O[number]>();
  for (const option of options) for (const value of (option.shape[key] as z.ZodMiniType)._zod.values ?? []) byValue.set(value, option);
  const schema = opaque((input, ctx) => {
    if (!isObject(input)) return notAnObject(input, ctx);
    const value = Object.hasOwn(input, key) ? input[key] : undefined;
    const option = byValue.get(value);
    if (option === undefined) {
      ctx.issues.push({ code: 'invalid_union', errors: [], note: 'No matching discriminator', input, path: [key] } as z.core.$ZodRawIssue);
      return z.NEVER;
    }
    const parsed = parseNested(option, input);
    if (parsed.issues.length === 0) return parsed.value;
    pushIssues(ctx, parsed.issues);
    return z.NEVER;
  });
  hintJson(schema, (render) => ({ oneOf: options.map((o) => render(o)) }));
  return schema as unknown as z.ZodMiniType<z.output<O[number]>, z.input<O[number]>>;
}

/** A boolean. */
export const flag: z.ZodMiniCustom<boolean, boolean> = /*@__PURE__*/ z.custom<boolean>(
  (v) => typeof v === 'boolean',
  'must be true or false',
);
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
      // Null-prototype: any key the key schema accepts is an ordinary key, `__proto__` and
      // `constructor` included (DESIGN principle 9: a product may be called that).
      const output: Record<string, z.output<V>> = Object.create(null);
      for (const [k, v] of Object.entries(input)) {
        if (!key.safeParse(k).success) {
          ctx.issues.push({ code: 'custom', message: `has an invalid key '${k}'`, input: k, path: [k] });
          continue;
        }
        const parsed = parseNested(value, v);
        if (parsed.issues.length === 0) output[k] = parsed.value as z.output<V>;
        else pushIssues(ctx, parsed.issues, k);
      }
      return output;
    }),
  );
  hintJson(schema, (render) => ({
    type: 'object',
    propertyNames: render(key),
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
    z.custom<z.input<I>[]>((v) => Array.isArray(v) && v.length >= min && v.length <= max, `must be a list of ${min} to ${max} ${what}`),
    // Array.from visits every index (map skips holes, which would leave holes in the result).
    z.transform((input, ctx) =>
      Array.from(input, (v, i) => {
        const parsed = parseNested(item, v);
        if (parsed.issues.length > 0) pushIssues(ctx, parsed.issues, i);
        return parsed.value as z.output<I>;
      }),
    ),
  );
  hintJson(schema, (render) => ({ type: 'array', minItems: min, maxItems: max, items: render(item) }));
  return schema as unknown as z.ZodMiniType<z.output<I>[], z.input<I>[]>;
}
