import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, defineCatalog, describeQuote, definePolicy, formatQuote, quote } from '../../src/index.js';
import { expectInvalid } from '../helpers/expectError.js';

// Source (partner program FAQ, "Kumulierung"):
// "Der Rabatt wird auf den gestaffelten Preis der Web/Mail-Hostings angerechnet."
describe('PRC-02 (clarified) graduated prices for web and mail hostings', () => {
  it('PRC-02 the default catalog has both the web and the mail hosting', () => {
    const catalog = defineCatalog(defaultPolicy.catalog);
    expect(catalog.productIds).toEqual(['web-hosting', 'mail-hosting']);
    expect(catalog.product('web-hosting')?.illustrative).toBe(false);
  });

  it('PRC-02 a quote for mail hostings works, with the partner discount first and the tier on the rest', () => {
    const q = quote({ currency: 'CHF', lines: [{ product: 'mail-hosting', quantity: 35 }], partnerDiscount: '20%' });
    expect(q.lines[0]?.steps.map((s) => [s.kind, s.rule, s.rate.toString()])).toEqual([
      ['partner-discount', 'PRC-03', '20%'],
      ['volume-tier', 'PRC-02', '25%'],
    ]);
    expect(q.effectiveReduction.toString()).toBe('40%');
    expect(q.vatRate?.toString()).toBe('8.1%');
  });

  it('PRC-02 the mail hosting price and brackets are marked illustrative: the sources give no mail price', () => {
    const mail = defineCatalog(defaultPolicy.catalog).product('mail-hosting');
    expect(mail?.illustrative).toBe(true);
    expect(mail?.tiers?.brackets.map((b) => b.illustrative)).toEqual([true]);
    expect(mail?.price('CHF', 'monthly')?.toString()).toBe('CHF 3.00');
    expect(mail?.price('EUR', 'monthly')?.toString()).toBe('EUR 2.75');
  });

  it('PRC-02 web and mail lines in one quote add up', () => {
    const q = quote({
      currency: 'CHF',
      lines: [
        { product: 'web-hosting', quantity: 35 },
        { product: 'mail-hosting', quantity: 2 },
      ],
      vat: false,
    });
    expect(q.total.toString()).toBe('CHF 266.40'); // 347.20 − 25 % = 260.40, plus 2 × 3.00
  });

  it('PRC-02 a caller replaces the illustrative mail price through the policy', () => {
    const policy = definePolicy({
      catalog: { products: { 'mail-hosting': { prices: { CHF: { monthly: '4.00' } }, illustrative: false } } },
    });
    const q = quote({ currency: 'CHF', lines: [{ product: 'mail-hosting', quantity: 1 }], vat: false }, policy);
    expect(q.total.toString()).toBe('CHF 4.00');
  });

  it('PRC-02 bad input: illustrative must be a boolean', () => {
    expect(
      expectInvalid(() =>
        defineCatalog({ products: { m: { name: 'M', prices: { CHF: { monthly: '1' } }, illustrative: 'yes' as never } } }),
      ).issues[0]?.path,
    ).toEqual(['products', 'm', 'illustrative']);
  });
});

// Source (partner program FAQ, "Kumulierung"): "Details der Berechnung in CHF (exkl. MwSt)" and
// "Details der Berechnung in Euro (netto)".
describe('PRC-06 (clarified) VAT follows the customer', () => {
  const line = [{ product: 'web-hosting', quantity: 35 }];

  it('PRC-06 a EUR quote is net by default: "Details der Berechnung in Euro (netto)"', () => {
    const q = quote({ currency: 'EUR', lines: line, partnerDiscount: '20%' });
    expect(q.total.toString()).toBe('EUR 120.75');
    expect(q.vatRate).toBeUndefined();
    expect(q.vat).toBeUndefined();
    expect(q.totalInclVat).toBeUndefined();
    expect(q.payable.toString()).toBe('EUR 120.75');
  });

  it('PRC-06 a CHF quote (a customer in Switzerland) keeps Swiss VAT 8.1 %', () => {
    const q = quote({ currency: 'CHF', lines: line, partnerDiscount: '20%' });
    expect(q.vatRate?.toString()).toBe('8.1%');
    expect(q.totalInclVat?.toString()).toBe('CHF 225.19');
  });

  it('PRC-06 a EUR quote takes VAT when a country or a rate is given', () => {
    expect(quote({ currency: 'EUR', lines: line, vat: { country: 'CH' } }).vatRate?.toString()).toBe('8.1%');
    expect(quote({ currency: 'EUR', lines: line, vat: { rate: '19%' } }).vatRate?.toString()).toBe('19%');
    expect(quote({ currency: 'EUR', lines: line, vat: {} }).vatRate).toBeUndefined();
  });

  it('PRC-06 the currencies that take the default country are policy data', () => {
    const policy = definePolicy({ pricing: { vat: { defaultCountryCurrencies: ['CHF', 'EUR'] } } });
    expect(quote({ currency: 'EUR', lines: line }, policy).vatRate?.toString()).toBe('8.1%');
    const none = definePolicy({ pricing: { vat: { defaultCountryCurrencies: [] } } });
    expect(quote({ currency: 'CHF', lines: line }, none).vatRate).toBeUndefined();
  });

  it('PRC-06 bad input: defaultCountryCurrencies must be a list of currency codes', () => {
    for (const bad of ['CHF', ['chf'], [1]]) {
      expect(
        expectInvalid(() => definePolicy({ pricing: { vat: { defaultCountryCurrencies: bad as never } } })).issues[0]?.path.slice(0, 3),
      ).toEqual(['pricing', 'vat', 'defaultCountryCurrencies']);
    }
  });

  it('PRC-06 a net EUR quote renders without a VAT line', () => {
    const q = quote({ currency: 'EUR', lines: line, partnerDiscount: '20%' });
    expect(describeQuote(q, 'de-CH').map((r) => r.kind)).not.toContain('vat');
    expect(formatQuote(q, 'de-CH').replace(/[\u00a0\u202f]/g, ' ')).toMatch(/Total exkl\. MwSt\.\s+EUR 120\.75/);
  });

  it('PRC-06 property: without a vat option, VAT is present exactly for CHF quotes and payable = total otherwise', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('CHF', 'EUR'),
        fc.constantFrom('web-hosting', 'mail-hosting'),
        fc.integer({ min: 1, max: 500 }),
        (currency, product, quantity) => {
          const q = quote({ currency, lines: [{ product, quantity }] });
          expect(q.vat !== undefined).toBe(currency === 'CHF');
          if (currency !== 'CHF') expect(q.payable.equals(q.total)).toBe(true);
        },
      ),
    );
  });
});
