/**
 * Damaged camt files for the fuzz tests (test/fuzz/camt.fuzz.ts, and a short run in
 * badFiles.test.ts): truncations and byte mutations of good files, and the one check every damaged
 * file must pass — parseCamt returns a sound document or throws a HostPolicyError with a `CAMT_*`
 * code, nothing else.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { parseCamt, type CamtDocument } from '../../src/camt/index.js';
import { HostPolicyError } from '../../src/errors.js';

/** One change to a file's bytes; positions are taken modulo the length, so any number fits any file. */
export type Mutation =
  | { readonly kind: 'flip'; readonly at: number; readonly mask: number }
  | { readonly kind: 'insert'; readonly at: number; readonly bytes: readonly number[] }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'duplicate'; readonly at: number; readonly length: number; readonly to: number }
  | { readonly kind: 'truncate'; readonly at: number };

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** What is inserted: the characters that make and break markup, and bytes that break UTF-8. */
const INSERTS: readonly (readonly number[])[] = [
  ascii('<'),
  ascii('>'),
  ascii('&'),
  ascii('"'),
  ascii("'"),
  ascii('</'),
  ascii('/>'),
  ascii('<!--'),
  ascii(']]>'),
  ascii('<![CDATA['),
  ascii('&#0;'),
  ascii('&amp'),
  ascii('<Ntry>'),
  ascii('</Ntry>'),
  ascii('<TxDtls>'),
  ascii('-'),
  ascii('9'),
  [0xc3],
  [0xff],
  [0x00],
  [0xe2, 0x82],
];

const position = fc.nat({ max: 1 << 30 });

export const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: position, mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, bytes: fc.constantFrom(...INSERTS) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 400 }), to: position }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
);

/** `bytes` with `mutation` applied (a new array). */
export function mutate(bytes: Uint8Array, mutation: Mutation): Uint8Array {
  const n = bytes.length;
  const at = n === 0 ? 0 : mutation.at % n;
  switch (mutation.kind) {
    case 'flip': {
      const out = bytes.slice();
      if (n > 0) out[at] = (out[at] as number) ^ mutation.mask;
      return out;
    }
    case 'insert':
      return concat(bytes.subarray(0, at), Uint8Array.from(mutation.bytes), bytes.subarray(at));
    case 'delete':
      return concat(bytes.subarray(0, at), bytes.subarray(at + mutation.length));
    case 'duplicate': {
      const span = bytes.subarray(at, at + mutation.length);
      const to = mutation.to % (n + 1);
      return concat(bytes.subarray(0, to), span, bytes.subarray(to));
    }
    case 'truncate':
      return bytes.slice(0, at);
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A file's bytes with one to four mutations. */
export function arbMutated(files: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(fc.constantFrom(...files), fc.array(arbMutation, { minLength: 1, maxLength: 4 }))
    .map(([bytes, mutations]) => mutations.reduce(mutate, bytes));
}

/**
 * What became of a damaged file: the document (checked sound: totals invariant, null-prototype
 * totals, Object.prototype untouched) or the CAMT_* code it failed with. Anything else thrown is
 * rethrown, as is an unsound document.
 */
export function outcomeOf(bytes: Uint8Array): { readonly doc: CamtDocument } | { readonly code: string } {
  let doc: CamtDocument;
  try {
    doc = parseCamt(bytes);
  } catch (e) {
    if (e instanceof HostPolicyError && e.code.startsWith('CAMT_')) {
      const details = e.details as { path?: unknown; offset?: unknown } | undefined;
      if (typeof details?.path !== 'string' || typeof details.offset !== 'number' || details.offset < 0 || details.offset > bytes.length)
        throw new Error(`${e.code} without a sound details.path / details.offset: ${JSON.stringify(details)}`);
      return { code: e.code };
    }
    throw e;
  }
  checkSound(doc);
  return { doc };
}

/** Per currency, entries = payments + reversals + debits + skipped; totals a null-prototype object; no pollution. */
export function checkSound(doc: CamtDocument): void {
  if (Object.getPrototypeOf(doc.totals) !== null) throw new Error('totals is not a null-prototype object');
  if ((Object.prototype as Record<string, unknown>)['polluted'] !== undefined) throw new Error('Object.prototype polluted');
  for (const [currency, t] of Object.entries(doc.totals)) {
    const sum = new Decimal(t.payments.amount).plus(t.reversals.amount).plus(t.debits.amount).plus(t.skipped.amount);
    if (!sum.equals(t.entries.amount)) throw new Error(`${currency}: entries ${t.entries.amount} but items ${sum.toFixed()}`);
  }
  for (const s of doc.skipped) if (typeof s.reason !== 'string' || s.reason.trim() === '') throw new Error(`no reason at ${s.path}`);
}
