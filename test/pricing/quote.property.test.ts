import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineCatalog, money, quote, type Money } from '../../src/index.js';

/** A catalog with random prices and tier tables, in both modes. */
const catalogArb = fc
  .record({
    cents: fc.integer({ min: 1, max: 100_000 }),
    mode: fc.constantFrom('volume' as const, 'graduated' as const),
    froms: fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 4 }),
    reductions: fc.array(fc.integer({ min: 0, max: 9900 }), { minLength: 4, maxLength: 4 }),
  })
  .map(({ cents, mode, froms, reductions }) => {
    const sorted = [...froms].sort((a, b) => a - b);
    const rising = [...reductions].sort((a, b) => a - b);
    return defineCatalog({
      products: {
        p: {
          name: 'P',
          prices: { CHF: { monthly: (cents / 100).toFixed(2) }, EUR: { monthly: (cents / 100).toFixed(2) } },
          tiers: { mode, brackets: sorted.map((from, i) => ({ from, reduction: `${(rising[i] ?? 0) / 100}%` })) },
        },
      },
    });
  });

const discountArb = fc.integer({ min: 0, max: 3500 }).map((bp) => `${bp / 100}%`);
const quantityArb = fc.integer({ min: 1, max: 2000 });

describe('PRC quote invariants', () => {
  it('PRC-05 property: the total equals the sum of the lines’ nets, and nothing is negative', () => {
    fc.assert(
      fc.property(
        catalogArb,
        fc.array(quantityArb, { minLength: 1, maxLength: 5 }),
        discountArb,
        (catalog, quantities, partnerDiscount) => {
          const q = quote({ currency: 'CHF', lines: quantities.map((quantity) => ({ product: 'p', quantity })), partnerDiscount, catalog });
          const sum = q.lines.reduce((s: Money, l) => s.plus(l.net), money(0, 'CHF'));
          expect(q.total.equals(sum)).toBe(true);
          const all = [
            q.total,
            q.listTotal,
            q.payable,
            q.vat,
            q.totalInclVat,
            ...q.lines.flatMap((l) => [l.listTotal, l.net, l.netPerUnit, l.unitPrice, ...l.steps.flatMap((s) => [s.reduction, s.after])]),
          ];
          for (const m of all) if (m !== undefined) expect(m.isNegative()).toBe(false);
        },
      ),
    );
  });

  it('PRC-03 property: the effective reduction is 1 − (1 − a)(1 − b) within one minor unit per step', () => {
    fc.assert(
      fc.property(catalogArb, quantityArb, discountArb, fc.constantFrom('CHF', 'EUR'), (catalog, quantity, partnerDiscount, currency) => {
        const q = quote({ currency, lines: [{ product: 'p', quantity }], partnerDiscount, catalog, vat: false });
        const line = q.lines[0];
        if (line === undefined) throw new Error('no line');
        const exact = line.steps.reduce((amount, step) => amount.times(step.rate.complement()), line.listTotal);
        const tolerance = money('0.01', currency).times(line.steps.length);
        expect(line.net.minus(exact).abs().compare(tolerance)).toBeLessThanOrEqual(0);
        const fromRates = line.steps.reduce((r, s) => r.times(s.rate.complement().fraction), money(1, currency).amount);
        const effective = q.effectiveReduction.complement().fraction.times(line.listTotal.amount);
        expect(effective.minus(fromRates.times(line.listTotal.amount)).abs().lessThanOrEqualTo(tolerance.amount)).toBe(true);
      }),
    );
  });

  it('PRC-02 property: graduated totals never decrease when the quantity grows', () => {
    fc.assert(
      fc.property(
        catalogArb.filter((c) => c.product('p')?.tiers?.mode === 'graduated'),
        quantityArb,
        discountArb,
        (catalog, quantity, partnerDiscount) => {
          const at = (n: number): Money =>
            quote({ currency: 'CHF', lines: [{ product: 'p', quantity: n }], partnerDiscount, catalog, vat: false }).total;
          expect(at(quantity + 1).compare(at(quantity))).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('PRC-06 property: VAT is the rate applied to the net total, rounded half-up', () => {
    fc.assert(
      fc.property(catalogArb, quantityArb, fc.integer({ min: 0, max: 3000 }), (catalog, quantity, vatBp) => {
        const rate = `${vatBp / 100}%`;
        const q = quote({ currency: 'CHF', lines: [{ product: 'p', quantity }], catalog, vat: { rate } });
        expect(q.vat?.equals(q.total.times(vatBp / 10000).round())).toBe(true);
        expect(q.totalInclVat?.equals(q.total.plus(q.vat ?? money(0, 'CHF')))).toBe(true);
      }),
    );
  });
});

describe('PRC-02 graduated totals with sub-cent marginal prices', () => {
  it('PRC-02 never decrease, even when one more unit nets less than a cent (no compounded step rounding)', () => {
    const catalog = defineCatalog({
      // With each step rounded separately, 26 units cost 0.06 and 27 units 0.05.
      products: {
        cheap: {
          name: 'Cheap',
          prices: { CHF: { monthly: '0.01' } },
          tiers: {
            mode: 'graduated',
            brackets: [
              { from: 1, reduction: '50%' },
              { from: 10, reduction: '90%' },
            ],
          },
        },
      },
    });
    let previous = money(0, 'CHF');
    for (let quantity = 1; quantity <= 400; quantity += 1) {
      const total = quote({ currency: 'CHF', lines: [{ product: 'cheap', quantity }], partnerDiscount: '9.7%', catalog, vat: false }).total;
      expect(total.compare(previous), `quantity ${quantity}`).toBeGreaterThanOrEqual(0);
      previous = total;
    }
  });
});
