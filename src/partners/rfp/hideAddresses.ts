import { foldWord } from './fold.js';
import { alnumRuns, hideRange, isDigit, type Run, type Scan } from './scan.js';

/*
 * Postal addresses (RFP-02): a street with its number, in the forms of the provider's languages
 * ('Bahnhofstrasse 12', 'Zürcher Strasse 12', 'Rue du Lac 5', '5, rue du Lac', 'Via Roma 3',
 * '221b Baker Street'), and a postcode with its town ('8001 Zürich', 'CH-1003 Lausanne').
 * Street words are compared folded (fold.ts), so 'Strasse', 'Straße' and 'STRASSE' are one word.
 * Linear: each word of the text looks at most 6 words around it.
 */

const fold = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldWord));

/** German street words, also at the end of a compound ('Bahnhofstrasse'). */
const GERMAN_SUFFIXES = [
  ...fold([
    'strasse',
    'gasse',
    'platz',
    'allee',
    'graben',
    'promenade',
    'quai',
    'halde',
    'steig',
    'matte',
    'weg',
    'ring',
    'rain',
    'hof',
    'damm',
    'ufer',
    'str',
    'stutz',
    'gässli',
    'weid',
  ]),
];
/** Suffixes short or common enough to end ordinary words ('during', 'offering'): only in capitalised words. */
const SHORT_SUFFIXES = fold(['weg', 'ring', 'rain', 'hof', 'damm', 'ufer', 'str', 'weid', 'stutz']);
/** English street words, after the street's name ('Baker Street', 'Main St'); capitalised. */
const ENGLISH_WORDS = fold([
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'ave',
  'lane',
  'drive',
  'boulevard',
  'blvd',
  'way',
  'court',
  'square',
  'terrace',
  'crescent',
  'place',
]);
/** French, Italian (and Spanish, Portuguese) street words, before the street's name ('Rue du Lac'). */
const ROMANCE_WORDS = fold([
  'rue',
  'avenue',
  'av',
  'chemin',
  'route',
  'rte',
  'place',
  'boulevard',
  'bd',
  'quai',
  'impasse',
  'allée',
  'sentier',
  'ruelle',
  'passage',
  'esplanade',
  'via',
  'viale',
  'piazza',
  'piazzale',
  'corso',
  'vicolo',
  'strada',
  'largo',
  'salita',
  'contrada',
  'calle',
  'avenida',
  'plaza',
  'rua',
]);
/** Country prefixes of postcodes ('CH-1003', 'D-80331'). */
const COUNTRY_PREFIXES = new Set(['ch', 'd', 'de', 'f', 'fr', 'i', 'it', 'a', 'at', 'fl', 'li', 'l', 'lu', 'b', 'be', 'nl']);

interface Word extends Run {
  readonly folded: string;
  readonly capital: boolean;
  /** A house number: 1 to 4 digits and at most one letter ('12', '12a'). */
  readonly houseNumber: boolean;
  /** A postcode: 4 or 5 digits. */
  readonly postcode: boolean;
  readonly letters: boolean;
}

const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

function wordOf(run: Run): Word {
  const { text } = run;
  let digits = 0;
  while (digits < text.length && isDigit(text[digits])) digits += 1;
  const first = text[0] as string;
  // A house number: digits, then at most one letter; a postcode: 4 or 5 digits alone.
  const numberish = digits >= 1 && (digits === text.length || (digits === text.length - 1 && isAsciiLetter(text[digits])));
  let letters = digits === 0;
  for (let i = 0; letters && i < text.length; i += 1) letters = !isDigit(text[i]);
  return {
    start: run.start,
    end: run.end,
    text,
    folded: letters ? foldWord(text) : text,
    capital: first !== first.toLowerCase(),
    houseNumber: numberish && digits <= 4,
    postcode: digits === text.length && (digits === 4 || digits === 5),
    letters,
  };
}

/** Whether the units between two words are a short gap of spaces and punctuation ('Rue du Lac 5', 'Bahnhofstr. 12', '5, rue'). */
function joined(scan: Scan, a: Word | undefined, b: Word | undefined, spacesOnly = false): boolean {
  if (a === undefined || b === undefined || b.start - a.end > 3) return false;
  for (let i = a.end; i < b.start; i += 1) {
    const c = scan.d[i] as string;
    if (c !== ' ' && (spacesOnly || (c !== ',' && c !== '.' && c !== "'" && c !== '-' && c !== '/'))) return false;
  }
  return true;
}

function isGermanStreet(w: Word): boolean {
  return GERMAN_SUFFIXES.some((s) => w.folded.endsWith(s) && (w.capital || !SHORT_SUFFIXES.has(s)));
}

/** Hides every street with its number and every postcode with its town. */
export function hideAddresses(scan: Scan): void {
  const words = alnumRuns(scan).map(wordOf);
  const at = (i: number): Word | undefined => words[i];
  const link = (i: number, spacesOnly = false): boolean => joined(scan, at(i), at(i + 1), spacesOnly);
  for (let t = 0; t < words.length; t += 1) {
    const w = words[t] as Word;
    if (w.letters && (isGermanStreet(w) || (w.capital && ENGLISH_WORDS.has(w.folded)))) {
      // The street's name before a standalone street word: 'Zürcher Strasse 12', 'Main Street 12'.
      let first = t;
      if (GERMAN_SUFFIXES.includes(w.folded) || ENGLISH_WORDS.has(w.folded)) {
        while (first > 0 && t - first < 3 && link(first - 1) && at(first - 1)?.letters === true && at(first - 1)?.capital === true)
          first -= 1;
      }
      if (link(t) && at(t + 1)?.houseNumber === true) hideRange(scan, (at(first) as Word).start, (at(t + 1) as Word).end);
      // The number first: '221b Baker Street', '12 Main Street' (both ways may hold: a number
      // can follow the street, e.g. the start of a phone number).
      if (first < t && link(first - 1) && at(first - 1)?.houseNumber === true) hideRange(scan, (at(first - 1) as Word).start, w.end);
    }
    if (w.letters && ROMANCE_WORDS.has(w.folded)) {
      // Up to 5 words of the street's name, one of them capitalised (or the street word itself).
      let last = t;
      let capital = w.capital;
      while (last - t < 5 && link(last) && at(last + 1)?.letters === true) {
        last += 1;
        capital ||= (at(last) as Word).capital;
      }
      if (last > t && capital && link(last) && at(last + 1)?.houseNumber === true) hideRange(scan, w.start, (at(last + 1) as Word).end);
      if (last > t && capital && link(t - 1) && at(t - 1)?.houseNumber === true)
        hideRange(scan, (at(t - 1) as Word).start, (at(last) as Word).end);
    }
    if (w.postcode) {
      const prefixed = link(t - 1) && at(t - 1)?.letters === true && COUNTRY_PREFIXES.has((at(t - 1) as Word).folded);
      const town = at(t + 1);
      if (town === undefined || !town.letters || !link(t, true) || !(town.capital || prefixed)) continue;
      // A town of several words: 'St. Gallen', 'La Chaux-de-Fonds'.
      let last = t + 1;
      while (
        last - t < 4 &&
        link(last) &&
        at(last + 1)?.letters === true &&
        (at(last + 1)?.capital === true || scan.d[(at(last) as Word).end] === '-')
      )
        last += 1;
      hideRange(scan, prefixed ? (at(t - 1) as Word).start : w.start, (at(last) as Word).end);
    }
  }
}
