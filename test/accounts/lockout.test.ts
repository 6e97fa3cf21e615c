import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  loginSecurity,
  changeLoginSettings,
  recordLoginAttempt,
  canUnlockAccount,
  unlockAccount,
  organization,
  definePolicy,
  isHostPolicyError,
  InvalidInputError,
  type LoginSecurity,
} from '../../src/index.js';

function lock(s: LoginSecurity): LoginSecurity {
  let state = s;
  while (!state.locked) state = recordLoginAttempt(state, 'failure').state;
  return state;
}

describe('ACC-05 login lockout and notifications', () => {
  it('ACC-05 locks after the number of failed logins the user chose', () => {
    let s = loginSecurity('anna', { lockAfter: 3 });
    const results: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = recordLoginAttempt(s, 'failure');
      results.push(r.result);
      s = r.state;
    }
    expect(results).toEqual(['failed', 'failed', 'locked-now']);
    expect(recordLoginAttempt(s, 'success').result).toBe('refused-locked');
  });

  it('ACC-05 a successful login resets the count', () => {
    let s = loginSecurity('anna', { lockAfter: 3 });
    s = recordLoginAttempt(recordLoginAttempt(s, 'failure').state, 'failure').state;
    s = recordLoginAttempt(s, 'success').state;
    expect(s.failedAttempts).toBe(0);
    expect(recordLoginAttempt(s, 'failure').state.locked).toBe(false);
  });

  // ACC-05 (clarified): "An derselben Stelle können Sie auswählen, ab wie vielen fehlgeschlagenen
  // Versuchen Sie Ihr Benutzerkonto sperren möchten." The lockout is the user's choice, including
  // not to lock at all; the source gives no range and no default.
  it("ACC-05 the threshold is the user's choice: any whole number, 0 for never; bounds only if the policy sets them", () => {
    expect(loginSecurity('anna').lockAfter).toBe(0);
    expect(loginSecurity('anna', { lockAfter: 1 }).lockAfter).toBe(1);
    expect(loginSecurity('anna', { lockAfter: 2 }).lockAfter).toBe(2);
    expect(loginSecurity('anna', { lockAfter: 11 }).lockAfter).toBe(11);
    expect(() => loginSecurity('anna', { lockAfter: -1 })).toThrow(InvalidInputError);
    const bounded = definePolicy({ accounts: { lockout: { minFailedAttempts: 3, maxFailedAttempts: 20 } } });
    expect(loginSecurity('anna', { lockAfter: 20 }, bounded).lockAfter).toBe(20);
    expect(loginSecurity('anna', { lockAfter: 0 }, bounded).lockAfter).toBe(0);
    expect(() => loginSecurity('anna', { lockAfter: 2 }, bounded)).toThrow(/lockAfter: must be 0 \(never lock\) or between 3 and 20/);
    expect(() => definePolicy({ accounts: { lockout: { minFailedAttempts: 5, maxFailedAttempts: 3 } } })).toThrow(InvalidInputError);
    expect(() => definePolicy({ accounts: { lockout: { defaultFailedAttempts: -1 } } })).toThrow(InvalidInputError);
  });

  it('ACC-05 lockAfter 0: the user chose not to lock at all, failures never lock', () => {
    let s = loginSecurity('anna', { lockAfter: 0 });
    for (let i = 0; i < 50; i++) {
      const r = recordLoginAttempt(s, 'failure');
      expect(r.result).toBe('failed');
      s = r.state;
    }
    expect(s.locked).toBe(false);
    expect(recordLoginAttempt(s, 'success').result).toBe('signed-in');
    // Turning the lockout on later counts from the failures recorded.
    const on = changeLoginSettings(loginSecurity('ben', { lockAfter: 0 }), { lockAfter: 3 });
    expect(on.lockAfter).toBe(3);
  });

  it('ACC-05 notifications on successful and/or failed logins are per-user settings', () => {
    const quiet = loginSecurity('anna');
    expect(recordLoginAttempt(quiet, 'success').notify).toBeNull();
    const loud = changeLoginSettings(quiet, { notifyOnSuccess: true, notifyOnFailure: true });
    expect(recordLoginAttempt(loud, 'success').notify).toBe('success');
    expect(recordLoginAttempt(loud, 'failure').notify).toBe('failure');
    expect(changeLoginSettings(loud, { lockAfter: 4 }).notify).toEqual({ success: true, failure: true });
  });

  const org = organization({ id: 'acme', name: 'Acme', owners: ['olga'], administrators: ['adam'], members: ['anna', 'max'] });

  it('ACC-05 an administrator of the user organization unlocks the account', () => {
    const locked = lock(loginSecurity('anna', { lockAfter: 3 }));
    const s = unlockAccount(locked, { kind: 'administrator', actor: 'adam', organization: org });
    expect(s).toMatchObject({ locked: false, failedAttempts: 0 });
    expect(canUnlockAccount(locked, { kind: 'administrator', actor: 'olga', organization: org }).allowed).toBe(true);
  });

  it('ACC-05 a plain member or an outside administrator cannot unlock; every failed condition is listed', () => {
    const locked = lock(loginSecurity('zoe', { lockAfter: 3 }));
    const d = canUnlockAccount(locked, { kind: 'administrator', actor: 'max', organization: org });
    expect(d.allowed ? [] : d.reasons.map((r) => r.code)).toEqual(['NOT_AN_ADMINISTRATOR', 'NOT_IN_ORGANIZATION']);
    try {
      unlockAccount(locked, { kind: 'administrator', actor: 'max', organization: org });
      expect.unreachable();
    } catch (e) {
      expect(isHostPolicyError(e) && [e.code, e.rule]).toEqual(['UNLOCK_NOT_ALLOWED', 'ACC-05']);
    }
  });

  it('ACC-05 the secure form unlocks once the identity is confirmed', () => {
    const locked = lock(loginSecurity('anna', { lockAfter: 3 }));
    expect(canUnlockAccount(locked, { kind: 'secure-form', identityConfirmed: false })).toMatchObject({
      allowed: false,
      reasons: [{ code: 'IDENTITY_NOT_CONFIRMED' }],
    });
    expect(unlockAccount(locked, { kind: 'secure-form', identityConfirmed: true }).locked).toBe(false);
    expect(canUnlockAccount(loginSecurity('anna'), { kind: 'secure-form', identityConfirmed: true })).toMatchObject({
      allowed: false,
      reasons: [{ code: 'NOT_LOCKED' }],
    });
  });

  it('ACC-05 property: the account is locked exactly after lockAfter consecutive failures', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.array(fc.constantFrom('success', 'failure') as fc.Arbitrary<'success' | 'failure'>, { maxLength: 30 }),
        (lockAfter, attempts) => {
          let s = loginSecurity('u', { lockAfter });
          let streak = 0;
          let lockedModel = false;
          for (const a of attempts) {
            s = recordLoginAttempt(s, a).state;
            if (!lockedModel) {
              streak = a === 'failure' ? streak + 1 : 0;
              lockedModel = lockAfter > 0 && streak >= lockAfter;
            }
            expect(s.locked).toBe(lockedModel);
            if (lockAfter > 0) expect(s.failedAttempts).toBeLessThanOrEqual(lockAfter);
          }
        },
      ),
    );
  });

  it('ACC-05 bad input names the field', () => {
    expect(() => recordLoginAttempt(loginSecurity('a'), 'maybe' as never)).toThrow(InvalidInputError);
    expect(() => loginSecurity('a', { lockAfter: 3.5 })).toThrow(/lockAfter/);
    expect(() => canUnlockAccount(loginSecurity('a'), { kind: 'robot' } as never)).toThrow(InvalidInputError);
  });
});
