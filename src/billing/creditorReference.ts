import { compactCreditorReference, mod97 } from './checkDigits.js';
import type { InputIssue } from '../errors.js';
import { readInput } from '../internal/parse.js';

/*
 * No zod here (nor decimal.js), as in qrReference.ts: the zod schemas of the same checks are in
 * referenceSchemas.ts, on the same patterns and messages.
 */

// Re-exported for the modules that read references with their schemas.
export { compactCreditorReference };

/** Largest body: 21 alphanumerics (ISO 11649). */
export const CREDITOR_BODY_MAX = 21;

const BODY = /^[0-9A-Z]{1,21}$/;
/** @internal */
export const CREDITOR_BODY_MESSAGE = 'must be 1 to 21 letters or digits';
/** @internal */
export const CREDITOR_REFERENCE_MESSAGE = "must be a creditor reference: 'RF', two check digits, up to 21 letters or digits";

/** The compact body (spaces removed, upper case) of a creditor reference body, or `undefined`. @internal */
export function compactCreditorBody(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const compact = v.replace(/ /g, '').toUpperCase();
  return BODY.test(compact) ? compact : undefined;
}

/**
 * Generates an ISO 11649 creditor reference (BIL-01): `RF`, two check digits, the body. The check
 * digits are 98 minus the MOD 97-10 remainder of body + `RF00` (letters as 10..35), so they are
 * always between 02 and 98. Spaces are ignored and letters are upper-cased.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) when the body is empty, longer than 21 characters, or
 *   holds anything but letters and digits.
 * @example
 * ```ts
 * creditorReference('539007547034'); // 'RF18539007547034'
 * ```
 */
export function creditorReference(body: string): string {
  const compact = readInput(body, 'creditor reference body', readBody, 'BIL-01');
  const check = 98 - mod97(`${compact}RF00`);
  return `RF${String(check).padStart(2, '0')}${compact}`;
}

/**
 * Tells whether a string is a valid ISO 11649 creditor reference (BIL-01). Spaces and lower case
 * are accepted; check digits 00, 01 and 99 are refused.
 *
 * @example
 * ```ts
 * isValidCreditorReference('RF18 5390 0754 7034'); // true
 * isValidCreditorReference('rf18539007547034');    // true
 * isValidCreditorReference('RF17 5390 0754 7034'); // false
 * isValidCreditorReference('RF0072');              // false (check digits 00)
 * ```
 */
export function isValidCreditorReference(ref: string): boolean {
  return typeof ref === 'string' && compactCreditorReference(ref) !== undefined;
}

/**
 * Formats a valid creditor reference in groups of four (BIL-01).
 *
 * @throws InvalidInputError (`INVALID_INPUT`) when the reference is not valid.
 * @example
 * ```ts
 * formatCreditorReference('rf18539007547034'); // 'RF18 5390 0754 7034'
 * ```
 */
export function formatCreditorReference(ref: string): string {
  const compact = readInput(ref, 'creditor reference', readCreditorReference, 'BIL-01');
  return compact.replace(/(.{4})(?!$)/g, '$1 ');
}

function readBody(v: unknown, issues: InputIssue[]): string {
  const compact = compactCreditorBody(v);
  if (compact === undefined) issues.push({ path: [], message: CREDITOR_BODY_MESSAGE, code: 'custom' });
  return compact as string;
}

function readCreditorReference(v: unknown, issues: InputIssue[]): string {
  const compact = typeof v === 'string' ? compactCreditorReference(v) : undefined;
  if (compact === undefined) issues.push({ path: [], message: CREDITOR_REFERENCE_MESSAGE, code: 'custom' });
  return compact as string;
}
