import { mod97 } from '../billing/checkDigits.js';
import { IBAN_COUNTRIES, IBAN_LENGTH, QR_IID_MAX, QR_IID_MIN } from './layout.js';

/** Why an IBAN of a QR-bill is not valid, or `undefined` when it is (QRB-04). @internal */
export function ibanProblem(iban: string): string | undefined {
  if (iban.length !== IBAN_LENGTH) return `must have ${IBAN_LENGTH} characters (it has ${iban.length})`;
  if (!(IBAN_COUNTRIES as readonly string[]).includes(iban.slice(0, 2)))
    return `must be a Swiss or Liechtenstein IBAN (${IBAN_COUNTRIES.join(' or ')}), not ${iban.slice(0, 2)}`;
  if (!/^[A-Z]{2}\d{2}[0-9A-Z]{17}$/.test(iban)) return 'must be 2 letters, 2 check digits and 17 letters or digits';
  if (mod97(iban, 4) !== 1) return 'has wrong check digits (modulo 97)';
  return undefined;
}

/** A QR-IBAN: its bank id (the 5 digits after the check digits) lies in the QR-IID range (QRB-05). @internal */
export function isQrIban(iban: string): boolean {
  const iid = Number(iban.slice(4, 9));
  return /^\d{5}$/.test(iban.slice(4, 9)) && iid >= QR_IID_MIN && iid <= QR_IID_MAX;
}

/** An IBAN as people write it, compact: spaces removed, upper case. Bounded: the caller caps the length first. @internal */
export function compactIban(text: string): string {
  return text.replace(/ /g, '').toUpperCase();
}
