import { describe, expect, it } from 'vitest';
import { describeQuote, formatQuote, quote } from '../../src/index.js';
import { expectInvalid } from '../helpers/expectError.js';

const q = quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 35 }], partnerDiscount: '20%' });
const eur = quote({ currency: 'EUR', lines: [{ product: 'web-hosting', quantity: 35 }], partnerDiscount: '20%' });
const nbsp = (s: string): string => s.replace(/\u00a0|\u202f/g, ' ');

describe('PRC-07 quotes for people in five languages', () => {
  it.each([
    ['de-CH', 'Partnerrabatt', 'Staffelrabatt', 'MwSt.'],
    ['fr-CH', 'Remise partenaire', 'Tarif dégressif', 'TVA'],
    ['it-CH', 'Sconto partner', 'Tariffa a scaglioni', 'IVA'],
    ['en', 'Partner discount', 'Volume tier', 'VAT'],
    ['es', 'Descuento de socio', 'Tarifa por volumen', 'IVA'],
  ])('PRC-07 renders the breakdown in %s', (locale, discount, tier, vat) => {
    const text = nbsp(formatQuote(q, locale));
    for (const word of [discount, tier, vat]) expect(text).toContain(word);
    expect(text).toMatch(/347[.,]20/);
    expect(text).toMatch(/277[.,]76/);
    expect(text).toMatch(/208[.,]32/);
    expect(text).toMatch(/40\s?%/);
  });

  it('PRC-07 uses the locale’s currency format', () => {
    expect(nbsp(formatQuote(eur, 'es'))).toContain('120,75 €');
    expect(nbsp(formatQuote(q, 'en'))).toContain('CHF 208.32');
  });

  it('PRC-05 lists list price, each reduction with rate and amount, net, per unit and effective reduction in order', () => {
    const rows = describeQuote(q, 'en');
    expect(rows.map((r) => r.kind)).toEqual([
      'line',
      'list-price',
      'partner-discount',
      'volume-tier',
      'net',
      'net-per-unit',
      'total-excl-vat',
      'vat',
      'total-incl-vat',
      'effective-reduction',
    ]);
    expect(nbsp(rows[2]?.label ?? '')).toBe('Partner discount −20%');
    expect(nbsp(rows[2]?.value ?? '')).toBe('−CHF 69.44');
    expect(nbsp(rows[2]?.after ?? '')).toBe('CHF 277.76');
  });

  it('PRC-07 falls back to English words for other languages, keeping their number format', () => {
    expect(formatQuote(q, 'pt-BR')).toContain('Partner discount');
  });

  it('PRC-07 refuses something that is not a quote, or a bad locale', () => {
    expectInvalid(() => formatQuote({} as never, 'en'));
    expectInvalid(() => formatQuote(q, '!!'));
  });
});
