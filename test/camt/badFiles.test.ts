/**
 * Bad and hostile camt input: every bad fixture of test/fixtures/camt/bad-files.json, then input
 * made to hurt a parser (entity expansion, deep nesting, huge texts and tags, broken UTF-8,
 * prototype keys), wrong arguments and misbehaving sources for readCamt, and a short fuzz run (the
 * long one is test/fuzz/camt.fuzz.ts). Whatever comes in, the reader answers with a result or a
 * HostPolicyError, quickly.
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCamt, readCamt, type CamtBatch, type CamtSource } from '../../src/camt/index.js';
import { HostPolicyError } from '../../src/errors.js';
import { expectPolicyError } from '../helpers/expectError.js';
import { attempt, timeRatio } from '../partners/timing.js';
import { debtor, details, entry, envelope, fixtureBytes, GOOD_FIXTURES, tx } from './camtXml.js';
import { arbMutated, outcomeOf } from './mutate.js';

interface BadRow {
  readonly file: string;
  readonly expect: 'error' | 'skipped';
  readonly code: string;
  readonly path?: string;
  readonly amount?: { readonly amount: string; readonly currency: string };
}

const ROWS = JSON.parse(readFileSync(new URL('../fixtures/camt/bad-files.json', import.meta.url), 'utf8')) as BadRow[];

async function collect(source: CamtSource, options?: { batchSize?: number }): Promise<CamtBatch[]> {
  const batches: CamtBatch[] = [];
  for await (const batch of readCamt(source, options)) batches.push(batch);
  return batches;
}

/** The error `run` rejects with. */
async function rejection(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (e) {
    return e;
  }
  return expect.fail('expected an error, but nothing was thrown');
}

/** A HostPolicyError with `code` and the place of a camt failure. */
function expectCamtError(e: unknown, code: string): HostPolicyError {
  expect(e).toBeInstanceOf(HostPolicyError);
  const error = e as HostPolicyError;
  expect(error.code).toBe(code);
  expect(typeof (error.details as { path?: unknown }).path).toBe('string');
  expect(typeof (error.details as { offset?: unknown }).offset).toBe('number');
  return error;
}

/** parseCamt fails with `code`, and readCamt (in 100-byte chunks) with the same code, path and offset. */
async function expectBoth(input: string | Uint8Array, code: string): Promise<HostPolicyError> {
  const error = expectCamtError(
    rejectionSync(() => parseCamt(input)),
    code,
  );
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const streamed = expectCamtError(await rejection(() => collect(chunked(bytes, 100))), code);
  expect(streamed.details).toEqual(error.details);
  return error;
}

function rejectionSync(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  return expect.fail('expected an error, but nothing was thrown');
}

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

