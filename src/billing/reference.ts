import * as z from 'zod/mini';
import { describeJson } from '../internal/jsonHint.js';
import { compactCreditorReference } from './creditorReference.js';
import { compactQrReference } from './qrReference.js';
import { creditorReferenceJson, qrReferenceJson } from './referenceSchemas.js';

/** The two kinds of invoice reference (BIL-01). */
export type ReferenceKind = 'qr' | 'creditor';

/**
 * The compact form of a QR or creditor reference (spaces removed, upper case), the form in which
 * references are compared; `undefined` when the string is neither. @internal
 */
export function compactReference(ref: string): string | undefined {
  return ref.length > 0 && (ref.charCodeAt(0) | 32) === 114 /* r */ ? compactCreditorReference(ref) : compactQrReference(ref);
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
