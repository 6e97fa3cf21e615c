import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { match } from 'ts-pattern';
import { decide, type Decision, type Reason } from '../errors.js';
import { parseInput } from '../internal/parse.js';

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
      ...(r.signedInWithSecondFactor === true ? [] : [reason('SECOND_FACTOR_SIGN_IN_REQUIRED', 'Sign in one last time with the second factor first.')]),
      ...(r.passwordConfirmed === true ? [] : [reason('PASSWORD_CONFIRMATION_REQUIRED', 'Confirm the account password.')]),
    ])
    .with('identity-verification', () =>
      r.identityVerified === true ? [] : [reason('IDENTITY_NOT_VERIFIED', 'The identity verification (documents and selfie) is not complete.')],
    )
    .exhaustive();
  return decide(reasons);
}

function reason(code: string, message: string): Reason {
  return { code, rule: 'ACC-06', message };
}
