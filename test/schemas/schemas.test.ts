import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors.js';
import { jsonSchemaFor, jsonSchemas, type JsonSchemaName } from '../../src/schemas/index.js';
import { uncoveredChecks } from '../../src/schemas/render.js';
import type { InputEntry } from '../../src/schemas/entry.js';
import { ENTRIES } from './entries.js';
import { ajv } from './verdict.js';

const NAMES = Object.keys(jsonSchemas) as JsonSchemaName[];

/** Sub-schemas that accept anything (`{}`), with their JSON pointer. */
function anythingGoes(json: unknown, path = '#', out: string[] = []): string[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return out;
  if (Object.keys(json).length === 0) out.push(path);
  for (const [key, value] of Object.entries(json)) {
    if (key === 'properties' || key === '$defs') {
      for (const [name, inner] of Object.entries(value as object)) anythingGoes(inner, `${path}/${key}/${name}`, out);
    } else if (Array.isArray(value)) {
      value.forEach((inner, i) => {
        anythingGoes(inner, `${path}/${key}/${i}`, out);
      });
    } else if (!['const', 'enum', 'examples', 'default'].includes(key)) anythingGoes(value, `${path}/${key}`, out);
  }
  return out;
}

// Fields that take any value on purpose: a billing address keeps its further fields as they are.
const ANYTHING_ON_PURPOSE = new Set(['RenewalBillingAddressInput#/properties/billingAddresses/items/additionalProperties']);

describe('hostpolicy/schemas', () => {
  it('has one schema per entry, and every entry names the functions it serves', () => {
    expect(NAMES.sort()).toEqual(Object.keys(ENTRIES).sort());
    expect(NAMES.length).toBeGreaterThanOrEqual(70);
    for (const entry of Object.values(ENTRIES)) expect(entry.usedBy.length).toBeGreaterThan(0);
  });

  it.each(NAMES)('%s is a draft 2020-12 schema with $id, title, description and a type', (name) => {
    const schema = jsonSchemaFor(name);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`urn:hostpolicy:schema:${name}`);
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.description).toContain('Used by: ');
    expect(schema.type ?? schema.anyOf ?? schema.oneOf).toBeDefined();
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it.each(NAMES)('%s leaves no custom check unconverted (no sub-schema that accepts anything)', (name) => {
    const loose = anythingGoes(jsonSchemaFor(name)).filter((path) => !ANYTHING_ON_PURPOSE.has(`${name}${path}`));
    expect(loose).toEqual([]);
    expect(uncoveredChecks(ENTRIES[name]?.schema as object).filter((c) => c.kind === 'unrepresented')).toEqual([]);
  });

  it.each(NAMES)('%s lists what it cannot check when its zod schema has refinements', (name) => {
    const entry = ENTRIES[name] as InputEntry;
    const refinements = uncoveredChecks(entry.schema).filter((c) => c.kind === 'refinement');
    if (refinements.length > 0) expect((entry.notChecked ?? []).length + (entry.complete === undefined ? 0 : 1)).toBeGreaterThan(0);
    if (entry.notChecked !== undefined) expect(jsonSchemaFor(name).description).toContain('Not checked by this JSON Schema');
  });

  it.each(NAMES)("%s writes digits as [0-9], not \\d (which Python reads as any script's digits)", (name) => {
    expect(JSON.stringify(jsonSchemaFor(name))).not.toMatch(/"pattern":"(?:[^"\\]|\\.)*\\\\d/);
  });

  it('objects require what the library requires, strict objects refuse unknown keys', () => {
    expect(jsonSchemas.SupportRequestInput.required).toEqual(['tier', 'channel', 'receivedAt']);
    expect(jsonSchemas.WeeklyScheduleInput.required).toEqual(['timeZone', 'hours']);
    expect(jsonSchemas.WeeklyScheduleInput.additionalProperties).toBe(false);
    expect(jsonSchemas.QuoteInput.additionalProperties).toBe(false); // a misspelled option is refused, not ignored
  });

  it('jsonSchemaFor caches and freezes; jsonSchemas reads the same objects', () => {
    const schema = jsonSchemaFor('MoneyInput');
    expect(jsonSchemaFor('MoneyInput')).toBe(schema);
    expect(jsonSchemas.MoneyInput).toBe(schema);
    expect(Object.isFrozen(schema)).toBe(true);
    expect(Object.isFrozen(schema.properties)).toBe(true);
    expect(Object.isFrozen(jsonSchemas)).toBe(true);
  });

  it('jsonSchemaFor refuses an unknown name with InvalidInputError', () => {
    for (const bad of ['Quote', '', 'constructor', '__proto__', 42, undefined, null]) {
      expect(() => jsonSchemaFor(bad as never)).toThrow(InvalidInputError);
    }
  });

  it('the quote schema carries the default policy: cap, catalog products, VAT countries', () => {
    const text = JSON.stringify(jsonSchemas.QuoteInput);
    expect(text).toContain('web-hosting');
    expect(jsonSchemas.QuoteInput.properties).toMatchObject({
      partnerDiscount: { anyOf: [{ type: 'number', minimum: 0, maximum: 0.35 }, {}, {}] },
    });
  });
});
