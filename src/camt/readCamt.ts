import { InvalidInputError } from '../errors.js';
import { invalidField, readFields } from '../internal/parse.js';
import type { CamtBatch, CamtSource, ReadCamtOptions } from './model.js';
import { camtBytes } from './parseCamt.js';
import { CamtReader } from './reader.js';

/** The most bytes given to the reader at once: a source's huge chunk is read in slices of this size. */
const SLICE = 65_536;
const DEFAULT_BATCH = 1000;
const MAX_BATCH = 100_000;

const OPTIONS = 'readCamt options';

/**
 * The batch size asked for. Read by hand rather than with a zod schema: the options are one
 * number, and zod was a fifth of what `import { readCamt }` ships.
 */
function batchSizeOf(options: unknown): number {
  if (options === undefined) return DEFAULT_BATCH;
  const { batchSize } = readFields(options, ['batchSize'], OPTIONS);
  if (batchSize === undefined) return DEFAULT_BATCH;
  if (typeof batchSize !== 'number' || !Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH)
    invalidField(OPTIONS, ['batchSize'], `must be a whole number from 1 to ${MAX_BATCH}`);
  return batchSize;
}
const encoder = new TextEncoder();

/**
 * Reads a camt.053 or camt.054 file as it arrives — a Node `Readable` (`fs.createReadStream`), a
 * web `ReadableStream` (`fetch(…).body`), any async iterable of byte or string chunks — and yields
 * the items read in batches of about `batchSize`, in document order. Memory stays bounded whatever
 * the file's size: the reader holds one entry and one transaction, the unfinished end of a chunk,
 * and the ids met (to catch duplicates). The batches together are what {@link parseCamt} returns for
 * the same bytes, however they are cut into chunks; the last batch carries the `summary` (header,
 * statements, totals per currency).
 *
 * A failure of the document (`CAMT_*`) is thrown by the iteration after the batches read before
 * it: import them in one transaction, or read the whole file before acting on it.
 *
 * @example
 * ```ts
 * for await (const batch of readCamt(createReadStream('camt054.xml'), { batchSize: 5000 })) {
 *   await importBankStatement(ports, batch.payments);
 *   for (const s of batch.skipped) console.warn(s.path, s.reason);
 *   if (batch.summary) console.log(batch.summary.totals); // { CHF: { entries: { count: 2, amount: '4250.75' }, … } }
 * }
 * ```
 * @throws HostPolicyError `CAMT_NOT_XML`, `CAMT_UNSUPPORTED_MESSAGE`, `CAMT_TRUNCATED`,
 * `CAMT_LIMIT_EXCEEDED` as {@link parseCamt}; `INVALID_INPUT` for a source that is not one of the
 * kinds above, a chunk that is not bytes or text, or a `batchSize` outside 1–100,000; an error of
 * the source itself as it is.
 */
export async function* readCamt(source: CamtSource, options?: ReadCamtOptions): AsyncGenerator<CamtBatch, void, undefined> {
  const batchSize = batchSizeOf(options);
  const chunks = chunksOf(source);
  const reader = new CamtReader();
  // A string chunk may end inside a surrogate pair (a caller's slice of the text): its first half
  // waits for the next string chunk, so that the character is encoded whole, as in parseCamt.
  let highSurrogate = '';
  for await (const chunk of chunks) {
    let bytes: unknown = chunk;
    if (typeof chunk === 'string') {
      let text = highSurrogate === '' ? chunk : highSurrogate + chunk;
      highSurrogate = '';
      const last = text.charCodeAt(text.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) {
        highSurrogate = text.slice(-1);
        text = text.slice(0, -1);
      }
      bytes = encoder.encode(text);
    } else if (highSurrogate !== '') {
      // Bytes follow: the half stays alone, and is encoded as TextEncoder encodes a lone surrogate (U+FFFD).
      reader.push(encoder.encode(highSurrogate));
      highSurrogate = '';
    }
    if (!(bytes instanceof Uint8Array)) throw badSource('each chunk must be a Uint8Array (a Buffer) or a string');
    for (let at = 0; at < bytes.length; at += SLICE) {
      reader.push(bytes.length <= SLICE ? bytes : bytes.subarray(at, at + SLICE));
      if (reader.waiting >= batchSize) yield reader.take();
    }
  }
  if (highSurrogate !== '') reader.push(encoder.encode(highSurrogate));
  const summary = reader.end();
  yield { ...reader.take(), summary };
}

/** The chunks of any source kind. */
function chunksOf(source: unknown): AsyncIterable<unknown> {
  if (typeof source === 'string' || source instanceof Uint8Array || source instanceof ArrayBuffer) return single(camtBytes(source));
  if (typeof source === 'object' && source !== null) {
    if (Symbol.asyncIterator in source) return source as AsyncIterable<unknown>;
    if ('getReader' in source && typeof source.getReader === 'function') return streamChunks(source as ReadableStream<unknown>);
  }
  throw badSource('must be a string, bytes, a Node Readable, a web ReadableStream or an async iterable of chunks');
}

async function* single(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** A web stream without async iteration (older browsers): read by its reader, released when done or left. */
async function* streamChunks(stream: ReadableStream<unknown>): AsyncGenerator<unknown> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function badSource(message: string): InvalidInputError {
  return new InvalidInputError('camt source', [{ path: [], message, code: 'custom' }]);
}
