/**
 * The code table (src/errorTable) against the source, docs/errors.md and docs/rules.md: every code
 * the library raises is listed, every listed code is raised, the documentation shows the table,
 * `RuleId` is the catalogue, and no condition of a rule has two codes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CODE_TABLE, CODE_TABLE_PARTS, type CodeEntry } from '../../src/errorTable/index.js';
import { incentiveFor } from '../../src/partners/index.js';
import { quote } from '../../src/pricing/index.js';
import { BEGIN, END, renderCodeTables } from '../../scripts/errors-doc.js';
import { expectPolicyError } from '../helpers/expectError.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

function filesUnder(dir: string, ending: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(join(root, path)).isDirectory() ? filesUnder(path, ending) : name.endsWith(ending) ? [path] : [];
  });
}

/** The files that define the codes: scanning them would find every code trivially. */
const DEFINITIONS = (path: string): boolean => path.startsWith('src/errorTable/') || path === 'src/errorCodes.ts';
const sources = filesUnder('src', '.ts').filter((p) => !DEFINITIONS(p));
const guides = ['README.md', ...filesUnder('docs', '.md').filter((p) => !p.startsWith('docs/api/'))];

const table = CODE_TABLE as Readonly<Record<string, CodeEntry>>;
const codes = Object.keys(table);

/** A quoted or backticked code-shaped word: capitals, digits and at least one underscore. */
const CODE_SHAPE = /['`]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)['`]/g;

/** Code-shaped words in the source and guides that are not codes of the library, and why. */
const NOT_CODES: Readonly<Record<string, string>> = {
  NOT_A_HOSTPOLICY_ERROR: 'what codeOf (hostpolicy/testing) answers for a rejection that is not ours',
  ERR_PARSE_ARGS: "Node.js's error code for bad command-line arguments, read by the CLI",
  DATABASE_URL: 'an environment variable of the PostgreSQL tests',
  FUZZ_RUNS: 'an environment variable of the fuzz suite',
  CAMT_BENCH_TX: 'an environment variable of the camt bench (its number of transactions)',
  SUPPORT_TIERS: 'an exported constant',
  SLA_EVENT_TYPES: 'an exported constant',
  ICS_LIMITS: 'an exported constant',
};

function codeWordsIn(paths: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const path of paths) {
    for (const [, word] of read(path).matchAll(CODE_SHAPE)) {
      if (word === undefined) continue;
      found.set(word, [...(found.get(word) ?? []), path]);
    }
  }
  return found;
}

/** The rules a code relates to in the table, in any of its four ways. */
function rulesOf(entry: CodeEntry): Set<string> {
  return new Set([...Object.keys(entry.violates ?? {}), ...(entry.refuses ?? []), ...(entry.explains ?? []), ...(entry.during ?? [])]);
}

/** Rule IDs of the catalogue's tables (docs/rules.md), before its defaults section, as rules-check reads them. */
function catalogueIds(): string[] {
  const ids: string[] = [];
  for (const line of read('docs/rules.md').split('\n')) {
    if (/^##\s+Defaults\b/.test(line)) break;
    const id = /^\|\s*([A-Z]{3}-\d{2})\s*\|/.exec(line)?.[1];
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

/** The members of `RuleId`, read from its declaration. */
function ruleIdMembers(): string[] {
  const source = read('src/ruleIds.ts');
  const declaration = source.slice(source.indexOf('export type RuleId ='));
  return [...declaration.matchAll(/'([A-Z]{3}-\d{2})'/g)].map((m) => m[1] as string);
}

/**
 * (code, rule) pairs as the source writes them: a thrown error with a literal rule, a reason
 * object, the permission table's `deny`, the QR-bill validator's `add`, the reminder causes'
 * table, and each file's reason helper with its fixed rule. Sites that compute the code or the
 * rule are not read.
 */
function pairsInSource(): { code: string; rule: string; path: string }[] {
  const pairs: { code: string; rule: string; path: string }[] = [];
  const RULE = "'([A-Z]{3}-\\d{2})'";
  // A message: a template without nested templates, a quoted string, or an expression.
  const BACKTICKED = '`[^`]*`';
  const MESSAGE = `(?:${BACKTICKED}|'(?:[^'\\\\]|\\\\.)*'|[^;\`']*?)`;
  const patterns = [
    new RegExp(`new HostPolicyError\\(\\s*'([A-Z0-9_]+)',\\s*${MESSAGE},[^;]*?\\brule:\\s*${RULE}`, 'g'),
    new RegExp(`\\bcode:\\s*'([A-Z0-9_]+)',\\s*rule:\\s*${RULE}`, 'g'),
    new RegExp(`\\bdeny\\(\\s*'([A-Z0-9_]+)',\\s*${RULE}`, 'g'),
    new RegExp(`\\.add\\((?:'[^']*'|${BACKTICKED}|[^()',\`]|\\([^()]*\\))+,\\s*'([A-Z0-9_]+)',\\s*${RULE}`, 'g'),
    new RegExp(`\\.with\\(\\s*'([A-Z0-9_]+)',\\s*\\(\\) => \\(\\{\\s*rule:\\s*${RULE}`, 'g'),
  ];
  const signature = '\\(code: ReasonCode, message: string\\)';
  const helper = new RegExp(`(?:function\\s+(\\w+)|const\\s+(\\w+)\\s*=)\\s*${signature}[^]{0,200}?\\{\\s*code,\\s*rule:\\s*${RULE}`, 'g');
  for (const path of sources) {
    const text = read(path);
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) pairs.push({ code: m[1] as string, rule: m[2] as string, path });
    }
    for (const h of text.matchAll(helper)) {
      const name = (h[1] ?? h[2]) as string;
      for (const call of text.matchAll(new RegExp(`\\b${name}\\(\\s*'([A-Z0-9_]+)'`, 'g'))) {
        pairs.push({ code: call[1] as string, rule: h[3] as string, path });
      }
    }
  }
  return pairs;
}

