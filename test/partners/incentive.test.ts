import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { incentiveFor, type IncentiveOrder } from '../../src/partners/index.js';
import { money } from '../../src/money/index.js';
import { defaultPolicy, definePolicy } from '../../src/policy/index.js';
import { caught, invalidPaths } from './helpers.js';
import { incentiveOrderArb } from './arbitraries.js';

// PAR-01 source example: 35 web hostings at CHF 347.20 public, CHF 277.76 with the 20 % partner rate.
const prices = { publicPrice: { amount: '347.20', currency: 'CHF' }, partnerPrice: { amount: '277.76', currency: 'CHF' } };
const reduction = money('69.44', 'CHF');

type Row = [
  rule: string,
  label: string,
  order: Omit<IncentiveOrder, 'publicPrice' | 'partnerPrice'>,
  kind: 'cashback' | 'discount' | 'none',
];

/** Every case of PAR-09 and PAR-10, as the sources list them (the seeds' "Rabatt und Cashback" page). */
const TABLE: Row[] = [
  [
    'PAR-09',
    'full access, client pays: order or renewal by the client',
    { access: 'full', paymentMode: 'client', actor: 'client', managedByPartner: true },
    'cashback',
  ],
  [
    'PAR-09',
    "full access, client pays: order or renewal by the partner with the client's means",
    { access: 'full', paymentMode: 'client', actor: 'partner', managedByPartner: true },
    'cashback',
  ],
  [
    'PAR-09',
    'full access, partner pays: order or renewal by the client',
    { access: 'full', paymentMode: 'partner', actor: 'client', managedByPartner: true },
    'cashback',
  ],
  [
    'PAR-10',
    'full access, partner pays: order or renewal by the partner with its own means',
    { access: 'full', paymentMode: 'partner', actor: 'partner', managedByPartner: true },
    'discount',
  ],
  [
    'PAR-09',
    'limited access: order or renewal by the client of a product the partner manages',
    { access: 'limited', actor: 'client', managedByPartner: true },
    'cashback',
  ],
  [
    'PAR-09',
    'limited access: order or renewal by the client of a product the partner does not manage',
    { access: 'limited', actor: 'client', managedByPartner: false },
    'none',
  ],
  [
    'PAR-09',
    'full access, client pays: the managed flag is not read (the partner manages everything)',
    { access: 'full', paymentMode: 'client', actor: 'client', managedByPartner: false },
    'cashback',
  ],
  [
    'PAR-10',
    'full access, partner pays: the managed flag is not read',
    { access: 'full', paymentMode: 'partner', actor: 'partner', managedByPartner: false },
    'discount',
  ],
];

