import { compactQrReference, mod10RecursiveCheckDigit, QR_REFERENCE_LENGTH } from './checkDigits.js';
import * as z from 'zod/mini';
import { describeJson } from '../internal/jsonHint.js';
import { parseInput } from '../internal/parse.js';

// Re-exported for the modules that read references with their schemas.
export { compactQrReference, mod10RecursiveCheckDigit, QR_REFERENCE_LENGTH };

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const bodySchema = describeJson(
  z.string().check(z.regex(/^\d{1,26}$/, 'must be 1 to 26 digits (the check digit is added)')),
  // qrReference() removes spaces before this check.
  () => ({ type: 'string', pattern: '^ *(?:\\d *){1,26}$' }),
);

/** JSON Schema of a QR reference's shape; the check digit is not expressible there. @internal */
export const qrReferenceJson = () => ({
  type: 'string',
  pattern: '^ *(?:\\d *){27}$',
  description: 'A QR reference: 27 digits, spaces allowed. Not checked here: the check digit (modulo 10, recursive).',
});

/**
 * Generates a Swiss QR reference (BIL-01): the body, left-padded with zeros to 26 digits, followed
 * by its modulo 10 recursive check digit. Spaces in the body are ignored.
 *
 * @param body - 1 to 26 digits, e.g. an invoice number.
 * @returns the 27-digit reference, without spaces.
 * @throws InvalidInputError (`INVALID_INPUT`) when the body is empty, too long or not digits.
 * @example
 * ```ts
 * qrReference('21000000000313947143000901'); // '210000000003139471430009017'
 * qrReference('1878583');                    // '000000000000000000018785830'
 * ```
 */
export function qrReference(body: string): string {
  const digits = parseInput(bodySchema, typeof body === 'string' ? body.replace(/ /g, '') : body, 'QR reference body', 'BIL-01');
  const padded = digits.padStart(QR_REFERENCE_LENGTH - 1, '0');
  return padded + String(mod10RecursiveCheckDigit(padded));
}

/**
 * Tells whether a string is a valid Swiss QR reference (BIL-01): 27 digits whose last one is the
 * modulo 10 recursive check digit of the others. Spaces are allowed anywhere (as printed).
 * Anything that is not a string is simply not valid.
 *
 * @example
 * ```ts
 * isValidQrReference('21 00000 00003 13947 14300 09017'); // true
 * isValidQrReference('21 00000 00003 13947 14300 09016'); // false (check digit)
 * ```
 */
export function isValidQrReference(ref: string): boolean {
  return typeof ref === 'string' && compactQrReference(ref) !== undefined;
}

/**
 * Formats a valid QR reference for people: 2 digits, then five groups of 5 (BIL-01).
 *
 * @throws InvalidInputError (`INVALID_INPUT`) when the reference is not valid.
 * @example
 * ```ts
 * formatQrReference('210000000003139471430009017'); // '21 00000 00003 13947 14300 09017'
 * ```
 */
export function formatQrReference(ref: string): string {
  const compact = parseInput(qrReferenceSchema, ref, 'QR reference', 'BIL-01');
  const groups = [compact.slice(0, 2)];
  for (let i = 2; i < QR_REFERENCE_LENGTH; i += 5) groups.push(compact.slice(i, i + 5));
  return groups.join(' ');
}

/** zod schema: a valid QR reference, spaces allowed, parsed into its compact 27-digit form. */
export const qrReferenceSchema = describeJson(
  z.pipe(
    z.custom<string>((v) => typeof v === 'string' && compactQrReference(v) !== undefined, 'must be a QR reference: 27 digits with a valid check digit'),
    z.transform((v: string) => compactQrReference(v) as string),
  ),
  qrReferenceJson,
);
