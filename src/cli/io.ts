/** What a command may do to the outside world: injected, so that commands are tested without a process. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** A file's text; `-` is standard input. */
  readonly read: (path: string) => Promise<string>;
  /** A file's bytes as a stream, for files too large to read whole; node:fs when left out. */
  readonly stream?: (path: string) => AsyncIterable<Uint8Array>;
  /** Writes lines (each followed by a newline) to a file, as they come (`-`: standard output); node:fs when left out. */
  readonly writeLines?: (path: string, lines: Iterable<string>) => Promise<void>;
  /** Whether a person watches standard error (progress is shown then). */
  readonly errIsTty?: boolean;
  /** Transactions between two progress lines; 100,000 when left out (tests lower it). */
  readonly progressEvery?: number;
}

/** A usage or input problem: the message is printed, the exit code is 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
