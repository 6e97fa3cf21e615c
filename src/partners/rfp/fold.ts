/*
 * The form in which the redactor compares words with the requester's own name, company and
 * e-mail (RFP-02): a requester who writes 'BAECKEREI', 'Bäckerei' or 'Backerei' for
 * 'Bäckerei Müller AG' writes the same word. Each step is a replacement of a fixed string or of a
 * single character class, so folding is linear in the word.
 */

const MARKS = /\p{M}/gu;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, control characters included, is meant
const ASCII = /^[\u0000-\u007f]*$/;
const LETTERS_WITHOUT_DECOMPOSITION: readonly (readonly [RegExp, string])[] = [
  [/ß/g, 'ss'],
  [/æ/g, 'ae'],
  [/œ/g, 'oe'],
  [/ø/g, 'o'],
  [/ł/g, 'l'],
  [/đ/g, 'd'],
  [/ı/g, 'i'],
];

/**
 * A word (as read by scanText, so already in NFKC) in folded form: lower case, diacritics removed, and the German spellings 'ae',
 * 'oe', 'ue' read as the vowel alone, so that 'ä', 'ae' and 'a' fold alike.
 *
 * @example
 * ```ts
 * foldWord('Bäckerei') === foldWord('BAECKEREI'); // true: both 'backerei'
 * foldWord('Zürich');  // 'zurich'
 * ```
 */
export function foldWord(word: string): string {
  let s = word.toLowerCase();
  // Most words are ASCII: no normalisation to do (a single character class, no backtracking).
  // No NFKC here: words come from scanText, which applied it with a bound on how much a
  // character may grow ('ﷺ' stays one character instead of 18).
  if (!ASCII.test(s)) {
    for (const [letter, spelled] of LETTERS_WITHOUT_DECOMPOSITION) s = s.replace(letter, spelled);
    s = s.normalize('NFD').replace(MARKS, '');
  }
  return s.includes('e') ? s.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u') : s;
}
