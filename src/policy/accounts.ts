import * as z from 'zod/mini';
import { recordOf, strictObject } from '../internal/checks.js';
import { hintJson } from '../internal/jsonHint.js';
import { deepFreeze } from '../internal/deepFreeze.js';

/** A role in an organization (ACC-01, ACC-05). */
export type OrganizationRole = 'owner' | 'administrator' | 'member';

/** Accounts policy data (ACC-04, ACC-05, ACC-10). */
export interface AccountsPolicy {
  /**
   * kSuite offers from the lowest to the highest (ACC-04). A kSuite moves up this ladder only.
   */
  readonly ksuiteOffers: readonly string[];
  /**
   * Login lockout (ACC-05): the user chooses after how many failed logins the account locks, or
   * not to lock at all (`0`, never). `defaultFailedAttempts` applies until the user chooses
   * (`0`: never). A provider may bound the choice with `minFailedAttempts` / `maxFailedAttempts`;
   * the sources give no bound, so the default policy has none, and `0` is always accepted.
   */
  readonly lockout: {
    readonly minFailedAttempts?: number;
    readonly maxFailedAttempts?: number;
    readonly defaultFailedAttempts: number;
  };
  /** Roles of an organization that may unlock a member's locked account (ACC-05). */
  readonly unlockRoles: readonly OrganizationRole[];
  /**
   * The form of an EU VAT identification number by its country prefix (ACC-10): the part after
   * the prefix, upper case without spaces, as a pattern of the safe subset that
   * `vatNumberPatternSchema` accepts (letters, digits, classes, bounded counts, `|`).
   */
  readonly vatNumberFormats: Readonly<Record<string, string>>;
}

/** The sources' accounts values, each with its rule ID. */
export const defaultAccountsPolicy: AccountsPolicy = /*@__PURE__*/ deepFreeze({
  // ACC-04: "kSuite ist ein gebündeltes Angebot, das jederzeit auf ein höheres Angebot umgestellt
  // werden kann" (guide "kSuite Angebot ändern"). The source names no offers: the organization
  // offers of the product page (Standard, Business, Enterprise) in ascending order.
  ksuiteOffers: ['standard', 'business', 'enterprise'],
  // ACC-05 (clarified): "An derselben Stelle können Sie auswählen, ab wie vielen fehlgeschlagenen
  // Versuchen Sie Ihr Benutzerkonto sperren möchten" (guide on login notifications). The lockout is
  // the user's choice, including not to lock at all; the source gives no range and no default.
  // Default (sources silent): no bound, and no lockout (0) until the user chooses one.
  lockout: { defaultFailedAttempts: 0 },
  // ACC-05: "kann das Konto von einem Administrator der Organisation ... entsperrt werden".
  // Decision: an owner / legal representative has every right of an administrator.
  unlockRoles: ['owner', 'administrator'],
  // ACC-10: "wie Sie Ihre europäische Umsatzsteuer-Identifikationsnummer eingeben, damit sie auf
  // der Rechnung der Organisation erscheint" (guide "Umsatzsteuer-Identifikationsnummer für die
  // Organisation registrieren"). The source gives no format: the European Commission's VIES
  // table "VAT identification number structure" (9 a digit, L a letter, X a letter or a digit,
  // S a letter, a digit, '+' or '*'), with its notes: AT starts with U; BE with 0 or 1 (since
  // 2023); ES has a letter first or last (not both ends digits); IE 9S99999L or 9999999WI
  // (W: A-W, I: A-I); NL has B at position 10; RO has 2 to 10 digits, no leading 0; Greece uses
  // EL, not GR; XI is Northern Ireland (in VIES since 2021, the GB structure).
  vatNumberFormats: {
    AT: 'U[0-9]{8}',
    BE: '[01][0-9]{9}',
    BG: '[0-9]{9,10}',
    CY: '[0-9]{8}[A-Z]',
    CZ: '[0-9]{8,10}',
    DE: '[0-9]{9}',
    DK: '[0-9]{8}',
    EE: '[0-9]{9}',
    EL: '[0-9]{9}',
    ES: '[A-Z][0-9]{7}[A-Z0-9]|[0-9]{8}[A-Z]',
    FI: '[0-9]{8}',
    FR: '[A-Z0-9]{2}[0-9]{9}',
    HR: '[0-9]{11}',
    HU: '[0-9]{8}',
    IE: '[0-9][A-Z0-9+*][0-9]{5}[A-Z]|[0-9]{7}[A-W][A-I]',
    IT: '[0-9]{11}',
    LT: '[0-9]{9}|[0-9]{12}',
    LU: '[0-9]{8}',
    LV: '[0-9]{11}',
    MT: '[0-9]{8}',
    NL: '[0-9]{9}B[0-9]{2}',
    PL: '[0-9]{10}',
    PT: '[0-9]{9}',
    RO: '[1-9][0-9]{1,9}',
    SE: '[0-9]{12}',
    SI: '[0-9]{8}',
    SK: '[0-9]{10}',
    XI: '[0-9]{9}|[0-9]{12}|GD[0-4][0-9]{2}|HA[5-9][0-9]{2}',
  },
});