describe('PAR-09 PAR-10 incentive table', () => {
  it.each(TABLE)('%s %s', (_rule, _label, order, kind) => {
    const result = incentiveFor({ ...order, ...prices });
    expect(result.kind).toBe(kind);
    if (result.kind !== 'none') expect(result.amount.equals(reduction)).toBe(true);
  });

  it('PAR-02 an order by a limited partner is refused, not an incentive question', () => {
    for (const managedByPartner of [true, false]) {
      const e = caught(() => incentiveFor({ access: 'limited', actor: 'partner', managedByPartner, ...prices }));
      expect([e.code, e.rule]).toEqual(['LIMITED_ACCESS_CANNOT_ORDER', 'PAR-02']);
    }
  });

  it('PAR-09 cashback = public price − partner price, exact, in EUR too', () => {
    const r = incentiveFor({
      access: 'full',
      paymentMode: 'client',
      actor: 'client',
      managedByPartner: true,
      publicPrice: { amount: '201.25', currency: 'EUR' },
      partnerPrice: { amount: '161', currency: 'EUR' },
    });
    expect(r).toEqual({ kind: 'cashback', amount: money('40.25', 'EUR') });
  });

  it('PAR-09 equal prices give a zero cashback', () => {
    const r = incentiveFor({
      access: 'limited',
      actor: 'client',
      managedByPartner: true,
      publicPrice: { amount: '10', currency: 'CHF' },
      partnerPrice: { amount: '10.00', currency: 'CHF' },
    });
    expect(r.kind === 'cashback' && r.amount.isZero()).toBe(true);
  });

  it('PAR-09 a partner price above the public price is an error', () => {
    const e = caught(() =>
      incentiveFor({
        access: 'limited',
        actor: 'client',
        managedByPartner: true,
        publicPrice: { amount: '10', currency: 'CHF' },
        partnerPrice: { amount: '10.01', currency: 'CHF' },
      }),
    );
    expect([e.code, e.rule]).toEqual(['PARTNER_PRICE_ABOVE_PUBLIC', 'PAR-09']);
  });

  it('PRC-04 a partner discount above the 35 % cap is an error; the cap is pricing policy data', () => {
    // No volume tier in the price: the partner discount is the whole reduction.
    const order = {
      access: 'full' as const,
      paymentMode: 'partner' as const,
      actor: 'partner' as const,
      managedByPartner: true,
      publicPrice: { amount: '100', currency: 'CHF' },
      partnerPrice: { amount: '64.99', currency: 'CHF' },
      volumeReduction: '0%',
    };
    expect([caught(() => incentiveFor(order)).code, caught(() => incentiveFor(order)).rule]).toEqual(['RATE_ABOVE_CAP', 'PRC-04']);
    expect(incentiveFor({ ...order, partnerPrice: { amount: '65', currency: 'CHF' } }).kind).toBe('discount');
    expect(incentiveFor(order, definePolicy({ pricing: { partnerDiscountCap: '40%' } })).kind).toBe('discount');
  });

  it(
    'PAR-09 the source\'s pair: "Mit 35 Webhostings zahlen Sie z. B. nur CHF 208,32 / Monat netto pro Hosting anstatt CHF 347,20, was ' +
      'einer Gesamtreduktion von -40% entspricht" gives cashback CHF 138.88',
    () => {
      // "Wiederkehrender Cashback oder bis zu 35% Rabatt auf Produkte. Werden mit den gestaffelten
      // Tarifen der Webhostings kumuliert." The cap is on the partner part (20 %), not on the −40 %.
      const pair = {
        access: 'full' as const,
        paymentMode: 'client' as const,
        actor: 'client' as const,
        managedByPartner: true,
        publicPrice: { amount: '347.20', currency: 'CHF' },
        partnerPrice: { amount: '208.32', currency: 'CHF' },
      };
      expect(incentiveFor(pair)).toEqual({ kind: 'cashback', amount: money('138.88', 'CHF') });
      expect(incentiveFor({ ...pair, volumeReduction: '25%' })).toEqual({ kind: 'cashback', amount: money('138.88', 'CHF') });
      expect(
        incentiveFor({
          ...pair,
          paymentMode: 'partner',
          actor: 'partner',
          publicPrice: { amount: '201.25', currency: 'EUR' },
          partnerPrice: { amount: '120.75', currency: 'EUR' },
          volumeReduction: '25%',
        }),
      ).toEqual({ kind: 'discount', amount: money('80.50', 'EUR') });
    },
  );

  it('PRC-04 with the volume tier named, only the partner part is capped', () => {
    const order = {
      access: 'limited' as const,
      actor: 'client' as const,
      managedByPartner: true,
      publicPrice: { amount: '100', currency: 'CHF' },
      volumeReduction: '25%',
    };
    // 35 % on top of 25 %: 100 × 0.75 × 0.65 = 48.75.
    expect(incentiveFor({ ...order, partnerPrice: { amount: '48.75', currency: 'CHF' } }).kind).toBe('cashback');
    const e = caught(() => incentiveFor({ ...order, partnerPrice: { amount: '48.74', currency: 'CHF' } }));
    expect([e.code, e.rule]).toEqual(['RATE_ABOVE_CAP', 'PRC-04']);
    expect(e.details).toMatchObject({ volumeReduction: '0.25', cap: '0.35' });
  });

  it('PRC-04 without the volume tier, the cap combines with the largest tier of the catalog (51.25 % by default)', () => {
    const order = {
      access: 'limited' as const,
      actor: 'client' as const,
      managedByPartner: true,
      publicPrice: { amount: '100', currency: 'CHF' },
    };
    expect(incentiveFor({ ...order, partnerPrice: { amount: '48.75', currency: 'CHF' } }).kind).toBe('cashback');
    expect(caught(() => incentiveFor({ ...order, partnerPrice: { amount: '48.74', currency: 'CHF' } })).code).toBe('RATE_ABOVE_CAP');
    // A catalog without tiers leaves the cap alone.
    const noTiers = {
      ...defaultPolicy,
      catalog: { products: { 'web-hosting': { name: 'Web hosting', prices: { CHF: { monthly: '9.92' } } } } },
    };
    expect(caught(() => incentiveFor({ ...order, partnerPrice: { amount: '64.99', currency: 'CHF' } }, noTiers)).code).toBe(
      'RATE_ABOVE_CAP',
    );
    expect(incentiveFor({ ...order, partnerPrice: { amount: '65', currency: 'CHF' } }, noTiers).kind).toBe('cashback');
  });

  it('PAR-09 a volume reduction that is not a rate is invalid input', () => {
    const order = { access: 'limited' as const, actor: 'client' as const, managedByPartner: true, ...prices };
    expect(invalidPaths(() => incentiveFor({ ...order, volumeReduction: '120%' }))).toEqual([['volumeReduction']]);
    expect(invalidPaths(() => incentiveFor({ ...order, volumeReduction: 'a lot' }))).toEqual([['volumeReduction']]);
  });
});

