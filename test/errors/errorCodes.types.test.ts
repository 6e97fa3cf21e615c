/**
 * Type-level tests of the code unions, checked by `npx tsc -p . --noEmit` (each `@ts-expect-error`
 * fails the compilation when its line compiles): a misspelt code, rule ID or a non-exhaustive
 * switch does not compile. The runtime part checks that the values used here are real.
 */
import { describe, expect, it } from 'vitest';
import {
  decide,
  HostPolicyError,
  InvalidInputError,
  type HostPolicyErrorCode,
  type Reason,
  type ReasonCode,
  type RuleId,
  type SharedCode,
} from '../../src/errors.js';
import type { CreditCause, ReminderCauseCode } from '../../src/billing/index.js';
import type { QrBillError, QrBillErrorCode, QrBillRuleId } from '../../src/qrbill/index.js';
import type * as root from '../../src/index.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(): T => true as T;

// The typed fields.
assertType<Equal<HostPolicyError['code'], HostPolicyErrorCode>>();
assertType<Equal<HostPolicyError['rule'], RuleId | undefined>>();
assertType<Equal<Reason['code'], ReasonCode>>();
assertType<Equal<Reason['rule'], RuleId>>();
assertType<Equal<QrBillError['code'], QrBillErrorCode>>();
assertType<Equal<ReturnType<HostPolicyError['toJSON']>['code'], HostPolicyErrorCode>>();

// The narrower unions of the contexts are parts of the library's.
assertType<[SharedCode] extends [HostPolicyErrorCode & ReasonCode] ? true : false>();
assertType<[CreditCause] extends [ReasonCode] ? true : false>();
assertType<[ReminderCauseCode] extends [ReasonCode] ? true : false>();
assertType<[QrBillErrorCode] extends [ReasonCode] ? true : false>();
assertType<[QrBillRuleId] extends [RuleId] ? true : false>();

// None of them is `string` in disguise.
assertType<[string] extends [HostPolicyErrorCode] ? false : true>();
assertType<[string] extends [ReasonCode] ? false : true>();
assertType<[string] extends [RuleId] ? false : true>();

// The root entry exports the three types of the contract.
type RootCode = root.HostPolicyErrorCode;
type RootReason = root.ReasonCode;
type RootRule = root.RuleId;
assertType<Equal<RootCode, HostPolicyErrorCode>>();
assertType<Equal<RootReason, ReasonCode>>();
assertType<Equal<RootRule, RuleId>>();

function refusals(): unknown[] {
  return [
    // @ts-expect-error not a code of the library
    new HostPolicyError('NOT_A_CODE', 'x'),
    // @ts-expect-error codes are case-sensitive
    new HostPolicyError('rate_above_cap', 'x'),
    // @ts-expect-error not a rule of the catalogue
    new HostPolicyError('RATE_ABOVE_CAP', 'x', { rule: 'PRC-99' }),
    // @ts-expect-error not a rule of the catalogue
    new InvalidInputError('quote request', [], 'XYZ-01'),
    // @ts-expect-error a reason code is not an error code unless it is shared
    new HostPolicyError('VOLUME_BELOW_MINIMUM', 'x'),
    // @ts-expect-error not a reason code
    decide([{ code: 'NOT_A_CODE', rule: 'PAR-01', message: 'x' }]),
    // @ts-expect-error not a rule of the catalogue
    decide([{ code: 'VOLUME_BELOW_MINIMUM', rule: 'PAR-99', message: 'x' }]),
  ];
}

/** A switch that forgets codes does not compile once it asks for exhaustiveness. */
function partial(code: HostPolicyErrorCode): string {
  switch (code) {
    case 'RATE_ABOVE_CAP':
      return 'cap';
    case 'INVALID_INPUT':
      return 'input';
    default: {
      // @ts-expect-error every other code still reaches here: the switch is not exhaustive
      const rest: never = code;
      return rest;
    }
  }
}

/** One that handles every code compiles: each case narrows the union until nothing is left. */
function exhaustive(code: ReminderCauseCode): string {
  switch (code) {
    case 'NO_PAYMENT':
    case 'STALE_REFERENCE':
    case 'AMOUNT_MISMATCH':
    case 'CURRENCY_MISMATCH':
    case 'CREDITED_TO_PREPAID':
    case 'CROSSED_PAYMENT':
    case 'NOT_OUR_INVOICE':
      return code;
    default: {
      const none: never = code;
      return none;
    }
  }
}

describe('the code unions at type level', () => {
  it('the values used above are real codes and rules', () => {
    expect(new HostPolicyError('RATE_ABOVE_CAP', 'x', { rule: 'PRC-04' }).toJSON()).toEqual({
      name: 'HostPolicyError',
      code: 'RATE_ABOVE_CAP',
      rule: 'PRC-04',
      message: 'x',
    });
    expect(partial('RATE_ABOVE_CAP')).toBe('cap');
    expect(partial('NOT_FOUND')).toBe('NOT_FOUND');
    expect(exhaustive('CROSSED_PAYMENT')).toBe('CROSSED_PAYMENT');
    // At run time the refused calls still construct (JavaScript callers get no compile error).
    expect(refusals()).toHaveLength(7);
  });
});
