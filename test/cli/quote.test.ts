/** The `hostpolicy quote` command line: the breakdown, JSON, exit codes, messages. */
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

describe('hostpolicy quote', () => {
  it('prints every price step of the PRC-01 example: list price, partner discount, volume tier, totals (PRC-05)', async () => {
    const r = await run(['quote', '--product', 'web-hosting', '--quantity', '35', '--discount', '20%']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    // ICU puts a no-break space (or, in older versions, a plain one) between the currency and the amount.
    expect(r.out.replace(/\u00a0/gu, ' ')).toBe(
      [
        '35 × Web hosting          per month',
        '  List price             CHF 347.20',
        '  Partner discount −20%  −CHF 69.44   CHF 277.76',
        '  Volume tier −25%       −CHF 69.44   CHF 208.32',
        '  Net                    CHF 208.32',
        '  Net per unit             CHF 5.95',
        'Total excl. VAT          CHF 208.32',
        'VAT 8.1%                  CHF 16.87',
        'Total incl. VAT          CHF 225.19',
        'Effective reduction             40%',
        '',
      ].join('\n'),
    );
  });

  it('quotes in EUR (net, PRC-06) in a site locale, and several lines', async () => {
    const eur = await run([
      'quote',
      '--product',
      'web-hosting',
      '--quantity',
      '35',
      '--discount',
      '20%',
      '--currency',
      'EUR',
      '--locale',
      'fr-CH',
    ]);
    expect(eur.code).toBe(0);
    expect(eur.out).toContain('35 × Hébergement Web');
    expect(eur.out).toMatch(/Total hors TVA\s+120[.,]75\s€/u);
    expect(eur.out).not.toContain('TVA 8');
    const two = await run([
      'quote',
      '--product',
      'web-hosting',
      '--quantity',
      '35',
      '--product',
      'mail-hosting',
      '--quantity',
      '3',
      '--no-vat',
    ]);
    expect(two.code).toBe(0);
    expect(two.out).toContain('35 × Web hosting');
    expect(two.out).toContain('3 × Mail hosting');
    expect(two.out).not.toContain('VAT 8.1%');
  });

  it('--json prints the quote as JSON', async () => {
    const r = await run(['quote', '--product', 'web-hosting', '--quantity', '35', '--discount', '0.2', '--json']);
    expect(r.code).toBe(0);
    const q = JSON.parse(r.out) as { total: unknown; lines: { steps: { kind: string; after: unknown }[] }[]; effectiveReduction: string };
    expect(q.total).toEqual({ amount: '208.32', currency: 'CHF' });
    expect(q.lines[0]?.steps.map((s) => [s.kind, s.after])).toEqual([
      ['partner-discount', { amount: '277.76', currency: 'CHF' }],
      ['volume-tier', { amount: '208.32', currency: 'CHF' }],
    ]);
    expect(q.effectiveReduction).toBe('0.4');
  });

  it('an unknown product exits 2 and lists the known product ids', async () => {
    const r = await run(['quote', '--product', 'web-hostnig', '--quantity', '35']);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toBe('hostpolicy quote: unknown product "web-hostnig"; the catalog has: web-hosting, mail-hosting\n');
    expect((await run(['quote', '--product', '__proto__', '--quantity', '1'])).code).toBe(2);
    expect((await run(['quote', '--product', 'toString', '--quantity', '1'])).err).toContain('unknown product "toString"');
  });

  it('a partner discount above the cap breaks PRC-04: exit 1 with the rule', async () => {
    const r = await run(['quote', '--product', 'web-hosting', '--quantity', '35', '--discount', '40%']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('PRC-04 RATE_ABOVE_CAP');
    expect(r.err).toContain('cap of 35%');
  });

  it('says what is wrong with bad usage and input (exit 2), never a stack trace', async () => {
    const bad: [string[], string][] = [
      [['quote'], 'needs --product and --quantity'],
      [['quote', '--product', 'web-hosting'], 'one --quantity per --product'],
      [['quote', '--product', 'web-hosting', '--quantity', '3.5'], '--quantity must be a whole number'],
      [['quote', '--product', 'web-hosting', '--quantity', '1e3'], '--quantity must be a whole number'],
      [['quote', '--product', 'web-hosting', '--quantity', '0'], 'INVALID_INPUT'],
      [['quote', '--product', 'web-hosting', '--quantity', '9'.repeat(50)], '--quantity must be a whole number'],
      [['quote', '--product', 'web-hosting', '--quantity', '1', '--currency', 'USD'], 'no monthly price in USD'],
      [['quote', '--product', 'web-hosting', '--quantity', '1', '--currency', 'CHFX'], 'INVALID_INPUT'],
      [['quote', '--product', 'web-hosting', '--quantity', '1', '--discount', 'lots'], 'INVALID_INPUT'],
      [['quote', '--product', 'web-hosting', '--quantity', '1', '--locale', '!!'], 'BCP 47'],
      [['quote', '--product', 'web-hosting', '--quantity', '1', '--period', 'weekly'], '--period must be monthly or annual'],
      [['quote', '--product', 'web-hosting', '--quantity', '1', 'extra.json'], 'takes no file'],
      [['quote', '--bogus'], 'Unknown option'],
    ];
    for (const [args, message] of bad) {
      const r = await run(args);
      expect({ args, code: r.code, out: r.out }).toEqual({ args, code: 2, out: '' });
      expect(r.err).toContain(message);
      expect(r.err).not.toMatch(/\n\s+at /u);
    }
  });

  it('--help explains the command (exit 0), and the main help lists it', async () => {
    const help = await run(['quote', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('hostpolicy quote --product <id> --quantity <n>');
    expect(help.out).toContain('web-hosting, mail-hosting');
    expect((await run(['--help'])).out).toContain('hostpolicy quote --product');
  });
});
