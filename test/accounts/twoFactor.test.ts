import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  canDisableTwoFactor,
  canRemoveAuthenticatorApp,
  removeAuthenticatorApp,
  isHostPolicyError,
  InvalidInputError,
} from '../../src/index.js';

describe('ACC-06 two-factor authentication', () => {
  it('ACC-06 support never disables two-factor authentication on a simple request', () => {
    expect(canDisableTwoFactor({ via: 'support-request' })).toMatchObject({
      allowed: false,
      reasons: [{ code: 'SUPPORT_NEVER_DISABLES_2FA', rule: 'ACC-06' }],
    });
  });

  it('ACC-06 the user disables it after signing in with it and confirming the password', () => {
    expect(canDisableTwoFactor({ via: 'self-service', signedInWithSecondFactor: true, passwordConfirmed: true })).toEqual({
      allowed: true,
    });
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
        expect(
          canDisableTwoFactor({ via: 'support-request', signedInWithSecondFactor: a, passwordConfirmed: b, identityVerified: c }).allowed,
        ).toBe(false);
      }),
    );
  });

  it('ACC-06 bad input names the field', () => {
    expect(() => canDisableTwoFactor({ via: 'phone' as never })).toThrow(/via/);
    expect(() => canDisableTwoFactor({ via: 'self-service', passwordConfirmed: 'yes' as never })).toThrow(InvalidInputError);
  });
});

describe('ACC-09 removing the authenticator app', () => {
  it('ACC-09 without another method, removing the app disables two-factor authentication and advises protecting the account again', () => {
    // "Wenn keine andere Methode konfiguriert ist, um den Zugriff auf das Konto zu sichern (z.B. SMS), wird das
    // Doppelauthentifizierungssystem deaktiviert; es wird dringend empfohlen, das Konto erneut durch eine
    // Doppelauthentifizierung zu schützen!"
    const out = removeAuthenticatorApp({ user: 'anna', methods: ['authenticator-app'], passwordConfirmed: true });
    expect(out.twoFactorEnabled).toBe(false);
    expect(out.methods).toEqual([]);
    expect(out.notifyDevice).toBe(true);
    expect(out.warnings.map((w) => `${w.code}:${w.rule}`)).toEqual(['TWO_FACTOR_DISABLED:ACC-09', 'PROTECT_ACCOUNT_AGAIN:ACC-09']);
    expect(out.warnings[1]?.message).toMatch(/protect the account/);
  });

  it('ACC-09 with SMS set up, two-factor authentication stays on and nothing is to be advised', () => {
    const out = removeAuthenticatorApp({ user: 'anna', methods: ['authenticator-app', 'sms'], passwordConfirmed: true });
    expect(out).toEqual({ user: 'anna', methods: ['sms'], twoFactorEnabled: true, notifyDevice: true, warnings: [] });
  });

  it('ACC-09 the app must be set up and the password confirmed', () => {
    expect(canRemoveAuthenticatorApp({ user: 'anna', methods: ['authenticator-app'], passwordConfirmed: true })).toEqual({ allowed: true });
    const d = canRemoveAuthenticatorApp({ user: 'anna', methods: ['sms'], passwordConfirmed: false });
    expect(d.allowed ? [] : d.reasons.map((r) => `${r.code}:${r.rule}`)).toEqual([
      'APP_NOT_SET_UP:ACC-09',
      'PASSWORD_CONFIRMATION_REQUIRED:ACC-09',
    ]);
    try {
      removeAuthenticatorApp({ user: 'anna', methods: ['authenticator-app'], passwordConfirmed: false });
      expect.unreachable();
    } catch (e) {
      expect(isHostPolicyError(e) && e.code).toBe('REMOVAL_NOT_ALLOWED');
      expect(isHostPolicyError(e) && e.rule).toBe('ACC-09');
    }
  });

  it('ACC-09 property: two-factor stays on iff another method remains, and the warnings say so exactly when it goes off', () => {
    const methods = fc
      .array(fc.constantFrom('authenticator-app', 'sms') as fc.Arbitrary<'authenticator-app' | 'sms'>, { maxLength: 4 })
      .map((m) => [...m, 'authenticator-app' as const]);
    fc.assert(
      fc.property(methods, (m) => {
        const out = removeAuthenticatorApp({ user: 'u', methods: m, passwordConfirmed: true });
        expect(out.methods).not.toContain('authenticator-app');
        expect(out.twoFactorEnabled).toBe(m.includes('sms'));
        expect(out.warnings.length > 0).toBe(!out.twoFactorEnabled);
      }),
    );
  });

  it('ACC-09 bad input: unknown keys and methods, a __proto__ user, huge lists', () => {
    expect(() =>
      removeAuthenticatorApp({ user: 'anna', methods: ['authenticator-app'], passwordConfirmed: true, force: true } as never),
    ).toThrow(/unknown key 'force'/);
    expect(() => removeAuthenticatorApp({ user: 'anna', methods: ['e-mail' as never], passwordConfirmed: true })).toThrow(
      InvalidInputError,
    );
    expect(() => canRemoveAuthenticatorApp({ user: 'anna', methods: ['sms'] } as never)).toThrow(/passwordConfirmed/);
    expect(removeAuthenticatorApp({ user: '__proto__', methods: ['authenticator-app'], passwordConfirmed: true }).user).toBe('__proto__');
    const many = Array.from({ length: 100_000 }, () => 'sms' as const);
    expect(removeAuthenticatorApp({ user: 'anna', methods: [...many, 'authenticator-app'], passwordConfirmed: true }).methods).toEqual([
      'sms',
    ]);
  });
});
