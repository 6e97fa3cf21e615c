import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { canDisableTwoFactor, InvalidInputError } from '../../src/index.js';

describe('ACC-06 two-factor authentication', () => {
  it('ACC-06 support never disables two-factor authentication on a simple request', () => {
    expect(canDisableTwoFactor({ via: 'support-request' })).toMatchObject({ allowed: false, reasons: [{ code: 'SUPPORT_NEVER_DISABLES_2FA', rule: 'ACC-06' }] });
  });

  it('ACC-06 the user disables it after signing in with it and confirming the password', () => {
    expect(canDisableTwoFactor({ via: 'self-service', signedInWithSecondFactor: true, passwordConfirmed: true })).toEqual({ allowed: true });
    const d = canDisableTwoFactor({ via: 'self-service' });
    expect(d.allowed ? [] : d.reasons.map((r) => r.code)).toEqual(['SECOND_FACTOR_SIGN_IN_REQUIRED', 'PASSWORD_CONFIRMATION_REQUIRED']);
  });

  it('ACC-06 a user who lost the device goes through identity verification', () => {
    expect(canDisableTwoFactor({ via: 'identity-verification', identityVerified: true }).allowed).toBe(true);
    expect(canDisableTwoFactor({ via: 'identity-verification' }).allowed).toBe(false);
  });

  it('ACC-06 property: a support request is refused whatever else it claims', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.boolean(), (a, b, c) => {
        expect(canDisableTwoFactor({ via: 'support-request', signedInWithSecondFactor: a, passwordConfirmed: b, identityVerified: c }).allowed).toBe(false);
      }),
    );
  });

  it('ACC-06 bad input names the field', () => {
    expect(() => canDisableTwoFactor({ via: 'phone' as never })).toThrow(/via/);
    expect(() => canDisableTwoFactor({ via: 'self-service', passwordConfirmed: 'yes' as never })).toThrow(InvalidInputError);
  });
});
