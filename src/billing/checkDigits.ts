/**
 * The check digits of Swiss payment identifiers, with no dependency at all: the QR-bill codec
 * (`hostpolicy/qrbill`) and the reference functions of billing share them, and the codec must stay
 * a few kilobytes (no decimal.js, no zod). Every function here is bounded by
 * {@link MAX_REFERENCE_TEXT} or by its caller's length check, and never throws. @internal
 */
import { MAX_REFERENCE_TEXT } from './referenceText.js';

/** Carry table of the modulo 10 recursive check digit (SIX, QR-bill implementation guidelines). */
const CARRY = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5] as const;
/** The next carry for each carry and digit (`NEXT_CARRY[carry * 10 + digit]`): the recursion without a division per digit. */
const NEXT_CARRY = Uint8Array.from({ length: 100 }, (_, i) => CARRY[(Math.floor(i / 10) + (i % 10)) % 10] as number);

/** A QR reference has 27 digits: 26 of payload and the check digit. */
export const QR_REFERENCE_LENGTH = 27;

/** The modulo 10 recursive check digit of a string of digits (already checked to be digits). @internal */
export function mod10RecursiveCheckDigit(digits: string): number {
  let carry = 0;
  for (let i = 0; i < digits.length; i += 1) {
    carry = NEXT_CARRY[carry * 10 + digits.charCodeAt(i) - 48] as number;
  }
  return (10 - carry) % 10;
}

/**
 * The compact form (spaces removed) when it is a valid QR reference, else `undefined`. Valid: 27
 * digits, the last the modulo 10 recursive check digit of the others, and not all zeros — the
 * Swiss Implementation Guidelines for the QR-bill, version 2.3, ch. 2.12.1: "The reference must not
 * consist exclusively of zeros" (27 zeros would otherwise pass: their check digit is 0). @internal
 */
export function compactQrReference(ref: string): string | undefined {
  if (ref.length > MAX_REFERENCE_TEXT) return undefined; // before any work: bounded whatever the input
  const compact = ref.indexOf(' ') === -1 ? ref : ref.replace(/ /g, '');
  if (compact.length !== QR_REFERENCE_LENGTH) return undefined;
  // One pass checks the digits and runs the check-digit recursion (a million invoices go through here).
  let carry = 0;
  let digits = 0; // their OR: 0 only when all are zeros
  for (let i = 0; i < QR_REFERENCE_LENGTH - 1; i += 1) {
    const digit = compact.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    digits |= digit;
    carry = NEXT_CARRY[carry * 10 + digit] as number;
  }
  // All 26 zeros: the check digit must then be 0, so the reference is all zeros (IG 2.12.1).
  return digits !== 0 && compact.charCodeAt(QR_REFERENCE_LENGTH - 1) - 48 === (10 - carry) % 10 ? compact : undefined;
}

/**
 * ISO 7064 MOD 97-10 remainder of an upper-case alphanumeric string (read from index `rotate`,
 * wrapping around), letters counting A=10 … Z=35
 * (creditor references, IBANs). Works digit by digit so that no big integers are needed. @internal
 */
export function mod97(text: string, rotate = 0): number {
  // `rotate`: start at that index and wrap around (IBANs and creditor references move their first
  // four characters to the end), without building the rotated string.
  let rest = 0;
  for (let k = 0; k < text.length; k += 1) {
    const c = text.charCodeAt((k + rotate) % text.length);
    if (c >= 48 && c <= 57) rest = (rest * 10 + (c - 48)) % 97;
    else rest = (rest * 100 + (c - 55)) % 97; // 'A' (65) → 10
  }
  return rest;
}

/** The compact form (spaces removed, upper case) when it is a valid ISO 11649 creditor reference, else `undefined`. @internal */
export function compactCreditorReference(ref: string): string | undefined {
  if (ref.length > MAX_REFERENCE_TEXT) return undefined; // before any work: bounded whatever the input
  const compact = (ref.indexOf(' ') === -1 ? ref : ref.replace(/ /g, '')).toUpperCase();
  if (!/^RF\d\d[0-9A-Z]{1,21}$/.test(compact)) return undefined;
  const check = compact.slice(2, 4);
  // 00, 01 and 99 are never generated (98 − r lies in 02..98); ISO 11649 rejects them even when
  // the remainder happens to be 1, e.g. 'RF0072'.
  if (check === '00' || check === '01' || check === '99') return undefined;
  return mod97(compact, 4) === 1 ? compact : undefined;
}
