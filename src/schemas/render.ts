import * as z from 'zod/mini';
import { jsonHints, type JsonSchema } from '../internal/jsonHint.js';

/** The JSON Schema dialect of every schema in `hostpolicy/schemas`. */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

type Override = NonNullable<z.core.ToJSONSchemaParams['override']>;

type Def = { type: string; checks?: { _zod: { def: { check: string } } }[]; [key: string]: unknown };
type ZodLike = { _zod: { def: Def; parent?: ZodLike } };

function isZodSchema(value: unknown): value is ZodLike {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/**
 * The schema that carries the hint for `schema`: itself, or the schema it was made from by
 * `.check(...)` (zod keeps that one as its `parent`).
 */
function hinted(schema: unknown): ZodLike | undefined {
  for (let s = isZodSchema(schema) ? schema : undefined; s !== undefined; s = s._zod.parent) if (jsonHints.has(s)) return s;
  return undefined;
}

/**
 * The keys an object requires: those whose schema refuses `undefined`, which is how the object
 * reads a missing key. zod's conversion counts a transform (an instant, a rate, a time zone) as
 * optional because it could accept `undefined`; ours do not.
 */
function requiredKeys(shape: Record<string, { safeParse(v: unknown): { success: boolean } }>): string[] {
  return Object.keys(shape).filter((key) => shape[key]?.safeParse(undefined).success === false);
}

/**
 * Called by zod for every schema it converts: an object's `required` is recomputed (see
 * {@link requiredKeys}), and what zod wrote for a custom check (`{}`) is replaced by the check's hint.
 */
const override: Override = (ctx) => {
  const def = (ctx.zodSchema as unknown as ZodLike)._zod.def;
  if (def.type === 'object' && !jsonHints.has(ctx.zodSchema)) {
    const required = requiredKeys(def['shape'] as Parameters<typeof requiredKeys>[0]);
    const json = ctx.jsonSchema as JsonSchema;
    if (required.length > 0) json['required'] = required;
    else delete json['required'];
  }
  const carrier = hinted(ctx.zodSchema);
  const hint = carrier === undefined ? undefined : jsonHints.get(carrier);
  if (hint === undefined) return;
  const json = ctx.jsonSchema as JsonSchema;
  for (const key of Object.keys(json)) delete json[key];
  Object.assign(json, hint(renderJson));
};

/**
 * The JSON Schema of what `schema` accepts (its input side), converted by zod's `toJSONSchema`
 * with the custom checks' hints (src/internal/jsonHint.ts), as plain JSON data.
 */
export function renderJson(schema: object): JsonSchema {
  const json = z.toJSONSchema(schema as z.ZodMiniType, { io: 'input', unrepresentable: 'any', override }) as JsonSchema;
  const { $schema: _dialect, ...rest } = JSON.parse(JSON.stringify(json)) as JsonSchema;
  return rest;
}

/**
 * Where `schema` has checks that its JSON Schema does not carry: a custom check or transform
 * without a hint (JSON Schema `{}`, anything goes), or a refinement (a cross-field rule, which
 * JSON Schema cannot express and the entry must list under `notChecked`). Walks the input side,
 * as `renderJson` does, and stops at hinted schemas.
 */
export function uncoveredChecks(
  schema: object,
  path = '#',
  seen = new Set<object>(),
): { path: string; kind: 'unrepresented' | 'refinement' }[] {
  if (!isZodSchema(schema) || seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._zod.def;
  const refinements = (s: ZodLike): number => (s._zod.def.checks ?? []).filter((c) => c._zod.def.check === 'custom').length;
  const carrier = hinted(schema);
  if (carrier !== undefined) {
    // The hint covers its own schema's refinements, not those added by a later .check().
    return carrier !== schema && refinements(schema) > refinements(carrier) ? [{ path, kind: 'refinement' }] : [];
  }
  const found: { path: string; kind: 'unrepresented' | 'refinement' }[] = [];
  if (def.type === 'custom' || def.type === 'transform') found.push({ path, kind: 'unrepresented' });
  if (refinements(schema) > 0) found.push({ path, kind: 'refinement' });
  const visit = (child: unknown, at: string): void => {
    if (isZodSchema(child)) found.push(...uncoveredChecks(child, at, seen));
  };
  if (def.type === 'pipe') {
    const input = def['in'] as ZodLike;
    visit(input._zod.def.type === 'transform' ? def['out'] : input, path);
    return found;
  }
  if (def.type === 'object') for (const [key, value] of Object.entries(def['shape'] as object)) visit(value, `${path}/${key}`);
  for (const key of ['element', 'innerType', 'keyType', 'valueType', 'catchall']) visit(def[key], `${path}/${key}`);
  for (const key of ['options', 'items']) {
    const list = def[key];
    if (Array.isArray(list)) {
      list.forEach((item: unknown, i) => {
        visit(item, `${path}/${key}/${i}`);
      });
    }
  }
  return found;
}

/**
 * A pattern with `\d` written as `[0-9]`: JavaScript reads `\d` as ASCII digits, but Python's
 * `re` (and so the `jsonschema` package) also matches other scripts' digits with it.
 */
export function portablePattern(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i] as string;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      out += next === 'd' ? (inClass ? '0-9' : '[0-9]') : c + next;
      i += 1;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/** `json` with every `pattern` made portable (see {@link portablePattern}). */
export function withPortablePatterns(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(withPortablePatterns);
  if (typeof json !== 'object' || json === null) return json;
  return Object.fromEntries(
    Object.entries(json).map(([key, value]) => [
      key,
      key === 'pattern' && typeof value === 'string'
        ? portablePattern(value)
        : key === 'enum' || key === 'const'
          ? value
          : withPortablePatterns(value),
    ]),
  );
}
