import { describe, expect, it } from 'vitest';
import { definePolicy, defineCatalog, money, quote, type Quote } from '../../src/index.js';
import { expectInvalid, expectPolicyError } from '../helpers/expectError.js';

const hostings = (currency: string, extra: object = {}): Quote =>
  quote({ currency, lines: [{ product: 'web-hosting', quantity: 35 }], partnerDiscount: '20%', ...extra });

const amounts = (q: Quote): string[] => {
  const line = q.lines[0];
  if (line === undefined) throw new Error('no line');
  return [line.listTotal, ...line.steps.map((s) => s.after)].map((m) => m.toDecimalString());
};

describe('PRC-01 public unit prices per currency and period', () => {
  it('PRC-01 35 web hostings cost CHF 347.20 (9.92 each) or EUR 201.25 (5.75 each) a month', () => {
    const chf = quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 35 }] });
    expect(chf.lines[0]?.unitPrice.toString()).toBe('CHF 9.92');
    expect(chf.lines[0]?.listTotal.toString()).toBe('CHF 347.20');
    const eur = quote({ currency: 'EUR', lines: [{ product: 'web-hosting', quantity: 35 }] });
    expect(eur.lines[0]?.listTotal.toString()).toBe('EUR 201.25');
  });
});

describe('PRC-03 partner discount first, then the tier on the rest', () => {
  it('PRC-03 CHF 347.20 → 277.76 (−20 %) → 208.32 (−25 %), effective reduction 40 %', () => {
    const q = hostings('CHF');
    expect(amounts(q)).toEqual(['347.20', '277.76', '208.32']);
    expect(q.lines[0]?.steps.map((s) => [s.kind, s.rate.toString(), s.reduction.toDecimalString()])).toEqual([
      ['partner-discount', '20%', '69.44'],
      ['volume-tier', '25%', '69.44'],
    ]);
    expect(q.total.toString()).toBe('CHF 208.32');
    expect(q.effectiveReduction.toJSON()).toBe('0.4');
    expect(q.effectiveReduction.toString()).toBe('40%');
  });

  it('PRC-03 EUR 201.25 → 161.00 → 120.75', () => {
    const q = hostings('EUR');
    expect(amounts(q)).toEqual(['201.25', '161.00', '120.75']);
    expect(q.effectiveReduction.toString()).toBe('40%');
  });

  it('PRC-05 shows net per unit and the steps in the order applied', () => {
    const q = hostings('CHF');
    expect(q.lines[0]?.netPerUnit.toString()).toBe('CHF 5.95');
    expect(q.lines[0]?.steps.map((s) => s.kind)).toEqual(['partner-discount', 'volume-tier']);
  });

  it('PRC-02 below 35 hostings no tier applies', () => {
    const q = quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 34 }], partnerDiscount: '20%', vat: false });
    expect(q.lines[0]?.steps.map((s) => s.kind)).toEqual(['partner-discount']);
  });
});

describe('PRC-02 volume and graduated tier modes', () => {
  const catalog = defineCatalog({
    products: {
      mail: {
        name: 'Mail hosting',
        prices: { CHF: { monthly: '3.00' } },
        tiers: {
          mode: 'graduated',
          brackets: [
            { from: 10, reduction: '10%' },
            { from: 50, reduction: '20%' },
          ],
        },
      },
      bulk: {
        name: 'Bulk',
        prices: { CHF: { monthly: '3.00' } },
        tiers: {
          mode: 'volume',
          brackets: [
            { from: 10, reduction: '10%' },
            { from: 50, reduction: '20%' },
          ],
        },
      },
    },
  });

  it('PRC-02 graduated: each unit priced by its own bracket', () => {
    const q = quote({ currency: 'CHF', lines: [{ product: 'mail', quantity: 60 }], catalog, vat: false });
    // 9 units at 3.00, 40 at 2.70, 11 at 2.40 = 27 + 108 + 26.40 = 161.40
    expect(q.total.toString()).toBe('CHF 161.40');
    expect(q.lines[0]?.steps[0]?.brackets?.map((b) => [b.from, b.to, b.quantity])).toEqual([
      [10, 49, 40],
      [50, 60, 11],
    ]);
  });

  it('PRC-02 volume: all units priced at the bracket the total reaches', () => {
    const q = quote({ currency: 'CHF', lines: [{ product: 'bulk', quantity: 60 }], catalog, vat: false });
    expect(q.total.toString()).toBe('CHF 144.00');
  });
});

