import { match } from 'ts-pattern';
import { decide, HostPolicyError, type Decision, type Reason, type ReasonCode } from '../errors.js';
import { invalidField, parseInput } from '../internal/parse.js';
import { lockAfterInRange } from '../policy/accounts.js';
import { accountsPolicyOf } from './accountsPolicy.js';
import { roleOf } from './organization.js';
import { idSchema } from './schema.js';
import {
  loginOutcomeSchema as outcomeSchema,
  loginSecuritySchema,
  loginSettingsSchema,
  unlockerSchema,
  type LoginSettingsInput,
  type Unlocker,
} from './lockoutSchema.js';
import { ACCOUNTS_DEFAULTS, type AccountsPolicyParts } from './policyParts.js';

/** A user's login security: lockout threshold, failed attempts, lock, notifications (ACC-05). */
export interface LoginSecurity {
  readonly user: string;
  /** Consecutive failed logins that lock the account, chosen by the user; `0`: never lock (ACC-05). */
  readonly lockAfter: number;
  readonly failedAttempts: number;
  readonly locked: boolean;
  /** E-mail notification on successful and/or failed logins (a per-user setting). */
  readonly notify: { readonly success: boolean; readonly failure: boolean };
}

/** The outcome of one login attempt. */
export interface LoginAttemptResult {
  readonly state: LoginSecurity;
  /** `'locked-now'`: this failure locked the account; `'refused-locked'`: the account was locked. */
  readonly result: 'signed-in' | 'failed' | 'locked-now' | 'refused-locked';
  /** The notification to send by e-mail, if the user asked for it. */
  readonly notify: 'success' | 'failure' | null;
}

function checkedSettings(
  settings: LoginSettingsInput,
  base: LoginSecurity | undefined,
  policy: AccountsPolicyParts,
): Pick<LoginSecurity, 'lockAfter' | 'notify'> {
  const parsed = parseInput(loginSettingsSchema, settings, 'login settings', 'ACC-05');
  const bounds = accountsPolicyOf(policy).lockout;
  const lockAfter = parsed.lockAfter ?? base?.lockAfter ?? bounds.defaultFailedAttempts;
  if (!lockAfterInRange(lockAfter, bounds)) {
    invalidField(
      'login settings',
      ['lockAfter'],
      `must be 0 (never lock) or between ${bounds.minFailedAttempts ?? 1} and ` +
        `${bounds.maxFailedAttempts ?? Number.MAX_SAFE_INTEGER} failed logins`,
      'ACC-05',
    );
  }
  return {
    lockAfter,
    notify: {
      success: parsed.notifyOnSuccess ?? base?.notify.success ?? false,
      failure: parsed.notifyOnFailure ?? base?.notify.failure ?? false,
    },
  };
}

/**
 * A user's login security with the chosen settings: lock after `lockAfter` failed logins, or
 * never with `lockAfter: 0` (the lockout is the user's choice, ACC-05; until the user chooses,
 * `policy.accounts.lockout.defaultFailedAttempts`, by default 0: no lockout), notifications off
 * unless asked for.
 *
 * @example
 * ```ts
 * loginSecurity('anna', { lockAfter: 3, notifyOnFailure: true });
 * // { user: 'anna', lockAfter: 3, failedAttempts: 0, locked: false, notify: { success: false, failure: true } }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`, rule ACC-05) for a negative or fractional threshold,
 * or one outside bounds the policy sets (the default policy sets none).
 */
export function loginSecurity(
  userId: string,
  settings: LoginSettingsInput = {},
  policy: AccountsPolicyParts = ACCOUNTS_DEFAULTS,
): LoginSecurity {
  const user = parseInput(idSchema, userId, 'user id', 'ACC-05');
  return Object.freeze({ user, failedAttempts: 0, locked: false, ...checkedSettings(settings, undefined, policy) });
}

/**
 * Changes the user's login settings; settings left out keep their value (ACC-05).
 *
 * @example
 * ```ts
 * changeLoginSettings(loginSecurity('anna'), { notifyOnSuccess: true }).notify; // { success: true, failure: false }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`, rule ACC-05) for a threshold outside the policy range.
 */
export function changeLoginSettings(
  state: LoginSecurity,
  settings: LoginSettingsInput,
  policy: AccountsPolicyParts = ACCOUNTS_DEFAULTS,
): LoginSecurity {
  const current = parseInput(loginSecuritySchema, state, 'login security', 'ACC-05');
  return Object.freeze({ ...current, ...checkedSettings(settings, current, policy) });
}

