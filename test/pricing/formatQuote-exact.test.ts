import { describe, expect, it } from 'vitest';
import { describeQuote, formatMoney, formatQuote, formatRate, quote, quoteLabels, type Quote } from '../../src/index.js';
import { expectInvalid } from '../helpers/expectError.js';

const nbsp = (s: string): string => s.replace(/\u00a0|\u202f/g, ' ');
const LOCALES = ['de-CH', 'fr-CH', 'it-CH', 'en', 'es'] as const;
const NAMES: Record<(typeof LOCALES)[number], string> = {
  'de-CH': 'Webhosting',
  'fr-CH': 'Hébergement Web',
  'it-CH': 'Hosting Web',
  en: 'Web hosting',
  es: 'Alojamiento web',
};

const cash = quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 35 }], partnerDiscount: '20%', cashRounding: true });
const noVat = quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 2 }], vat: false });

/** A copy of a quote's data (toJSON is not enumerable, so it is put back). */
const copy = (q: Quote, changes: Record<string, unknown>): Quote => ({ ...q, ...changes, toJSON: q.toJSON }) as Quote;

describe('PRC-07 exact quote text', () => {
  it('PRC-07 formatQuote in English: aligned columns, indented line rows, amounts after each step', () => {
    expect(nbsp(formatQuote(cash, 'en'))).toBe(
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
        'Cash rounding              CHF 0.01',
        'Payable                  CHF 225.20',
        'Effective reduction             40%',
      ].join('\n'),
    );
  });

  it('PRC-07 formatQuote in German', () => {
    expect(nbsp(formatQuote(cash, 'de-CH'))).toBe(
      [
        '35 × Webhosting        pro Monat',
        '  Normalpreis         CHF 347.20',
        '  Partnerrabatt −20%  −CHF 69.44   CHF 277.76',
        '  Staffelrabatt −25%  −CHF 69.44   CHF 208.32',
        '  Netto               CHF 208.32',
        '  Netto pro Einheit     CHF 5.95',
        'Total exkl. MwSt.     CHF 208.32',
        'MwSt. 8.1%             CHF 16.87',
        'Total inkl. MwSt.     CHF 225.19',
        'Rundung                 CHF 0.01',
        'Zu bezahlen           CHF 225.20',
        'Gesamtreduktion              40%',
      ].join('\n'),
    );
  });

  it('PRC-07 a top-level label can be the widest: the columns follow it', () => {
    const text = nbsp(formatQuote(noVat, 'en', { 'web-hosting': 'W' }));
    expect(text).toBe(
      [
        '2 × W                per month',
        '  List price         CHF 19.84',
        '  Net                CHF 19.84',
        '  Net per unit        CHF 9.92',
        'Total excl. VAT      CHF 19.84',
        'Effective reduction         0%',
      ].join('\n'),
    );
  });

  it('PRC-07 a long product name widens the label column without an indent', () => {
    const name = 'A very long product name for the test';
    const lines = nbsp(formatQuote(noVat, 'en', { 'web-hosting': name })).split('\n');
    const width = `2 × ${name}`.length + 2;
    expect(lines[0]).toBe(`${`2 × ${name}`.padEnd(width)}per month`);
    expect(lines[1]).toBe(`${'  List price'.padEnd(width)}CHF 19.84`);
    expect(lines[5]).toBe(`${'Effective reduction'.padEnd(width)}       0%`);
  });

  it.each(LOCALES)('PRC-07 describeQuote rows in %s match Intl and the locale’s words', (locale) => {
    const words = quoteLabels(locale);
    const m = (amount: string): string => nbsp(formatMoney({ amount, currency: 'CHF' }, locale));
    const r = (fraction: number): string => nbsp(formatRate(fraction, locale));
    const rows = describeQuote(cash, locale).map((row) => ({
      ...row,
      label: nbsp(row.label),
      value: nbsp(row.value),
      ...(row.after === undefined ? {} : { after: nbsp(row.after) }),
    }));
    expect(rows).toEqual([
      { kind: 'line', line: 0, label: `35 × ${NAMES[locale]}`, value: words.monthly },
      { kind: 'list-price', line: 0, label: words.listPrice, value: m('347.20') },
      { kind: 'partner-discount', line: 0, label: `${words['partner-discount']} −${r(0.2)}`, value: `−${m('69.44')}`, after: m('277.76') },
      { kind: 'volume-tier', line: 0, label: `${words['volume-tier']} −${r(0.25)}`, value: `−${m('69.44')}`, after: m('208.32') },
      { kind: 'net', line: 0, label: words.net, value: m('208.32') },
      { kind: 'net-per-unit', line: 0, label: words.netPerUnit, value: m('5.95') },
      { kind: 'total-excl-vat', label: words.totalExclVat, value: m('208.32') },
      { kind: 'vat', label: `${words.vat} ${r(0.081)}`, value: m('16.87') },
      { kind: 'total-incl-vat', label: words.totalInclVat, value: m('225.19') },
      { kind: 'cash-rounding', label: words.cashRounding, value: m('0.01') },
      { kind: 'payable', label: words.payable, value: m('225.20') },
      { kind: 'effective-reduction', label: words.effectiveReduction, value: r(0.4) },
    ]);
  });

  it.each(LOCALES)('PRC-07 formatQuote in %s puts each row’s label, value and after-amount on one line', (locale) => {
    const lines = nbsp(formatQuote(cash, locale)).split('\n');
    const rows = describeQuote(cash, locale);
    expect(lines).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const text = lines[i] ?? '';
      const indent = row.line !== undefined && row.kind !== 'line' ? '  ' : '';
      expect(text.startsWith(`${indent}${nbsp(row.label)}`)).toBe(true);
      expect(text.startsWith(`${indent} `)).toBe(false);
      const tail = row.after === undefined ? nbsp(row.value) : `${nbsp(row.value)}   ${nbsp(row.after)}`;
      expect(text.endsWith(tail)).toBe(true);
    });
  });

  it('PRC-06 a quote without VAT or cash rounding has no VAT, cash rounding or payable rows', () => {
    expect(describeQuote(noVat, 'en').map((r) => r.kind)).toEqual([
      'line',
      'list-price',
      'net',
      'net-per-unit',
      'total-excl-vat',
      'effective-reduction',
    ]);
  });

  it('PRC-06 VAT rows need the rate, the VAT and the total including VAT', () => {
    const withVat = quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 2 }] });
    expect(describeQuote(withVat, 'en').map((r) => r.kind)).toContain('vat');
    for (const missing of ['vat', 'vatRate', 'totalInclVat']) {
      const kinds = describeQuote(copy(withVat, { [missing]: undefined }), 'en').map((r) => r.kind);
      expect(kinds).not.toContain('vat');
      expect(kinds).not.toContain('total-incl-vat');
    }
  });

  it('PRC-07 product names: given names first, then the default catalog’s name in the language, then the id', () => {
    expect(describeQuote(noVat, 'de-CH')[0]?.label).toBe('2 × Webhosting');
    expect(describeQuote(noVat, 'pt-BR')[0]?.label).toBe('2 × Web hosting');
    expect(describeQuote(noVat, 'de-CH', { 'web-hosting': 'Hosting S' })[0]?.label).toBe('2 × Hosting S');
    expect(describeQuote(noVat, 'de-CH', { other: 'X' })[0]?.label).toBe('2 × Webhosting');
    const custom = quote({
      currency: 'CHF',
      lines: [{ product: 'nas', quantity: 1 }],
      vat: false,
      catalog: { products: { nas: { name: 'NAS', prices: { CHF: { monthly: '5' } } } } },
    });
    expect(describeQuote(custom, 'en')[0]?.label).toBe('1 × nas');
  });

  it('PRC-07 annual quotes say so', () => {
    const annual = copy(noVat, { period: 'annual' });
    expect(describeQuote(annual, 'fr-CH')[0]?.value).toBe(quoteLabels('fr-CH').annual);
  });

  it('PRC-07 refuses what is not a quote made by quote()', () => {
    const message = 'must be a quote made by quote()';
    const { lines, currency } = noVat;
    const fn = Object.assign(() => undefined, { lines, currency, toJSON: noVat.toJSON });
    for (const bad of [
      null,
      undefined,
      'quote',
      42,
      fn,
      { lines, currency },
      { lines, toJSON: noVat.toJSON },
      { lines, currency: 1, toJSON: noVat.toJSON },
      { lines: 'x', currency, toJSON: noVat.toJSON },
      { currency, toJSON: noVat.toJSON },
    ]) {
      const e = expectInvalid(() => describeQuote(bad as never, 'en'));
      expect(e.message).toBe(`Invalid quote: ${message}`);
      expect(e.issues).toEqual([{ path: [], message, code: 'custom' }]);
      expectInvalid(() => formatQuote(bad as never, 'en'));
    }
    expectInvalid(() => describeQuote(noVat, ['en'] as never));
  });
});
