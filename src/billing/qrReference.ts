import { compactQrReference, mod10RecursiveCheckDigit, QR_REFERENCE_LENGTH } from './checkDigits.js';
import type { InputIssue } from '../errors.js';
import { readInput, typeMessage } from '../internal/parse.js';

/*
 * No zod here (nor decimal.js): a page that checks or prints references ships a few hundred bytes
 * (docs/packaging.md). The zod schemas of the same checks, for `hostpolicy/schemas` and the
 * boundary schemas that embed them, are in referenceSchemas.ts, built on the same patterns and
 * messages; a property test keeps both in agreement.
 */

// Re-exported for the modules that read references with their schemas.
export { compactQrReference, mod10RecursiveCheckDigit, QR_REFERENCE_LENGTH };

/**
 * A QR reference body, spaces removed: digits, not all zeros (a reference must not consist only of
 * zeros, QR-bill IG v2.3 ch. 2.12.1). The lookahead runs once, anchored: linear. @internal
 */
export const QR_BODY = /^(?!0+$)\d{1,26}$/;
/** @internal */
export const QR_BODY_MESSAGE = 'must be 1 to 26 digits, not all zeros (the check digit is added)';
/** @internal */
export const QR_REFERENCE_MESSAGE = 'must be a QR reference: 27 digits with a valid check digit, not all zeros';

/**
 * Generates a Swiss QR reference (BIL-01): the body, left-padded with zeros to 26 digits, followed
 * by its modulo 10 recursive check digit. Spaces in the body are ignored. A body of zeros only is
 * refused: its reference would be 27 zeros, which the QR-bill guidelines (v2.3, ch. 2.12.1) forbid.
 *
 * @param body - 1 to 26 digits, not all zeros, e.g. an invoice number.
 * @returns the 27-digit reference, without spaces.
 * @throws InvalidInputError (`INVALID_INPUT`) when the body is empty, too long, not digits, or zeros only.
 * @example
 * ```ts
 * qrReference('21000000000313947143000901'); // '210000000003139471430009017'
 * qrReference('1878583');                    // '000000000000000000018785830'
 * ```
 */
export function qrReference(body: string): string {
  const digits = readInput(typeof body === 'string' ? body.replace(/ /g, '') : body, 'QR reference body', readBody, 'BIL-01');
  const padded = digits.padStart(QR_REFERENCE_LENGTH - 1, '0');
  return padded + String(mod10RecursiveCheckDigit(padded));
}

/**
 * Tells whether a string is a valid Swiss QR reference (BIL-01): 27 digits whose last one is the
 * modulo 10 recursive check digit of the others, not all zeros (QR-bill guidelines v2.3, ch.
 * 2.12.1). Spaces are allowed anywhere (as printed). Anything that is not a string is simply not valid.
 *
 * @example
 * ```ts
 * isValidQrReference('21 00000 00003 13947 14300 09017'); // true
 * isValidQrReference('21 00000 00003 13947 14300 09016'); // false (check digit)
 * isValidQrReference('00 00000 00000 00000 00000 00000'); // false (zeros only)
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
  const compact = readInput(ref, 'QR reference', readQrReference, 'BIL-01');
  const groups = [compact.slice(0, 2)];
  for (let i = 2; i < QR_REFERENCE_LENGTH; i += 5) groups.push(compact.slice(i, i + 5));
  return groups.join(' ');
}

/** The digits of a body (spaces already removed), as the zod schema `z.string()` + `z.regex` reads them. */
function readBody(v: unknown, issues: InputIssue[]): string {
  if (typeof v !== 'string') issues.push({ path: [], message: typeMessage('string', v), code: 'invalid_type' });
  else if (!QR_BODY.test(v)) issues.push({ path: [], message: QR_BODY_MESSAGE, code: 'invalid_format' });
  return v as string;
}

/** The compact form of a valid QR reference, or an issue. @internal */
export function readQrReference(v: unknown, issues: InputIssue[]): string {
  const compact = typeof v === 'string' ? compactQrReference(v) : undefined;
  if (compact === undefined) issues.push({ path: [], message: QR_REFERENCE_MESSAGE, code: 'custom' });
  return compact as string;
}
