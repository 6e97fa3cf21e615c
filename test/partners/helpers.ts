import { expect } from 'vitest';
import { isHostPolicyError, type Decision } from '../../src/errors.js';

/** Runs `fn` and returns the HostPolicyError it throws (fails the test when it does not throw one). */
export function caught(fn: () => unknown): {
  code: string;
  rule: string | undefined;
  message: string;
  details: Readonly<Record<string, unknown>> | undefined;
} {
  try {
    fn();
  } catch (e) {
    if (isHostPolicyError(e)) return e;
    throw e;
  }
  expect.fail('expected a HostPolicyError');
}

/** The codes of a decision's reasons (empty when allowed). */
export function codesOf(d: Decision): string[] {
  return d.allowed ? [] : d.reasons.map((r) => r.code);
}

/** The path of the first issue of an InvalidInputError thrown by `fn`. */
export function invalidPaths(fn: () => unknown): PropertyKey[][] {
  const e = caught(fn);
  expect(e.code).toBe('INVALID_INPUT');
  const issues = (e.details?.['issues'] ?? []) as { path: PropertyKey[] }[];
  return issues.map((i) => [...i.path]);
}
