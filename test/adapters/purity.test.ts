import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '../../src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
const sources = files(root).map((path) => ({ path: relative(root, path).replaceAll('\\', '/'), text: readFileSync(path, 'utf8') }));

describe('storage and testing boundaries', () => {
  it('only src/testing imports vitest or fast-check (optional peer dependencies of hostpolicy/testing)', () => {
    const offenders = sources.filter((s) => !s.path.startsWith('testing/') && /from '(vitest|fast-check)'/.test(s.text)).map((s) => s.path);
    expect(offenders).toEqual([]);
  });

  it('only the system clock adapter reads the wall clock', () => {
    const offenders = sources
      .filter(
        (s) => s.path !== 'adapters/system/clock.ts' && /new Date\(\)|Date\.now\(\)/.test(s.text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')),
      )
      .map((s) => s.path);
    expect(offenders).toEqual([]);
  });
});