const utf8 = (s: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(s);

describe('bad-files.json: each bad fixture', () => {
  it('lists error and skipped rows', () => {
    expect(ROWS.filter((r) => r.expect === 'error').length).toBeGreaterThanOrEqual(7);
    expect(ROWS.filter((r) => r.expect === 'skipped').length).toBeGreaterThanOrEqual(10);
  });

  for (const row of ROWS.filter((r) => r.expect === 'error')) {
    it(`CMT-01 ${row.file}: ${row.code} with details.path and details.offset, from parseCamt and readCamt`, async () => {
      await expectBoth(fixtureBytes(row.file), row.code);
    });
  }

  for (const row of ROWS.filter((r) => r.expect === 'skipped')) {
    it(`${row.file}: ${row.code} at ${row.path}${row.amount ? ` with ${row.amount.amount} ${row.amount.currency}` : ''}`, () => {
      const doc = parseCamt(fixtureBytes(row.file));
      const found = doc.skipped.filter((s) => s.code === row.code && s.path === row.path);
      expect(found, JSON.stringify(doc.skipped)).toHaveLength(1);
      if (row.amount !== undefined) expect(found[0]?.amount).toEqual(row.amount);
      expect(found[0]?.reason.length).toBeGreaterThan(10);
    });
  }
});

describe('hostile documents', () => {
  const benignOfLength = (length: number): string => {
    let entries = '';
    for (let k = 1; envelope(entries).length < length; k += 1) entries += entry({ ref: `E${k}` });
    return envelope(entries);
  };

  it('CMT-01 a DOCTYPE with a billion-laughs entity is refused at once, never expanded', async () => {
    const laughs = [
      '<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
    ].join('');
    const body = envelope(entry({ details: details(tx({ ref: 'T1', rest: '<RmtInf><Ustrd>&lol9;</Ustrd></RmtInf>' })) }));
    const hostile = `<?xml version="1.0"?>\n<!DOCTYPE lolz [${laughs}]>\n${body.replace(/^<\?xml[^>]*>\n/, '')}`;
    const error = await expectBoth(hostile, 'CAMT_NOT_XML');
    expect((error.details as { offset: number }).offset).toBe(hostile.indexOf('<!DOCTYPE'));
    expect(error.message).toMatch(/DOCTYPE/);
    const benign = benignOfLength(hostile.length);
    expect(
      timeRatio(
        attempt(() => parseCamt(hostile)),
        () => parseCamt(benign),
      ),
    ).toBeLessThan(2);
    // An entity declared inside the document is refused the same way.
    await expectBoth(envelope(`<!ENTITY x "y">${entry()}`), 'CAMT_NOT_XML');
  });

  it('CMT-01 100,000 nested elements: CAMT_LIMIT_EXCEEDED at depth 64, no stack overflow, also inside an ignored element', async () => {
    const deep = (n: number): string => '<a>'.repeat(n) + '</a>'.repeat(n);
    const error = await expectBoth(envelope(entry({ details: deep(100_000) })), 'CAMT_LIMIT_EXCEEDED');
    expect(error.message).toMatch(/64/);
    expect((error.details as { path: string }).path).toBe('Ntfctn[1]/Ntry[1]');
    // 64 levels in all are allowed: Document, BkToCstmrDbtCdtNtfctn, Ntfctn and Ntry are 4, so 60 more fit.
    expect(() => parseCamt(envelope(entry({ details: deep(60) })))).not.toThrow();
    expectPolicyError(() => parseCamt(envelope(entry({ details: deep(61) }))), 'CAMT_LIMIT_EXCEEDED');
  });

  it('CMT-01 a 10 MB text in a value read is CAMT_LIMIT_EXCEEDED however it is chunked; 65,536 bytes are allowed', async () => {
    const big = 'x'.repeat(10_000_000);
    const hostile = envelope(entry({ details: details(tx({ ref: 'T1', rest: debtor(big) })) }));
    const error = await expectBoth(hostile, 'CAMT_LIMIT_EXCEEDED');
    expect((error.details as { path: string }).path).toBe('Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[1]');
    for (const size of [65_536, 1_000_000, hostile.length]) {
      const e = expectCamtError(await rejection(() => collect(chunked(utf8(hostile), size))), 'CAMT_LIMIT_EXCEEDED');
      expect(e.details).toEqual(error.details);
    }
    expect(
      timeRatio(
        attempt(() => parseCamt(hostile)),
        () => parseCamt(benignOfLength(hostile.length)),
        3,
      ),
    ).toBeLessThan(2);
    // At the limit, the text is read (and is then a name too long for its ISO 20022 type).
    const atLimit = parseCamt(envelope(entry({ details: details(tx({ ref: 'T1', rest: debtor('x'.repeat(65_536)) })) })));
    expect(atLimit.skipped.map((s) => s.code)).toEqual(['VALUE_TOO_LONG']);
    await expectBoth(envelope(entry({ details: details(tx({ ref: 'T1', rest: debtor('x'.repeat(65_537)) })) })), 'CAMT_LIMIT_EXCEEDED');
  });

  it('CMT-01 a 10 MB text in an element not read is passed over, in time proportional to its length', async () => {
    const hostile = envelope(entry({ details: `<AddtlNtryInf>${'x'.repeat(10_000_000)}</AddtlNtryInf>` }));
    expect(parseCamt(hostile).payments.map((p) => p.id)).toEqual(['E1']);
    const batches = await collect(chunked(utf8(hostile), 1 << 20));
    expect(batches.flatMap((b) => b.payments.map((p) => p.id))).toEqual(['E1']);
    expect(
      timeRatio(
        () => parseCamt(hostile),
        () => parseCamt(benignOfLength(hostile.length)),
        3,
      ),
    ).toBeLessThan(2);
  });

  it('CMT-01 a comment, CDATA section, end tag or instruction over 65,536 bytes is CAMT_LIMIT_EXCEEDED', async () => {
    const x = 'x'.repeat(70_000);
    await expectBoth(envelope(entry({ details: `<!--${x}-->` })), 'CAMT_LIMIT_EXCEEDED');
    await expectBoth(
      envelope(entry({ details: details(tx({ ref: 'T1', rest: `<RmtInf><Ustrd><![CDATA[${x}]]></Ustrd></RmtInf>` })) })),
      'CAMT_LIMIT_EXCEEDED',
    );
    await expectBoth(
      `<?xml version="1.0" ${' '.repeat(200_000)}?>${envelope(entry()).replace(/^<\?xml[^>]*>/, '')}`,
      'CAMT_LIMIT_EXCEEDED',
    );
    await expectBoth(envelope(entry()).replace('</Ntfctn>', `</Ntfctn${' '.repeat(70_000)}>`), 'CAMT_LIMIT_EXCEEDED');
    // Just under the limit: read as usual.
    expect(parseCamt(envelope(entry({ details: `<!--${'x'.repeat(65_000)}-->` }))).payments).toHaveLength(1);
  });

  it('CMT-01 a 2,000-byte tag or attribute is CAMT_LIMIT_EXCEEDED', async () => {
    await expectBoth(envelope(entry({ details: `<${'A'.repeat(2000)}/>` })), 'CAMT_LIMIT_EXCEEDED');
    await expectBoth(envelope(entry({ details: `<A b="${'c'.repeat(2000)}"/>` })), 'CAMT_LIMIT_EXCEEDED');
    await expectBoth(envelope(entry({ details: `<A${' b="c"'.repeat(300)}/>` })), 'CAMT_LIMIT_EXCEEDED');
  });

  it('CMT-01 invalid UTF-8 in a debtor name is CAMT_NOT_XML at that text; in an element not read it is not decoded', async () => {
    const marked = utf8(envelope(entry({ details: details(tx({ ref: 'T1', rest: debtor('Zürich AB__') })) })));
    const at = Buffer.from(marked).indexOf('AB__');
    const broken = marked.slice();
    broken.set([0xc3, 0x28], at + 2); // a lead byte followed by no continuation byte
    const error = await expectBoth(broken, 'CAMT_NOT_XML');
    expect(error.details).toEqual({ path: 'Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[1]', offset: Buffer.from(marked).indexOf('Zürich') });
    for (const bad of [[0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]]) {
      const bytes = new Uint8Array([...marked.subarray(0, at), ...bad, ...marked.subarray(at + 4)]);
      expectPolicyError(() => parseCamt(bytes), 'CAMT_NOT_XML');
    }
    const ignored = utf8(envelope(entry({ details: '<AddtlNtryInf>AB__</AddtlNtryInf>' })));
    const i = Buffer.from(ignored).indexOf('AB__');
    ignored.set([0xc3, 0x28], i + 2);
    expect(parseCamt(ignored).payments).toHaveLength(1);
  });

  it('__proto__, constructor and hasOwnProperty as ids and currencies pollute nothing', () => {
    const keys = ['__proto__', 'constructor', 'hasOwnProperty', 'toString'];
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const doc = parseCamt(
      envelope(
        keys.map((k) => entry({ ref: k, details: details(tx({ ref: k }) + tx()), amount: '20.00' })).join('') +
          entry({ ref: 'E9', details: details(tx({ ref: '__proto__' })) }) +
          keys.map((k) => entry({ ref: `C-${k}`, currency: k })).join('') +
          entry({ ref: 'T-X', details: details(tx({ ref: 'T-X', currency: '__proto__' })) }),
      ),
    );
    expect(doc.payments.map((p) => p.id)).toEqual(keys.flatMap((k) => [k, `${k}/2`]));
    expect(doc.skipped.map((s) => [s.path, s.code, s.id])).toEqual([
      ['Ntfctn[1]/Ntry[5]/NtryDtls/TxDtls[1]/Refs/AcctSvcrRef', 'REPEATED_TRANSACTION', '__proto__'],
      ...keys.map((_, k) => [`Ntfctn[1]/Ntry[${6 + k}]/Amt`, 'UNKNOWN_CURRENCY', undefined]),
      ['Ntfctn[1]/Ntry[10]/NtryDtls/TxDtls[1]/Amt', 'UNKNOWN_CURRENCY', undefined],
      ['Ntfctn[1]/Ntry[10]/Amt', 'BATCH_SUM_MISMATCH', undefined],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(Object.getPrototypeOf(doc.totals)).toBe(null);
    expect(Object.keys(doc.totals)).toEqual(['CHF']);
    expect(Object.hasOwn(doc.totals, '__proto__')).toBe(false);
    expect(typeof ({} as { hasOwnProperty: unknown }).hasOwnProperty).toBe('function');
  });

  it('CMT-01 an undeclared entity, a bare "&" or a reference to a forbidden character in a value read is CAMT_NOT_XML', async () => {
    const withMessage = (text: string): string =>
      envelope(entry({ details: details(tx({ ref: 'T1', rest: `<RmtInf><Ustrd>${text}</Ustrd></RmtInf>` })) }));
    for (const text of ['a &foo; b', 'a & b', 'a &amp b', '&#0;', '&#xD800;', '&#x110000;', '&#12a;', '&;']) {
      await expectBoth(withMessage(text), 'CAMT_NOT_XML');
    }
    expect(parseCamt(withMessage('&lt;&gt;&amp;&quot;&apos;&#65;&#x42;')).payments[0]?.message).toBe(`<>&"'AB`);
  });

  it('CMT-01 markup that is not well-formed is CAMT_NOT_XML', async () => {
    const good = envelope(entry());
    const cases = [
      good.replace('</Ntry>', '</Ntri>'),
      good.replace('<CdtDbtInd>CRDT</CdtDbtInd>', '<CdtDbtInd>CRDT</Amt>'),
      `${good}<Document/>`,
      `${good}text after the document`,
      `text before ${good}`,
      good.replace('<Ntry>', '<Ntry><>'),
      good.replace('<Amt Ccy="CHF">', '<Amt Ccy=CHF>'),
      good.replace('<Amt Ccy="CHF">', '<Amt Ccy="CHF>'),
      good.replace('</Ntfctn>', '</Ntfctn extra="1">'),
      `${good}</Document>`,
      'hello, world',
    ];
    for (const xml of cases) await expectBoth(xml, 'CAMT_NOT_XML');
  });

  it('CMT-01 an empty input is CAMT_NOT_XML; a blank or cut one CAMT_TRUNCATED', async () => {
    await expectBoth('', 'CAMT_NOT_XML');
    // White space only: the input ends before the document element.
    await expectBoth('  \n \n  ', 'CAMT_TRUNCATED');
    await expectBoth(envelope(entry()).slice(0, 200), 'CAMT_TRUNCATED');
    await expectBoth('<?xml version="1.0"?>', 'CAMT_TRUNCATED');
  });

  it('CMT-01 UTF-16 (with or without its byte order mark) is CAMT_UNSUPPORTED_MESSAGE; a UTF-8 byte order mark is skipped', async () => {
    const xml = envelope(entry());
    const le = Buffer.from(xml, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), Buffer.concat([Buffer.from([0xfe, 0xff]), be]), le, be]) {
      await expectBoth(new Uint8Array(bytes), 'CAMT_UNSUPPORTED_MESSAGE');
    }
    await expectBoth(xml.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), 'CAMT_UNSUPPORTED_MESSAGE');
    expect(parseCamt(`\uFEFF${xml}`).payments).toHaveLength(1);
    expect((await collect(chunked(utf8(`\uFEFF${xml}`), 1))).flatMap((b) => b.payments)).toHaveLength(1);
  });
});

