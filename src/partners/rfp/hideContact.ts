import { foldWord } from './fold.js';
import { alnumRuns, hideRange, scanText, type Scan } from './scan.js';

/*
 * The requester's own name, company and e-mail written in the text (RFP-02): 'Anna Muster from
 * Bäckerei Muster AG' names the requester as surely as the address does. The words of the
 * contact are compared folded (case, diacritics and 'ä'/'ae' alike) with each word of the text,
 * whole, or as the start or end of a longer word ('Musterbäckerei'). Linear: a set lookup per
 * word, plus one per distinct length of the contact's words (fewer than 40: the fields are capped).
 */

/** The contact details the redactor hides wherever they appear. */
export interface RedactionContact {
  readonly name?: string | undefined;
  readonly company?: string | undefined;
  readonly email?: string | undefined;
}

/** Legal forms of companies: 'Bäckerei Muster AG' is named by 'Bäckerei Muster'. */
const LEGAL_FORMS = [
  'ag',
  'gmbh',
  'sa',
  'sàrl',
  'sarl',
  'sagl',
  'srl',
  'spa',
  'kg',
  'ohg',
  'gbr',
  'ek',
  'ltd',
  'llc',
  'inc',
  'plc',
  'corp',
  'co',
  'cie',
  'se',
  'nv',
  'bv',
  'sas',
];
/** Words that name no one: articles and particles of names and companies. */
const PARTICLES = [
  'de',
  'la',
  'le',
  'les',
  'du',
  'des',
  'di',
  'da',
  'del',
  'della',
  'von',
  'van',
  'der',
  'den',
  'zu',
  'und',
  'and',
  'et',
  'e',
  'the',
  'of',
  'y',
];
/** Parts of e-mail addresses that name no one: common mailboxes and public mail providers. */
const GENERIC_MAIL = [
  'info',
  'contact',
  'kontakt',
  'mail',
  'email',
  'office',
  'hello',
  'hallo',
  'admin',
  'support',
  'sales',
  'team',
  'post',
  'www',
  'gmail',
  'googlemail',
  'outlook',
  'hotmail',
  'live',
  'yahoo',
  'gmx',
  'bluewin',
  'icloud',
  'me',
  'protonmail',
  'proton',
  'web',
  'hispeed',
  'sunrise',
  'swissonline',
  'orange',
  'free',
  'aol',
  'msn',
];
const IGNORED = new Set([...LEGAL_FORMS, ...PARTICLES, ...GENERIC_MAIL].map(foldWord));

/** The shortest contact word matched inside a longer word (shorter ones only as whole words). */
const AFFIX_MIN = 4;

/** The folded words of the contact that identify the requester. */
export function contactWords(contact: RedactionContact): Set<string> {
  const words = new Set<string>();
  const add = (text: string | undefined, min: number): void => {
    if (text === undefined) return;
    for (const run of alnumRuns(scanText(text))) {
      const w = foldWord(run.text);
      if (w.length >= min && !IGNORED.has(w)) words.add(w);
    }
  };
  add(contact.name, 2);
  add(contact.company, 2);
  if (contact.email !== undefined) {
    const at = contact.email.lastIndexOf('@');
    add(contact.email.slice(0, Math.max(0, at)), 3);
    const domain = contact.email.slice(at + 1);
    // Every label but the top-level domain: 'baeckerei-muster' of 'baeckerei-muster.ch'.
    add(domain.slice(0, Math.max(0, domain.lastIndexOf('.'))), 3);
  }
  return words;
}

/** Hides each word of the text that is, starts with or ends with a word of the contact. */
export function hideContact(scan: Scan, contact: RedactionContact): void {
  const secrets = contactWords(contact);
  if (secrets.size === 0) return;
  const lengths = [...new Set([...secrets].map((s) => s.length))].filter((n) => n >= AFFIX_MIN);
  for (const run of alnumRuns(scan)) {
    const w = foldWord(run.text);
    if (secrets.has(w) || lengths.some((n) => n < w.length && (secrets.has(w.slice(0, n)) || secrets.has(w.slice(-n))))) {
      hideRange(scan, run.start, run.end);
    }
  }
}
