import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { match } from 'ts-pattern';
import { decide, HostPolicyError, type Decision, type Reason, type ReasonCode } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import { idSchema, type ReadonlyInput } from './schema.js';

/** zod schema: a request to disable a confirmed login method (ACC-06). */
export const disableTwoFactorSchema = strictObject({
  via: z.enum(['support-request', 'self-service', 'identity-verification']),
  signedInWithSecondFactor: z.optional(z.boolean()),
  passwordConfirmed: z.optional(z.boolean()),
  identityVerified: z.optional(z.boolean()),
});

/**
 * How two-factor authentication would be disabled: `'support-request'` (asking support by phone,
 * e-mail or chat), `'self-service'` (in the account's security settings after signing in with the
 * second factor and confirming the password), or `'identity-verification'` (the secure form with
 * identity documents, for users who lost their device and emergency codes).
 */
export type DisableTwoFactorRequest = z.input<typeof disableTwoFactorSchema>;

/**
 * Tells whether a confirmed login method (two-factor authentication) may be disabled this way
 * (ACC-06). Support never disables it on a simple request; the user does it after signing in
 * with it and confirming the password, or the identity verification procedure does.
 *
 * @example
 * ```ts
 * canDisableTwoFactor({ via: 'support-request' });
 * // { allowed: false, reasons: [{ code: 'SUPPORT_NEVER_DISABLES_2FA', rule: 'ACC-06', … }] }
 * canDisableTwoFactor({ via: 'self-service', signedInWithSecondFactor: true, passwordConfirmed: true }); // { allowed: true }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) naming each malformed field.
 */
export function canDisableTwoFactor(request: DisableTwoFactorRequest): Decision {
  const r = parseInput(disableTwoFactorSchema, request, 'two-factor request', 'ACC-06');
  const reasons: Reason[] = match(r.via)
    .with('support-request', () => [
      reason('SUPPORT_NEVER_DISABLES_2FA', 'For security, support never disables a confirmed login method on a simple request.'),
    ])
    .with('self-service', () => [
      ...(r.signedInWithSecondFactor === true
        ? []
        : [reason('SECOND_FACTOR_SIGN_IN_REQUIRED', 'Sign in one last time with the second factor first.')]),
      ...(r.passwordConfirmed === true ? [] : [reason('PASSWORD_CONFIRMATION_REQUIRED', 'Confirm the account password.')]),
    ])
    .with('identity-verification', () =>
      r.identityVerified === true
        ? []
        : [reason('IDENTITY_NOT_VERIFIED', 'The identity verification (documents and selfie) is not complete.')],
    )
    .exhaustive();
  return decide(reasons);
}

function reason(code: ReasonCode, message: string): Reason {
  return { code, rule: 'ACC-06', message };
}

/** zod schema: a second-factor method set up on an account (ACC-09): the authenticator app (kAuth) or SMS. */
export const twoFactorMethodSchema = z.enum(['authenticator-app', 'sms']);
/** A second-factor method: `'authenticator-app'` (kAuth) or `'sms'` (confirmation by SMS). */
export type TwoFactorMethod = z.output<typeof twoFactorMethodSchema>;

/** zod schema: a request to remove the authenticator app from an account (ACC-09). */
export const authenticatorRemovalSchema = strictObject({
  user: idSchema,
  /** The second-factor methods set up now. */
  methods: z.array(twoFactorMethodSchema),
  /** The account password was entered to confirm the removal. */
  passwordConfirmed: z.boolean(),
});
/** Whose authenticator app is removed, the methods set up, and the password confirmation. */
export type AuthenticatorRemovalRequest = ReadonlyInput<z.input<typeof authenticatorRemovalSchema>>;

