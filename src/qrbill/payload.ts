import { HostPolicyError } from '../errors.js';
import { checkLines } from './checkLines.js';
import type { QrBillError, QrBillInput } from './model.js';
import { readBillInput } from './readInput.js';

/**
 * The error {@link qrBillPayload} raises for a bill that breaks rules of the QR-bill: every broken
 * rule in `details.errors`, the first one's rule ID as `rule`. @internal
 */
export function invalidBill(errors: readonly QrBillError[]): HostPolicyError {
  const first = errors[0] as QrBillError;
  return new HostPolicyError('INVALID_QR_BILL', `Not a valid QR-bill: ${errors.map((e) => e.message).join('; ')}`, {
    rule: first.rule,
    details: { errors },
  });
}

/**
 * Writes the payload of a Swiss QR Code (version 0200, coding type 1, `EPD` trailer, LF between
 * elements, no line break at the end) for a QR-bill, after checking every rule of the
 * Implementation Guidelines v2.3 (QRB-01..09). The account and reference may be written with
 * spaces; the reference type follows from the reference when left out; the amount may be a
 * `Money` or `{ amount, currency }` with up to two decimals.
 *
 * @throws HostPolicyError `INVALID_QR_BILL` listing every broken rule in `details.errors`
 *   (e.g. a QR reference on an ordinary IBAN, QRB-05); InvalidInputError (`INVALID_INPUT`) for a
 *   value of the wrong type or an unknown field.
 * @example
 * ```ts
 * const payload = qrBillPayload({
 *   account: 'CH44 3199 9123 0008 8901 2',
 *   creditor: { name: 'Robert Schneider AG', street: 'Rue du Lac', buildingNumber: '1268',
 *     postalCode: '2501', town: 'Biel', country: 'CH' },
 *   amount: { amount: '1949.75', currency: 'CHF' },
 *   reference: '21 00000 00003 13947 14300 09017',
 * });
 * payload.split('\n').slice(0, 4); // ['SPC', '0200', '1', 'CH4431999123000889012']
 * ```
 */
export function qrBillPayload(bill: QrBillInput): string {
  const { lines, errors } = readBillInput(bill);
  const payload = lines.join('\n');
  const all = [...errors, ...checkLines(lines, payload)];
  if (all.length > 0) throw invalidBill(all);
  return payload;
}