describe('every code is in the table', () => {
  it('every code the source raises, reports or names is a code of the table', () => {
    const unknown = [...codeWordsIn(sources)].filter(([word]) => !(word in table) && !(word in NOT_CODES));
    expect(unknown.map(([word, paths]) => `${word} (${[...new Set(paths)].join(', ')})`)).toEqual([]);
  });

  it('every code the guides and README name is a code of the table', () => {
    const unknown = [...codeWordsIn(guides)].filter(([word]) => !(word in table) && !(word in NOT_CODES));
    expect(unknown.map(([word, paths]) => `${word} (${[...new Set(paths)].join(', ')})`)).toEqual([]);
  });

  it('every code of the table is raised or reported somewhere in the source', () => {
    const used = codeWordsIn(sources);
    expect(codes.filter((code) => !used.has(code))).toEqual([]);
  });

  it('every code has the shape the scans look for, and the words that are not codes are not', () => {
    expect(codes.filter((code) => !/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(code))).toEqual([]);
    expect(Object.keys(NOT_CODES).filter((word) => word in table)).toEqual([]);
    const named = codeWordsIn([...sources, ...guides]);
    expect(Object.keys(NOT_CODES).filter((word) => !named.has(word))).toEqual([]);
  });

  it('no code is listed in two parts of the table', () => {
    const seen = new Map<string, number>();
    for (const part of CODE_TABLE_PARTS) for (const code of Object.keys(part)) seen.set(code, (seen.get(code) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
    expect(seen.size).toBe(codes.length);
  });

  it("the rules the source gives a code are the table's rules of that code", () => {
    const pairs = pairsInSource();
    const wrong = pairs.filter(({ code, rule }) => !(code in table) || !rulesOf(table[code] as CodeEntry).has(rule));
    expect(wrong.map(({ code, rule, path }) => `${code} ${rule} in ${relative(root, join(root, path))}`)).toEqual([]);
    // The scan must keep reading the source: most codes with a rule are found this way.
    const withRules = codes.filter((code) => rulesOf(table[code] as CodeEntry).size > 0);
    const found = new Set(pairs.map((p) => p.code));
    expect(found.size, `${found.size} of ${withRules.length}`).toBeGreaterThan(withRules.length * 0.9);
  });
});

describe('docs/errors.md lists the table', () => {
  const doc = read('docs/errors.md');

  it('shows the tables rendered from the code table (npx tsx scripts/errors-doc.ts)', () => {
    const start = doc.indexOf(BEGIN);
    const end = doc.indexOf(END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(doc.slice(start, end + END.length)).toBe(renderCodeTables());
  });

  it('lists every code of the table, and only those', () => {
    const rows = [...doc.matchAll(/^\| `([A-Z0-9_]+)` \| (?:error|reason|both) \|/gm)].map((m) => m[1] as string);
    expect([...rows].sort()).toEqual([...codes].sort());
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('gives every code a rule, a when and a what to do', () => {
    const empty = codes.filter((code) => {
      const e = table[code] as CodeEntry;
      const conditions = Object.values(e.violates ?? {});
      return e.when.trim() === '' || e.todo.trim() === '' || conditions.some((c) => c === undefined || c.trim() === '');
    });
    expect(empty).toEqual([]);
  });
});

describe('RuleId is the rule catalogue', () => {
  it('lists the IDs of docs/rules.md, each once, in both directions', () => {
    const catalogue = catalogueIds();
    const members = ruleIdMembers();
    expect(catalogue.length).toBeGreaterThan(0);
    expect(new Set(members).size).toBe(members.length);
    expect(members.filter((id) => !catalogue.includes(id))).toEqual([]);
    expect(catalogue.filter((id) => !members.includes(id))).toEqual([]);
  });

  it('the table relates codes to catalogue rules only', () => {
    const catalogue = new Set(catalogueIds());
    const stray = codes.flatMap((code) =>
      [...rulesOf(table[code] as CodeEntry)].filter((r) => !catalogue.has(r)).map((r) => `${code} ${r}`),
    );
    expect(stray).toEqual([]);
  });
});

describe('one code per rule violation', () => {
  it('no condition of a rule is reported under two codes', () => {
    const byCondition = new Map<string, string[]>();
    for (const code of codes) {
      for (const [rule, condition] of Object.entries((table[code] as CodeEntry).violates ?? {})) {
        const key = `${rule}: ${String(condition).toLowerCase().replace(/\s+/g, ' ').trim()}`;
        byCondition.set(key, [...(byCondition.get(key) ?? []), code]);
      }
    }
    expect([...byCondition].filter(([, list]) => list.length > 1)).toEqual([]);
  });

  it('refusals name no condition of their own, and no code is both a violation and a refusal of one rule', () => {
    const mixed = codes.filter((code) => {
      const e = table[code] as CodeEntry;
      return (e.refuses ?? []).some((rule) => rule in (e.violates ?? {}));
    });
    expect(mixed).toEqual([]);
    const thrownOnly = (code: string): boolean => (table[code] as CodeEntry).kind === 'error';
    expect(codes.filter((code) => (table[code] as CodeEntry).refuses !== undefined && !thrownOnly(code))).toEqual([]);
  });

  it('PRC-04 a partner discount above the cap is RATE_ABOVE_CAP in quote and incentiveFor alike', () => {
    const lines = [{ product: 'web-hosting', quantity: 1 }];
    expectPolicyError(() => quote({ currency: 'CHF', lines, partnerDiscount: '36%' }), 'RATE_ABOVE_CAP', 'PRC-04');
    const order = {
      access: 'full',
      paymentMode: 'client',
      actor: 'client',
      managedByPartner: true,
      publicPrice: { amount: '100.00', currency: 'CHF' },
      partnerPrice: { amount: '60.00', currency: 'CHF' },
      volumeReduction: '0%',
    } as const;
    expectPolicyError(() => incentiveFor(order), 'RATE_ABOVE_CAP', 'PRC-04');
  });
});
