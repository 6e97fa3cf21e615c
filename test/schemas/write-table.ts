/** Writes the schemas table into docs/schemas.md: `npx tsx test/schemas/write-table.ts`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { schemasTable, TABLE_END, TABLE_START } from './table.js';

const file = new URL('../../docs/schemas.md', import.meta.url);
const doc = readFileSync(file, 'utf8');
writeFileSync(file, doc.slice(0, doc.indexOf(TABLE_START)) + schemasTable() + doc.slice(doc.indexOf(TABLE_END) + TABLE_END.length));
