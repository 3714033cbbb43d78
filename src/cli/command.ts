// The contract of a CLI command. Only the CLI layer touches process.argv, the console and exit codes.

/** Where a command writes: injected so tests can capture output. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal (tables and progress bars) or a pipe (plain lines). */
  isTty: boolean;
}

export interface Command {
  name: string;
  summary: string;
  /** Full help text, shown by `newskg help NAME` and `newskg NAME --help`. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[], io: Io): Promise<number>;
}

/** A usage error: the message is shown with a pointer to the command's help, exit code 2. */
export class UsageError extends Error {
  readonly code = 'E_USAGE';
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
