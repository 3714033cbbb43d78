// The newskg command line: dispatches to a command, turns errors into one-line messages and exit codes.

import { readFileSync } from 'node:fs';
import type { Command, Io } from './command.js';
import { UsageError } from './command.js';
import { COMMANDS } from './commands/index.js';
import { packagePath } from '../paths.js';

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  isTty: Boolean(process.stdout.isTTY),
};

function version(): string {
  return (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
}

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'newskg: knowledge graphs from geopolitical news',
    '',
    'Usage: newskg <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "newskg <command> --help" for a command\'s options.',
  ].join('\n');
}

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const target = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.out(`${target ? target.usage : help()}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${version()}\n`);
    return 0;
  }
  const command: Command | undefined = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`newskg: unknown command "${name}" (E_UNKNOWN_COMMAND); commands: ${COMMANDS.map((c) => c.name).join(', ')}\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`newskg ${name}: ${(err as Error).message}\nRun "newskg ${name} --help" for usage.\n`);
      return 2;
    }
    const e = err as Error & { code?: string };
    io.err(`newskg ${name}: ${e.message}${e.code ? ` (${e.code})` : ''}\n`);
    if (process.env['NEWSKG_DEBUG']) io.err(`${e.stack}\n`);
    return 1;
  }
}
