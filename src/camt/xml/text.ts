/**
 * Bytes of an XML text or attribute value to a string: UTF-8 checked, the five predefined entities
 * and character references replaced. Only the values the reader keeps come here (a few short texts
 * per transaction), so the common case — ASCII without `&` — makes its string straight from the
 * bytes.
 *
 * @internal
 * @module
 */

const AMP = 0x26;
const ASCII_LIMIT = 0x80;
/** `String.fromCharCode.apply` takes its arguments on the stack: short runs only. */
const APPLY_LIMIT = 4096;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Why a text could not be read; the scanner turns it into `CAMT_NOT_XML` with the offset. */
export class TextProblem extends Error {}

/**
 * The string of `bytes[start, end)`, entities replaced unless `references` is false (CDATA); throws
 * {@link TextProblem} on bad UTF-8 or a bad entity.
 */
export function decodeText(bytes: Uint8Array, start: number, end: number, references = true): string {
  const length = end - start;
  let ascii = length <= APPLY_LIMIT;
  let amp = false;
  // One pass: whether the bytes are ASCII, hold a `&`, and (for a short value) their hash.
  let h = length;
  for (let i = start; ascii && i < end; i += 1) {
    const b = bytes[i] as number;
    if (b >= ASCII_LIMIT) ascii = false;
    else if (b === AMP) amp = true;
    h = (Math.imul(h, 31) + b) | 0;
  }
  let s: string;
  if (ascii) s = length <= SHORT ? shortText(bytes, start, end, h) : asciiText(bytes, start, end);
  else {
    try {
      s = utf8.decode(bytes.subarray(start, end));
    } catch {
      throw new TextProblem('invalid UTF-8');
    }
    amp = s.includes('&');
  }
  return amp && references ? replaceEntities(s) : s;
}

/**
 * Node's `Buffer` reads Latin-1 (of which ASCII is a part) straight into a string; elsewhere the
 * bytes go through a reused array. A `subarray` per text would allocate a view per value read.
 */
const latin1Slice = (globalThis as { Buffer?: { prototype?: { latin1Slice?: unknown } } }).Buffer?.prototype?.latin1Slice as
  | ((this: Uint8Array, start: number, end: number) => string)
  | undefined;
const codes: number[] = [];

function asciiText(bytes: Uint8Array, start: number, end: number): string {
  if (latin1Slice !== undefined) return latin1Slice.call(bytes, start, end);
  codes.length = end - start;
  for (let i = start; i < end; i += 1) codes[i - start] = bytes[i] as number;
  return String.fromCharCode.apply(null, codes);
}

/**
 * Short values repeat through a file (`CRDT`, `BOOK`, `QRR`, `CHF`, a booking date): each is made
 * once and found again by its bytes, instead of a new string per element.
 */
const SHORT = 12;
const SHORT_SLOTS = 256;
const shortStrings: (string | undefined)[] = new Array(SHORT_SLOTS).fill(undefined);

/** The string of a short ASCII value whose hash (as decodeText computes it) is `h`. */
function shortText(bytes: Uint8Array, start: number, end: number, h: number): string {
  const slot = (h ^ (h >>> 8)) & (SHORT_SLOTS - 1);
  const known = shortStrings[slot];
  if (known !== undefined && known.length === end - start) {
    let same = true;
    for (let i = 0; same && i < known.length; i += 1) same = known.charCodeAt(i) === bytes[start + i];
    if (same) return known;
  }
  const made =
    latin1Slice !== undefined
      ? latin1Slice.call(bytes, start, end)
      : String.fromCharCode.apply(null, Array.from(bytes.subarray(start, end)));
  shortStrings[slot] = made;
  return made;
}

/** `s` with its entity and character references replaced; a `&` that starts none is an error. */
export function replaceEntities(s: string): string {
  let out = '';
  let from = 0;
  for (let amp = s.indexOf('&'); amp >= 0; amp = s.indexOf('&', from)) {
    const semi = s.indexOf(';', amp + 1);
    const name = semi < 0 || semi - amp > MAX_REFERENCE ? '' : s.slice(amp + 1, semi);
    out += s.slice(from, amp) + referenced(name, s.slice(amp, semi + 1));
    from = semi + 1;
  }
  return out + s.slice(from);
}

/** The longest reference read: `&#x10FFFF;`. */
const MAX_REFERENCE = 9;

/** The text of reference `&name;`. */
function referenced(name: string, whole: string): string {
  if (name.charCodeAt(0) !== 0x23) {
    const value = Object.hasOwn(ENTITIES, name) ? ENTITIES[name] : undefined;
    if (value === undefined)
      throw new TextProblem(name === '' ? 'a "&" that starts no entity (write &amp;)' : `an undeclared entity ${whole}`);
    return value;
  }
  const hex = name.charCodeAt(1) === 0x78;
  const digits = name.slice(hex ? 2 : 1);
  const code = (hex ? /^[0-9A-Fa-f]{1,6}$/ : /^[0-9]{1,7}$/).test(digits) ? Number.parseInt(digits, hex ? 16 : 10) : -1;
  if (!isXmlChar(code)) throw new TextProblem(`a character reference to a character XML does not allow (${whole})`);
  return String.fromCodePoint(code);
}

/** The characters XML 1.0 allows (section 2.2). */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}