/** The longest VAT number pattern read from a policy (ACC-10). */
export const MAX_VAT_PATTERN_LENGTH = 200;

/**
 * The safe pattern subset (ACC-10): alternatives of atoms, each a letter, a digit or a class of
 * them (`[A-Z0-9+*]`, ranges allowed), with an optional bounded count (`{n}` or `{n,m}`, at most
 * 99). No group, no unbounded repetition, no back-reference: on the capped input a match costs at
 * most (alternatives x length x count span) steps. This check itself cannot backtrack: an atom
 * starts with a letter, a digit or '[', a count with '{', an alternative with '|'.
 */
const SAFE_ATOM = String.raw`(?:[A-Z0-9]|\[(?:[A-Z0-9+*](?:-[A-Z0-9])?)+\])`;
const SAFE_COUNT = String.raw`(?:\{[0-9]{1,2}(?:,[0-9]{1,2})?\})?`;
const SAFE_PIECE = SAFE_ATOM + SAFE_COUNT;
const SAFE_PATTERN = new RegExp(`^${SAFE_PIECE}(?:${SAFE_PIECE})*(?:\\|(?:${SAFE_PIECE})+)*$`);

/** Compiles a pattern of the safe subset, anchored; `undefined` when it is not one (or does not compile: `{5,2}`, `[Z-A]`). */
export function compileVatPattern(pattern: unknown): RegExp | undefined {
  if (typeof pattern !== 'string' || pattern.length > MAX_VAT_PATTERN_LENGTH || !SAFE_PATTERN.test(pattern)) return undefined;
  try {
    return new RegExp(`^(?:${pattern})$`);
  } catch {
    return undefined;
  }
}

/** zod schema: a VAT number pattern of the safe subset (ACC-10), e.g. `'[0-9]{9}'`. */
export const vatNumberPatternSchema = z.custom<string>(
  (v) => compileVatPattern(v) !== undefined,
  "must be a pattern of letters, digits and classes ([A-Z0-9+*]) with bounded counts ({n} or {n,m}) and '|', at most " +
    `${MAX_VAT_PATTERN_LENGTH} characters`,
);
hintJson(vatNumberPatternSchema, () => ({ type: 'string', maxLength: MAX_VAT_PATTERN_LENGTH, pattern: SAFE_PATTERN.source }));

/** zod schema: a VAT country prefix, two upper-case letters (VIES: `EL` for Greece, `XI` for Northern Ireland). */
export const vatPrefixSchema = z.custom<string>((v) => typeof v === 'string' && /^[A-Z]{2}$/.test(v), 'must be two upper-case letters');
hintJson(vatPrefixSchema, () => ({ type: 'string', pattern: '^[A-Z]{2}$' }));

const roleSchema = z.enum(['owner', 'administrator', 'member']);

/**
 * Whether a lockout threshold is allowed by the policy's bounds (ACC-05): `0` (never lock) always
 * is; another value must lie within the bounds that are set.
 */
export function lockAfterInRange(
  lockAfter: number,
  bounds: { readonly minFailedAttempts?: number | undefined; readonly maxFailedAttempts?: number | undefined },
): boolean {
  return (
    lockAfter === 0 || (lockAfter >= (bounds.minFailedAttempts ?? 1) && lockAfter <= (bounds.maxFailedAttempts ?? Number.MAX_SAFE_INTEGER))
  );
}

/** zod schema of the accounts policy. */
export const accountsPolicySchema = strictObject({
  ksuiteOffers: z.array(z.string().check(z.minLength(1))).check(
    z.minLength(1),
    z.refine((offers) => new Set(offers).size === offers.length, 'kSuite offers must be distinct'),
  ),
  lockout: strictObject({
    minFailedAttempts: z.optional(z.int().check(z.gte(1))),
    maxFailedAttempts: z.optional(z.int().check(z.gte(1))),
    defaultFailedAttempts: z.int().check(z.gte(0)),
  }).check(
    z.refine(
      (l) => lockAfterInRange(l.defaultFailedAttempts, l),
      'the default must be 0 (never) or lie between the minimum and the maximum',
    ),
    z.refine(
      (l) => (l.minFailedAttempts ?? 1) <= (l.maxFailedAttempts ?? Number.MAX_SAFE_INTEGER),
      'the minimum must not exceed the maximum',
    ),
  ),
  unlockRoles: z.array(roleSchema).check(z.minLength(1)),
  vatNumberFormats: recordOf(vatPrefixSchema, vatNumberPatternSchema),
});
