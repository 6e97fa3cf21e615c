/**
 * Errors and decisions shared by every context.
 *
 * Every failure the library raises on purpose is a {@link HostPolicyError} with a stable `code`
 * (and the rule ID where a business rule is the cause). Bad input is an {@link InvalidInputError}
 * carrying the validation issues with their paths.
 *
 * @module
 */

import type { HostPolicyErrorCode, ReasonCode } from './errorCodes.js';
import type { RuleId } from './ruleIds.js';

export type { HostPolicyErrorCode, QrBillErrorCode, ReasonCode, SharedCode } from './errorCodes.js';
export type { RuleId } from './ruleIds.js';

/**
 * One failed condition of a decision, or one cause of an outcome. `C` narrows the code where a
 * function reports only some codes (e.g. `Reason<SharedCode>` for reasons that are thrown too).
 */
export interface Reason<C extends ReasonCode = ReasonCode> {
  /** Stable, machine-readable code, e.g. `'TIER_NOT_OPEN_TO_PARTNERS'` (docs/errors.md lists them all). */
  readonly code: C;
  /** The rule that the condition comes from, e.g. `'SUP-04'`. */
  readonly rule: RuleId;
  /** A sentence a person understands. */
  readonly message: string;
}

/**
 * The answer to a permission-like question: allowed, or denied with every failed condition.
 */
export type Decision = { readonly allowed: true } | { readonly allowed: false; readonly reasons: readonly [Reason, ...Reason[]] };

/** One validation problem of an input, with the path of the offending field. */
export interface InputIssue {
  /** Path of the field inside the input, e.g. `['lines', 0, 'quantity']`. */
  readonly path: readonly PropertyKey[];
  readonly message: string;
  /** The validator's issue code (zod's, or `'custom'`). */
  readonly code: string;
}

const BRAND = Symbol.for('hostpolicy.error');

/**
 * The base class of every error that hostpolicy raises on purpose.
 *
 * @example
 * ```ts
 * try {
 *   money(1, 'CHF').plus(money(1, 'EUR'));
 * } catch (e) {
 *   if (isHostPolicyError(e)) console.log(e.code, e.rule); // 'CURRENCY_MISMATCH' 'MON-02'
 * }
 * ```
 */
export class HostPolicyError extends Error {
  /** Stable machine-readable code (docs/errors.md lists each with what to do). */
  readonly code: HostPolicyErrorCode;
  /** The rule ID when a business rule is the cause. */
  readonly rule: RuleId | undefined;
  /** Extra facts about the failure (amounts, ids). */
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(
    code: HostPolicyErrorCode,
    message: string,
    options: { rule?: RuleId | undefined; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HostPolicyError';
    this.code = code;
    this.rule = options.rule;
    this.details = options.details;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** The error as plain data, e.g. for an API response or a log line. */
  toJSON(): { name: string; code: HostPolicyErrorCode; rule?: RuleId; message: string } {
    return {
      name: this.name,
      code: this.code,
      ...(this.rule === undefined ? {} : { rule: this.rule }),
      message: this.message,
    };
  }
}

/**
 * Raised when an input does not have the expected shape or values. `issues` lists every problem
 * with the path of the field.
 *
 * @example
 * ```ts
 * try { quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: -1 }] }); }
 * catch (e) { if (e instanceof InvalidInputError) console.log(e.issues[0].path); } // ['lines', 0, 'quantity']
 * ```
 */
export class InvalidInputError extends HostPolicyError {
  readonly issues: readonly InputIssue[];

  /**
   * @param cause - what was thrown while reading the input (a revoked Proxy's TypeError, a
   *   getter's own error), when that is why the input is invalid.
   */
  constructor(what: string, issues: readonly InputIssue[], rule?: RuleId, cause?: unknown) {
    super('INVALID_INPUT', describeIssues(what, issues), { rule, details: { issues }, cause });
    this.name = 'InvalidInputError';
    this.issues = issues;
  }
}

function describeIssues(what: string, issues: readonly InputIssue[]): string {
  const parts = issues.map((issue) => (issue.path.length === 0 ? issue.message : `${formatPath(issue.path)}: ${issue.message}`));
  return `Invalid ${what}: ${parts.join('; ')}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'number' ? `[${key}]` : String(key)))
    .join('.')
    .replace(/\.\[/g, '[');
}

/**
 * Tells whether a value is a {@link HostPolicyError}, also across realms (iframes, two copies of
 * the library in one bundle) where `instanceof` fails.
 *
 * @example
 * ```ts
 * isHostPolicyError(new HostPolicyError('NOT_FOUND', 'x')); // true
 * isHostPolicyError(new Error('x'));                         // false
 * ```
 */
export function isHostPolicyError(value: unknown): value is HostPolicyError {
  try {
    return value instanceof HostPolicyError || (value as Record<symbol, unknown> | null)?.[BRAND] === true;
  } catch {
    return false; // a revoked Proxy: no error of ours
  }
}

function isReason(value: unknown): value is Reason {
  if (typeof value !== 'object' || value === null) return false;
  const { code, rule, message } = value as Record<string, unknown>;
  return typeof code === 'string' && typeof rule === 'string' && typeof message === 'string';
}

/** The `allowed: true` decision. */
export const ALLOWED: Decision = Object.freeze({ allowed: true });

/**
 * Builds a decision from the list of failed conditions: allowed when the list is empty.
 *
 * @example
 * ```ts
 * decide([]); // { allowed: true }
 * decide([{ code: 'VOLUME_BELOW_MINIMUM', rule: 'PAR-01', message: 'Too small' }]);
 * // { allowed: false, reasons: [...] }
 * ```
 */
export function decide(reasons: readonly Reason[]): Decision {
  // An index loop: `every` skips the holes of a sparse list, which would answer allowed. What a
  // revoked Proxy or a getter throws is the cause of the INVALID_INPUT.
  let valid = false;
  let cause: unknown;
  try {
    valid = Array.isArray(reasons);
    for (let i = 0; valid && i < reasons.length; i += 1) valid = isReason(reasons[i]);
  } catch (e) {
    [valid, cause] = [false, e];
  }
  if (!valid) {
    throw new InvalidInputError(
      'reasons',
      [{ path: [], message: 'must be a list of { code, rule, message }', code: 'custom' }],
      undefined,
      cause,
    );
  }
  const [first, ...rest] = reasons as readonly Reason[];
  return first === undefined ? ALLOWED : { allowed: false, reasons: [first, ...rest] };
}