/** The outcome of removing the authenticator app (ACC-09). */
export interface AuthenticatorRemoval {
  readonly user: string;
  /** The second-factor methods left. */
  readonly methods: readonly TwoFactorMethod[];
  /** `false` when no other method was set up: two-factor authentication is now off. */
  readonly twoFactorEnabled: boolean;
  /** A notification goes to the mobile device of the app. */
  readonly notifyDevice: true;
  /** `TWO_FACTOR_DISABLED` and `PROTECT_ACCOUNT_AGAIN` when two-factor authentication is now off. */
  readonly warnings: readonly Reason[];
}

/**
 * Tells whether the authenticator app can be removed from an account (ACC-09): it must be set up
 * (`APP_NOT_SET_UP`) and the account password confirmed (`PASSWORD_CONFIRMATION_REQUIRED`).
 *
 * @example
 * ```ts
 * canRemoveAuthenticatorApp({ user: 'anna', methods: ['sms'], passwordConfirmed: true });
 * // { allowed: false, reasons: [{ code: 'APP_NOT_SET_UP', rule: 'ACC-09', … }] }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) naming each malformed field.
 */
export function canRemoveAuthenticatorApp(request: AuthenticatorRemovalRequest): Decision {
  return removalDecision(parseInput(authenticatorRemovalSchema, request, 'authenticator removal', 'ACC-09'));
}

function removalDecision(r: z.output<typeof authenticatorRemovalSchema>): Decision {
  return decide([
    ...(r.methods.includes('authenticator-app')
      ? []
      : [removalReason('APP_NOT_SET_UP', `No authenticator app is set up on the account of ${r.user}.`)]),
    ...(r.passwordConfirmed ? [] : [removalReason('PASSWORD_CONFIRMATION_REQUIRED', 'Confirm the account password.')]),
  ]);
}

/**
 * Removes the authenticator app from an account (ACC-09). When no other method (SMS) is set up,
 * this disables two-factor authentication: the outcome says so (`twoFactorEnabled: false`,
 * warning `TWO_FACTOR_DISABLED`) and advises protecting the account again
 * (`PROTECT_ACCOUNT_AGAIN`). A notification goes to the app's device.
 *
 * @example
 * ```ts
 * const out = removeAuthenticatorApp({ user: 'anna', methods: ['authenticator-app'], passwordConfirmed: true });
 * out.twoFactorEnabled;                  // false
 * out.warnings.map((w) => w.code);       // ['TWO_FACTOR_DISABLED', 'PROTECT_ACCOUNT_AGAIN']
 * removeAuthenticatorApp({ user: 'anna', methods: ['authenticator-app', 'sms'], passwordConfirmed: true }).twoFactorEnabled; // true
 * ```
 * @throws HostPolicyError `REMOVAL_NOT_ALLOWED` (ACC-09; `details.reasons` lists why);
 * InvalidInputError (`INVALID_INPUT`).
 */
export function removeAuthenticatorApp(request: AuthenticatorRemovalRequest): AuthenticatorRemoval {
  const r = parseInput(authenticatorRemovalSchema, request, 'authenticator removal', 'ACC-09');
  const decision = removalDecision(r);
  if (!decision.allowed) {
    throw new HostPolicyError('REMOVAL_NOT_ALLOWED', decision.reasons.map((x) => x.message).join(' '), {
      rule: 'ACC-09',
      details: { reasons: decision.reasons },
    });
  }
  const methods = [...new Set(r.methods.filter((m) => m !== 'authenticator-app'))];
  const warnings = match(methods.length > 0)
    .with(true, () => [])
    .with(false, () => [
      removalReason('TWO_FACTOR_DISABLED', 'No other method (e.g. SMS) secures the account: two-factor authentication is now disabled.'),
      removalReason('PROTECT_ACCOUNT_AGAIN', 'It is strongly recommended to protect the account with two-factor authentication again.'),
    ])
    .exhaustive();
  return Object.freeze({
    user: r.user,
    methods: Object.freeze(methods),
    twoFactorEnabled: methods.length > 0,
    notifyDevice: true as const,
    warnings: Object.freeze(warnings),
  });
}

function removalReason(code: ReasonCode, message: string): Reason {
  return { code, rule: 'ACC-09', message };
}
