/**
 * How a custom check reads in JSON Schema (draft 2020-12). `z.custom` and `z.transform` have no
 * JSON Schema equivalent, so each check that the library's boundary schemas build from them
 * carries a hint next to its definition; `hostpolicy/schemas` reads the hints while converting the
 * real boundary schemas with `z.toJSONSchema`, so the JSON Schemas cannot drift from the
 * validators.
 *
 * The partner quote bundles (tsup.config.ts) replace this module with `jsonHint.browser.ts`, whose
 * `describeJson` returns the schema untouched: minification then drops the hints, and the bundle
 * pays nothing for them.
 *
 * @module
 * @internal
 */

/** A JSON Schema (draft 2020-12) object. */
export type JsonSchema = { [keyword: string]: unknown };

/** Renders a nested zod schema with the same settings (for lists, records and pipes). */
export type RenderJson = (schema: object) => JsonSchema;

/** Builds the JSON Schema of one check; called only when `hostpolicy/schemas` converts a schema. */
export type JsonHint = (render: RenderJson) => JsonSchema;

/** The hints, by schema instance. @internal */
export const jsonHints: WeakMap<object, JsonHint> = /*@__PURE__*/ new WeakMap<object, JsonHint>();

/** Attaches `hint` to `schema` and returns the schema. @internal */
export function describeJson<S extends object>(schema: S, hint: JsonHint): S {
  jsonHints.set(schema, hint);
  return schema;
}

/**
 * Attaches `hint` to `schema`, as a statement of its own. Code that the quote bundles reach uses
 * this form: its browser twin is an empty function, whose calls the minifier removes entirely
 * (it keeps the calls of an identity function). @internal
 */
export function hintJson(schema: object, hint: JsonHint): void {
  jsonHints.set(schema, hint);
}
