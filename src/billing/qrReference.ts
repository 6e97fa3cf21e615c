import { MAX_REFERENCE_TEXT } from './referenceText.js';
import * as z from 'zod/mini';
import { describeJson } from '../internal/jsonHint.js';
import { parseInput } from '../internal/parse.js';

/** Carry table of the modulo 10 recursive check digit (SIX, QR-bill implementation guidelines). */
const CARRY = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5] as const;
/** The next carry for each carry and digit (`NEXT_CARRY[carry * 10 + digit]`): the recursion without a division per digit. */
const NEXT_CARRY = Uint8Array.from({ length: 100 }, (_, i) => CARRY[(Math.floor(i / 10) + (i % 10)) % 10] as number);

/** A QR reference has 27 digits: 26 of payload and the check digit. */
export const QR_REFERENCE_LENGTH = 27;

/**
 * The modulo 10 recursive check digit of a string of digits (already checked to be digits).
 * @internal
 */
export function mod10RecursiveCheckDigit(digits: string): number {
  let carry = 0;
  for (let i = 0; i < digits.length; i += 1) {
    carry = NEXT_CARRY[carry * 10 + digits.charCodeAt(i) - 48] as number;
  }
  return (10 - carry) % 10;
}

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

/** The compact form (spaces removed) when it is a valid QR reference, else `undefined`. @internal */
export function compactQrReference(ref: string): string | undefined {
  if (ref.length > MAX_REFERENCE_TEXT) return undefined; // before any work: bounded whatever the input
  const compact = ref.indexOf(' ') === -1 ? ref : ref.replace(/ /g, '');
  if (compact.length !== QR_REFERENCE_LENGTH) return undefined;
  // One pass checks the digits and runs the check-digit recursion (a million invoices go through here).
  let carry = 0;
  for (let i = 0; i < QR_REFERENCE_LENGTH - 1; i += 1) {
    const digit = compact.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    carry = NEXT_CARRY[carry * 10 + digit] as number;
  }
  return compact.charCodeAt(QR_REFERENCE_LENGTH - 1) - 48 === (10 - carry) % 10 ? compact : undefined;
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
