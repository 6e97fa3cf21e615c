import { trimmed } from './hideEmails.js';
import { forEachChunk, hideRange, isAlnum, isLetter, WEAK_DOT, type Scan } from './scan.js';

/*
 * URLs and bare domain names (RFP-02): a requester's web site names the requester. Linear: each
 * chunk of the text is read once.
 */

/**
 * Top-level domains that make a bare ` dot ` a dot ('baeckerei dot ch'); with a written dot any
 * label of two letters or more counts ('example.shop'), since new top-level domains are words.
 */
const SPOKEN_TLDS = new Set([
  'ch',
  'li',
  'de',
  'at',
  'fr',
  'it',
  'eu',
  'com',
  'net',
  'org',
  'info',
  'biz',
  'swiss',
  'io',
  'co',
  'uk',
  'us',
  'be',
  'nl',
  'lu',
  'es',
  'pt',
  'shop',
  'online',
  'site',
  'app',
  'dev',
  'me',
  'email',
  'zuerich',
  'zurich',
  'geneve',
  'berlin',
  'wien',
]);

/** Whether units `start`–`end` hold a domain name (or a URL scheme, or `www.`). */
function holdsDomain(d: readonly string[], start: number, end: number): boolean {
  const head = d
    .slice(start, Math.min(end, start + 12))
    .join('')
    .toLowerCase();
  if (head.startsWith('www.') || head.startsWith('mailto:')) return true;
  let dots = 0;
  let weak = false;
  let label = 0;
  let letters = true;
  for (let i = start; i <= end; i += 1) {
    const c = i < end ? (d[i] as string) : ' ';
    if (isAlnum(c) || c === '-') {
      label += 1;
      letters &&= isLetter(c);
      continue;
    }
    if (
      dots > 0 &&
      label >= 2 &&
      letters &&
      (!weak ||
        (label <= 8 &&
          SPOKEN_TLDS.has(
            d
              .slice(i - label, i)
              .join('')
              .toLowerCase(),
          )))
    )
      return true;
    if (c === ':' && d[i + 1] === '/' && d[i + 2] === '/') return true;
    if ((c === '.' || c === WEAK_DOT) && label > 0) {
      dots += 1;
      weak ||= c === WEAK_DOT;
    } else {
      dots = 0;
      weak = false;
    }
    label = 0;
    letters = true;
  }
  return false;
}

/** Hides each chunk of text that holds a URL or a domain name, e.g. 'https://x.ch/a', 'baeckerei.ch', 'baeckerei dot ch'. */
export function hideLinks(scan: Scan): void {
  forEachChunk(scan, (start, end) => {
    const [s, e] = trimmed(scan, start, end);
    if (s < e && holdsDomain(scan.d, s, e)) hideRange(scan, s, e);
  });
}
