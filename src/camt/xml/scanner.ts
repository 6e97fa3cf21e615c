/**
 * A push XML scanner over UTF-8 bytes for the camt reader: chunks go in as they arrive, element
 * events come out. It checks well-formedness as far as a reader of bank files needs (tags nest and
 * match, one root, nothing but markup outside it, references in the texts it reads are valid), refuses
 * what could make it expand or hang (DOCTYPE and entity declarations, deep nesting, overlong tags
 * and texts), and decodes only the texts its handler asks for. Memory is the longest unfinished
 * token plus one chunk, whatever the document's size.
 *
 * Not a general XML parser: no DTD, no namespaces beyond reading the root's declarations, no
 * encodings but UTF-8.
 *
 * @internal
 * @module
 */
import { camtError, type CamtErrorCode } from '../errors.js';
import { hashStep, type NameTable, UNKNOWN_NAME } from './names.js';
import { decodeText, TextProblem } from './text.js';

/** What a reader makes of an element that starts. */
export const Interest = {
  /** Neither it nor anything inside it: its descendants are checked for nesting but not reported. */
  None: 0,
  /** Its children, not its text. */
  Children: 1,
  /** Its text. */
  Text: 2,
  /** As `None`, and the names inside it are not watched (content of another schema, as `SplmtryData`). */
  Opaque: 3,
} as const;
export type Interest = (typeof Interest)[keyof typeof Interest];

/** What the scanner tells its reader. */
export interface ScanHandler {
  /** An element starts (`name` is the id of its local name); the answer says what else to report. */
  open(name: number, scanner: XmlScanner): Interest;
  /** A piece of the text of the element just opened (several pieces around comments or CDATA). */
  text(value: string): void;
  /** The innermost element reported open ends. */
  close(): void;
  /** The element path so far, for error messages. */
  path(): string;
  /** An element with a watched name (see the constructor) inside a subtree the reader ignores. */
  hidden(name: number, offset: number): void;
}

/** The limits of issue 17 (docs/camt.md, "Limits"). */
export const LIMITS = { depth: 64, tag: 1024, text: 65_536 } as const;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const EMPTY = new Uint8Array(0);
const NOT_IGNORING = 0x7fffffff;

const COMMENT_END = bytesOf('-->');
const CDATA_START = bytesOf('<![CDATA[');
const CDATA_END = bytesOf(']]>');
const PI_END = bytesOf('?>');

function bytesOf(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0d;
}

/** Ends a name: white space, `/`, `>` (and `=` in an attribute). */
function endsName(b: number): boolean {
  return b <= 0x20 || b === SLASH || b === GT || b === EQUALS;
}

export class XmlScanner {
  readonly #names: NameTable;
  readonly #handler: ScanHandler;
  #carry: Uint8Array = EMPTY;
  /** Bytes of the input before the current buffer. */
  #base = 0;
  #buf: Uint8Array = EMPTY;
  readonly #stack = new Int32Array(LIMITS.depth + 1);
  #depth = 0;
  /** The stack slot of the element whose subtree the reader ignores; deeper elements are not reported. */
  #ignoredAt = NOT_IGNORING;
  #wantText = false;
  /** Whether names inside the ignored subtree are watched, and the hashes of the (at most two) watched names. */
  #watching = false;
  readonly #watch0: number;
  readonly #watch1: number;
  #rootSeen = false;
  #rootClosed = false;
  #started = false;
  // The start tag being reported: its name's bytes and its attributes, for attribute() and prefix().
  #tagStart = 0;
  #nameEnd = 0;
  #tagEnd = 0;
  #colon = -1;

  /** `watched`: ids of up to two names reported by `hidden()` when they occur in an ignored subtree. */
  constructor(names: NameTable, handler: ScanHandler, watched: readonly number[] = []) {
    this.#names = names;
    this.#handler = handler;
    // A hash no name of the table has would do as "none"; a watched name's hash is verified by lookup anyway.
    this.#watch0 = watched[0] === undefined ? 0 : names.hashOf(watched[0]);
    this.#watch1 = watched[1] === undefined ? this.#watch0 : names.hashOf(watched[1]);
  }

