/** What a command may do to the outside world: injected, so that commands are tested without a process. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** A file's text; `-` is standard input. */
  readonly read: (path: string) => Promise<string>;
}

/** A usage or input problem: the message is printed, the exit code is 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