/**
 * Records one login attempt (ACC-05): a failure counts; the failure that reaches `lockAfter`
 * locks the account; a locked account refuses every attempt, even with the right password,
 * until it is unlocked; a success resets the count. Tells which notification to send.
 *
 * @example
 * ```ts
 * let s = loginSecurity('anna', { lockAfter: 3 });
 * for (let i = 0; i < 3; i++) s = recordLoginAttempt(s, 'failure').state;
 * s.locked;                                  // true
 * recordLoginAttempt(s, 'success').result;   // 'refused-locked'
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed state or outcome.
 */
export function recordLoginAttempt(state: LoginSecurity, outcome: 'success' | 'failure'): LoginAttemptResult {
  const current = parseInput(loginSecuritySchema, state, 'login security', 'ACC-05');
  const ok = parseInput(outcomeSchema, outcome, 'login outcome', 'ACC-05') === 'success';
  const notifyFailure = current.notify.failure ? ('failure' as const) : null;
  return match({ locked: current.locked, ok })
    .with({ locked: true }, () => ({ state: Object.freeze(current), result: 'refused-locked' as const, notify: notifyFailure }))
    .with({ locked: false, ok: true }, () => ({
      state: Object.freeze({ ...current, failedAttempts: 0 }),
      result: 'signed-in' as const,
      notify: current.notify.success ? ('success' as const) : null,
    }))
    .with({ locked: false, ok: false }, () => {
      const failedAttempts = current.failedAttempts + 1;
      // lockAfter 0: the user chose not to lock at all (ACC-05); the failures are still counted.
      const locked = current.lockAfter > 0 && failedAttempts >= current.lockAfter;
      return {
        state: Object.freeze({ ...current, failedAttempts, locked }),
        result: locked ? ('locked-now' as const) : ('failed' as const),
        notify: notifyFailure,
      };
    })
    .exhaustive();
}

/**
 * Tells whether a locked account may be unlocked this way (ACC-05): by an administrator (or
 * owner, see `policy.accounts.unlockRoles`) of an organization the user belongs to, or through
 * the secure form once the user's identity is confirmed. Lists every failed condition.
 *
 * @example
 * ```ts
 * canUnlockAccount(lockedAnna, { kind: 'secure-form', identityConfirmed: false });
 * // { allowed: false, reasons: [{ code: 'IDENTITY_NOT_CONFIRMED', rule: 'ACC-05', … }] }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) naming each malformed field.
 */
export function canUnlockAccount(state: LoginSecurity, by: Unlocker, policy: AccountsPolicyParts = ACCOUNTS_DEFAULTS): Decision {
  const current = parseInput(loginSecuritySchema, state, 'login security', 'ACC-05');
  const unlocker = parseInput(unlockerSchema, by, 'unlocker', 'ACC-05');
  const reasons: Reason[] = [];
  if (!current.locked) reasons.push(reason('NOT_LOCKED', `The account of ${current.user} is not locked.`));
  match(unlocker)
    .with({ kind: 'administrator' }, ({ actor, organization }) => {
      const role = roleOf(organization, actor);
      if (role === undefined || !accountsPolicyOf(policy).unlockRoles.includes(role))
        reasons.push(reason('NOT_AN_ADMINISTRATOR', `${actor} is not an administrator of organization ${organization.id}.`));
      if (roleOf(organization, current.user) === undefined)
        reasons.push(reason('NOT_IN_ORGANIZATION', `${current.user} does not belong to organization ${organization.id}.`));
    })
    .with({ kind: 'secure-form' }, ({ identityConfirmed }) => {
      if (!identityConfirmed) reasons.push(reason('IDENTITY_NOT_CONFIRMED', 'The secure form has not confirmed the user’s identity.'));
    })
    .exhaustive();
  return decide(reasons);
}

/**
 * Unlocks a locked account and resets its failed attempts, when {@link canUnlockAccount} allows.
 *
 * @example
 * ```ts
 * unlockAccount(lockedAnna, { kind: 'secure-form', identityConfirmed: true }).locked; // false
 * ```
 * @throws HostPolicyError `UNLOCK_NOT_ALLOWED` (ACC-05; `details.reasons` lists why);
 * InvalidInputError (`INVALID_INPUT`).
 */
export function unlockAccount(state: LoginSecurity, by: Unlocker, policy: AccountsPolicyParts = ACCOUNTS_DEFAULTS): LoginSecurity {
  const decision = canUnlockAccount(state, by, policy);
  if (!decision.allowed) {
    throw new HostPolicyError('UNLOCK_NOT_ALLOWED', decision.reasons.map((r) => r.message).join(' '), {
      rule: 'ACC-05',
      details: { reasons: decision.reasons },
    });
  }
  return Object.freeze({ ...parseInput(loginSecuritySchema, state, 'login security', 'ACC-05'), failedAttempts: 0, locked: false });
}

function reason(code: ReasonCode, message: string): Reason {
  return { code, rule: 'ACC-05', message };
}
