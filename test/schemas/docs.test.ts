import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemasTable, TABLE_END, TABLE_START } from './table.js';

describe('docs/schemas.md', () => {
  it('lists every schema with the functions it serves, as the module says (regenerate: npx tsx test/schemas/write-table.ts)', () => {
    const doc = readFileSync(new URL('../../docs/schemas.md', import.meta.url), 'utf8');
    const table = doc.slice(doc.indexOf(TABLE_START), doc.indexOf(TABLE_END) + TABLE_END.length);
    expect(table).toBe(schemasTable());
  });
});
