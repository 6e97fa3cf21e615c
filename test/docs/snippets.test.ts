/**
 * Every ```ts snippet in the guides (docs/*.md and README.md) runs as written, importing the
 * package by its public name, so the documentation cannot drift from the code.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'test/docs/.snippets');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const guides = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md') && f !== 'rules.md')
    .map((f) => `docs/${f}`),
];

function snippetsOf(markdown: string): string[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

describe('documentation snippets run as written', () => {
  for (const guide of guides) {
    const snippets = snippetsOf(readFileSync(join(root, guide), 'utf8'));
    snippets.forEach((code, i) => {
      it(`${guide} snippet ${i + 1}`, async () => {
        const file = join(out, `${guide.replace(/[/.]/g, '_')}_${i + 1}.ts`);
        writeFileSync(file, `${code}\nexport {};\n`);
        await expect(import(pathToFileURL(file).href)).resolves.toBeDefined();
      });
    });
  }

  it('finds snippets to run', () => {
    expect(guides.flatMap((g) => snippetsOf(readFileSync(join(root, g), 'utf8'))).length).toBeGreaterThan(3);
  });
});
