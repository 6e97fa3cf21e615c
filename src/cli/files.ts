/** The node:fs side of {@link CliIo}'s file streams: what bin.ts passes, and what commands fall back to. */
import { createReadStream, createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A file's bytes, read in chunks; `-` is standard input. */
export function streamFile(path: string): AsyncIterable<Uint8Array> {
  return path === '-' ? process.stdin : createReadStream(path);
}

/** Lines grouped into chunks of about 64 kB: one write per line would dominate the time of a large result. */
function* chunksOf(lines: Iterable<string>): Generator<string> {
  let chunk = '';
  for (const line of lines) {
    chunk += `${line}\n`;
    if (chunk.length >= 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

/**
 * Writes lines to a file (`-`: standard output, left open) with backpressure, so a result of a
 * million payments never sits in memory as one string, nor as a queue of writes to a slow pipe.
 */
export async function writeLinesToFile(path: string, lines: Iterable<string>): Promise<void> {
  if (path !== '-') {
    await pipeline(Readable.from(chunksOf(lines)), createWriteStream(path));
    return;
  }
  try {
    await pipeline(Readable.from(chunksOf(lines)), process.stdout, { end: false });
  } catch (e) {
    // The reader went away (`… --json | head`): nobody is left to write to, which is no failure.
    if (!(e instanceof Error && 'code' in e && e.code === 'EPIPE')) throw e;
  }
}
