/**
 * The ASCII (punycode) form of an internationalized domain name, as mail software and browsers
 * read it: the WHATWG URL parser's IDNA processing (UTS 46). One function, so that mail domains
 * (ACC-02) and domain-name product ids (PAR-03) agree on which spellings name one domain.
 */

/**
 * Whether a name goes to IDNA: it has a character above ASCII, and its ASCII characters are lower-case
 * letters, digits, hyphens and dots only; the URL parser would read any other (`/`, `:`, `@` end a
 * host; control characters are dropped or refused), so such a name is kept as it is.
 */
function isIdnCandidate(name: string): boolean {
  let nonAscii = false;
  for (let i = 0; i < name.length; i += 1) {
    const c = name.charCodeAt(i);
    if (c >= 0x80) nonAscii = true;
    else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e)) return false;
  }
  return nonAscii;
}

/**
 * `name` (already NFKC and in lower case) in its ASCII form when it is an internationalized domain
 * name; any other name as it is. A name that the parser refuses (a disallowed code point) stays as
 * it is too: it names no ASCII domain, so it equals none. Bounded by the name's length.
 *
 * @example
 * ```ts
 * asciiDomain('müller.ch');   // 'xn--mller-kva.ch'
 * asciiDomain('site-a');      // 'site-a'
 * ```
 * @internal
 */
export function asciiDomain(name: string): string {
  if (!isIdnCandidate(name)) return name;
  try {
    return new URL(`http://${name}`).hostname;
  } catch {
    return name;
  }
}
