import type { HostPolicyErrorCode, ReasonCode, SharedCode } from '../errorCodes.js';
import type { RuleId } from '../ruleIds.js';

/** How a code reaches the caller: thrown as a `HostPolicyError`, reported in a result, or both. */
export type CodeKind = 'error' | 'reason' | 'both';

/** The section of docs/errors.md that lists a code: the context that raises it first. */
export type CodeContext =
  | 'any'
  | 'money'
  | 'calendar'
  | 'pricing'
  | 'support'
  | 'subscriptions'
  | 'partners'
  | 'billing'
  | 'qrbill'
  | 'camt'
  | 'accounts'
  | 'storage';

/**
 * One code of the library. A code relates to rules in four ways, and the difference matters for
 * "one code per rule violation":
 * - `violates`: the code says that one condition of the rule failed (named in a few words). Two
 *   codes never name the same condition of one rule, and a test holds the table to that.
 * - `refuses`: a thrown error that stands for a whole denied decision (`ACCESS_CONFLICT`,
 *   `LEAVE_NOT_ALLOWED`, `INVALID_QR_BILL`): the failed conditions are the codes in its
 *   `details.reasons` (or `details.errors`), so it names no condition of its own.
 * - `explains`: the code describes an outcome the rule prescribes, which is not a failure of the
 *   caller (a reconciliation credit cause, a reminder cause, a notice or a warning).
 * - `during`: raised while a rule is applied, without a condition of it failing (the caller's
 *   invoice lookup threw, the schedule never opens).
 * Codes with none of these are input or infrastructure errors (bad input, storage, ports).
 */
export interface CodeEntry<K extends CodeKind = CodeKind> {
  readonly kind: K;
  readonly context: CodeContext;
  readonly violates?: { readonly [R in RuleId]?: string };
  readonly refuses?: readonly RuleId[];
  readonly explains?: readonly RuleId[];
  readonly during?: readonly RuleId[];
  /** When it happens, naming the functions that raise or report it. */
  readonly when: string;
  /** What a caller (or the person behind it) does about it. */
  readonly todo: string;
}

/** The kind every code must have in the table, from the unions that list it. */
export type KindOf<C extends HostPolicyErrorCode | ReasonCode> = C extends SharedCode
  ? 'both'
  : C extends HostPolicyErrorCode
    ? 'error'
    : 'reason';

/** Every code, each with the kind its unions give it: a missing or extra code does not compile. */
export type CodeTable = { readonly [C in HostPolicyErrorCode | ReasonCode]: CodeEntry<KindOf<C>> };

/** A part of {@link CodeTable}, one per context file. */
export type CodeTablePart = { readonly [C in HostPolicyErrorCode | ReasonCode]?: CodeEntry<KindOf<C>> };
