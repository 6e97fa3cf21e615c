import { isJsSpace } from '../../internal/email.js';

/*
 * The first step of the excerpt redactor (RFP-02): the text is normalised, then read once into
 * units. Every detector (redact.ts) works on what a unit reads as (`d`); the excerpt prints what
 * it is (`o`), except where a detector hid it. Reading spelled-out signs here means a detector
 * never needs to know that `[at]`, `(at)`, `＠`, `&#64;` and `%40` are all an `@`.
 *
 * Everything here is a single left-to-right pass, or a regular expression made of one character
 * class (it cannot backtrack): the redactor is linear in the length of the text.
 */

/** A text read for redaction: one unit per character of the normalised text, or per spelled sign. */
export interface Scan {
  /** What each unit reads as, for the detectors: one character (digits as ASCII, spaces as ' ', dashes as '-'). */
  readonly d: readonly string[];
  /** What each unit prints as when it is not hidden. */
  readonly o: readonly string[];
  /** 1 where a detector hides the unit. */
  readonly hide: Uint8Array;
}

/** A bare ` at ` between words: an `@` only where an e-mail address follows (see hideEmails). */
export const WEAK_AT = '\uE000';
/** A bare ` dot ` between words: a `.` only before a known top-level domain (see hideLinks). */
export const WEAK_DOT = '\uE001';

// Format characters (zero-width space and joiners, soft hyphen, bidi controls, word joiner, BOM,
// tags), combining marks left after NFKC composed what it could, and the Hangul fillers that
// render as nothing: all can sit invisibly between the digits of a phone or the letters of a name.
const INVISIBLE = /[\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0]/gu;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const DASH = /^\p{Pd}$/u;
const LETTER = /^\p{L}$/u;

const BRACKETS: Readonly<Record<string, string>> = { '[': ']', '(': ')', '{': '}', '<': '>' };
// Not a lone 'a': '(a)' numbers the items of many lists.
const AT_WORDS = new Set(['at', 'ät', 'aet', '@']);
const DOT_WORDS = new Set(['dot', 'punkt', 'point', 'punto', '.']);
const ENTITIES: readonly (readonly [string, string])[] = [
  ['&#64;', '@'],
  ['&#x40;', '@'],
  ['&commat;', '@'],
  ['%40', '@'],
  ['&#46;', '.'],
  ['&#x2e;', '.'],
  ['&period;', '.'],
  ['%2e', '.'],
];

/** Whether a one-character string is a letter of any script. */
export function isLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\u007f' && isLetterAboveAscii(c)));
}

/** Letters above ASCII already asked about: the Unicode property test costs more than the rest of a character's scan. */
const lettersAboveAscii = new Map<string, boolean>();
/** Bounded whatever the texts hold: the cache starts over past this many distinct characters. */
const MAX_REMEMBERED_LETTERS = 4096;

function isLetterAboveAscii(c: string): boolean {
  let letter = lettersAboveAscii.get(c);
  if (letter === undefined) {
    letter = LETTER.test(c);
    if (lettersAboveAscii.size >= MAX_REMEMBERED_LETTERS) lettersAboveAscii.clear();
    lettersAboveAscii.set(c, letter);
  }
  return letter;
}

/** Whether a unit reads as a digit (digits of every script read as ASCII). */
export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c.length === 1 && c >= '0' && c <= '9';
}

/** Whether a unit is a letter or a digit. */
export function isAlnum(c: string | undefined): boolean {
  return isDigit(c) || isLetter(c);
}

/**
 * The value of a decimal digit of any script. Unicode encodes each script's digits 0–9 in a row
 * starting at a code point that is a multiple of 10 away from any neighbouring row, so the value
 * is the distance to the start of the run of digits, modulo 10 (runs are at most 50 long).
 */
