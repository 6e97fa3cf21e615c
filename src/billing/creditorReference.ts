import { MAX_REFERENCE_TEXT } from './referenceText.js';
import * as z from 'zod/mini';
import { describeJson } from '../internal/jsonHint.js';
import { parseInput } from '../internal/parse.js';

/** Largest body: 21 alphanumerics (ISO 11649). */
export const CREDITOR_BODY_MAX = 21;

/**
 * ISO 7064 MOD 97-10 remainder of an alphanumeric string, letters counting A=10 … Z=35.
 * Works digit by digit so that no big integers are needed. @internal
 */
function mod97(text: string): number {
  let rest = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) rest = (rest * 10 + (c - 48)) % 97;
    else rest = (rest * 100 + (c - 55)) % 97; // 'A' (65) → 10
  }
  return rest;
}

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

/** The compact form (spaces removed, upper case) when valid, else `undefined`. @internal */
export function compactCreditorReference(ref: string): string | undefined {
  if (ref.length > MAX_REFERENCE_TEXT) return undefined; // before any work: bounded whatever the input
  const compact = (ref.indexOf(' ') === -1 ? ref : ref.replace(/ /g, '')).toUpperCase();
  if (!/^RF\d\d[0-9A-Z]{1,21}$/.test(compact)) return undefined;
  const check = compact.slice(2, 4);
  // 00, 01 and 99 are never generated (98 − r lies in 02..98); ISO 11649 rejects them even when
  // the remainder happens to be 1, e.g. 'RF0072'.
  if (check === '00' || check === '01' || check === '99') return undefined;
  return mod97(compact.slice(4) + compact.slice(0, 4)) === 1 ? compact : undefined;
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
