import { HostPolicyError } from '../errors.js';

/**
 * Limits of the ICS reader, checked before any parsing: a calendar of every Swiss canton's
 * holidays for decades is a few hundred kilobytes, so these leave room for real files while
 * bounding the work any input can cause.
 */
export const ICS_LIMITS = Object.freeze({
  /** Characters of the whole text (about 2 MB). */
  maxChars: 2_000_000,
  /** Physical lines. */
  maxLines: 50_000,
  /** Characters of one content line after unfolding. */
  maxLineChars: 10_000,
  /** Closures produced in all (recurrences and multi-day events expanded, duplicates counted). */
  maxClosures: 20_000,
  /** Years stepped through by all recurrences together (a rule on 29 February skips three in four). */
  maxRecurrenceSteps: 200_000,
  /** Nesting of BEGIN/END components. */
  maxDepth: 8,
});

/** One content line after unfolding: `NAME;PARAM=VALUE:value`, with the physical line it starts on. */
export interface ContentLine {
  readonly line: number;
  readonly name: string;
  readonly params: ReadonlyMap<string, string>;
  readonly value: string;
}

/** Raises the reader's error for a line of the file. */
export function icsError(line: number, message: string, code: 'INVALID_ICS' | 'ICS_TOO_LARGE' = 'INVALID_ICS'): never {
  throw new HostPolicyError(code, line > 0 ? `ICS line ${line}: ${message}` : `ICS: ${message}`, { details: { line } });
}

/** Whether a character code may appear in a property or parameter name (RFC 5545: ALPHA, DIGIT, '-'). */
function isNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
}

/**
 * Splits the text into content lines: CRLF, LF or CR line ends; a line that starts with a space
 * or a tab continues the previous one (RFC 5545 §3.1 folding). Blank lines are skipped. The
 * sizes are checked first, so the work is bounded by {@link ICS_LIMITS}.
 */
export function contentLines(text: string): ContentLine[] {
  if (text.length > ICS_LIMITS.maxChars)
    icsError(0, `the text has ${text.length} characters, more than the ${ICS_LIMITS.maxChars} read`, 'ICS_TOO_LARGE');
  // A byte order mark at the start (what readFileSync(path, 'utf8') leaves of a UTF-8 BOM) is not content.
  const physical = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\n|\r/);
  if (physical.length > ICS_LIMITS.maxLines)
    icsError(0, `the text has ${physical.length} lines, more than the ${ICS_LIMITS.maxLines} read`, 'ICS_TOO_LARGE');
  const out: ContentLine[] = [];
  let current: string[] = [];
  let length = 0;
  let start = 0;
  const flush = () => {
    if (current.length > 0) out.push(parseLine(current.join(''), start));
    current = [];
    length = 0;
  };
  physical.forEach((raw, i) => {
    const first = raw.charCodeAt(0);
    if ((first === 32 || first === 9) && current.length > 0) {
      current.push(raw.slice(1));
    } else {
      flush();
      if (raw.trim() === '') return;
      if (first === 32 || first === 9) icsError(i + 1, 'a continuation line (starting with a space) has no line to continue');
      current.push(raw);
      start = i + 1;
    }
    length += raw.length;
    if (length > ICS_LIMITS.maxLineChars)
      icsError(start, `the content line is longer than ${ICS_LIMITS.maxLineChars} characters`, 'ICS_TOO_LARGE');
  });
  flush();
  return out;
}

/** Reads `NAME *(;PARAM=VALUE) : value` with one pass over the characters (no backtracking). */
function parseLine(text: string, line: number): ContentLine {
  let i = 0;
  while (i < text.length && isNameChar(text.charCodeAt(i))) i += 1;
  if (i === 0) icsError(line, 'expected a property name (letters, digits, "-") at the start of the line');
  const name = text.slice(0, i).toUpperCase();
  const params = new Map<string, string>();
  while (text[i] === ';') {
    i += 1;
    const from = i;
    while (i < text.length && isNameChar(text.charCodeAt(i))) i += 1;
    if (i === from || text[i] !== '=') icsError(line, `expected PARAMETER=value after ';' in ${name}`);
    const param = text.slice(from, i).toUpperCase();
    i += 1;
    let value: string;
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      if (close < 0) icsError(line, `the quoted value of ${param} is not closed`);
      value = text.slice(i + 1, close);
      i = close + 1;
    } else {
      const from2 = i;
      while (i < text.length && text[i] !== ';' && text[i] !== ':' && text[i] !== ',') i += 1;
      value = text.slice(from2, i);
    }
    // Several values (`a,b`): only the first is read; the parameters read here take one value.
    while (text[i] === ',') {
      i += 1;
      if (text[i] === '"') {
        const close = text.indexOf('"', i + 1);
        if (close < 0) icsError(line, `the quoted value of ${param} is not closed`);
        i = close + 1;
      } else {
        while (i < text.length && text[i] !== ';' && text[i] !== ':' && text[i] !== ',') i += 1;
      }
    }
    params.set(param, value);
  }
  if (text[i] !== ':') icsError(line, `expected ':' after ${name} and its parameters`);
  return { line, name, params, value: text.slice(i + 1) };
}
