// A CLI Io that records what a command writes, for in-process CLI tests.

import type { Io } from '../../src/cli/command.js';

export interface CapturedIo extends Io {
  stdout: string;
  stderr: string;
}

/** An Io whose output is kept in `stdout` and `stderr`. */
export function captureIo(isTty = false): CapturedIo {
  const io: CapturedIo = {
    stdout: '',
    stderr: '',
    isTty,
    out(t) {
      io.stdout += t;
    },
    err(t) {
      io.stderr += t;
    },
  };
  return io;
}