describe('PAR-10 exactly one incentive, never both', () => {
  it('PAR-10 property: every order yields exactly one of cashback, discount or none, and never both non-zero', () => {
    fc.assert(
      fc.property(incentiveOrderArb, (order) => {
        let result: ReturnType<typeof incentiveFor>;
        try {
          result = incentiveFor(order);
        } catch (e) {
          // The only refusal among valid orders: a limited partner cannot order (PAR-02).
          expect(order.access === 'limited' && order.actor === 'partner').toBe(true);
          expect((e as { code: string }).code).toBe('LIMITED_ACCESS_CANNOT_ORDER');
          return;
        }
        expect(['cashback', 'discount', 'none']).toContain(result.kind);
        const cashback = result.kind === 'cashback' ? result.amount : money(0, 'CHF');
        const discount = result.kind === 'discount' ? result.amount : money(0, 'CHF');
        expect(cashback.isZero() || discount.isZero()).toBe(true);
        if (result.kind !== 'none') {
          const expected = money(order.publicPrice.amount as string, order.publicPrice.currency).minus(order.partnerPrice);
          expect(result.amount.equals(expected)).toBe(true);
          expect(result.amount.isNegative()).toBe(false);
        }
        // Discount only when the partner orders with its own means (PAR-10).
        expect(result.kind === 'discount').toBe(order.access === 'full' && order.paymentMode === 'partner' && order.actor === 'partner');
        expect(result.kind === 'none').toBe(order.access === 'limited' && order.actor === 'client' && !order.managedByPartner);
      }),
      { numRuns: 500 },
    );
  });
});

describe('PAR-09 bad input to incentiveFor', () => {
  const base = { access: 'full' as const, paymentMode: 'client' as const, actor: 'client' as const, managedByPartner: true, ...prices };

  it('PAR-09 a payment mode is required with full access and refused with limited access', () => {
    const { paymentMode: _, ...noMode } = base;
    expect(invalidPaths(() => incentiveFor(noMode))).toEqual([['paymentMode']]);
    expect(invalidPaths(() => incentiveFor({ ...base, access: 'limited' }))).toEqual([['paymentMode']]);
  });

  it('PAR-09 negative prices, unknown currencies and mixed currencies are refused', () => {
    expect(invalidPaths(() => incentiveFor({ ...base, publicPrice: { amount: '-1', currency: 'CHF' } }))).toEqual([['publicPrice']]);
    expect(invalidPaths(() => incentiveFor({ ...base, partnerPrice: { amount: '1', currency: 'ABC' } }))).toEqual([
      ['partnerPrice', 'currency'],
    ]);
    expect(caught(() => incentiveFor({ ...base, partnerPrice: { amount: '300', currency: 'EUR' } })).code).toBe('CURRENCY_MISMATCH');
  });

  it('PAR-09 an unknown actor or access is invalid input naming the field', () => {
    expect(invalidPaths(() => incentiveFor({ ...base, actor: 'reseller' as 'client' }))).toEqual([['actor']]);
    expect(invalidPaths(() => incentiveFor({ ...base, access: 'partial' as 'full' }))).toEqual([['access']]);
  });
});
