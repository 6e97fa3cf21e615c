import { isHostPolicyError, type HostPolicyErrorCode } from '../errors.js';

/**
 * The `code` a promise rejects with: `undefined` when it resolves, `'NOT_A_HOSTPOLICY_ERROR'`
 * for any other error, so a contract test can assert the code in one line. @internal
 *
 * @example
 * ```ts
 * await codeOf(repo.get('')); // 'INVALID_INPUT'
 * ```
 */
export async function codeOf(p: Promise<unknown>): Promise<HostPolicyErrorCode | 'NOT_A_HOSTPOLICY_ERROR' | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return isHostPolicyError(e) ? e.code : 'NOT_A_HOSTPOLICY_ERROR';
  }
}
