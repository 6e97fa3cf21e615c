/**
 * The floor of the camt benchmark: the least work that gets the amount, the id and the reference of
 * every transaction out of a camt.054 byte stream. It knows this one file's shape (the first `<Amt`
 * in a TxDtls is TxDtls/Amt, the first `<AcctSvcrRef>` is Refs/AcctSvcrRef, `<Ref>` only stands in
 * CdtrRefInf, no comments or CDATA), checks nothing, decodes only those three texts and never
 * builds a string it does not keep. Written to be fast, not general: the real reader is measured
 * against it, so a slow floor would flatter the reader.
 *
 * Two scanners, both over the chunks of a Node read stream, carrying the unfinished tail of a chunk
 * over to the next one:
 * - {@link scanByTags} steps from `<` to `<` (a byte loop) and compares the bytes after each with
 *   the tag names it wants, as the issue describes the floor;
 * - {@link scanByNeedles} lets Buffer#indexOf (native, memchr-driven) jump straight to `<TxDtls>`,
 *   `</TxDtls>` and the three field tags, never looking at the tags between.
 * The runner measures both and takes the faster one as the floor.
 */

/** What a scan found: readers agree on these for the same file. */
export interface ScanResult {
  readonly count: number;
  /** Sum of the amounts in cents (the file's amounts have two decimals). */
  readonly cents: number;
  /** Transactions with a reference. */
  readonly references: number;
  /** Characters of the ids and references kept (so that decoding them is not optimised away). */
  readonly chars: number;
}

const bytes = (s: string): Buffer => Buffer.from(s, 'latin1');

/** Whole cents of the decimal digits `buf[start..end)` (at most two decimals, as in the file). */
function centsAt(buf: Uint8Array, start: number, end: number): number {
  let whole = 0;
  let fraction = 0;
  let decimals = -1;
  for (let i = start; i < end; i += 1) {
    const c = buf[i] as number;
    if (c === 46) decimals = 0;
    else if (decimals < 0) whole = whole * 10 + (c - 48);
    else if (decimals < 2) {
      fraction = fraction * 10 + (c - 48);
      decimals += 1;
    }
  }
  if (decimals === 1) fraction *= 10;
  return whole * 100 + (decimals < 0 ? 0 : fraction);
}

/** Does `buf` hold `pattern` at `at`? */
function startsWith(buf: Uint8Array, at: number, pattern: Uint8Array): boolean {
  for (let i = 0; i < pattern.length; i += 1) if (buf[at + i] !== pattern[i]) return false;
  return true;
}

const TX = bytes('TxDtls>');
const TX_END = bytes('/TxDtls>');
const AMT = bytes('Amt ');
const ID = bytes('AcctSvcrRef>');
const REF = bytes('Ref>');
/** The longest tag prefix compared: a `<` closer than this to the chunk's end waits for the next chunk. */
const LOOKAHEAD = 1 + ID.length;

/**
 * The floor as the issue words it: from `<` to `<`, comparing the following bytes with the wanted
 * tag names (after a dispatch on the first byte, so most tags cost one comparison).
 */