describe('PRC-04 the partner discount is capped at 35 %', () => {
  it('PRC-04 accepts 35 % and refuses 35.01 % with RATE_ABOVE_CAP', () => {
    expect(() => hostings('CHF', { partnerDiscount: '35%' })).not.toThrow();
    expectPolicyError(() => hostings('CHF', { partnerDiscount: '35.01%' }), 'RATE_ABOVE_CAP', 'PRC-04');
    expectPolicyError(() => hostings('CHF', { partnerDiscount: 0.5 }), 'RATE_ABOVE_CAP', 'PRC-04');
  });

  it('PRC-04 the cap is policy data', () => {
    const policy = definePolicy({ pricing: { partnerDiscountCap: '50%' } });
    const q = quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 1 }], partnerDiscount: '50%', vat: false }, policy);
    expect(q.total.toString()).toBe('CHF 4.96');
  });
});

describe('PRC-06 VAT on the net after all reductions', () => {
  it('PRC-06 adds Swiss VAT 8.1 % by default to a CHF quote (a customer in Switzerland)', () => {
    const q = hostings('CHF');
    expect(q.vatRate?.toString()).toBe('8.1%');
    expect(q.vat?.toString()).toBe('CHF 16.87');
    expect(q.totalInclVat?.toString()).toBe('CHF 225.19');
    expect(q.payable.toString()).toBe('CHF 225.19');
  });

  it('PRC-06 quotes excluding VAT only when vat is false', () => {
    const q = hostings('CHF', { vat: false });
    expect(q.vat).toBeUndefined();
    expect(q.totalInclVat).toBeUndefined();
    expect(q.payable.equals(q.total)).toBe(true);
  });

  it('PRC-06 takes another rate as a parameter, or a country from the policy table', () => {
    expect(hostings('EUR', { vat: { rate: '20%' } }).vat?.toString()).toBe('EUR 24.15');
    // PRC-06 (clarified): without a country or rate a EUR quote is net ("Details der Berechnung in Euro (netto)").
    expect(hostings('EUR').vat).toBeUndefined();
    const policy = definePolicy({ pricing: { vat: { rates: { CH: '8.1%', DE: '19%' } } } });
    const q = quote(
      { currency: 'EUR', lines: [{ product: 'web-hosting', quantity: 35 }], partnerDiscount: '20%', vat: { country: 'DE' } },
      policy,
    );
    expect(q.vat?.toString()).toBe('EUR 22.94');
  });

  it('PRC-06 cash rounding is a separate last step on the payable amount only', () => {
    const q = hostings('CHF', { cashRounding: true });
    expect(q.totalInclVat?.toString()).toBe('CHF 225.19');
    expect(q.cashRounding?.adjustment.toString()).toBe('CHF 0.01');
    expect(q.payable.toString()).toBe('CHF 225.20');
    expect(q.total.toString()).toBe('CHF 208.32');
    expectInvalid(() => hostings('EUR', { cashRounding: true }));
  });
});

describe('PRC-05 quotes as data', () => {
  it('PRC-05 toJSON gives amounts as decimal strings and rates as fractions', () => {
    const json = hostings('CHF').toJSON();
    expect(json.total).toEqual({ amount: '208.32', currency: 'CHF' });
    expect(json.effectiveReduction).toBe('0.4');
    expect(json.lines[0]?.steps[0]).toEqual({
      kind: 'partner-discount',
      rule: 'PRC-03',
      rate: '0.2',
      reduction: { amount: '69.44', currency: 'CHF' },
      after: { amount: '277.76', currency: 'CHF' },
    });
    expect(JSON.parse(JSON.stringify(hostings('CHF')))).toEqual(json);
  });

  it('PRC-05 sums several lines', () => {
    const q = quote({
      currency: 'CHF',
      lines: [
        { product: 'web-hosting', quantity: 35 },
        { product: 'web-hosting', quantity: 1 },
      ],
      vat: false,
    });
    // 36 hostings in all reach the 25 % bracket, on both lines (PRC-02: the bracket the total
    // quantity reaches); the second line's CHF 9.92 is CHF 7.44 after the tier.
    expect(q.lines.map((l) => l.net.toString())).toEqual(['CHF 260.40', 'CHF 7.44']);
    expect(q.total.equals(money('260.40', 'CHF').plus(money('7.44', 'CHF')))).toBe(true);
  });

  it('PRC-02 a product split over lines gets the tier of its total quantity: 34 + 1 hostings cost what 35 do', () => {
    const split = quote({
      currency: 'CHF',
      lines: [
        { product: 'web-hosting', quantity: 34 },
        { product: 'web-hosting', quantity: 1 },
      ],
      partnerDiscount: '20%',
      vat: false,
    });
    const whole = quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 35 }], partnerDiscount: '20%', vat: false });
    expect(whole.total.toString()).toBe('CHF 208.32');
    expect(split.listTotal.toString()).toBe('CHF 347.20');
    // Each line is rounded on its own: within a cent per line of the single line's total.
    expect(split.total.minus(whole.total).amount.abs().lte(0.02)).toBe(true);
    expect(split.lines.map((l) => l.steps.map((s) => `${s.kind} ${s.rate.toString()}`))).toEqual([
      ['partner-discount 20%', 'volume-tier 25%'],
      ['partner-discount 20%', 'volume-tier 25%'],
    ]);
    // Another product on its own line keeps its own tier.
    const mixed = quote({
      currency: 'CHF',
      lines: [
        { product: 'web-hosting', quantity: 34 },
        { product: 'mail-hosting', quantity: 1 },
      ],
      vat: false,
    });
    expect(mixed.lines[1]?.steps).toEqual([]);
  });
});