describe('bad arguments', () => {
  it('parseCamt of anything but a string or bytes is INVALID_INPUT', () => {
    for (const input of [42, null, undefined, true, {}, [], new DataView(new ArrayBuffer(4))]) {
      const e = rejectionSync(() => parseCamt(input as never));
      expect(e).toBeInstanceOf(HostPolicyError);
      expect((e as HostPolicyError).code).toBe('INVALID_INPUT');
    }
  });

  it('readCamt with a batchSize outside 1-100,000, not an integer, or an unknown option is INVALID_INPUT', async () => {
    const xml = envelope(entry());
    for (const options of [
      { batchSize: 0 },
      { batchSize: 1.5 },
      { batchSize: '10' },
      { batchSize: 100_001 },
      { batchSize: -1 },
      { batchSize: Number.NaN },
      { batchSize: 10, extra: true },
      { batchsize: 10 },
      42,
      'big',
    ]) {
      const e = await rejection(() => collect(xml, options as never));
      expect(e, JSON.stringify(options)).toBeInstanceOf(HostPolicyError);
      expect((e as HostPolicyError).code).toBe('INVALID_INPUT');
    }
    expect((await collect(xml, { batchSize: 100_000 })).flatMap((b) => b.payments)).toHaveLength(1);
    expect((await collect(xml, undefined)).flatMap((b) => b.payments)).toHaveLength(1);
  });

  it('readCamt of a source that is not a stream, bytes or text, or of a chunk that is not bytes or text, is INVALID_INPUT', async () => {
    for (const source of [42, null, undefined, {}, [utf8(envelope(entry()))], { getReader: 'no' }]) {
      const e = await rejection(() => collect(source as never));
      expect((e as HostPolicyError).code, String(source)).toBe('INVALID_INPUT');
    }
    for (const chunk of [42, null, {}, [60]]) {
      async function* source(): AsyncGenerator<unknown> {
        yield utf8('<?xml version="1.0"?>');
        yield chunk;
      }
      const e = await rejection(() => collect(source() as never));
      expect((e as HostPolicyError).code).toBe('INVALID_INPUT');
    }
  });

  it("readCamt lets a source's own error pass unchanged, after the batches read before it", async () => {
    const bytes = utf8(envelope(entry() + entry({ ref: 'E2' })));
    const failure = new Error('disk on fire');
    const seen: CamtBatch[] = [];
    async function* source(): AsyncGenerator<Uint8Array> {
      yield bytes.subarray(0, bytes.indexOf(0x3c, Buffer.from(bytes).indexOf('</Ntry>') + 7));
      throw failure;
    }
    const e = await rejection(async () => {
      for await (const batch of readCamt(source(), { batchSize: 1 })) seen.push(batch);
    });
    expect(e).toBe(failure);
    expect(seen.flatMap((b) => b.payments.map((p) => p.id))).toEqual(['E1']);
  });
});

