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
const ENTITY = /&(#x[0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g;

/** Why a text could not be read; the scanner turns it into `CAMT_NOT_XML` with the offset. */
export class TextProblem extends Error {}

/**
 * The string of `bytes[start, end)`, entities replaced unless `references` is false (CDATA); throws
 * {@link TextProblem} on bad UTF-8 or a bad entity.
 */
export function decodeText(bytes: Uint8Array, start: number, end: number, references = true): string {
  let ascii = end - start <= APPLY_LIMIT;
  let amp = false;
  for (let i = start; ascii && i < end; i += 1) {
    const b = bytes[i] as number;
    if (b >= ASCII_LIMIT) ascii = false;
    else if (b === AMP) amp = true;
  }
  let s: string;
  if (ascii) s = String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
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

/** `s` with its entity and character references replaced; a `&` that starts none is an error. */
export function replaceEntities(s: string): string {
  const out = s.replace(ENTITY, (whole, name: string) => {
    if (name.charCodeAt(0) !== 0x23) {
      const value = Object.hasOwn(ENTITIES, name) ? ENTITIES[name] : undefined;
      if (value === undefined) throw new TextProblem(`an undeclared entity ${whole}`);
      return value;
    }
    const code = name.charCodeAt(1) === 0x78 ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    if (!isXmlChar(code)) throw new TextProblem(`a character reference to a character XML does not allow (${whole})`);
    return String.fromCodePoint(code);
  });
  // A `&` left over started no reference (`&` alone, `&foo`, `&#;`): not well-formed XML.
  if (out.length !== s.length || s.includes('&')) {
    const rest = s.replace(ENTITY, '');
    if (rest.includes('&')) throw new TextProblem('a "&" that starts no entity (write &amp;)');
  }
  return out;
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
