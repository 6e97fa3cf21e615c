import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  canChangePlan,
  changeOffer,
  changePlan,
  changeTier,
  InvalidInputError,
  isHostPolicyError,
  planChangeKind,
  planLadder,
  subscribe,
  supportTierLadder,
} from '../../src/index.js';

const tiers = planLadder(['standard', 'plus', 'pro', 'enterprise']);

describe('COM-04 upgrade-only plan ladder', () => {
  it('COM-04 upgrades are allowed, downgrades refused with the rule', () => {
    expect(changePlan(tiers, 'plus', 'pro')).toBe('pro');
    expect(changePlan(tiers, 'standard', 'enterprise')).toBe('enterprise');
    expect(canChangePlan(tiers, 'plus', 'enterprise')).toEqual({ allowed: true });
    const d = canChangePlan(tiers, 'pro', 'plus');
    expect(d.allowed).toBe(false);
    expect(!d.allowed && d.reasons[0]).toMatchObject({ code: 'DOWNGRADE_NOT_ALLOWED', rule: 'COM-04' });
    try {
      changePlan(tiers, 'enterprise', 'pro');
      expect.unreachable();
    } catch (e) {
      expect(isHostPolicyError(e) && [e.code, e.rule]).toEqual(['DOWNGRADE_NOT_ALLOWED', 'COM-04']);
    }
  });

  it('COM-04 staying on the same plan is a no-op', () => {
    expect(planChangeKind(tiers, 'pro', 'pro')).toBe('same');
    expect(changePlan(tiers, 'pro', 'pro')).toBe('pro');
  });

  it('COM-04 ACC-04 the ladder is generic: kSuite offers carry their own rule', () => {
    const offers = planLadder(['free', 'standard', 'business', 'enterprise'], { rule: 'ACC-04' });
    expect(changeOffer(offers, 'standard', 'business')).toBe('business');
    expect(() => changeOffer(offers, 'business', 'free')).toThrow(
      expect.objectContaining({ code: 'DOWNGRADE_NOT_ALLOWED', rule: 'ACC-04' }),
    );
  });

  it('COM-04 property: a change is allowed exactly when the target is not lower', () => {
    const plans = supportTierLadder.plans;
    fc.assert(
      fc.property(fc.constantFrom(...plans), fc.constantFrom(...plans), (from, to) => {
        const allowed = plans.indexOf(to) >= plans.indexOf(from);
        expect(canChangePlan(supportTierLadder, from, to).allowed).toBe(allowed);
        if (allowed) expect(changePlan(supportTierLadder, from, to)).toBe(to);
        else expect(() => changePlan(supportTierLadder, from, to)).toThrow(/only be upgraded/);
      }),
    );
  });

  it('COM-04 plans are typed by their ladder', () => {
    // @ts-expect-error 'gold' is not on the support tier ladder
    expect(() => changePlan(tiers, 'gold', 'pro')).toThrow(InvalidInputError);
    // @ts-expect-error a subscription cannot be changed to an unknown tier
    expect(() => changeTier(subscribe({ tier: 'plus', startedAt: '2026-01-01T00:00:00Z' }), 'gold')).toThrow(InvalidInputError);
  });

  it('COM-04 bad ladders and plans not on the ladder are bad input', () => {
    expect(() => planLadder([] as never)).toThrow(InvalidInputError);
    expect(() => planLadder(['a', 'a'])).toThrow(/unique/);
    expect(() => planLadder(['a', ''])).toThrow(InvalidInputError);
    // @ts-expect-error 'nope' is not a rule ID: refused by the types, and at run time for JavaScript callers
    expect(() => planLadder(['a'], { rule: 'nope' })).toThrow(/rule ID/);
    expect(() => changePlan(tiers, 'gold' as never, 'pro')).toThrow(/from: must be one of/);
    expect(() => changePlan(tiers, 'plus', 42 as never)).toThrow(/to: must be one of/);
  });
});

describe('COM-04 changeTier', () => {
  const sub = subscribe({ tier: 'plus', startedAt: '2026-03-10T12:00:00Z' });

  it('COM-04 an upgrade keeps the commitment end date', () => {
    const pro = changeTier(sub, 'pro');
    expect(pro.tier).toBe('pro');
    expect(pro.commitment.end.getTime()).toBe(sub.commitment.end.getTime());
    expect(changeTier(JSON.parse(JSON.stringify(pro)) as typeof pro, 'enterprise').tier).toBe('enterprise');
    expect(sub.tier).toBe('plus'); // immutable
  });

  it('COM-04 a downgrade, also to Standard, throws DOWNGRADE_NOT_ALLOWED', () => {
    const ent = changeTier(sub, 'enterprise');
    expect(() => changeTier(ent, 'pro')).toThrow(expect.objectContaining({ code: 'DOWNGRADE_NOT_ALLOWED', rule: 'COM-04' }));
    expect(() => changeTier(sub, 'standard')).toThrow(expect.objectContaining({ code: 'DOWNGRADE_NOT_ALLOWED' }));
    expect(changeTier(sub, 'plus')).toEqual(sub);
  });

  it('COM-04 an unknown tier is bad input', () => {
    expect(() => changeTier(sub, 'platinum' as never)).toThrow(InvalidInputError);
  });
});

describe('COM-04 ladders from elsewhere', () => {
  it('COM-04 a ladder read back from JSON works; a malformed one is bad input', () => {
    const json = JSON.parse(JSON.stringify(planLadder(['free', 'pro'], { rule: 'ACC-04' }))) as ReturnType<
      typeof planLadder<'free' | 'pro'>
    >;
    expect(changePlan(json, 'free', 'pro')).toBe('pro');
    expect(() => changePlan(json, 'pro', 'free')).toThrow(expect.objectContaining({ rule: 'ACC-04' }));
    expect(() => changePlan(null as never, 'a' as never, 'b' as never)).toThrow(InvalidInputError);
    expect(() => canChangePlan({ plans: 'abc', rule: 'COM-04' } as never, 'a' as never, 'b' as never)).toThrow(/plans/);
  });
});
