import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { canTakeSupportTier, canUseVipCode, definePolicy, InvalidInputError, SUPPORT_TIERS, supportTierFeatures } from '../../src/index.js';

describe('SUP-01 four tiers', () => {
  it('SUP-01 Standard is included; Plus, Pro and Enterprise are subscribed', () => {
    expect(SUPPORT_TIERS).toEqual(['standard', 'plus', 'pro', 'enterprise']);
    expect(SUPPORT_TIERS.map((t) => supportTierFeatures(t).included)).toEqual([true, false, false, false]);
  });

  it('SUP-02 SUP-03 Standard has no guaranteed time; Plus 4 h, Pro 2 h, Enterprise 1 h', () => {
    expect(SUPPORT_TIERS.map((t) => supportTierFeatures(t).firstResponseHours)).toEqual([null, 4, 2, 1]);
  });

  it('SUP-05 Pro has one account manager, Enterprise two (one technical) and custom advice', () => {
    expect(supportTierFeatures('pro').accountManagers).toEqual({ total: 1, technical: 0 });
    expect(supportTierFeatures('enterprise').accountManagers).toEqual({ total: 2, technical: 1 });
    expect(supportTierFeatures('enterprise').customAdvice).toBe(true);
    expect(supportTierFeatures('plus').accountManagers.total).toBe(0);
  });

  it('SUP-01 an unknown tier is bad input', () => {
    expect(() => supportTierFeatures('gold' as never)).toThrow(InvalidInputError);
  });
});

describe('SUP-06 partners may take Plus', () => {
  it('SUP-06 a partner can take Plus; Pro and Enterprise stay closed to partners by default', () => {
    expect(canTakeSupportTier({ tier: 'plus', subscriber: 'partner' })).toEqual({ allowed: true });
    const d = canTakeSupportTier({ tier: 'enterprise', subscriber: 'partner' });
    expect(!d.allowed && d.reasons.map((r) => [r.code, r.rule])).toEqual([['TIER_NOT_OPEN_TO_PARTNERS', 'SUP-06']]);
    expect(canTakeSupportTier({ tier: 'enterprise', subscriber: 'customer' }).allowed).toBe(true);
  });

  it('SUP-06 the policy can open Pro to partners', () => {
    const policy = definePolicy({ support: { tiers: { pro: { openToPartners: true } } } });
    expect(canTakeSupportTier({ tier: 'pro', subscriber: 'partner' }, policy).allowed).toBe(true);
  });

  it('SUP-06 bad input names the field', () => {
    expect(() => canTakeSupportTier({ tier: 'plus', subscriber: 'reseller' as never })).toThrow(/subscriber/);
  });
});

describe('SUP-08 VIP code', () => {
  it('SUP-08 Plus, Pro and Enterprise have a VIP code, Standard does not', () => {
    expect(SUPPORT_TIERS.map((t) => canUseVipCode(t).allowed)).toEqual([false, true, true, true]);
    const d = canUseVipCode('standard');
    expect(!d.allowed && d.reasons[0]).toMatchObject({ code: 'VIP_CODE_NOT_INCLUDED', rule: 'SUP-08' });
  });

  it('SUP-08 the older page (Pro and Enterprise only) is one policy override away', () => {
    const older = definePolicy({ support: { tiers: { plus: { vipCode: false } } } });
    expect(SUPPORT_TIERS.map((t) => canUseVipCode(t, older).allowed)).toEqual([false, false, true, true]);
  });

  it('SUP-08 property: a tier has the VIP code exactly when it is a premium tier', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SUPPORT_TIERS), (t) => {
        expect(canUseVipCode(t).allowed).toBe(t !== 'standard');
      }),
    );
  });
});

describe('SUP-01 tier data is read-only', () => {
  it('SUP-01 the features returned cannot change the policy', () => {
    const f = supportTierFeatures('plus');
    expect(Object.isFrozen(f) && Object.isFrozen(f.accountManagers)).toBe(true);
    expect(supportTierFeatures('plus').firstResponseHours).toBe(4);
  });
});
