/**
 * JSON Schemas for services in other languages: what hostpolicy/schemas holds, and what a
 * validator in Python or Go learns from it about a quote request.
 */
import { jsonSchemaFor, jsonSchemas, type JsonSchemaName } from '../src/schemas/index.js';

const names = Object.keys(jsonSchemas) as JsonSchemaName[];
console.log(`${names.length} JSON Schemas (draft 2020-12), ${(JSON.stringify(jsonSchemas).length / 1000).toFixed(0)} kB of JSON in all`);

const quote = jsonSchemaFor('QuoteInput');
const properties = quote.properties as Record<string, { anyOf?: { type?: string; maximum?: number }[] }>;
const discountMax = properties['partnerDiscount']?.anyOf?.find((b) => b.type === 'number')?.maximum;
console.log(
  `QuoteInput (${quote.$id}): requires ${(quote.required as string[]).join(', ')}; ` +
    `partner discount at most ${discountMax} (35 %, the default policy's cap)`,
);

for (const name of ['InvoiceInput', 'WeeklyScheduleInput'] as const) {
  const text = String(jsonSchemaFor(name).description);
  console.log(`${name}, left to the library: ${text.slice(text.indexOf('(the library checks it): ') + 25)}`);
}
