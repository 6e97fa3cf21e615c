/**
 * The built hostpolicy/schemas (ESM and CommonJS) gives the same JSON Schemas as the source: the
 * bundler kept every hint that the boundary checks attach at module load.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/schemas/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

describe('hostpolicy/schemas as built', () => {
  if (!existsSync(join(root, 'dist/schemas.js'))) throw new Error('run npm run build first');

  it('ESM build: the same schemas as the source', async () => {
    const built = (await import(pathToFileURL(join(root, 'dist/schemas.js')).href)) as { jsonSchemas: object };
    expect(JSON.parse(JSON.stringify(built.jsonSchemas))).toEqual(JSON.parse(JSON.stringify(jsonSchemas)));
  });

  it('CommonJS build: the same schemas as the source', () => {
    const built = createRequire(import.meta.url)(join(root, 'dist/schemas.cjs')) as { jsonSchemas: object };
    expect(JSON.parse(JSON.stringify(built.jsonSchemas))).toEqual(JSON.parse(JSON.stringify(jsonSchemas)));
  });
});
