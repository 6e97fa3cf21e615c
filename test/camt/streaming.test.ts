/**
 * CMT-09: readCamt gives what parseCamt gives for the same bytes, however they are cut into chunks
 * (cuts inside tags, inside multi-byte UTF-8 characters, empty chunks; Uint8Arrays, Node Buffers,
 * a web ReadableStream, a Node Readable), for the good fixtures, for damaged ones (the same error)
 * and for generated documents; generated documents also read as the test-side oracle
 * (expectedOf.ts) says they must. Batches: every batch but the last holds at least `batchSize`
 * items (readCamt yields once that many are waiting, after each 64 KiB slice of a chunk), and only
 * the last carries the summary.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCamt, readCamt, type CamtBatch, type CamtSource } from '../../src/camt/index.js';
import { HostPolicyError } from '../../src/errors.js';
import { arbCamtDoc } from './arbitraries.js';
import { debtor, details, entry, envelope, fixtureBytes, GOOD_FIXTURES, plain, tx, withoutReason } from './camtXml.js';
import { checkSound, arbMutated } from './mutate.js';
import { expectedOf, writeCamt, type WriteCamtOptions } from './writeCamt.js';

const FILES = new Map(GOOD_FIXTURES.map((name) => [name, fixtureBytes(`${name}.xml`)]));

/** What a reading gives: the document as plain data, or the error's code and place. */
type Outcome = { readonly doc: unknown } | { readonly error: { readonly code: string; readonly details: unknown } };

function errorOutcome(e: unknown): Outcome {
  if (!(e instanceof HostPolicyError)) throw e;
  return { error: { code: e.code, details: e.details } };
}

function parsed(bytes: Uint8Array): Outcome {
  try {
    return { doc: plain(parseCamt(bytes)) };
  } catch (e) {
    return errorOutcome(e);
  }
}

/** Reads `source` to its end, checking the batch guarantees on the way, and joins the batches. */
async function streamed(source: CamtSource, batchSize: number): Promise<Outcome> {
  const batches: CamtBatch[] = [];
  try {
    for await (const batch of readCamt(source, { batchSize })) batches.push(batch);
  } catch (e) {
    for (const batch of batches) expect(size(batch)).toBeGreaterThanOrEqual(batchSize);
    return errorOutcome(e);
  }
  const last = batches.at(-1);
  expect(last?.summary).toBeDefined();
  for (const batch of batches.slice(0, -1)) {
    expect(batch.summary).toBeUndefined();
    expect(size(batch)).toBeGreaterThanOrEqual(batchSize);
  }
  return {
    doc: plain({
      ...last?.summary,
      payments: batches.flatMap((b) => b.payments),
      reversals: batches.flatMap((b) => b.reversals),
      debits: batches.flatMap((b) => b.debits),
      skipped: batches.flatMap((b) => b.skipped),
    }),
  };
}

const size = (b: CamtBatch): number => b.payments.length + b.reversals.length + b.debits.length + b.skipped.length;

async function* chunksOf(parts: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield part;
}

/** Positions worth cutting at: inside multi-byte characters, inside tags and references. */
function interesting(bytes: Uint8Array): number[] {
  const at: number[] = [];
  for (let i = 1; i < bytes.length; i += 1) {
    const b = bytes[i] as number;
    const before = bytes[i - 1] as number;
    if ((b >= 0x80 && b < 0xc0) || before === 0x3c || before === 0x26 || b === 0x3e || before === 0x2f) at.push(i);
  }
  return at;
}

/**
 * `bytes` cut at random places (some inside multi-byte characters and tags, some twice at one
 * place: an empty chunk), each chunk a Uint8Array view or a Node Buffer copy.
 */