function digitValue(c: string): string {
  const cp = c.codePointAt(0) as number;
  let start = cp;
  while (start > 0 && cp - start < 64 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
  return String((cp - start) % 10);
}

function readsAs(c: string): string {
  if (c.length === 1 && isJsSpace(c.charCodeAt(0))) return ' ';
  if (c >= '0' && c <= '9') return c;
  if (c === WEAK_AT || c === WEAK_DOT) return '\uFFFD';
  if (c <= '\u007f') return c;
  // What NFKC reads as '@' and '.', for characters left as written (see normalised).
  if (c === '＠' || c === '﹫') return '@';
  if (c === '．' || c === '﹒') return '.';
  if (DECIMAL_DIGIT.test(c)) return digitValue(c);
  if (DASH.test(c)) return '-';
  return c;
}

/** The longest NFKC form kept for one character: longer ones are words ('ﷺ' is 18 letters), not signs or digits. */
const MAX_EXPANSION = 3;

/**
 * NFKC character by character, without invisible characters. Two bounds keep the work linear in
 * the input's length, whatever it holds: a character's form is used only when it is at most 3
 * code units long, and the text grows to at most twice its length (beyond, characters stay as
 * written; digits of every script and the full-width `＠` are still read as such by readsAs).
 */
function normalised(text: string): string[] {
  const out: string[] = [];
  const forms = new Map<string, readonly string[]>();
  let budget = text.length;
  for (const c of text) {
    if (c <= '\u007f') {
      out.push(c);
      continue;
    }
    let form = forms.get(c);
    if (form === undefined) {
      const nfkc = c.normalize('NFKC');
      form = Array.from((nfkc.length <= MAX_EXPANSION ? nfkc : c).replace(INVISIBLE, ''));
      forms.set(c, form);
    }
    if (form.length > 1 && budget < form.length) form = Array.from(c.replace(INVISIBLE, ''));
    else if (form.length > 1) budget -= form.length - 1;
    for (const x of form) out.push(x);
  }
  return out;
}

const isSpaceAt = (cps: readonly string[], i: number): boolean => i >= 0 && i < cps.length && isJsSpace((cps[i] as string).charCodeAt(0));

/** A spelled `@` or `.` starting at `i`: what it reads as and where it ends. Reads a bounded window. */
function spelledAt(cps: readonly string[], i: number): { det: string; end: number } | undefined {
  const c = cps[i] as string;
  if (c === '@') return { det: '@', end: i + 1 };
  const close = BRACKETS[c];
  if (close !== undefined) {
    let j = i + 1;
    while (j < i + 4 && isSpaceAt(cps, j)) j += 1;
    let word = '';
    while (j < cps.length && word.length < 6 && (isLetter(cps[j] as string) || cps[j] === '@' || cps[j] === '.'))
      word += (cps[j++] as string).toLowerCase();
    while (j < i + 16 && isSpaceAt(cps, j)) j += 1;
    if (cps[j] !== close) return undefined;
    if (AT_WORDS.has(word)) return { det: '@', end: j + 1 };
    if (DOT_WORDS.has(word)) return { det: '.', end: j + 1 };
    return undefined;
  }
  if (c === '&' || c === '%') {
    for (const [spelling, det] of ENTITIES) {
      if (
        cps
          .slice(i, i + spelling.length)
          .join('')
          .toLowerCase() === spelling
      )
        return { det, end: i + spelling.length };
    }
    return undefined;
  }
  // A bare word between spaces: ` at `, ` dot ` (any case).
  if ((c === 'a' || c === 'A' || c === 'd' || c === 'D') && isSpaceAt(cps, i - 1)) {
    const word = cps
      .slice(i, i + 3)
      .join('')
      .toLowerCase();
    if (word.startsWith('at') && isSpaceAt(cps, i + 2) && i >= 2) return { det: WEAK_AT, end: i + 2 };
    if (word === 'dot' && isSpaceAt(cps, i + 3) && i >= 2) return { det: WEAK_DOT, end: i + 3 };
  }
  return undefined;
}

/**
 * Normalises `text` and reads it into units: NFKC (full-width and mathematical digits and signs
 * become ASCII), then invisible characters and combining marks are dropped, then each spelled
 * `@`/`.` (with the spaces around it) becomes one unit.
 */
export function scanText(text: string): Scan {
  const cps = normalised(text);
  const d: string[] = [];
  const o: string[] = [];
  let i = 0;
  while (i < cps.length) {
    const spelled = spelledAt(cps, i);
    if (spelled === undefined) {
      const c = cps[i] as string;
      d.push(readsAs(c));
      o.push(c);
      i += 1;
      continue;
    }
    // The spaces around a spelled sign belong to it: 'anna [at] example [dot] ch' reads as one word.
    let printed = cps.slice(i, spelled.end).join('');
    while (d.length > 0 && d[d.length - 1] === ' ') {
      d.pop();
      printed = `${o.pop() as string}${printed}`;
    }
    let j = spelled.end;
    while (isSpaceAt(cps, j)) printed += cps[j++] as string;
    d.push(spelled.det);
    o.push(printed);
    i = j;
  }
  return { d, o, hide: new Uint8Array(d.length) };
}

/** Hides units `start` to `end` (exclusive). */
export function hideRange(scan: Scan, start: number, end: number): void {
  scan.hide.fill(1, Math.max(0, start), Math.min(scan.d.length, end));
}

/** A maximal run of letters and digits: a word or a number of the text. */
export interface Run {
  readonly start: number;
  readonly end: number;
  /** What the run reads as (digits in ASCII). */
  readonly text: string;
}

/** The runs of letters and digits, in order. */
export function alnumRuns(scan: Scan): Run[] {
  const runs: Run[] = [];
  const { d } = scan;
  let i = 0;
  while (i < d.length) {
    if (!isAlnum(d[i] as string)) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < d.length && isAlnum(d[i] as string)) i += 1;
    runs.push({ start, end: i, text: d.slice(start, i).join('') });
  }
  return runs;
}

// A bare ` at ` keeps its spaces: it separates chunks ('example.com at noon' hides no 'noon').
const endsChunk = (c: string | undefined): boolean => c === ' ' || c === WEAK_AT;

/** Calls `visit` with each maximal run of units that are not spaces (a "word" in the wide sense). */
export function forEachChunk(scan: Scan, visit: (start: number, end: number) => void): void {
  const { d } = scan;
  let i = 0;
  while (i < d.length) {
    if (endsChunk(d[i])) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < d.length && !endsChunk(d[i])) i += 1;
    visit(start, i);
  }
}
