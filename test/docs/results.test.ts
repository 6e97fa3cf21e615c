/**
 * The reading of result comments (test/docs/results.ts): what counts as a result, how each
 * notation compares, and that a wrong result is caught — the snippet tests are only as strict as
 * this reading.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HostPolicyError } from '../../src/errors.js';
import { money } from '../../src/money/index.js';
import { createRuntime, freeNames, instrument, mismatch, readResult, shapeOf, type Expected } from './results.js';

const expected = (text: string, count = 1): Expected[] => {
  const result = readResult(text, count);
  if (result === undefined) throw new Error(`read as prose: ${text}`);
  return result.values;
};
const one = (text: string): Expected => expected(text)[0]!;

/** Runs an instrumented snippet (plain JavaScript, no imports) and returns what it reported. */
async function run(code: string, scope: Record<string, unknown> = {}): Promise<string[]> {
  const { code: instrumented, checks, errors } = instrument(code);
  const runtime = createRuntime(checks, (c) => `line ${c.line}`);
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  await new AsyncFunction('__hp', ...Object.keys(scope), instrumented)(runtime, ...Object.values(scope));
  return [...errors, ...runtime.report()];
}

describe('which comments state a result', () => {
  it('reads a comment that begins with a value, and leaves prose alone', () => {
    for (const prose of ['the retry', 'a text breakdown in French', 'Graduated: 9 units at 3.00', 'fine, nothing thrown'])
      expect(readResult(prose)).toBeUndefined();
    for (const value of [
      "'CHF 347.20'",
      '40',
      '-1',
      'true',
      'null',
      'undefined',
      '[1]',
      '{ a: 1 }',
      '2026-10-25T08:00:00.000Z',
      'CHF 0.00',
      "Set { 'c1' }",
      '→ 1',
      "≈ '8,1%'",
      'throws NOT_OWNER',
    ])
      expect(readResult(value)).toBeDefined();
  });

  it('keeps a gloss apart from the value', () => {
    expect(one("'CHF 347.20'  (35 × 9.92, PRC-01)")).toEqual({ kind: 'string', text: 'CHF 347.20' });
    expect(one('false: check digit')).toEqual({ kind: 'literal', value: false });
    expect(one('14_400_000 (ms)')).toEqual({ kind: 'number', value: 14_400_000 });
    expect(one('10000000000000000n')).toEqual({ kind: 'bigint', value: 10_000_000_000_000_000n });
    expect(one('2026-03-30T10:00:00.000Z (Monday 12:00 in Zurich)')).toEqual({ kind: 'instant', iso: '2026-03-30T10:00:00.000Z' });
    expect(() => readResult("'a'b")).toThrow(/gloss/);
  });

  it('reads one value per argument of console.log', () => {
    expect(expected("'CURRENCY_MISMATCH' 'MON-02'", 2)).toEqual([
      { kind: 'string', text: 'CURRENCY_MISMATCH' },
      { kind: 'string', text: 'MON-02' },
    ]);
    expect(() => readResult("'CURRENCY_MISMATCH'", 2)).toThrow(/2 values/);
  });

  it('refuses a result it cannot read rather than skipping it', () => {
    expect(() => readResult('[] agency', 2)).toThrow(/'agency' is not a value/);
    expect(() => readResult("{ allowed: false, reasons: [A_B] (rule 'X') }")).toThrow(/',' or '}'/);
    expect(() => readResult('≈ 8')).toThrow(/quoted text/);
  });
});

