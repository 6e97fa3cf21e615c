#!/usr/bin/env node
/** The `hostpolicy` command (package.json `bin`): the process around {@link main}. */
import { readFile } from 'node:fs/promises';
import { streamFile, writeLinesToFile } from './files.js';
import { main } from './main.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  read: (path) => (path === '-' ? readStdin() : readFile(path, 'utf8')),
  stream: streamFile,
  writeLines: writeLinesToFile,
  errIsTty: process.stderr.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`hostpolicy: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