describe('caller ids are ordinary keys (DESIGN principle 9)', () => {
  it("PRC-01 a catalog's products may be called __proto__ and constructor, and nothing leaks onto Object.prototype", () => {
    const catalog = JSON.parse(
      '{"products":{"__proto__":{"name":"Proto","prices":{"CHF":{"monthly":"10.00"}}},' +
        '"constructor":{"name":"Ctor","prices":{"CHF":{"monthly":"2.00"}}}}}',
    );
    const q = quote({
      currency: 'CHF',
      lines: [
        { product: '__proto__', quantity: 2 },
        { product: 'constructor', quantity: 1 },
      ],
      catalog,
      vat: false,
    });
    expect(q.total.toString()).toBe('CHF 22.00');
    expect(defineCatalog(catalog).productIds).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>)['name']).toBeUndefined();
    expect(() => quote({ currency: 'CHF', lines: [{ product: 'toString', quantity: 1 }], catalog })).toThrow(/unknown product 'toString'/);
  });
});

describe('quote bad input', () => {
  const base = { currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 1 }] };
  it.each([
    ['negative quantity', { ...base, lines: [{ product: 'web-hosting', quantity: -1 }] }, ['lines', 0, 'quantity']],
    ['fractional quantity', { ...base, lines: [{ product: 'web-hosting', quantity: 1.5 }] }, ['lines', 0, 'quantity']],
    ['NaN quantity', { ...base, lines: [{ product: 'web-hosting', quantity: Number.NaN }] }, ['lines', 0, 'quantity']],
    ['zero quantity', { ...base, lines: [{ product: 'web-hosting', quantity: 0 }] }, ['lines', 0, 'quantity']],
    ['unknown product', { ...base, lines: [{ product: 'nas', quantity: 1 }] }, ['lines', 0, 'product']],
    ['unknown currency', { ...base, currency: 'XYZ' }, ['currency']],
    ['currency without a price', { ...base, currency: 'USD' }, ['lines', 0, 'product']],
    ["rate 'abc'", { ...base, partnerDiscount: 'abc' }, ['partnerDiscount']],
    ["rate '-5%'", { ...base, partnerDiscount: '-5%' }, ['partnerDiscount']],
    ['no lines', { ...base, lines: [] }, ['lines']],
  ])('PRC-01 refuses a %s, naming the field', (_name, req, path) => {
    expect(expectInvalid(() => quote(req as never)).issues[0]?.path).toEqual(path);
  });

  it("PRC-01 refuses a catalog amount of '1e400'", () => {
    const catalog = { products: { x: { name: 'X', prices: { CHF: { monthly: '1e400' } } } } };
    const error = expectInvalid(() => quote({ ...base, lines: [{ product: 'x', quantity: 1 }], catalog }));
    expect(error.issues[0]?.path).toEqual(['products', 'x', 'prices', 'CHF', 'monthly']);
  });

  it('PRC-01 refuses no request at all', () => {
    expectInvalid(() => quote(undefined as never));
    expectInvalid(() => quote('CHF' as never));
  });
});
