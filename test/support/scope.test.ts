import { describe, it, expect } from 'vitest';
import { definePolicy, InvalidInputError, isInSupportScope } from '../../src/index.js';

describe('SUP-07 scope of support', () => {
  it.each(['diagnosis', 'production-launch', 'launch-follow-up', 'technical-implementation'])(
    'SUP-07 %s on a provider service is in scope',
    (activity) => {
      expect(isInSupportScope({ activity })).toEqual({ allowed: true });
    },
  );

  it.each(['third-party-application-change', 'webmastering', 'customer-machine-intervention'])(
    'SUP-07 %s is out of scope, with the reason',
    (activity) => {
      const d = isInSupportScope({ activity });
      expect(!d.allowed && d.reasons[0]).toMatchObject({ code: 'ACTIVITY_OUT_OF_SCOPE', rule: 'SUP-07' });
      expect(!d.allowed && d.reasons[0]?.message).toMatch(/outside the scope/);
    },
  );

  it('SUP-07 lists every failed condition', () => {
    const d = isInSupportScope({ activity: 'webmastering', providerService: false });
    expect(!d.allowed && d.reasons.map((r) => r.code)).toEqual(['ACTIVITY_OUT_OF_SCOPE', 'NOT_A_PROVIDER_SERVICE']);
    const e = isInSupportScope({ activity: 'diagnosis', providerService: false });
    expect(!e.allowed && e.reasons.map((r) => r.code)).toEqual(['NOT_A_PROVIDER_SERVICE']);
  });

  it('SUP-07 the activity lists are policy data', () => {
    const policy = definePolicy({ support: { scope: { inScope: ['diagnosis', 'migration'], outOfScope: ['webmastering'] } } });
    expect(isInSupportScope({ activity: 'migration' }, policy).allowed).toBe(true);
    expect(() => definePolicy({ support: { scope: { inScope: ['webmastering'], outOfScope: ['webmastering'] } } })).toThrow(
      /both in and out/,
    );
  });

  it('SUP-07 an unknown activity is bad input listing the known ones', () => {
    expect(() => isInSupportScope({ activity: 'coffee' })).toThrow(InvalidInputError);
    expect(() => isInSupportScope({ activity: 'coffee' })).toThrow(/activity: must be one of "diagnosis"/);
    expect(() => isInSupportScope({ activity: '' })).toThrow(InvalidInputError);
  });
});
