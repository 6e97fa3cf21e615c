import * as z from 'zod/mini';
import { describeJson } from '../internal/jsonHint.js';
import { compactCreditorReference } from './creditorReference.js';
import { compactQrReference } from './qrReference.js';
import { MAX_REFERENCE_TEXT } from './referenceText.js';
import { creditorReferenceJson, qrReferenceJson } from './referenceSchemas.js';

/** The two kinds of invoice reference (BIL-01). */
export type ReferenceKind = 'qr' | 'creditor';

/**
 * The compact form of a QR or creditor reference (spaces removed, upper case), the form in which
 * references are compared; `undefined` when the string is neither. The kind is told by the first
 * character that is not a space, as the validators ignore spaces anywhere (`' RF18…'` is a
 * creditor reference for `isValidCreditorReference`, so it is one here too). @internal
 */
export function compactReference(ref: string): string | undefined {
  let first = 0;
  // Longer texts are no reference of either kind (the compact functions refuse them first): bounded.
  if (ref.length <= MAX_REFERENCE_TEXT) while (ref.charCodeAt(first) === 32 /* space */) first += 1;
  return (ref.charCodeAt(first) | 32) === 114 /* r */ ? compactCreditorReference(ref) : compactQrReference(ref);
}

/**
 * The kind of a valid reference, or `undefined` when it is neither kind (never throws).
 *
 * @example
 * ```ts
 * referenceKind('21 00000 00003 13947 14300 09017'); // 'qr'
 * referenceKind('RF18 5390 0754 7034');              // 'creditor'
 * referenceKind('12345');                            // undefined
 * ```
 */
export function referenceKind(ref: string): ReferenceKind | undefined {
  if (typeof ref !== 'string') return undefined;
  if (compactQrReference(ref) !== undefined) return 'qr';
  return compactCreditorReference(ref) !== undefined ? 'creditor' : undefined;
}

export const REFERENCE_MESSAGE = 'must be a QR reference (27 digits with check digit) or a creditor reference (RF…)';

/** zod schema: a QR or creditor reference, parsed into its compact form. */
export const referenceSchema = describeJson(
  z.pipe(
    z.custom<string>((v) => typeof v === 'string' && compactReference(v) !== undefined, REFERENCE_MESSAGE),
    z.transform((v: string) => compactReference(v) as string),
  ),
  () => ({ anyOf: [qrReferenceJson(), creditorReferenceJson()] }),
);
