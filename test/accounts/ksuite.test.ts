import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  ksuite,
  upgradeKsuite,
  canUpgradeKsuite,
  ksuiteOfferLadder,
  changeOffer,
  canTransferKsuite,
  canDetachKsuiteProduct,
  definePolicy,
  defaultPolicy,
  isHostPolicyError,
  InvalidInputError,
} from '../../src/index.js';

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return isHostPolicyError(e) ? e.code : 'OTHER';
  }
};

describe('ACC-04 kSuite offers', () => {
  const suite = ksuite({ organization: 'acme', offer: 'standard', products: ['kdrive', 'mail', 'kchat'] });

  it('ACC-04 moves to a higher offer at any time and keeps its products', () => {
    const up = upgradeKsuite(suite, 'enterprise');
    expect(up).toEqual({ organization: 'acme', offer: 'enterprise', products: ['kdrive', 'mail', 'kchat'] });
  });

  it('ACC-04 never moves to a lower offer', () => {
    const business = upgradeKsuite(suite, 'business');
    expect(codeOf(() => upgradeKsuite(business, 'standard'))).toBe('DOWNGRADE_NOT_ALLOWED');
    expect(upgradeKsuite(business, 'business')).toEqual(business);
    expect(canUpgradeKsuite(business, 'standard')).toMatchObject({
      allowed: false,
      reasons: [{ code: 'DOWNGRADE_NOT_ALLOWED', rule: 'ACC-04' }],
    });
    expect(canUpgradeKsuite(business, 'enterprise')).toEqual({ allowed: true });
  });

  it('ACC-04 cannot be transferred to another organization', () => {
    expect(canTransferKsuite(suite, 'other-org')).toMatchObject({
      allowed: false,
      reasons: [{ code: 'KSUITE_NOT_TRANSFERABLE', rule: 'ACC-04' }],
    });
  });

  it('ACC-04 included products can be neither moved nor cancelled on their own; other products can', () => {
    expect(canDetachKsuiteProduct(suite, { product: 'kdrive', action: 'move' })).toMatchObject({
      allowed: false,
      reasons: [{ code: 'INCLUDED_PRODUCT_NOT_MOVABLE', rule: 'ACC-04' }],
    });
    expect(canDetachKsuiteProduct(suite, { product: 'mail', action: 'cancel' })).toMatchObject({
      allowed: false,
      reasons: [{ code: 'INCLUDED_PRODUCT_NOT_CANCELLABLE' }],
    });
    expect(canDetachKsuiteProduct(suite, { product: 'web-hosting', action: 'cancel' })).toEqual({ allowed: true });
  });

  it('ACC-04 the ladder is policy data', () => {
    const policy = definePolicy({ accounts: { ksuiteOffers: ['s', 'm', 'l', 'xl'] } });
    expect(upgradeKsuite(ksuite({ organization: 'o', offer: 'm' }, policy), 'xl', policy).offer).toBe('xl');
    expect(() => ksuite({ organization: 'o', offer: 'standard' }, policy)).toThrow(/offer/);
    expect(() => definePolicy({ accounts: { ksuiteOffers: ['a', 'a'] } })).toThrow(/distinct/);
  });

  const offers = defaultPolicy.accounts.ksuiteOffers;
  it('ACC-04 property: a change succeeds iff it goes up the ladder; a sequence of changes never goes down', () => {
    fc.assert(
      fc.property(fc.constantFrom(...offers), fc.array(fc.constantFrom(...offers), { maxLength: 8 }), (start, targets) => {
        let current = ksuite({ organization: 'o', offer: start });
        for (const to of targets) {
          const before = offers.indexOf(current.offer);
          const code = codeOf(() => {
            current = upgradeKsuite(current, to);
          });
          const after = offers.indexOf(to);
          if (after > before) expect(code).toBeUndefined();
          else expect(code).toBe(after === before ? undefined : 'DOWNGRADE_NOT_ALLOWED');
          expect(canUpgradeKsuite(ksuite({ organization: 'o', offer: offers[before] ?? '' }), to).allowed).toBe(after >= before);
          expect(offers.indexOf(current.offer)).toBeGreaterThanOrEqual(before);
        }
      }),
    );
  });

  it('ACC-04 kSuite offers use the shared upgrade-only ladder of COM-04', () => {
    const ladder = ksuiteOfferLadder();
    expect(ladder).toEqual({ plans: ['standard', 'business', 'enterprise'], rule: 'ACC-04' });
    expect(ksuiteOfferLadder()).toBe(ladder);
    expect(changeOffer(ladder, 'standard', 'enterprise')).toBe('enterprise');
    expect(codeOf(() => changeOffer(ladder, 'enterprise', 'business'))).toBe('DOWNGRADE_NOT_ALLOWED');
  });

  it('ACC-04 bad input names the field', () => {
    expect(() => upgradeKsuite(suite, 'platinum')).toThrow(InvalidInputError);
    expect(() => ksuite({ organization: '', offer: 'standard' })).toThrow(/organization/);
    expect(() => canDetachKsuiteProduct(suite, { product: 'kdrive', action: 'delete' as never })).toThrow(/action/);
  });
});
