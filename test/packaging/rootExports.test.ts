/**
 * The root entry (`import … from 'hostpolicy'`) holds every name of every other entry point, the
 * same values and the same types (README, "Entry points"), except the entries kept apart on
 * purpose. The entry list comes from tsup.config.ts, the one that builds them, so a new entry
 * cannot be forgotten.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import { entries } from '../../tsup.config.js';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Entries the root does not re-export, and why: importing them needs an optional peer dependency
 * (the root must load with the runtime dependencies alone), or they are one backend among the
 * storage adapters that a service picks (and would put SQL migrations into every root import).
 */
const APART: Readonly<Record<string, string>> = {
  index: 'the root itself',
  testing: 'imports vitest and fast-check (optional peers)',
  holidays: 'loads date-holidays (an optional peer)',
  'adapters/postgres': 'a storage backend with its SQL migrations, chosen by the service',
};

const held = Object.entries(entries).filter(([name]) => !(name in APART));

/** Every exported name of a module, types included, read with the TypeScript API. */
function exportedNames(program: ts.Program, file: string): Set<string> {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(join(projectRoot, file));
  const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (symbol === undefined) throw new Error(`${file} is not a module`);
  return new Set(checker.getExportsOfModule(symbol).map((s) => s.name));
}

describe('the root entry holds every entry point', () => {
  it('builds every entry the package exports, and keeps only the listed ones apart', () => {
    expect(held.length).toBeGreaterThan(10);
    for (const name of Object.keys(APART)) expect(Object.keys(entries)).toContain(name);
  });

  for (const [name, file] of held) {
    it(`holds the values of hostpolicy/${name === 'quote' ? 'quote (the partner quote entry)' : name}`, async () => {
      const entry = (await import(pathToFileURL(join(projectRoot, file)).href)) as Record<string, unknown>;
      const rootValues = root as Record<string, unknown>;
      const missing = Object.keys(entry).filter((key) => !Object.hasOwn(rootValues, key));
      const different = Object.keys(entry).filter((key) => Object.hasOwn(rootValues, key) && rootValues[key] !== entry[key]);
      expect({ missing, different }).toEqual({ missing: [], different: [] });
      expect(Object.keys(entry).length).toBeGreaterThan(0);
    });
  }

  it('holds the type names of every entry too', () => {
    const program = ts.createProgram(
      ['src/index.ts', ...held.map(([, file]) => file)].map((file) => join(projectRoot, file)),
      { strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true, types: [] },
    );
    const rootNames = exportedNames(program, 'src/index.ts');
    const missing = held.flatMap(([name, file]) =>
      [...exportedNames(program, file)].filter((n) => !rootNames.has(n)).map((n) => `${name}: ${n}`),
    );
    expect(missing).toEqual([]);
    // The check can fail: a module's names are read, not assumed.
    expect(rootNames.has('jsonSchemaFor')).toBe(true);
    expect(rootNames.has('JsonSchemaName')).toBe(true);
    expect(rootNames.has('describeRepositoryContract')).toBe(false);
  });
});
