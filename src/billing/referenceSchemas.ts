import * as z from 'zod/mini';
import { describeJson } from '../internal/jsonHint.js';
import { compactCreditorBody, compactCreditorReference, CREDITOR_BODY_MESSAGE, CREDITOR_REFERENCE_MESSAGE } from './creditorReference.js';
import { compactQrReference, QR_BODY, QR_BODY_MESSAGE, QR_REFERENCE_MESSAGE } from './qrReference.js';

/*
 * The zod schemas of the payment references (BIL-01), for `hostpolicy/schemas` and the boundary
 * schemas that embed a reference. The reference functions check without zod (qrReference.ts,
 * creditorReference.ts), on the same patterns and messages; test/billing/referenceChecks.test.ts
 * keeps both in agreement.
 */

/** @internal The boundary schema of `qrReference(body)`, read by `hostpolicy/schemas`. */
export const qrBodySchema = describeJson(
  z.string().check(z.regex(QR_BODY, QR_BODY_MESSAGE)),
  // qrReference() removes spaces before this check.
  () => ({ type: 'string', pattern: '^(?! *(?:0 *)+$) *(?:\\d *){1,26}$' }),
);

/** JSON Schema of a QR reference's shape; the check digit is not expressible there. @internal */
export const qrReferenceJson = () => ({
  type: 'string',
  pattern: '^(?! *(?:0 *)+$) *(?:\\d *){27}$',
  description: 'A QR reference: 27 digits, not all zeros, spaces allowed. Not checked here: the check digit (modulo 10, recursive).',
});

/** zod schema: a valid QR reference, spaces allowed, parsed into its compact 27-digit form. */
export const qrReferenceSchema = describeJson(
  z.pipe(
    z.custom<string>((v) => typeof v === 'string' && compactQrReference(v) !== undefined, QR_REFERENCE_MESSAGE),
    z.transform((v: string) => compactQrReference(v) as string),
  ),
  qrReferenceJson,
);

/** @internal The boundary schema of `creditorReference(body)`, read by `hostpolicy/schemas`. */
export const creditorBodySchema = describeJson(
  z.pipe(
    z.custom<string>((v) => compactCreditorBody(v) !== undefined, CREDITOR_BODY_MESSAGE),
    z.transform((v: string) => compactCreditorBody(v) as string),
  ),
  () => ({ type: 'string', pattern: '^ *(?:[0-9A-Za-z] *){1,21}$' }),
);

/** JSON Schema of a creditor reference's shape; the check digits are not expressible there. @internal */
export const creditorReferenceJson = () => ({
  type: 'string',
  pattern: '^ *[Rr] *[Ff] *(?:\\d *){2}(?:[0-9A-Za-z] *){1,21}$',
  description:
    "A creditor reference (ISO 11649): 'RF', two check digits, 1 to 21 letters or digits; spaces and any case allowed. " +
    'Not checked here: the check digits (modulo 97).',
});

/** zod schema: a valid creditor reference, parsed into its compact upper-case form. */
export const creditorReferenceSchema = describeJson(
  z.pipe(
    z.custom<string>((v) => typeof v === 'string' && compactCreditorReference(v) !== undefined, CREDITOR_REFERENCE_MESSAGE),
    z.transform((v: string) => compactCreditorReference(v) as string),
  ),
  creditorReferenceJson,
);