describe('how a result compares', () => {
  it('compares strings exactly, numbers, literals, dates and amounts by kind', () => {
    expect(mismatch(one("'CHF 347.20'"), 'CHF 347.20')).toBeUndefined();
    expect(mismatch(one("'CHF 347.20'"), 'CHF 347.2')).toMatch(/the code gives 'CHF 347.2'/);
    expect(mismatch(one("'40'"), 40)).toBeDefined();
    expect(mismatch(one('40'), '40')).toBeDefined();
    expect(mismatch(one('2026-10-25T08:00:00.000Z'), new Date('2026-10-25T08:00:00Z'))).toBeUndefined();
    expect(mismatch(one('2026-10-25T08:00:00.000Z'), '2026-10-25T08:00:00.000Z')).toBeDefined();
    expect(mismatch(one('CHF 69.44'), money('69.44', 'CHF'))).toBeUndefined();
    expect(mismatch(one('CHF 69.44'), 'CHF 69.44')).toBeDefined();
    expect(mismatch(one('null'), undefined)).toBeDefined();
  });

  it('compares objects key by key and refuses keys not written, unless … says "and more"', () => {
    expect(mismatch(one('{ allowed: true }'), { allowed: true })).toBeUndefined();
    expect(mismatch(one('{ allowed: true }'), { allowed: true, reasons: [] })).toMatch(/no other keys/);
    expect(mismatch(one("{ code: 'X', … }"), { code: 'X', rule: 'R', message: 'm' })).toBeUndefined();
    expect(mismatch(one("{ code: 'X', message: '…' }"), { code: 'X', message: 'anything' })).toBeUndefined();
    expect(mismatch(one("{ code: 'X', message: '… affiliate …' }"), { code: 'X', message: 'the affiliate program' })).toBeUndefined();
    expect(mismatch(one("{ code: 'X', message: '… affiliate …' }"), { code: 'X', message: 'the partner program' })).toBeDefined();
  });

  it('compares lists in order, with … for any run of items', () => {
    expect(mismatch(one("['a', 'b']"), ['a', 'b'])).toBeUndefined();
    expect(mismatch(one("['a', 'b']"), ['b', 'a'])).toBeDefined();
    expect(mismatch(one("['a', …, 'z']"), ['a', 'q', 'r', 'z'])).toBeUndefined();
    expect(mismatch(one("['a', …, 'z']"), ['a', 'q'])).toBeDefined();
    expect(mismatch(one('[...]'), [1, 2])).toBeUndefined();
    expect(mismatch(one('[NOT_OWNER]'), [{ code: 'NOT_OWNER', rule: 'ACC-01' }])).toBeUndefined();
    expect(mismatch(one("Set { 'c1' }"), new Set(['c1']))).toBeUndefined();
    expect(mismatch(one("Set { 'c1' }"), ['c1'])).toBeDefined();
  });

  it('compares ICU-dependent text by its shape: digits and letters exact, separators and spaces loose', () => {
    const chf = one(`≈ "CHF 1'208.32"`);
    for (const icu of ["CHF\u00a01'208.32", 'CHF 1’208.32', "CHF1'208.32"]) expect(mismatch(chf, icu)).toBeUndefined();
    for (const wrong of ["CHF 1'208.33", 'CHF 1208.32', "EUR 1'208.32"]) expect(mismatch(chf, wrong)).toBeDefined();
    expect(shapeOf('8,1 %').test('8,1%')).toBe(true);
    expect(shapeOf('8,1 %').test('8,2 %')).toBe(false);
  });

  it('reads any JSON as written and matches it with the value it describes (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(mismatch(one(`→ ${JSON.stringify(value)}`), value)).toBeUndefined();
      }),
    );
  });

  it('tells two different JSON values apart (property)', () => {
    const canonical = (v: unknown): string =>
      JSON.stringify(v, (_k, x: unknown) =>
        x !== null && typeof x === 'object' && !Array.isArray(x)
          ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1)))
          : x,
      );
    const noWildcards = fc.jsonValue().filter((v) => !JSON.stringify(v).includes('…'));
    fc.assert(
      fc.property(noWildcards, noWildcards, (a, b) => {
        fc.pre(canonical(a) !== canonical(b));
        expect(mismatch(one(`→ ${JSON.stringify(a)}`), b)).toBeDefined();
      }),
    );
  });
});

describe('a snippet with results', () => {
  it('passes when every result is what the code gives', async () => {
    expect(await run("const a = [1, 2].map((x) => x * 2); // [2, 4]\na.length; // 2\nconsole.log(a[0], 'x'); // 2 'x'\n")).toEqual([]);
  });

  it('reports a wrong result with its line', async () => {
    expect(await run('const a = 1 + 1;\na; // 3\n')).toEqual([
      expect.stringMatching(/^line 2: a\n.*says 3\n.*expected 3, but the code gives 2/s),
    ]);
  });

  it('reads the result on the lines under a statement, over several lines', async () => {
    expect(await run('({ a: 1, b: [1,\n  2] });\n// → { a: 1,\n//   b: [1, 2] }\n')).toEqual([]);
    expect(await run('({ a: 1 });\n// { a: 2 }\n')).toHaveLength(1);
  });

  it('checks that a statement marked `throws` throws that code, also when awaited', async () => {
    const fails = (): never => {
      throw new HostPolicyError('NOT_OWNER', 'no');
    };
    expect(await run('fails(); // throws NOT_OWNER\n', { fails })).toEqual([]);
    expect(await run('await Promise.reject(new HostPolicyError("NOT_OWNER", "no")); // throws NOT_OWNER\n', { HostPolicyError })).toEqual(
      [],
    );
    expect(await run('fails(); // throws LAST_OWNER\n', { fails })).toHaveLength(1);
    expect(await run('1 + 1; // throws NOT_OWNER\n')).toEqual([expect.stringMatching(/but it returned 2/)]);
  });

  it('reports a result whose statement never ran', async () => {
    expect(await run('if (false) 1 + 1; // 2\n')).toEqual([expect.stringMatching(/never computed/)]);
  });

  it('refuses a result under no statement, and a bare word where a quoted text was meant', async () => {
    expect(await run('// → 2\n')).toEqual([expect.stringMatching(/no statement right above/)]);
    expect(await run("'cashback'; // cashback\n")).toEqual([expect.stringMatching(/unquoted result/)]);
  });

  it('leaves prose comments and comments inside literals alone', async () => {
    expect(await run('const o = {\n  a: 1, // the default\n};\no.a; // 1\n')).toEqual([]);
  });
});

describe('the names a JSDoc example takes from its module', () => {
  it('lists names used but not declared, leaving out globals, properties and types', () => {
    expect(freeNames("const q = quote({ lines: [] }); q.total.toString(); const n: Money = money(1, 'CHF'); JSON.stringify(n);")).toEqual([
      'money',
      'quote',
    ]);
    expect(freeNames('const { a, b: c } = f(); [a, c].map((x) => x + y);')).toEqual(['f', 'y']);
  });
});