  /** Reads a chunk; the unfinished end waits for the next one. */
  push(chunk: Uint8Array): void {
    // A plain view: a Node Buffer's methods differ from Uint8Array's (and some are slower).
    let buf = Object.getPrototypeOf(chunk) === Uint8Array.prototype ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    if (this.#carry.length > 0) {
      buf = new Uint8Array(this.#carry.length + chunk.length);
      buf.set(this.#carry, 0);
      buf.set(chunk, this.#carry.length);
    }
    this.#buf = buf;
    let start = 0;
    if (!this.#started) {
      start = this.#prologue(buf);
      if (start < 0) {
        this.#carry = buf;
        return;
      }
    }
    const rest = this.#scan(buf, start);
    this.#base += rest;
    this.#carry = rest < buf.length ? buf.slice(rest) : EMPTY;
    this.#buf = EMPTY;
  }

  /** The input is complete: anything unfinished is a truncated document. */
  end(): void {
    if (!this.#started) {
      // Fewer than four bytes in all: scan them as they are.
      const buf = this.#carry;
      this.#carry = EMPTY;
      this.#started = true;
      this.#buf = buf;
      const rest = this.#scan(buf, 0);
      this.#carry = buf.slice(rest);
    }
    if (this.#rootClosed) {
      if (this.#carry.every(isSpace)) return;
      this.#fail('CAMT_TRUNCATED', 'the input ends inside markup after the document element', this.#base);
    }
    if (!this.#rootSeen && this.#base + this.#carry.length === 0) this.#fail('CAMT_NOT_XML', 'the input is empty', 0);
    if (!this.#rootSeen && this.#carry.length === 0) this.#fail('CAMT_TRUNCATED', 'the input ends before the document element', this.#base);
    this.#fail('CAMT_TRUNCATED', `the input ends with ${this.#depth} element(s) still open`, this.#base + this.#carry.length);
  }

  /** The value of attribute `name` (qualified as written, e.g. `Ccy` or `xmlns:camt`) of the start tag being reported. */
  attribute(name: string): string | undefined {
    const buf = this.#buf;
    const end = this.#tagEnd;
    let i = this.#nameEnd;
    // The attributes after the one found are read too: XML forbids an attribute twice (which one would count?).
    let valueStart = -1;
    let valueEnd = -1;
    for (;;) {
      while (i < end && isSpace(buf[i] as number)) i += 1;
      if (i >= end) return valueStart < 0 ? undefined : this.#decode(valueStart, valueEnd);
      const nameStart = i;
      while (i < end && !endsName(buf[i] as number)) i += 1;
      const nameEnd = i;
      while (i < end && isSpace(buf[i] as number)) i += 1;
      if (i === nameStart || buf[i] !== EQUALS) this.#badAttribute('has no value', nameStart, nameEnd, i);
      i += 1;
      while (i < end && isSpace(buf[i] as number)) i += 1;
      const quote = buf[i] as number;
      if (quote !== DQUOTE && quote !== SQUOTE) this.#badAttribute('has a value without quotes', nameStart, nameEnd, i);
      const close = find(buf, quote, i + 1);
      if (close < 0 || close >= end) this.#badAttribute('has a value that is not closed', nameStart, nameEnd, i);
      if (isName(buf, nameStart, nameEnd, name)) {
        if (valueStart >= 0) this.#badAttribute('is given twice', nameStart, nameEnd, nameStart);
        valueStart = i + 1;
        valueEnd = close;
      }
      i = close + 1;
    }
  }

  /** Whether the start tag being reported has neither a prefix nor attributes (then it declares no namespace). */
  plain(): boolean {
    return this.#colon < 0 && this.#nameEnd === this.#tagEnd;
  }

  #badAttribute(problem: string, nameStart: number, nameEnd: number, at: number): never {
    const name = String.fromCharCode.apply(null, this.#buf.subarray(nameStart, Math.min(nameEnd, nameStart + 64)) as unknown as number[]);
    this.#fail('CAMT_NOT_XML', `attribute ${name || '(none)'} ${problem}`, this.#base + at);
  }

  /** The namespace prefix of the start tag being reported (`''` when it has none). */
  prefix(): string {
    const buf = this.#buf;
    for (let i = this.#tagStart; i < this.#nameEnd; i += 1) {
      if (buf[i] === COLON) return String.fromCharCode.apply(null, buf.subarray(this.#tagStart, i) as unknown as number[]);
    }
    return '';
  }

  /** The byte offset of the start tag being reported. */
  offset(): number {
    return this.#base + this.#tagStart - 1;
  }

  /** Skips a byte order mark and refuses an encoding other than UTF-8; -1 while the start is not all here. */
  #prologue(buf: Uint8Array): number {
    if (buf.length < 4) return -1;
    this.#started = true;
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 3;
    if ((buf[0] === 0xfe && buf[1] === 0xff) || (buf[0] === 0xff && buf[1] === 0xfe) || buf[0] === 0 || buf[1] === 0)
      this.#fail('CAMT_UNSUPPORTED_MESSAGE', 'the document is UTF-16 or UTF-32; camt files are read in UTF-8 (Swiss Payment Standards)', 0);
    return 0;
  }

  /** Scans `buf` from `pos`; returns where the unfinished rest starts (`buf.length` when none). */
  #scan(buf: Uint8Array, from: number): number {
    const end = buf.length;
    const handler = this.#handler;
    let pos = from;
    for (;;) {
      const lt = find(buf, LT, pos);
      if (lt < 0) {
        if (this.#wantText) {
          if (end - pos > LIMITS.text) this.#fail('CAMT_LIMIT_EXCEEDED', `a text longer than ${LIMITS.text} bytes`, this.#base + pos);
          return pos;
        }
        if (this.#depth === 0) this.#outside(buf, pos, end);
        return end;
      }
      if (lt > pos) {
        if (this.#wantText) {
          // The same limit as on a text cut by a chunk's end: the result must not depend on where the chunks end.
          if (lt - pos > LIMITS.text) this.#fail('CAMT_LIMIT_EXCEEDED', `a text longer than ${LIMITS.text} bytes`, this.#base + pos);
          handler.text(this.#decode(pos, lt));
        } else if (this.#depth === 0) this.#outside(buf, pos, lt);
      }
      if (lt + 1 >= end) return lt;
      const next = buf[lt + 1] as number;
      if (next === SLASH) {
        const after = this.#endTag(buf, lt);
        if (after < 0) return this.#unfinished(lt, end);
        pos = after;
      } else if (next === BANG || next === QUESTION) {
        const after = next === BANG ? this.#markup(buf, lt) : this.#instruction(buf, lt);
        if (after < 0) return this.#unfinished(lt, end);
        pos = after;
      } else {
        const after = this.#startTag(buf, lt);
        if (after < 0) return this.#unfinished(lt, end);
        pos = after;
      }
    }
  }

  /**
   * A token cut by the chunk's end waits for more bytes, within the limits: with `LIMITS.text`
   * bytes here and its end not, it will be longer than the limit.
   */
  #unfinished(lt: number, end: number): number {
    if (end - lt >= LIMITS.text) this.#fail('CAMT_LIMIT_EXCEEDED', `markup longer than ${LIMITS.text} bytes`, this.#base + lt);
    return lt;
  }

  /**
   * A whole token (`lt` to `after`) is held to the limit an unfinished one is, before it is read:
   * the result must be the same whether the token came in one chunk or cut by a chunk's end.
   */
  #bounded(lt: number, after: number): void {
    if (after - lt > LIMITS.text) this.#fail('CAMT_LIMIT_EXCEEDED', `markup longer than ${LIMITS.text} bytes`, this.#base + lt);
  }

  /** `<name attrs>` or `<name/>` at `lt`; returns the position after it, or -1 when it is not all here. */
  #startTag(buf: Uint8Array, lt: number): number {
    const end = buf.length;
    let i = lt + 1;
    let qhash = 0;
    let colon = -1;
    for (; i < end; i += 1) {
      const b = buf[i] as number;
      if (endsName(b)) break;
      qhash = hashStep(qhash, b);
      if (b === COLON) colon = i;
    }
    // The local name's hash is the whole name's unless it has a prefix (rare: hashed again then).
    const local = Math.max(colon + 1, lt + 1);
    let lhash = qhash;
    if (colon >= 0) {
      lhash = 0;
      for (let j = local; j < i; j += 1) lhash = hashStep(lhash, buf[j] as number);
    }
    if (i >= end) return i - lt > LIMITS.tag ? this.#tooLong(lt) : -1;
    if (i === lt + 1 || i === local) this.#fail('CAMT_NOT_XML', 'a "<" that starts no element (write &lt;)', this.#base + lt);
    const nameEnd = i;
    let gt: number;
    if (buf[i] === GT) gt = i;
    else {
      // Attributes: a `>` inside a quoted value does not end the tag.
      let quote = 0;
      for (; i < end; i += 1) {
        const b = buf[i] as number;
        if (quote !== 0) {
          if (b === quote) quote = 0;
          else if (b === LT) this.#fail('CAMT_NOT_XML', 'a "<" inside an attribute value', this.#base + i);
        } else if (b === DQUOTE || b === SQUOTE) quote = b;
        else if (b === GT) break;
      }
      if (i >= end) return i - lt > LIMITS.tag ? this.#tooLong(lt) : -1;
      gt = i;
    }
    if (gt - lt > LIMITS.tag) this.#tooLong(lt);
    const selfClosing = buf[gt - 1] === SLASH;
    const slot = this.#depth;
    if (slot === 0) {
      if (this.#rootClosed) this.#fail('CAMT_NOT_XML', 'a second document element after the first one ended', this.#base + lt);
      this.#rootSeen = true;
    } else if (slot === LIMITS.depth) this.#fail('CAMT_LIMIT_EXCEEDED', `elements nested deeper than ${LIMITS.depth}`, this.#base + lt);
    this.#stack[slot] = qhash;
    this.#depth = slot + 1;
    if (slot > this.#ignoredAt) {
      if ((lhash === this.#watch0 || lhash === this.#watch1) && this.#watching) {
        const id = this.#names.lookup(lhash, buf, local, nameEnd);
        if (id !== UNKNOWN_NAME) this.#handler.hidden(id, this.#base + lt);
      }
      if (selfClosing) this.#depth = slot;
      return gt + 1;
    }
    this.#tagStart = lt + 1;
    this.#nameEnd = nameEnd;
    this.#tagEnd = selfClosing ? gt - 1 : gt;
    this.#colon = colon;
    const interest = this.#handler.open(this.#names.lookup(lhash, buf, local, nameEnd), this);
    if (selfClosing) this.#close();
    else {
      this.#wantText = interest === Interest.Text;
      if (interest === Interest.None || interest === Interest.Opaque) {
        this.#ignoredAt = slot;
        this.#watching = interest === Interest.None;
      }
    }
    return gt + 1;
  }

  #tooLong(lt: number): never {
    this.#fail('CAMT_LIMIT_EXCEEDED', `a tag longer than ${LIMITS.tag} bytes`, this.#base + lt);
  }

  /** `</name>` at `lt`, read in one pass (name, then white space up to `>`); the position after it, or -1 when not all here. */
  #endTag(buf: Uint8Array, lt: number): number {
    const end = buf.length;
    let h = 0;
    let i = lt + 2;
    for (; i < end; i += 1) {
      const b = buf[i] as number;
      if (b === GT || b <= 0x20) break;
      h = hashStep(h, b);
    }
    const nameEnd = i;
    for (; i < end; i += 1) {
      const b = buf[i] as number;
      if (b === GT) break;
      if (!isSpace(b)) this.#fail('CAMT_NOT_XML', 'a closing tag with more than a name', this.#base + lt);
    }
    if (i >= end) return -1;
    this.#bounded(lt, i + 1);
    if (this.#depth === 0) this.#fail('CAMT_NOT_XML', 'a closing tag with no element open', this.#base + lt);
    if (this.#stack[this.#depth - 1] !== h || nameEnd === lt + 2) {
      const name = String.fromCharCode.apply(null, buf.subarray(lt + 2, Math.min(nameEnd, lt + 66)) as unknown as number[]);
      this.#fail('CAMT_NOT_XML', `closing tag </${name}> does not match the element open`, this.#base + lt);
    }
    this.#close();
    return i + 1;
  }

  #close(): void {
    const slot = this.#depth - 1;
    this.#depth = slot;
    this.#wantText = false;
    if (slot > this.#ignoredAt) return;
    if (slot === this.#ignoredAt) this.#ignoredAt = NOT_IGNORING;
    this.#handler.close();
    if (slot === 0) this.#rootClosed = true;
  }

  /** `<!--…-->`, `<![CDATA[…]]>` or a refused `<!DOCTYPE`/`<!ENTITY`; -1 when not all here. */
  #markup(buf: Uint8Array, lt: number): number {
    if (buf.length - lt < 4) return -1;
    if (buf[lt + 2] === 0x2d && buf[lt + 3] === 0x2d) {
      const close = indexOfBytes(buf, COMMENT_END, lt + 4);
      if (close >= 0) this.#bounded(lt, close + COMMENT_END.length);
      return close < 0 ? -1 : close + COMMENT_END.length;
    }
    // `<![CDATA[` and `<!DOCTYPE` are told apart on their first nine bytes.
    if (buf.length - lt < CDATA_START.length) return -1;
    if (startsWith(buf, CDATA_START, lt)) {
      const close = indexOfBytes(buf, CDATA_END, lt + CDATA_START.length);
      if (close < 0) return -1;
      this.#bounded(lt, close + CDATA_END.length);
      if (this.#depth === 0) this.#fail('CAMT_NOT_XML', 'CDATA outside the document element', this.#base + lt);
      if (this.#wantText) this.#handler.text(this.#decode(lt + CDATA_START.length, close, false));
      return close + CDATA_END.length;
    }
    this.#fail(
      'CAMT_NOT_XML',
      'a DOCTYPE or entity declaration: refused, a bank file has none and entities could expand without bound',
      this.#base + lt,
    );
  }

  /** `<?target …?>`: the XML declaration's encoding must be UTF-8; -1 when not all here. */
  #instruction(buf: Uint8Array, lt: number): number {
    const close = indexOfBytes(buf, PI_END, lt + 2);
    if (close < 0) return -1;
    this.#bounded(lt, close + PI_END.length);
    if (buf[lt + 2] === 0x78 && buf[lt + 3] === 0x6d && buf[lt + 4] === 0x6c && isSpace(buf[lt + 5] as number)) {
      const text = String.fromCharCode.apply(null, buf.subarray(lt + 5, close) as unknown as number[]);
      const encoding = /encoding\s*=\s*["']([^"']*)["']/.exec(text)?.[1];
      if (encoding !== undefined && !/^utf-?8$/i.test(encoding))
        this.#fail(
          'CAMT_UNSUPPORTED_MESSAGE',
          `encoding ${encoding}: camt files are read in UTF-8 (Swiss Payment Standards)`,
          this.#base + lt,
        );
    }
    return close + PI_END.length;
  }

  /** Text outside the document element: white space only. */
  #outside(buf: Uint8Array, from: number, to: number): void {
    for (let i = from; i < to; i += 1) {
      if (!isSpace(buf[i] as number)) {
        const what = this.#rootSeen ? 'text after the document element' : 'text before the document element (is this an XML file?)';
        this.#fail('CAMT_NOT_XML', what, this.#base + i);
      }
    }
  }

  #decode(start: number, end: number, references = true): string {
    try {
      return decodeText(this.#buf, start, end, references);
    } catch (e) {
      if (e instanceof TextProblem) this.#fail('CAMT_NOT_XML', e.message, this.#base + start);
      throw e;
    }
  }

  #fail(code: CamtErrorCode, problem: string, offset: number): never {
    throw camtError(code, problem, { path: this.#handler.path(), offset });
  }
}

/** Whether `buf[start, end)` holds the ASCII `name`. */
function isName(buf: Uint8Array, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i += 1) if (buf[start + i] !== name.charCodeAt(i)) return false;
  return true;
}

function startsWith(buf: Uint8Array, pattern: Uint8Array, at: number): boolean {
  for (let i = 0; i < pattern.length; i += 1) if (buf[at + i] !== pattern[i]) return false;
  return true;
}

/**
 * The index of `byte` from `from`, or -1. A loop, not `indexOf`: the distances are a few bytes (a
 * tag, a short text), where a builtin's call costs more than the search, and a Node Buffer's
 * `indexOf` goes through C++.
 */
function find(buf: Uint8Array, byte: number, from: number): number {
  const end = buf.length;
  for (let i = from; i < end; i += 1) if (buf[i] === byte) return i;
  return -1;
}

function indexOfBytes(buf: Uint8Array, pattern: Uint8Array, from: number): number {
  const first = pattern[0] as number;
  for (let i = buf.indexOf(first, from); i >= 0 && i + pattern.length <= buf.length; i = buf.indexOf(first, i + 1)) {
    if (startsWith(buf, pattern, i)) return i;
  }
  return -1;
}
