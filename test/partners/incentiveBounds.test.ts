/**
 * What `incentiveFor` answers is what `bookIncentive` books (PAR-09 as clarified), and the PRC-04
 * cap cannot be lifted by a volume tier the policy does not offer. Found by an outside attack:
 * - a public price of CHF 10.005 gave a cashback of CHF 2.005, which `bookIncentive` refused
 *   ("must be in whole minor units of CHF"): the prices are now refused instead, as invoiced in
 *   whole minor units, and rounding a finer price is the caller's explicit step (MON-03);
 * - `volumeReduction: '99%'` let a partner price of CHF 0.65 on CHF 100 pass the cap (a cashback of
 *   99.35), and `'100%'` a cashback of the whole price; the default catalog's largest tier is 25 %.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookIncentive, emptyPrepaidLedger } from '../../src/billing/index.js';
import { isHostPolicyError } from '../../src/errors.js';
import { money } from '../../src/money/index.js';
import { incentiveFor, type Incentive, type IncentiveOrder } from '../../src/partners/index.js';
import { defaultPolicy } from '../../src/policy/index.js';
import { caught, invalidPaths } from './helpers.js';

const at = '2026-11-23T09:00:00Z';
const chf = (amount: string) => ({ amount, currency: 'CHF' });
const clientOrder = { access: 'full', paymentMode: 'client', actor: 'client', managedByPartner: true } as const;

describe('PAR-09 a cashback incentiveFor answers is one bookIncentive books', () => {
  it.each([
    ['publicPrice', chf('10.005'), chf('8.00')],
    ['partnerPrice', chf('10.00'), chf('8.001')],
    ['partnerPrice', { amount: '1000', currency: 'JPY' }, { amount: '800.5', currency: 'JPY' }],
  ])(
    'PAR-09 a %s finer than the minor unit is refused, naming the field (round it as invoiced first)',
    (field, publicPrice, partnerPrice) => {
      const order = { ...clientOrder, publicPrice, partnerPrice };
      expect(invalidPaths(() => incentiveFor(order))).toEqual([[field]]);
      const e = caught(() => incentiveFor(order));
      expect([e.code, e.rule]).toEqual(['INVALID_INPUT', 'PAR-09']);
      expect(e.message).toContain('must be in whole minor units of');
      expect(e.message).toContain('round it first (MON-03)');
    },
  );

  it('PAR-09 trailing zeros do not count, and a price rounded with Money#round is accepted and its cashback booked', () => {
    const publicPrice = money('10.005', 'CHF').round(); // CHF 10.01, half-up (MON-03)
    const incentive = incentiveFor({ ...clientOrder, publicPrice, partnerPrice: chf('8.0000') });
    expect(incentive).toEqual({ kind: 'cashback', amount: money('2.01', 'CHF') });
    const booked = bookIncentive(emptyPrepaidLedger(), incentive, { partner: 'agency', order: 'O-1', at });
    expect(booked.ledger.balance('agency', 'CHF').toString()).toBe('CHF 2.01');
  });

  it('PAR-09 property: every cashback incentiveFor answers is booked by bookIncentive, to the cent (prices of any precision)', () => {
    const amount = fc
      .tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom(0, 1, 2, 2, 2, 3, 4))
      .map(([units, places]) => (units / 10 ** places).toFixed(places));
    const order: fc.Arbitrary<IncentiveOrder> = fc
      .record({
        currency: fc.constantFrom('CHF', 'EUR', 'JPY', 'KWD'),
        publicAmount: amount,
        partnerShare: fc.integer({ min: 450, max: 1000 }), // mostly within the cap
        actor: fc.constantFrom('client' as const, 'partner' as const),
        mode: fc.constantFrom('client' as const, 'partner' as const),
        volume: fc.option(fc.constantFrom('0%', '10%', '25%', '25%', '25.5%', '99%', '100%'), { nil: undefined, freq: 2 }),
        rounded: fc.constantFrom(true, true, true, false),
      })
      .map(({ currency, publicAmount, partnerShare, actor, mode, volume, rounded }) => {
        const publicPrice = money(publicAmount, currency);
        // A partner price below the public one: exact (often finer than the minor unit), or rounded down to it.
        const exact = publicPrice.times(partnerShare / 1000);
        const partnerPrice = rounded ? exact.round('down') : exact;
        return {
          access: 'full' as const,
          paymentMode: mode,
          actor,
          managedByPartner: true,
          publicPrice: publicPrice.toJSON(),
          partnerPrice: partnerPrice.toJSON(),
          ...(volume === undefined ? {} : { volumeReduction: volume }),
        };
      });
    let answered = 0;
    fc.assert(
      fc.property(order, (o) => {
        let incentive: Incentive;
        try {
          incentive = incentiveFor(o);
        } catch (e) {
          // Refused input, or a price above the cap: never an answer bookIncentive would refuse.
          expect(isHostPolicyError(e) && ['INVALID_INPUT', 'RATE_ABOVE_CAP'].includes(e.code)).toBe(true);
          return;
        }
        answered += 1;
        const booked = bookIncentive(emptyPrepaidLedger(), incentive, { partner: 'agency', order: 'O-1', at });
        if (incentive.kind === 'cashback') {
          expect(booked.booked?.toJSON()).toEqual(incentive.amount.toJSON());
          expect(booked.ledger.balance('agency', incentive.amount.currency).toJSON()).toEqual(incentive.amount.toJSON());
        } else expect(booked.booked).toBeNull();
      }),
      { numRuns: 500 },
    );
    // The property reaches bookIncentive often, not only the refusals.
    expect(answered).toBeGreaterThan(75); // about 140 of 500
  });
});

describe('PRC-04 the volume tier named is one the policy offers', () => {
  const order = { ...clientOrder, publicPrice: chf('100.00') };

  it.each([
    ['99%', '0.65'],
    ['100%', '0.00'],
    ['25.01%', '48.74'],
  ])(
    'PRC-04 volumeReduction %s, above the catalog’s largest tier (25 %), is refused: no cashback of 99 % of the price',
    (volume, partner) => {
      const attempt = () => incentiveFor({ ...order, volumeReduction: volume, partnerPrice: chf(partner) });
      expect(invalidPaths(attempt)).toEqual([['volumeReduction']]);
      const e = caught(attempt);
      expect([e.code, e.rule]).toEqual(['INVALID_INPUT', 'PRC-04']);
      expect(e.message).toContain("must be at most 25%, the largest volume tier of the policy's catalog");
    },
  );

  it('PRC-04 the refusal holds after the partnership ended too (the prices are still checked, PAR-16)', () => {
    const ended = { orderedAt: '2026-12-02T08:00:00Z', partnershipEndedAt: '2026-12-01T12:00:00Z' };
    expect(invalidPaths(() => incentiveFor({ ...order, ...ended, volumeReduction: '99%', partnerPrice: chf('0.65') }))).toEqual([
      ['volumeReduction'],
    ]);
  });

  it('PRC-04 up to the largest tier it is read as before: 35 % on top of 25 % is the most', () => {
    expect(incentiveFor({ ...order, volumeReduction: '25%', partnerPrice: chf('48.75') })).toEqual({
      kind: 'cashback',
      amount: money('51.25', 'CHF'),
    });
    expect(caught(() => incentiveFor({ ...order, volumeReduction: '25%', partnerPrice: chf('48.74') })).code).toBe('RATE_ABOVE_CAP');
    expect(incentiveFor({ ...order, volumeReduction: '0%', partnerPrice: chf('65.00') }).kind).toBe('cashback');
  });

  it('PRC-04 the bound is the policy’s catalog: a 40 % tier allows 40 %, a catalog without tiers allows none', () => {
    const catalog = (brackets?: { from: number; reduction: string }[]) => ({
      ...defaultPolicy,
      catalog: {
        products: {
          'web-hosting': {
            name: 'Web hosting',
            prices: { CHF: { monthly: '9.92' } },
            ...(brackets ? { tiers: { mode: 'volume' as const, brackets } } : {}),
          },
        },
      },
    });
    const deep = catalog([{ from: 10, reduction: '40%' }]);
    // 100 × 0.60 × 0.65 = 39.00.
    expect(incentiveFor({ ...order, volumeReduction: '40%', partnerPrice: chf('39.00') }, deep).kind).toBe('cashback');
    expect(invalidPaths(() => incentiveFor({ ...order, volumeReduction: '41%', partnerPrice: chf('39.00') }, deep))).toEqual([
      ['volumeReduction'],
    ]);
    expect(invalidPaths(() => incentiveFor({ ...order, volumeReduction: '1%', partnerPrice: chf('65.00') }, catalog()))).toEqual([
      ['volumeReduction'],
    ]);
    expect(incentiveFor({ ...order, volumeReduction: '0%', partnerPrice: chf('65.00') }, catalog()).kind).toBe('cashback');
  });

  it('PRC-04 property: whatever volumeReduction is given, the cashback is never above the cap combined with the largest tier', () => {
    const limit = money('51.25', 'CHF'); // 1 − 0.65 × 0.75 of CHF 100
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (volumeBp, partnerCents) => {
        const volumeReduction = `${(volumeBp / 100).toFixed(2)}%`;
        const partnerPrice = chf((partnerCents / 100).toFixed(2));
        try {
          const r = incentiveFor({ ...order, volumeReduction, partnerPrice });
          if (r.kind !== 'none') expect(r.amount.compare(limit)).toBeLessThanOrEqual(0);
        } catch (e) {
          expect(isHostPolicyError(e) && ['INVALID_INPUT', 'RATE_ABOVE_CAP'].includes(e.code)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