describe('readCamt: leaving early releases the source', () => {
  const many = utf8(envelope(Array.from({ length: 3000 }, (_, k) => entry({ ref: `E${k}` })).join('')));

  it('a web ReadableStream is unlocked (and cancelled) when the loop breaks', async () => {
    const stream = new Blob([many]).stream();
    let batches = 0;
    for await (const batch of readCamt(stream, { batchSize: 1 })) {
      batches += 1;
      expect(batch.payments.length + batch.skipped.length).toBeGreaterThanOrEqual(1);
      break;
    }
    expect(batches).toBe(1);
    expect(stream.locked).toBe(false);
  });

  it('a stream read through getReader() only (no async iteration) is unlocked too', async () => {
    const stream = new Blob([many]).stream();
    const readerOnly = { getReader: () => stream.getReader() } as unknown as ReadableStream<Uint8Array>;
    for await (const _ of readCamt(readerOnly, { batchSize: 1 })) break;
    expect(stream.locked).toBe(false);
  });

  it('a Node Readable is destroyed when the loop breaks', async () => {
    const chunks = Array.from({ length: Math.ceil(many.length / 4096) }, (_, k) => Buffer.from(many.subarray(k * 4096, (k + 1) * 4096)));
    const readable = Readable.from(chunks);
    for await (const _ of readCamt(readable, { batchSize: 1 })) break;
    expect(readable.destroyed).toBe(true);
  });
});

describe('CMT-01 damaged files (short fuzz run; npm run test:fuzz runs the long one)', () => {
  const files = GOOD_FIXTURES.map((name) => fixtureBytes(`${name}.xml`));

  it('CMT-01 truncated or mutated good files give a sound document or a CAMT_* error, nothing else', () => {
    fc.assert(
      fc.property(arbMutated(files), (bytes) => {
        outcomeOf(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('CMT-01 every truncation of a good file on a coarse grid is CAMT_TRUNCATED (or the whole file)', () => {
    const bytes = fixtureBytes('camt054-v08-qr-batch.xml');
    for (let at = 0; at < bytes.length; at += 97) {
      const outcome = outcomeOf(bytes.subarray(0, at));
      expect('code' in outcome ? outcome.code : 'document', `cut at ${at}`).toMatch(/^CAMT_(TRUNCATED|NOT_XML)$/);
    }
  });
});
