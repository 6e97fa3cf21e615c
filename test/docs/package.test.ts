/**
 * What `npm pack` would publish: the built package, the docs (README links into docs/, and the
 * API reference lands in docs/api), README, LICENSE and CHANGELOG, nothing from test/ or bench/;
 * and a version that the CHANGELOG documents.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  files: string[];
  sideEffects: boolean;
  dependencies: Record<string, string>;
};

describe('package contents', () => {
  it('publishes only dist, docs, README, LICENSE and CHANGELOG', () => {
    expect([...pkg.files].sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist', 'docs']);
  });

  it('has no side effects at import and only the runtime dependencies the design names', () => {
    expect(pkg.sideEffects).toBe(false);
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['@date-fns/tz', 'date-fns', 'decimal.js', 'ts-pattern', 'zod']);
  });

  it('documents the package version in the changelog', () => {
    expect(readFileSync(join(root, 'CHANGELOG.md'), 'utf8')).toContain(`## [${pkg.version}]`);
  });
});
