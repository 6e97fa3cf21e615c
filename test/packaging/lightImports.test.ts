import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/*
 * The light imports that scripts/size.mjs budgets on the packed package (docs/packaging.md) stay
 * light only if the modules they reach import nothing heavy. The build gives each of them
 * chunks of their own (tsup.config.ts, `split/` entries), holding every module they reach by a
 * static import — so one import of a context's index, or of a module with zod schemas, brings its
 * whole graph back. This test walks those graphs in src/ and names the chain that does, long
 * before a build and a size check would.
 *
 * An `import type` is erased. Any other import keeps its module in the graph, even one whose
 * names are all types (`import { type X }`): under `verbatimModuleSyntax` it stays an import.
 */

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** The modules and packages a module imports or re-exports at run time. */
function imports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
  const found: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) found.push((node.moduleSpecifier as ts.StringLiteral).text);
    if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier !== undefined)
      found.push((node.moduleSpecifier as ts.StringLiteral).text);
  }
  return found.map((spec) => (spec.startsWith('.') ? resolve(dirname(file), spec.replace(/\.js$/, '.ts')) : spec));
}

/** Every module reached from `entry`, each with the chain that reaches it. */
function graph(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (!file.startsWith('/')) continue; // a package
    for (const next of imports(file)) {
      if (reached.has(next)) continue;
      reached.set(next, [...(reached.get(file) ?? []), next]);
      queue.push(next);
    }
  }
  return reached;
}

const short = (chain: readonly string[]) => chain.map((f) => f.replace(`${SRC}/`, '')).join(' → ');

/** What each light import must not reach: packages, or modules of src (relative paths). */
const LIGHT: Record<string, { entry: string; without: readonly string[] }> = {
  'isValidQrReference, qrReference, formatQrReference (budget 1.5 kB)': {
    entry: 'billing/qrReference.ts',
    without: ['zod/mini', 'decimal.js', '@date-fns/tz'],
  },
  'isValidCreditorReference, creditorReference (budget 1.5 kB)': {
    entry: 'billing/creditorReference.ts',
    without: ['zod/mini', 'decimal.js', '@date-fns/tz'],
  },
  'money, parseMoney, rate (budget 15 kB)': {
    entry: 'money/factories.ts',
    without: ['zod/mini', '@date-fns/tz', 'ts-pattern', 'money/schema.ts', 'money/amount.ts'],
  },
  'responseDeadline (budget 20 kB)': {
    entry: 'support/deadline.ts',
    without: [
      'decimal.js',
      'ts-pattern',
      'policy/index.ts',
      'policy/defaultPolicy.ts',
      'policy/pricing.ts',
      'policy/catalog.ts',
      'policy/billing.ts',
      'policy/partners.ts',
      'policy/accounts.ts',
      'policy/subscriptions.ts',
      'calendar/index.ts',
    ],
  },
  'quote, defineCatalog (the partner quote bundle, budget 23 kB)': {
    entry: 'pricing/quote.ts',
    without: [
      'zod/mini',
      'internal/checks.ts',
      'money/schema.ts',
      'policy/catalogSchema.ts',
      'policy/pricingSchema.ts',
      'pricing/schema.ts',
    ],
  },
  'describeQuote (the partner quote bundle)': {
    entry: 'pricing/formatQuote.ts',
    without: ['zod/mini', 'internal/checks.ts', 'money/schema.ts'],
  },
  'hostpolicy/camt: parseCamt, readCamt (budget 18 kB)': {
    entry: 'camt/index.ts',
    without: ['zod/mini', 'decimal.js', 'ts-pattern', 'internal/checks.ts', 'calendar/schema.ts', 'money/index.ts', 'policy/index.ts'],
  },
  'hostpolicy/quote (the entry a bundler takes for the partner quote)': {
    entry: 'browser.ts',
    without: ['zod/mini', 'internal/checks.ts', 'money/schema.ts', 'policy/catalogSchema.ts', 'pricing/schema.ts'],
  },
};

describe('the light imports reach no heavy module (docs/packaging.md)', () => {
  it.each(Object.entries(LIGHT))('%s', (_what, { entry, without }) => {
    const reached = graph(resolve(SRC, entry));
    const heavy = without.flatMap((name) => {
      const key = name.endsWith('.ts') ? resolve(SRC, name) : name;
      const chain = reached.get(key);
      return chain === undefined ? [] : [short(chain)];
    });
    expect(heavy).toEqual([]);
  });

  it('the walk sees through imports: the whole policy reaches every context part', () => {
    const reached = graph(resolve(SRC, 'policy/defaultPolicy.ts'));
    expect(reached.has(resolve(SRC, 'policy/billing.ts'))).toBe(true);
    expect(reached.has('zod/mini')).toBe(true);
  });
});