export async function scanByTags(source: AsyncIterable<Buffer>): Promise<ScanResult> {
  let count = 0;
  let cents = 0;
  let references = 0;
  let chars = 0;
  let inTx = false;
  let haveAmt = false;
  let haveId = false;
  let carry: Buffer | undefined;
  for await (const chunk of source) {
    const buf = carry === undefined ? chunk : Buffer.concat([carry, chunk]);
    const end = buf.length;
    let p = 0;
    let rest = end; // where the unfinished tail starts
    for (;;) {
      let lt = p;
      while (lt < end && buf[lt] !== 60) lt += 1;
      if (lt >= end) break;
      if (lt + LOOKAHEAD > end) {
        rest = lt;
        break;
      }
      const c = buf[lt + 1] as number;
      if (c === 47) {
        // A closing tag: only </TxDtls> matters.
        if (inTx && buf[lt + 2] === 84 && startsWith(buf, lt + 1, TX_END)) {
          inTx = false;
          count += 1;
        }
        p = lt + 2;
        continue;
      }
      if (!inTx) {
        if (c === 84 && startsWith(buf, lt + 1, TX)) {
          inTx = true;
          haveAmt = false;
          haveId = false;
        }
        p = lt + 1;
        continue;
      }
      if (c === 65) {
        if (!haveAmt && startsWith(buf, lt + 1, AMT)) {
          let gt = lt + 5;
          while (gt < end && buf[gt] !== 62) gt += 1;
          let close = gt + 1;
          while (close < end && buf[close] !== 60) close += 1;
          if (close >= end) {
            rest = lt;
            break;
          }
          cents += centsAt(buf, gt + 1, close);
          haveAmt = true;
          p = close;
          continue;
        }
        if (!haveId && startsWith(buf, lt + 1, ID)) {
          const start = lt + 1 + ID.length;
          let close = start;
          while (close < end && buf[close] !== 60) close += 1;
          if (close >= end) {
            rest = lt;
            break;
          }
          chars += buf.toString('utf8', start, close).length;
          haveId = true;
          p = close;
          continue;
        }
      } else if (c === 82 && startsWith(buf, lt + 1, REF)) {
        const start = lt + 1 + REF.length;
        let close = start;
        while (close < end && buf[close] !== 60) close += 1;
        if (close >= end) {
          rest = lt;
          break;
        }
        chars += buf.toString('utf8', start, close).length;
        references += 1;
        p = close;
        continue;
      }
      p = lt + 1;
    }
    carry = rest < end ? Buffer.from(buf.subarray(rest)) : undefined;
  }
  return { count, cents, references, chars };
}

const N_TX = bytes('<TxDtls>');
const N_TX_END = bytes('</TxDtls>');
const N_AMT = bytes('<Amt ');
const N_ID = bytes('<AcctSvcrRef>');
const N_REF = bytes('<Ref>');

/**
 * The floor by needle search: Buffer#indexOf finds `<TxDtls>` and its `</TxDtls>`, then the three
 * field tags inside that span; nothing else of the file is looked at from JavaScript.
 */
export async function scanByNeedles(source: AsyncIterable<Buffer>): Promise<ScanResult> {
  let count = 0;
  let cents = 0;
  let references = 0;
  let chars = 0;
  let carry: Buffer | undefined;
  for await (const chunk of source) {
    const buf = carry === undefined ? chunk : Buffer.concat([carry, chunk]);
    let p = 0;
    let rest = -1;
    for (;;) {
      const open = buf.indexOf(N_TX, p);
      if (open < 0) {
        rest = Math.max(p, buf.length - N_TX.length + 1);
        break;
      }
      const close = buf.indexOf(N_TX_END, open + N_TX.length);
      if (close < 0) {
        rest = open;
        break;
      }
      const id = buf.indexOf(N_ID, open);
      if (id >= 0 && id < close) {
        const start = id + N_ID.length;
        chars += buf.toString('utf8', start, buf.indexOf(60, start)).length;
      }
      const amt = buf.indexOf(N_AMT, open);
      let after = open;
      if (amt >= 0 && amt < close) {
        const gt = buf.indexOf(62, amt);
        after = buf.indexOf(60, gt);
        cents += centsAt(buf, gt + 1, after);
      }
      const ref = buf.indexOf(N_REF, after);
      if (ref >= 0 && ref < close) {
        const start = ref + N_REF.length;
        chars += buf.toString('utf8', start, buf.indexOf(60, start)).length;
        references += 1;
      }
      count += 1;
      p = close + N_TX_END.length;
    }
    carry = rest < buf.length ? Buffer.from(buf.subarray(rest)) : undefined;
  }
  return { count, cents, references, chars };
}
