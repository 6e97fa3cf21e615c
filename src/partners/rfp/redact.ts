import { hideAccounts } from './hideAccounts.js';
import { hideAddresses } from './hideAddresses.js';
import { hideContact, type RedactionContact } from './hideContact.js';
import { hideEmails } from './hideEmails.js';
import { hideLinks } from './hideLinks.js';
import { hidePhones } from './hidePhones.js';
import { scanText, type Scan } from './scan.js';

export type { RedactionContact } from './hideContact.js';

/** What replaces each piece of contact data in an excerpt. */
export const HIDDEN = '[hidden]';

/** The longest gap of spaces between two hidden pieces that are shown as one: 'Anna Muster' → '[hidden]'. */
const MERGED_GAP = 3;

function render(scan: Scan): string {
  const { d, o, hide } = scan;
  const out: string[] = [];
  let i = 0;
  while (i < d.length) {
    if (hide[i] === 0) {
      out.push(o[i] as string);
      i += 1;
      continue;
    }
    out.push(HIDDEN);
    for (;;) {
      while (i < d.length && hide[i] === 1) i += 1;
      let k = i;
      while (k < d.length && k - i < MERGED_GAP && hide[k] === 0 && d[k] === ' ') k += 1;
      if (k === i || k >= d.length || hide[k] === 0) break;
      i = k;
    }
  }
  return out.join('');
}

/**
 * Removes contact data from free text (RFP-02, as clarified: nothing in an excerpt may identify
 * or reach the requester, in whatever spelling). The text is normalised first (NFKC; zero-width
 * and other invisible characters, soft hyphens and combining marks removed; `[at]`, `(at)`,
 * ` at `, `＠`, `&#64;`, `%40` read as `@` and `[dot]`, `(dot)`, ` dot ` as `.`), then each of
 * these becomes `[hidden]`:
 * - e-mail addresses (any chunk of text holding an `@`);
 * - URLs and domain names ('baeckerei.ch', 'www.…', 'baeckerei dot ch');
 * - every run of 7 digits or more of any script, whatever separates them (spaces, dashes,
 *   underscores, commas, dots, slashes, parentheses, '+'): phones, but also dates and amounts;
 * - IBANs and account numbers of that shape, letters in the bank code included;
 * - postal addresses: a street with its number ('Bahnhofstrasse 12', 'Rue du Lac 5', 'Via Roma 3',
 *   '221b Baker Street') and a postcode with its town ('8001 Zürich', 'CH-1003 Lausanne');
 * - the words of `contact` (name, company without its legal form, the pieces of the e-mail's
 *   local part and its domain labels) wherever they appear, compared folded (case, diacritics,
 *   'ä'/'ae' alike), also at the start or end of a longer word.
 * Privacy wins over false positives: a date, an amount or a word that looks like contact data is
 * hidden too. Linear in the length of the text (callers cap it: 20,000 characters for a
 * description).
 *
 * @example
 * ```ts
 * redact('Write to anna [at] baeckerei [dot] ch or call ０４４ ５５５ １２ ３４.', { name: 'Anna Muster' });
 * // 'Write to [hidden] or call [hidden].'
 * ```
 * @internal
 */
export function redact(text: string, contact: RedactionContact = {}): string {
  const scan = scanText(text);
  hideEmails(scan);
  hideLinks(scan);
  hidePhones(scan);
  hideAccounts(scan);
  hideAddresses(scan);
  hideContact(scan, contact);
  return render(scan);
}
