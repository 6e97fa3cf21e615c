/** Runs the command line in memory, for the tests of test/cli. */
import { readFile } from 'node:fs/promises';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

const enoent = (path: string): Error => Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });

/**
 * Runs main() with `files` as the file system (a path not listed is read from disk when `disk` is
 * true, else it does not exist), and returns the exit code, what was printed, and the files written.
 */
export async function run(
  args: string[],
  files: Record<string, string> = {},
  options: { disk?: boolean; io?: Partial<CliIo> } = {},
): Promise<Run & { written: Record<string, string> }> {
  let out = '';
  let err = '';
  const written: Record<string, string> = {};
  const text = async (path: string): Promise<string> => {
    if (Object.hasOwn(files, path)) return files[path] as string;
    if (options.disk === true) return readFile(path, 'utf8');
    throw enoent(path);
  };
  const code = await main(args, {
    out: (t) => {
      out += `${t}\n`;
    },
    err: (t) => {
      err += `${t}\n`;
    },
    read: text,
    // In small chunks, cut anywhere (inside tags, inside multi-byte characters), as a file stream may.
    stream: (path) =>
      (async function* () {
        const bytes = new TextEncoder().encode(await text(path));
        for (let i = 0; i < bytes.length; i += 997) yield bytes.subarray(i, i + 997);
      })(),
    writeLines: async (path, lines) => {
      const text = [...lines].map((l) => `${l}\n`).join('');
      if (path === '-') out += text;
      else written[path] = text;
    },
    ...options.io,
  });
  return { code, out, err, written };
}
