import { execFile } from 'node:child_process';

/**
 * Runs a probe script (TypeScript, through tsx) in a child process whose host time zone is `tz`,
 * sends it `input` as JSON on stdin, and resolves with what it prints: results computed under
 * several host zones can then be compared with each other.
 */
export function runUnderZone(script: string, tz: string, input: unknown): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', script, '--stdin'],
      { env: { ...process.env, TZ: tz }, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
    child.stdin?.end(JSON.stringify(input));
  });
}
