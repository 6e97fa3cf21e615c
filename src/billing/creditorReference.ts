import { compactCreditorReference, mod97 } from './checkDigits.js';
import * as z from 'zod/mini';
import { describeJson } from '../internal/jsonHint.js';
import { parseInput } from '../internal/parse.js';

// Re-exported for the modules that read references with their schemas.
export { compactCreditorReference };

/** Largest body: 21 alphanumerics (ISO 11649). */
export const CREDITOR_BODY_MAX = 21;

const BODY = /^[0-9A-Z]{1,21}$/;

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const bodySchema = describeJson(
  z.pipe(
    z.custom<string>((v) => typeof v === 'string' && BODY.test(v.replace(/ /g, '').toUpperCase()), 'must be 1 to 21 letters or digits'),
    z.transform((v: string) => v.replace(/ /g, '').toUpperCase()),
  ),
  () => ({ type: 'string', pattern: '^ *(?:[0-9A-Za-z] *){1,21}$' }),
);

/** JSON Schema of a creditor reference's shape; the check digits are not expressible there. @internal */
export const creditorReferenceJson = () => ({
  type: 'string',
  pattern: '^ *[Rr] *[Ff] *(?:\\d *){2}(?:[0-9A-Za-z] *){1,21}$',
  description: "A creditor reference (ISO 11649): 'RF', two check digits, 1 to 21 letters or digits; spaces and any case allowed. Not checked here: the check digits (modulo 97).",
});

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
  const compact = parseInput(bodySchema, body, 'creditor reference body', 'BIL-01');
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
  const compact = parseInput(creditorReferenceSchema, ref, 'creditor reference', 'BIL-01');
  return compact.replace(/(.{4})(?!$)/g, '$1 ');
}

/** zod schema: a valid creditor reference, parsed into its compact upper-case form. */
export const creditorReferenceSchema = describeJson(
  z.pipe(
    z.custom<string>((v) => typeof v === 'string' && compactCreditorReference(v) !== undefined, "must be a creditor reference: 'RF', two check digits, up to 21 letters or digits"),
    z.transform((v: string) => compactCreditorReference(v) as string),
  ),
  creditorReferenceJson,
);
