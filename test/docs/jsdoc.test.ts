/**
 * Every JSDoc `@example` in src/ that states a result runs, and its results are compared with
 * what the code returns (the convention: docs/testing.md, "Results in the documentation").
 *
 * An example names functions without importing them, as a reader of the file would: a name it
 * uses without defining comes from the file's own exports, then from the entry points of the
 * folders above it (the context's `index.ts`, then the package root). An example that uses a name
 * none of them has (`ports`, `rfp`, or code elided with `...`) continues a larger example, and
 * one that reads `process.env` needs the reader's server: those are fragments, not run, but their
 * result comments must still be readable.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createRuntime, freeNames, instrument, type Runtime } from './results.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'test/docs/.snippets/jsdoc');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

interface Example {
  file: string;
  /** 1-based line of the example's first code line in the source file. */
  line: number;
  code: string;
}

function sources(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
    });
}

/** The fenced code of each `@example` tag, with its line in the file. */
function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const examples: Example[] = [];
  for (const block of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const firstLine = text.slice(0, block.index).split('\n').length;
    const lines = block[0].split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\s*\*\/$/, ''));
    for (let i = 0; i < lines.length; i += 1) {
      if (!/^@example\b/.test(lines[i]!)) continue;
      const open = lines.findIndex((l, j) => j > i && /^```(?:ts|typescript)\s*$/.test(l));
      if (open === -1 || lines.slice(i + 1, open).some((l) => l.startsWith('@'))) continue;
      const close = lines.findIndex((l, j) => j > open && /^```\s*$/.test(l));
      if (close === -1) continue;
      examples.push({ file, line: firstLine + open + 1, code: lines.slice(open + 1, close).join('\n') });
      i = close;
    }
  }
  return examples;
}

/** The file itself, then each `index.ts` of the folders above it, up to src/index.ts. */
function scopeOf(file: string): string[] {
  const modules = [file];
  for (let dir = dirname(file); dir.startsWith(join(root, 'src')); dir = dirname(dir)) {
    const index = join(dir, 'index.ts');
    if (index !== file && existsSync(index)) modules.push(index);
  }
  return modules;
}

const examples = sources(join(root, 'src'))
  .flatMap(examplesOf)
  .map((example) => ({ ...example, instrumented: instrument(example.code) }))
  .filter((e) => e.instrumented.checks.length > 0 || e.instrumented.errors.length > 0);

const exportsOf = new Map<string, Set<string>>();
for (const module of new Set(examples.flatMap((e) => scopeOf(e.file))))
  exportsOf.set(module, new Set(Object.keys((await import(pathToFileURL(module).href)) as object)));

/** Where each free name of an example comes from, or the names nothing provides. */
function importsFor(example: Example): { imports: Map<string, string[]>; missing: string[] } {
  const imports = new Map<string, string[]>();
  const missing: string[] = [];
  for (const name of freeNames(example.code)) {
    const module = scopeOf(example.file).find((m) => exportsOf.get(m)?.has(name));
    if (module === undefined) missing.push(name);
    else imports.set(module, [...(imports.get(module) ?? []), name]);
  }
  return { imports, missing };
}

const resolved = examples.map((e) => ({ ...e, ...importsFor(e) }));
const isFragment = (e: (typeof resolved)[number]): boolean => e.missing.length > 0 || /\bprocess\.env\b/.test(e.code);
const runnable = resolved.filter((e) => !isFragment(e));
const fragments = resolved.filter(isFragment);

describe('JSDoc examples give the results they state', () => {
  for (const example of runnable) {
    const where = relative(root, example.file);
    it(`${where}:${example.line}`, async () => {
      const file = join(out, `${where.replace(/[/.]/g, '_')}_${example.line}.ts`);
      const header = [...example.imports].map(([module, names]) => `import { ${names.join(', ')} } from '${relative(out, module)}';`);
      writeFileSync(file, `${header.join('\n')}\n${example.instrumented.code}\nexport {};\n`);
      // Messages point at the source line: the header shifts nothing, the example's lines are counted from its fence.
      const runtime = createRuntime(example.instrumented.checks, (c) => `${where}:${example.line - 1 + c.line}`);
      (globalThis as { __hp?: Runtime }).__hp = runtime;
      await expect(import(pathToFileURL(file).href)).resolves.toBeDefined();
      const problems = [...example.instrumented.errors.map((e) => `${where}:${example.line} ${e}`), ...runtime.report()];
      expect(problems.join('\n')).toBe('');
    });
  }

  it('fragments, not run, still have readable result comments', () => {
    const errors = fragments.flatMap((e) => e.instrumented.errors.map((m) => `${relative(root, e.file)}:${e.line} ${m}`));
    expect(errors.join('\n')).toBe('');
  });

  it('finds examples with results, most of them runnable alone', () => {
    expect(examples.length).toBeGreaterThan(150);
    expect(runnable.length / examples.length).toBeGreaterThan(0.75);
  });
});
