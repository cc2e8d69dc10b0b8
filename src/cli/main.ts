/// <reference types="node" />
/**
 * `programme-elements <command> [arguments]`: the package's command line. Each command is a
 * module of its own, loaded only when run, with `run(args, io)` resolving to the exit code.
 * To add a command, add its module to COMMANDS.
 */

import {EXIT_USAGE, type CommandIo} from './command.js';

export type {CommandIo} from './command.js';

/** A command's module. */
export interface Command {
  /** A line for the usage text. */
  readonly summary: string;
  run(args: string[], io: CommandIo): Promise<number>;
}

const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  site: () => import('./site.js'),
  validate: () => import('./validate.js'),
  'import-360giving': () => import('./import-360giving.js'),
  'export-360giving': () => import('./export-360giving.js'),
};

/** Runs the command `args[0]` with the rest of `args`; resolves to the exit code. */
export async function main(args: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = args;
  const load = name === undefined ? undefined : COMMANDS[name];
  if (!load) {
    if (name !== undefined && name !== '--help' && name !== '-h') io.stderr.write(`Unknown command "${name}".\n\n`);
    io.stderr.write(await usage());
    return name === '--help' || name === '-h' ? 0 : EXIT_USAGE;
  }
  return (await load()).run(rest, io);
}

async function usage(): Promise<string> {
  const lines = await Promise.all(
    Object.entries(COMMANDS).map(async ([name, load]) => `  ${name.padEnd(18)} ${(await load()).summary}`),
  );
  return `Usage: programme-elements <command> [arguments]\n\nCommands:\n${lines.join('\n')}\n`;
}
