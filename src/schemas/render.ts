import * as z from 'zod/mini';
import { jsonHints, type JsonSchema } from '../internal/jsonHint.js';

/** The JSON Schema dialect of every schema in `hostpolicy/schemas`. */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

type Override = NonNullable<z.core.ToJSONSchemaParams['override']>;

/** Replaces what zod wrote for a custom check (`{}`) with the check's own hint. */
const override: Override = (ctx) => {
  const hint = jsonHints.get(ctx.zodSchema);
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
