import type { JsonSchema } from '../internal/jsonHint.js';
import { defaultPolicy, policySchema } from '../policy/index.js';
import { inputEntries } from './entry.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The schema of overrides that definePolicy merges into `defaults`: nothing is required where a
 * default exists, at any depth (arrays excepted: definePolicy replaces them whole). A new entry
 * of a record (a product the default catalog lacks) needs all its fields.
 */
function deepPartial(json: JsonSchema, defaults: unknown): JsonSchema {
  if (!isRecord(defaults)) return json;
  const { required: _required, ...out } = json;
  const properties = json['properties'] as Record<string, JsonSchema> | undefined;
  if (properties !== undefined) {
    out['properties'] = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, deepPartial(v, defaults[k])]));
  }
  const entry = json['additionalProperties'];
  if (isRecord(entry)) {
    out['properties'] = Object.fromEntries(Object.keys(defaults).map((k) => [k, deepPartial(entry as JsonSchema, defaults[k])]));
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (Array.isArray(json[key])) out[key] = (json[key] as JsonSchema[]).map((branch) => deepPartial(branch, defaults));
  }
  return out;
}

/** Policy overrides (definePolicy). */
export const policyInputs = inputEntries({
  PolicyInput: {
    schema: policySchema,
    title: 'Policy overrides',
    description:
      'Overrides of the default policy, any part at any depth (catalog, pricing, accounts, support, subscriptions, partners, ' +
      'billing); what is left out is taken from defaultPolicy. Arrays replace the default whole.',
    usedBy: ['definePolicy(overrides)'],
    notChecked: [
      'cross-field rules of the merged policy (the VAT default country has a rate, tier brackets increase, …)',
      "that a VAT number pattern's counts and ranges are in order ({2,5}, not {5,2}; [A-Z], not [Z-A])",
    ],
    complete: (json) => deepPartial(json, defaultPolicy),
  },
});