function arbChunks(bytes: Uint8Array, maxCuts = 40): fc.Arbitrary<Uint8Array[]> {
  const special = interesting(bytes);
  const cut = special.length === 0 ? fc.nat(bytes.length) : fc.oneof(fc.nat(bytes.length), fc.constantFrom(...special));
  return fc.tuple(fc.array(cut, { maxLength: maxCuts }), fc.nat()).map(([cuts, kinds]) => {
    const points = [0, ...cuts.sort((a, b) => a - b), bytes.length];
    return points.slice(1).map((end, k) => {
      const part = bytes.subarray(points[k] as number, end);
      return (kinds >> (k % 30)) & 1 ? Buffer.from(part) : part;
    });
  });
}

const arbBatchSize = fc.oneof(fc.integer({ min: 1, max: 8 }), fc.constantFrom(1000, 100_000));

describe('CMT-09 readCamt agrees with parseCamt', () => {
  for (const [name, bytes] of FILES) {
    it(`CMT-09 ${name}: the same result for any chunking of its bytes and any batch size`, async () => {
      const whole = parsed(bytes);
      expect('doc' in whole).toBe(true);
      await fc.assert(
        fc.asyncProperty(arbChunks(bytes), arbBatchSize, async (chunks, batchSize) => {
          expect(await streamed(chunksOf(chunks), batchSize)).toEqual(whole);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('CMT-09 the same result from a string, bytes, a web ReadableStream and a Node Readable', async () => {
    for (const bytes of FILES.values()) {
      const whole = parsed(bytes);
      const parts = [bytes.subarray(0, 777), bytes.subarray(777, 5000), bytes.subarray(5000)];
      expect(await streamed(bytes, 3)).toEqual(whole);
      expect(await streamed(new TextDecoder().decode(bytes), 3)).toEqual(whole);
      expect(await streamed(bytes.slice().buffer, 3)).toEqual(whole);
      expect(await streamed(new Blob(parts as BlobPart[]).stream(), 2)).toEqual(whole);
      expect(await streamed(Readable.from(parts.map((p) => Buffer.from(p))), 2)).toEqual(whole);
      expect(await streamed(Readable.from([Buffer.from(bytes)]), 1000)).toEqual(whole);
      // Text chunks, cut between characters.
      const text = new TextDecoder().decode(bytes);
      expect(await streamed(chunksOfText([text.slice(0, 1001), text.slice(1001, 1002), text.slice(1002)]), 1)).toEqual(whole);
    }
  });

  it('CMT-09 string chunks cut anywhere, inside surrogate pairs too, give what parseCamt gives for the whole string', async () => {
    // Characters beyond the BMP (two UTF-16 units each) in ids, names and texts; a lone surrogate too, which
    // TextEncoder writes as U+FFFD wherever the text is cut.
    const text = envelope(
      entry({
        ref: 'E😀',
        amount: '30.00',
        details: details(
          tx({ ref: 'T😀1', rest: debtor('Müller 😀🎉 AG') }) +
            tx({ ref: 'T2', rest: `${debtor('Lone \ud83d half')}<RmtInf><Ustrd>𝄞 Rechnung 😀</Ustrd></RmtInf>` }) +
            tx({ ref: 'T3\udc00' }),
        ),
      }),
    );
    const pairs = [...text.matchAll(/[\ud800-\udbff]/g)].map((m) => (m.index as number) + 1);
    const whole = parsed(new TextEncoder().encode(text));
    expect(whole).toMatchObject({ doc: { payments: [{ id: 'T😀1', debtorName: 'Müller 😀🎉 AG' }, { id: 'T2' }, { id: 'T3\ufffd' }] } });
    const cut = fc.oneof(fc.nat(text.length), fc.constantFrom(...pairs));
    await fc.assert(
      fc.asyncProperty(fc.array(cut, { maxLength: 12 }), arbBatchSize, async (cuts, batchSize) => {
        const points = [0, ...cuts.sort((a, b) => a - b), text.length];
        const parts = points.slice(1).map((end, k) => text.slice(points[k], end));
        expect(await streamed(chunksOfText(parts), batchSize)).toEqual(whole);
      }),
    );
    // Every cut inside a pair, one by one, and a string chunk ending in half a pair followed by bytes.
    for (const at of pairs) expect(await streamed(chunksOfText([text.slice(0, at), text.slice(at)]), 1)).toEqual(whole);
    const mixed = async function* (): AsyncGenerator<string | Uint8Array> {
      yield `${text}\ud83d`;
      yield new Uint8Array([0x20]);
    };
    expect(await streamed(mixed(), 1)).toEqual(parsed(new TextEncoder().encode(`${text}\ud83d `)));
  });

  it('CMT-09 web streams and Node Readables cut anywhere agree too', async () => {
    const bytes = FILES.get('camt053-v08-statement') as Uint8Array;
    const whole = parsed(bytes);
    await fc.assert(
      fc.asyncProperty(arbChunks(bytes, 12), arbBatchSize, async (chunks, batchSize) => {
        expect(await streamed(new Blob(chunks as BlobPart[]).stream(), batchSize)).toEqual(whole);
        expect(await streamed(Readable.from(chunks.map((c) => Buffer.from(c))), batchSize)).toEqual(whole);
      }),
      { numRuns: 30 },
    );
  });

  it('CMT-09 a damaged file gives the same error (code, path, byte offset) or the same document, however it is chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbMutated([...FILES.values()]).chain((bytes) => fc.tuple(fc.constant(bytes), arbChunks(bytes, 20), arbBatchSize)),
        async ([bytes, chunks, batchSize]) => {
          expect(await streamed(chunksOf(chunks), batchSize)).toEqual(parsed(bytes));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('CMT-09 a text, comment, CDATA, end tag or instruction near the 65,536-byte limit is judged alike however it is chunked', async () => {
    // Each makes a document whose long token (`n` bytes from the marker on) starts at the marker.
    const x = (n: number): string => 'x'.repeat(n);
    const kinds: ((n: number) => string)[] = [
      (n) => envelope(entry({ details: details(tx({ ref: 'T1', rest: debtor(`@${x(n - 1)}`) })) })),
      (n) => envelope(entry({ details: `@<!--${x(n - 7)}-->` })),
      (n) => envelope(entry({ details: details(tx({ ref: 'T1', rest: `<RmtInf><Ustrd>@<![CDATA[${x(n - 12)}]]></Ustrd></RmtInf>` })) })),
      (n) => envelope(entry()).replace('</Ntfctn>', `@</Ntfctn${' '.repeat(n - 10)}>`),
      (n) => `@<?xml version="1.0"${' '.repeat(n - 21)}?>${envelope(entry()).replace(/^<\?xml[^>]*>/, '')}`,
    ];
    const LIMIT = 65_536;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...kinds),
        fc.integer({ min: LIMIT - 4, max: LIMIT + 4 }),
        fc.array(fc.integer({ min: -6, max: 6 }), { maxLength: 3 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (kind, n, nearLimit, elsewhere) => {
          const marked = kind(n);
          const start = marked.indexOf('@');
          const bytes = new TextEncoder().encode(marked.replace('@', ''));
          // Cuts where an unfinished token reaches the limit, and one anywhere.
          const cuts = nearLimit.map((d) => Math.min(bytes.length, start + LIMIT + d));
          if (elsewhere !== undefined) cuts.push(elsewhere % bytes.length);
          const points = [0, ...cuts.sort((a, b) => a - b), bytes.length];
          const chunks = points.slice(1).map((end, k) => bytes.subarray(points[k] as number, end));
          expect(await streamed(chunksOf(chunks), 1)).toEqual(parsed(bytes));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('CMT-09 reads its source only as far as the batches taken need', async () => {
    const bytes = new TextEncoder().encode(envelope(Array.from({ length: 2000 }, (_, k) => entry({ ref: `E${k}` })).join('')));
    let pulled = 0;
    async function* source(): AsyncGenerator<Uint8Array> {
      for (let at = 0; at < bytes.length; at += 1000) {
        pulled += 1;
        yield bytes.subarray(at, at + 1000);
      }
    }
    const iterator = readCamt(source(), { batchSize: 10 })[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.done).toBe(false);
    expect(first.value?.payments.length).toBeGreaterThanOrEqual(10);
    expect(pulled).toBeLessThan(10);
    expect(pulled * 1000).toBeLessThan(bytes.length / 20);
    await iterator.return?.(undefined);
  });

  it('CMT-09 a chunk larger than 64 KiB is read in slices: batches come before the chunk is all read', async () => {
    const bytes = new TextEncoder().encode(envelope(Array.from({ length: 3000 }, (_, k) => entry({ ref: `E${k}` })).join('')));
    expect(bytes.length).toBeGreaterThan(4 * 65_536);
    const batches: CamtBatch[] = [];
    for await (const batch of readCamt(bytes, { batchSize: 100 })) batches.push(batch);
    // One chunk, yet more than one batch, each but the last with at least 100 items.
    expect(batches.length).toBeGreaterThan(3);
    expect(batches.flatMap((b) => b.payments)).toHaveLength(3000);
    for (const b of batches.slice(0, -1)) expect(b.payments.length).toBeGreaterThanOrEqual(100);
  });
});

async function* chunksOfText(parts: readonly string[]): AsyncGenerator<string> {
  for (const part of parts) yield part;
}

const arbLayout: fc.Arbitrary<WriteCamtOptions> = fc.record(
  {
    prefix: fc.constantFrom('camt', 'ns2', ''),
    comments: fc.boolean(),
    newline: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
    layout: fc.constantFrom<'indent' | 'compact' | 'random'>('indent', 'compact', 'random'),
    escape: fc.constantFrom<'minimal' | 'quotes' | 'numeric'>('minimal', 'quotes', 'numeric'),
    cdata: fc.boolean(),
    declaration: fc.boolean(),
    bom: fc.boolean(),
    seed: fc.nat(),
  },
  { requiredKeys: [] },
);

describe('CMT-09 generated documents (writeCamt, expectedOf)', () => {
  it('CMT-09 random documents: parseCamt equals expectedOf (reasons aside), totals hold, readCamt agrees for any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(arbCamtDoc(), arbLayout), fc.nat(), arbBatchSize, async ([doc, layout], cutSeed, batchSize) => {
        const xml = writeCamt(doc, layout);
        const result = parseCamt(xml);
        expect(withoutReason(result)).toEqual(withoutReason(expectedOf(doc)));
        checkSound(result);
        for (const s of result.skipped) expect(s.reason.length).toBeGreaterThan(10);
        const bytes = new TextEncoder().encode(xml);
        const chunks: Uint8Array[] = [];
        for (let at = 0, k = cutSeed; at < bytes.length; k = (k * 1103515245 + 12345) >>> 0) {
          const next = Math.min(bytes.length, at + 1 + (k % 300));
          chunks.push(bytes.subarray(at, next));
          at = next;
        }
        expect(await streamed(chunksOf(chunks), batchSize)).toEqual({ doc: plain(result) });
      }),
      { numRuns: 300 },
    );
  });

  it('CMT-09 generated statements of booked credits only: one payment per transaction, nothing skipped, payments = entries', () => {
    fc.assert(
      fc.property(arbCamtDoc({ creditsOnly: true }), arbLayout, (doc, layout) => {
        const result = parseCamt(writeCamt(doc, layout));
        const transactions = doc.entries.reduce(
          (n, e) => n + Math.max(1, (e.batch?.transactions ?? (e.details ? [e.details] : [])).length),
          0,
        );
        expect(result.payments).toHaveLength(transactions);
        expect([result.reversals, result.debits, result.skipped]).toEqual([[], [], []]);
        for (const t of Object.values(result.totals)) expect(t.payments.amount).toBe(t.entries.amount);
      }),
      { numRuns: 200 },
    );
  });
});
