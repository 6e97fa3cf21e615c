import { hideRange, isDigit, type Scan } from './scan.js';

/*
 * Phone numbers (RFP-02), and with them every other run of 7 digits or more: privacy wins over
 * the dates, amounts and order numbers that are hidden too. Digits of every script count (the
 * scan reads them as ASCII). Linear: one pass, and a gap between digits is read at most once.
 */

/** The least number of digits that makes a run a phone number. */
export const PHONE_DIGITS = 7;
/** The longest gap of separators between two digits of one number. */
const MAX_GAP = 6;
// Spaces of any kind and dashes of any kind (\p{Pd}, the non-breaking hyphen among them) read as
// ' ' and '-' in the scan.
const SEPARATORS = new Set([' ', '-', '_', ',', '.', '/', '(', ')', '+', "'", '·', '*', '|', '\\', '~']);

/** Hides every run of at least 7 digits with any separators between them ('+41 (0)44 555–12_34'). */
export function hidePhones(scan: Scan): void {
  const { d } = scan;
  let i = 0;
  while (i < d.length) {
    if (!isDigit(d[i] as string)) {
      i += 1;
      continue;
    }
    let start = i;
    let last = i;
    let digits = 0;
    let j = i;
    for (;;) {
      if (j < d.length && isDigit(d[j] as string)) {
        digits += 1;
        last = j;
        j += 1;
        continue;
      }
      let k = j;
      while (k < d.length && k - j < MAX_GAP && SEPARATORS.has(d[k] as string)) k += 1;
      if (k > j && k < d.length && isDigit(d[k] as string)) {
        j = k;
        continue;
      }
      break;
    }
    if (digits >= PHONE_DIGITS) {
      while (start > 0 && (d[start - 1] === '+' || d[start - 1] === '(')) start -= 1;
      hideRange(scan, start, last + 1);
    }
    i = j;
  }
}
