/**
 * JSON Schemas (draft 2020-12) of every public input, for services that are not written in
 * TypeScript: validate a request body in Python, Go or anywhere before sending it to a service
 * that calls hostpolicy, and get the verdict the library would give. Each schema is converted
 * with zod's `toJSONSchema` from the very zod schema the public function parses its input with;
 * the library's custom checks carry their JSON Schema next to their definition, so the two
 * cannot drift apart. What JSON Schema cannot express (check digits, cross-field rules, whether a
 * date exists) is listed in each schema's `description`.
 *
 * Schemas are built on first use and cached; the limits that come from the policy (the partner
 * discount cap, the default catalog's products) are those of `defaultPolicy`.
 *
 * @module schemas
 */
import type { JsonSchema } from '../internal/jsonHint.js';
import { oneOf } from '../internal/checks.js';
import { parseInput } from '../internal/parse.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { accountsInputs } from './accounts.js';
import { billingInputs } from './billing.js';
import { calendarInputs } from './calendar.js';
import type { InputEntry } from './entry.js';
import { moneyInputs } from './money.js';
import { partnersInputs } from './partners.js';
import { policyInputs } from './policy.js';
import { pricingInputs } from './pricing.js';
import { JSON_SCHEMA_DIALECT, renderJson, withPortablePatterns } from './render.js';
import { subscriptionsInputs } from './subscriptions.js';
import { supportInputs } from './support.js';

export type { JsonSchema } from '../internal/jsonHint.js';

const INPUTS = {
  ...moneyInputs,
  ...pricingInputs,
  ...calendarInputs,
  ...policyInputs,
  ...supportInputs,
  ...subscriptionsInputs,
  ...partnersInputs,
  ...billingInputs,
  ...accountsInputs,
};

/** The name of a public input that has a JSON Schema, e.g. `'QuoteInput'`. */
export type JsonSchemaName = keyof typeof INPUTS;

const NAMES = Object.keys(INPUTS) as JsonSchemaName[];
const nameSchema = /*@__PURE__*/ oneOf(NAMES, 'JSON Schema name');
const cache = new Map<JsonSchemaName, JsonSchema>();

function build(name: JsonSchemaName): JsonSchema {
  const entry: InputEntry = INPUTS[name];
  const rendered = renderJson(entry.schema);
  const json = withPortablePatterns(entry.complete === undefined ? rendered : entry.complete(rendered)) as JsonSchema;
  // The entry's description replaces the check's own at the top (nested fields keep theirs).
  const { description: _own, ...body } = json;
  const description = [
    entry.description,
    `Used by: ${entry.usedBy.join('; ')}.`,
    entry.notChecked === undefined ? undefined : `Not checked by this JSON Schema (the library checks it): ${entry.notChecked.join('; ')}.`,
  ].filter((part) => part !== undefined);
  return deepFreeze({
    $schema: JSON_SCHEMA_DIALECT,
    $id: `urn:hostpolicy:schema:${name}`,
    title: entry.title,
    description: description.join(' '),
    ...body,
  });
}

/**
 * The JSON Schema (draft 2020-12) of one public input, built on first use and cached (frozen).
 *
 * @param name - the input's name; {@link jsonSchemas} lists them all.
 * @returns a JSON Schema with `$schema`, `$id` (`urn:hostpolicy:schema:<name>`), `title` and a
 *   `description` naming the functions that take the input and what the schema cannot check.
 * @throws InvalidInputError (`INVALID_INPUT`) for an unknown name.
 *
 * @example
 * ```ts
 * const schema = jsonSchemaFor('QuoteInput');
 * schema.$id;                        // 'urn:hostpolicy:schema:QuoteInput'
 * schema.required;                   // ['currency', 'lines']
 * JSON.stringify(schema).length > 0; // true: plain JSON data
 * ```
 */
export function jsonSchemaFor(name: JsonSchemaName): JsonSchema {
  const checked = parseInput(nameSchema, name, 'JSON Schema name');
  let schema = cache.get(checked);
  if (schema === undefined) {
    schema = build(checked);
    cache.set(checked, schema);
  }
  return schema;
}

/**
 * Every public input's JSON Schema by name (`QuoteInput`, `MoneyInput`, `WeeklyScheduleInput`,
 * `ReconcileInput`, …). Each property is built when first read, so importing the module costs
 * nothing; `JSON.stringify(jsonSchemas)` writes them all.
 *
 * @example
 * ```ts
 * Object.keys(jsonSchemas).includes('ReconcileInput'); // true
 * jsonSchemas.MoneyInput.required;                     // ['amount', 'currency']
 * ```
 */
export const jsonSchemas: Readonly<Record<JsonSchemaName, JsonSchema>> = /*@__PURE__*/ (() => {
  const record = {} as Record<JsonSchemaName, JsonSchema>;
  for (const name of NAMES) Object.defineProperty(record, name, { enumerable: true, get: () => jsonSchemaFor(name) });
  return Object.freeze(record);
})();
