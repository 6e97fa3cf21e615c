/**
 * Calls every function exported by the built package (dist/, every entry point) with arbitrary
 * input. The only thing allowed to escape is a HostPolicyError; results are never NaN or an
 * Invalid Date; Object.prototype is never modified. The export list is read from the built
 * package, so a new export cannot be forgotten.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyArguments } from './arbitraryInput.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
// Entry points of the package, read from package.json's exports so that a new one cannot be
// forgotten; `testing` registers vitest tests and is fuzzed by its own suite.
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
const ENTRIES = Object.keys(packageJson.exports)
  .filter((key) => key !== './package.json' && key !== './testing')
  .map((key) => (key === '.' ? 'index' : key.slice(2)));

type Fn = (...args: unknown[]) => unknown;

function isClass(value: Fn): boolean {
  return /^class[\s{]/.test(Function.prototype.toString.call(value));
}

function isHostPolicyError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as Record<symbol, unknown>)[Symbol.for('hostpolicy.error')] === true;
}

/** NaN or an Invalid Date anywhere in the first levels of a result. */
function badValueIn(value: unknown, depth = 0, seen = new Set<unknown>()): string | undefined {
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (value instanceof Date && Number.isNaN(value.getTime())) return 'Invalid Date';
  if (depth > 3 || typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  for (const key of Object.keys(value)) {
    let inner: unknown;
    try {
      inner = (value as Record<string, unknown>)[key];
    } catch {
      continue;
    }
    const bad = badValueIn(inner, depth + 1, seen);
    if (bad !== undefined) return `${bad} at .${key}`;
  }
  return undefined;
}

const prototypeKeys = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();

async function exportedFunctions(): Promise<[string, Fn][]> {
  const found = new Map<Fn, string>();
  for (const entry of ENTRIES) {
    const mod = (await import(pathToFileURL(join(root, `dist/${entry}.js`)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === 'function' && !isClass(value as Fn) && !found.has(value as Fn)) found.set(value as Fn, `${entry}:${name}`);
    }
  }
  return [...found.entries()].map(([fn, name]) => [name, fn]);
}

describe('fuzzing every exported function', async () => {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('run npm run build first');
  const functions = await exportedFunctions();
  const before = prototypeKeys();

  it('finds the exported functions', () => {
    expect(functions.length).toBeGreaterThan(20);
  });

  for (const [name, fn] of functions) {
    it(`${name} lets only HostPolicyError escape (${RUNS} cases)`, async () => {
      await fc.assert(
        fc.asyncProperty(anyArguments, async (args) => {
          let result: unknown;
          try {
            result = fn(...args);
            if (result instanceof Promise) result = await result;
          } catch (e) {
            if (!isHostPolicyError(e))
              throw new Error(`${name} threw ${(e as Error)?.name ?? typeof e}: ${(e as Error)?.message ?? String(e)}`);
            return;
          }
          const bad = badValueIn(result);
          if (bad !== undefined) throw new Error(`${name} returned ${bad}`);
          expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { numRuns: RUNS },
      );
      expect(prototypeKeys()).toEqual(before);
    });
  }
});
