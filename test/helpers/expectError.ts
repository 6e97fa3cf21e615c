import { expect } from 'vitest';
import { HostPolicyError, InvalidInputError, type HostPolicyErrorCode, type RuleId } from '../../src/errors.js';

/** Asserts that `fn` throws an {@link InvalidInputError} and returns it. */
export function expectInvalid(fn: () => unknown): InvalidInputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).code).toBe('INVALID_INPUT');
    return e as InvalidInputError;
  }
  return expect.fail('expected an InvalidInputError, but nothing was thrown');
}

/** Asserts that `fn` throws a {@link HostPolicyError} with `code` (and `rule`, when given). */
export function expectPolicyError(fn: () => unknown, code: HostPolicyErrorCode, rule?: RuleId): HostPolicyError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(HostPolicyError);
    expect((e as HostPolicyError).code).toBe(code);
    if (rule !== undefined) expect((e as HostPolicyError).rule).toBe(rule);
    return e as HostPolicyError;
  }
  return expect.fail(`expected HostPolicyError ${code}, but nothing was thrown`);
}
