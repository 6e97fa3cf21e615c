import type { JsonSchema } from '../internal/jsonHint.js';

/** One public input: the real boundary schema that checks it, and what the JSON Schema says of it. */
export interface InputEntry {
  /** The zod schema the public function(s) parse this input with. */
  readonly schema: object;
  readonly title: string;
  readonly description: string;
  /** The public functions, and which argument, that take this input. */
  readonly usedBy: readonly string[];
  /** What the library checks beyond the JSON Schema (cross-field rules, check digits, …). */
  readonly notChecked?: readonly string[];
  /**
   * Adds what the conversion cannot carry and JSON Schema can express: limits that come from
   * `defaultPolicy` (the partner discount cap, the catalog), rules across fields (if/then).
   */
  readonly complete?: (json: JsonSchema) => JsonSchema;
}

/**
 * Checks and types a group of entries: the names become a union of literals, and the entries'
 * zod types stay out of the declarations (`JsonSchemaName` is read from them).
 */
export function inputEntries<const K extends string>(entries: Readonly<Record<K, InputEntry>>): Readonly<Record<K, InputEntry>> {
  return entries;
}

/** `json` (an object schema) with `schema`'s keywords added to `properties[key]`. */
export function withProperty(json: JsonSchema, key: string, schema: JsonSchema): JsonSchema {
  const properties = json['properties'] as Record<string, JsonSchema>;
  return { ...json, properties: { ...properties, [key]: { ...properties[key], ...schema } } };
}
