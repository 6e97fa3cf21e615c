/** Options of every command: one that takes a single value and is given twice is bad usage (exit 2), never the last one silently. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const files = {
  'statement.xml': readFileSync(join(fixtures, 'statement.camt054.xml'), 'utf8'),
  'invoices.json': readFileSync(join(fixtures, 'invoices.json'), 'utf8'),
  'none.json': '[]',
};

describe('repeated options', () => {
  it('a repeated --invoices is refused with exit 2 naming the option, whatever the order or form', async () => {
    for (const args of [
      ['reconcile', '--invoices', 'invoices.json', '--invoices', 'none.json', 'statement.xml'],
      ['reconcile', '--invoices=invoices.json', 'statement.xml', '--invoices', 'none.json'],
      ['reconcile', '--invoices', 'invoices.json', '--invoices', 'invoices.json', 'statement.xml'],
    ]) {
      const r = await run(args, files);
      expect({ args, code: r.code, out: r.out }).toEqual({ args, code: 2, out: '' });
      expect(r.err).toBe('hostpolicy reconcile: --invoices is given more than once; it takes one value\n');
    }
    // One --invoices reads as before.
    expect((await run(['reconcile', '--invoices', 'invoices.json', 'statement.xml'], files)).code).toBe(0);
  });

  it('every single-valued option of every command is refused when repeated (exit 2, one line on standard error)', async () => {
    const cases: [string[], string][] = [
      [['reconcile', '--invoices', 'invoices.json', '--prepaid', 'p.json', '--prepaid', 'q.json', 'statement.xml'], '--prepaid'],
      [['reconcile', '--invoices', 'invoices.json', '--out', 'a.json', '--out', 'b.json', 'statement.xml'], '--out'],
      [['quote', '--product', 'web-hosting', '--quantity', '1', '--discount', '10%', '--discount', '20%'], '--discount'],
      [['quote', '--product', 'web-hosting', '--quantity', '1', '--currency', 'CHF', '--currency', 'EUR'], '--currency'],
      [['quote', '--product', 'web-hosting', '--quantity', '1', '--period', 'monthly', '--period', 'annual'], '--period'],
      [['quote', '--product', 'web-hosting', '--quantity', '1', '--locale', 'en', '--locale', 'de'], '--locale'],
      [['qr-bill', 'make', '--invoice', 'a.json', '--invoice', 'b.json', '--creditor', 'c.json'], '--invoice'],
      [['qr-bill', 'make', '--invoice', 'a.json', '--creditor', 'b.json', '--creditor', 'c.json'], '--creditor'],
      [['qr-bill', 'make', '--invoice', 'a.json', '--creditor', 'b.json', '--message', 'x', '--message', 'y'], '--message'],
      [['reference', 'make', '--qrr', '1', '--qrr', '2'], '--qrr'],
      [['reference', 'make', '--scor', 'A', '--scor', 'B'], '--scor'],
    ];
    for (const [args, option] of cases) {
      const r = await run(args, files);
      expect({ args, code: r.code, out: r.out }).toEqual({ args, code: 2, out: '' });
      expect(r.err).toContain(`${option} is given more than once; it takes one value`);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('a repeated flag means the same as one, and options meant to repeat still do', async () => {
    const once = await run(['reconcile', '--invoices', 'invoices.json', '--json', 'statement.xml'], files);
    const twice = await run(['reconcile', '--invoices', 'invoices.json', '--json', '--json', 'statement.xml'], files);
    expect(once.code).toBe(0);
    expect(twice).toEqual(once);
    const lines = await run(['quote', '--product', 'web-hosting', '--quantity', '1', '--product', 'web-hosting', '--quantity', '2']);
    expect(lines.code).toBe(0);
  });
});
