/**
 * Every ```ts snippet in the guides (docs/*.md and README.md) runs as written, importing the
 * package by its public name, and every result its comments state is compared with what the code
 * returns (the convention: docs/testing.md, "Results in the documentation"), so the documentation
 * cannot drift from the code.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createRuntime, instrument, type Runtime } from './results.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'test/docs/.snippets/guides');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const guides = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md') && f !== 'rules.md')
    .map((f) => `docs/${f}`),
];

/** Each snippet with the Markdown line of its fence. */
function snippetsOf(markdown: string): { code: string; fence: number }[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => ({
    code: m[1] ?? '',
    fence: markdown.slice(0, m.index).split('\n').length,
  }));
}

describe('documentation snippets run as written', () => {
  for (const guide of guides) {
    const snippets = snippetsOf(readFileSync(join(root, guide), 'utf8'));
    snippets.forEach(({ code, fence }, i) => {
      it(`${guide} snippet ${i + 1}`, async () => {
        const file = join(out, `${guide.replace(/[/.]/g, '_')}_${i + 1}.ts`);
        const instrumented = instrument(code);
        writeFileSync(file, `${instrumented.code}\nexport {};\n`);
        const runtime = createRuntime(instrumented.checks, (c) => `${guide}:${fence + c.line}`);
        (globalThis as { __hp?: Runtime }).__hp = runtime;
        await expect(import(pathToFileURL(file).href)).resolves.toBeDefined();
        const problems = [...instrumented.errors.map((e) => `${guide} snippet ${i + 1}, ${e}`), ...runtime.report()];
        expect(problems.join('\n')).toBe('');
      });
    });
  }

  it('finds snippets to run', () => {
    expect(guides.flatMap((g) => snippetsOf(readFileSync(join(root, g), 'utf8'))).length).toBeGreaterThan(3);
  });

  it('finds results to compare in them', () => {
    const checks = guides.flatMap((g) => snippetsOf(readFileSync(join(root, g), 'utf8')).flatMap((s) => instrument(s.code).checks));
    expect(checks.length).toBeGreaterThan(200);
  });
});
