/// <reference types="node" />
import {parseArgs, type ParseArgsConfig} from 'node:util';

/** Where a command writes. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/** Exit code for a usage mistake or unreadable input. */
export const EXIT_USAGE = 2;

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A command's options and positionals, or undefined once the mistake and the usage are on
 * stderr (the command then exits with EXIT_USAGE).
 */
export function parseCommandArgs<const O extends Options>(args: string[], options: O, usage: string, io: CommandIo) {
  try {
    return parseArgs({args, options, allowPositionals: true});
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${usage}`);
    return undefined;
  }
}
