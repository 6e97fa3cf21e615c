import { hideRange, isAlnum, isDigit, type Scan } from './scan.js';

/*
 * IBANs and account numbers of the same shape (RFP-02): two letters, two check digits, then up
 * to 30 letters and digits in groups separated by single spaces, hyphens or dots. Letters may
 * stand in the bank code ('GB29 NWBK 6016 1331 9268 19'), so a group of letters only is taken as
 * the first group after the check digits; any later group needs a digit, which stops the number
 * before the words that follow it. Linear: a candidate reads at most 34 characters and 34
 * separators.
 */

/** The longest IBAN, in letters and digits. */
const IBAN_MAX = 34;
/** The shortest IBAN (Norway's), in letters and digits. */
const IBAN_MIN = 15;

const isAsciiLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isGroupSeparator = (c: string | undefined): boolean => c === ' ' || c === '-' || c === '.';

/** Where the account number that starts at `i` ends, or -1. */
function accountEnd(d: readonly string[], i: number): number {
  if (!isAsciiLetter(d[i] as string) || !isAsciiLetter(d[i + 1] as string)) return -1;
  // The check digits follow the country code directly ('CH93'): a word before a phone number
  // ('on 044 555 12 34') is no country code.
  const j = i + 2;
  if (!isDigit(d[j] as string) || !isDigit(d[j + 1] as string)) return -1;
  let count = 4;
  let end = j + 2;
  let group = 0;
  for (;;) {
    let k = end;
    if (group > 0 || !isAlnum(d[k] as string)) {
      if (!isGroupSeparator(d[k])) break;
      k += 1;
    }
    let length = 0;
    let hasDigit = false;
    while (k + length < d.length && (isDigit(d[k + length] as string) || isAsciiLetter(d[k + length] as string))) {
      hasDigit ||= isDigit(d[k + length] as string);
      length += 1;
    }
    const bankCode = group === 0 && length <= 4;
    if (length === 0 || count + length > IBAN_MAX || (!hasDigit && !bankCode)) break;
    // A group that runs into other letters ('CH93 0076 2011abc…') is no group of an IBAN.
    if (k + length < d.length && isAlnum(d[k + length] as string)) break;
    count += length;
    end = k + length;
    group += 1;
  }
  return count >= IBAN_MIN ? end : -1;
}

/** Hides every IBAN-shaped account number, e.g. 'CH93 0076 2011 6238 5295 7', 'DE89 ABCD 0044 0532 0130 00'. */
export function hideAccounts(scan: Scan): void {
  const { d } = scan;
  for (let i = 0; i < d.length; i += 1) {
    if (i > 0 && isAlnum(d[i - 1] as string)) continue;
    const end = accountEnd(d, i);
    if (end > 0) {
      hideRange(scan, i, end);
      i = end - 1;
    }
  }
}
