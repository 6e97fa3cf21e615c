import { forEachChunk, hideRange, isAlnum, isLetter, WEAK_AT, WEAK_DOT, type Scan } from './scan.js';

/*
 * E-mail addresses (RFP-02). Linear: each chunk of the text is read once; a bare ` at ` reads
 * its neighbours, which stop at the next ` at `, so no character is read more than twice.
 */

const LEADING = new Set(['(', '[', '{', '<', '"', "'", '«', '‹', '“', '‘']);
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '"', "'", '»', '›', '”', '’']);

/** The chunk `start`–`end` without the punctuation around it (kept visible: 'Write to [hidden].'). */
export function trimmed(scan: Scan, start: number, end: number): readonly [number, number] {
  let s = start;
  let e = end;
  while (s < e && LEADING.has(scan.d[s] as string)) s += 1;
  while (e > s && TRAILING.has(scan.d[e - 1] as string)) e -= 1;
  return [s, e];
}

const isLocalChar = (c: string): boolean => isAlnum(c) || c === '.' || c === '_' || c === '-' || c === '+' || c === WEAK_DOT;
const isLabelChar = (c: string): boolean => isAlnum(c) || c === '-';
const isDot = (c: string): boolean => c === '.' || c === WEAK_DOT;

/**
 * The end of the domain name that starts at `start` (labels separated by dots, the last one of at
 * least two letters), or -1.
 */
export function domainEnd(d: readonly string[], start: number): number {
  let end = -1;
  let dots = 0;
  let label = 0;
  let letters = true;
  for (let i = start; i <= d.length; i += 1) {
    const c = i < d.length ? (d[i] as string) : ' ';
    if (isLabelChar(c)) {
      label += 1;
      letters &&= isLetter(c);
      continue;
    }
    if (dots > 0 && label >= 2 && letters) end = i;
    if (!isDot(c) || label === 0) break;
    dots += 1;
    label = 0;
    letters = true;
  }
  return end;
}

/**
 * Hides every e-mail address: each chunk of text that holds an `@` (literal, full-width, or
 * spelled `[at]`, `(at)`, `&#64;`, `%40`) whatever else it holds, and `name at domain.tld`
 * written with a bare ` at ` when a domain name follows it.
 */
export function hideEmails(scan: Scan): void {
  const { d } = scan;
  forEachChunk(scan, (start, end) => {
    for (let i = start; i < end; i += 1) {
      if (d[i] !== '@') continue;
      const [s, e] = trimmed(scan, start, end);
      hideRange(scan, Math.min(s, i), Math.max(e, i + 1));
      return;
    }
  });
  for (let at = 0; at < d.length; at += 1) {
    if (d[at] !== WEAK_AT) continue;
    let local = at;
    while (local > 0 && isLocalChar(d[local - 1] as string)) local -= 1;
    const end = domainEnd(d, at + 1);
    if (local < at && end > 0) hideRange(scan, local, end);
  }
}
