/// <reference types="node" />
/**
 * `programme-elements import-360giving <grants.json> [--programme <code|title>] [--out <file>]`:
 * a feed from 360Giving data, on stdout or in `--out`; every grant not mapped, and every caveat,
 * on stderr. Exit 0 when every grant was mapped, 1 when some were left out, 2 for a usage
 * mistake or a file that cannot be read or holds no grant to map.
 */
import {writeFile} from 'node:fs/promises';
import {EXIT_USAGE, parseCommandArgs, type CommandIo} from './command.js';
import {readJsonInput} from './read-input.js';
import {importGrants, NOT_IN_360GIVING, type Note} from './three-sixty-giving.js';

export const summary =
  'start a feed from 360Giving data: import-360giving <grants.json> [--programme <code|title>] [--out <file>]';

const USAGE = 'Usage: programme-elements import-360giving <grants.json> [--programme <code|title>] [--out <file>]\n';

export async function run(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseCommandArgs(args, {programme: {type: 'string'}, out: {type: 'string'}}, USAGE, io);
  if (!parsed) return EXIT_USAGE;
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length) {
    io.stderr.write(`Name one 360Giving JSON file.\n${USAGE}`);
    return EXIT_USAGE;
  }
  const read = await readJsonInput(file, io.stderr);
  if (!read) return EXIT_USAGE;
  const data = read.json;
  const result = importGrants(data, {programme: parsed.values.programme});
  writeNotes(io, file, result.notes);
  if (!result.feed) {
    io.stderr.write(`${file}: nothing to import: ${result.fatal}.\n`);
    return EXIT_USAGE;
  }
  const json = `${JSON.stringify(result.feed, null, 2)}\n`;
  if (parsed.values.out) await writeFile(parsed.values.out, json);
  else io.stdout.write(json);
  const programmes = (result.feed['programmes'] as unknown[]).length;
  io.stderr.write(
    `${file}: ${programmes} ${programmes === 1 ? 'programme' : 'programmes'} written${parsed.values.out ? ` to ${parsed.values.out}` : ''}. ` +
      `360Giving does not carry ${NOT_IN_360GIVING}: write them into the feed, then run programme-elements validate.\n`,
  );
  return result.notes.some((note) => note.leftOut) ? 1 : 0;
}

/** Each grant left out, then each caveat, one line each. */
export function writeNotes(io: CommandIo, file: string, notes: readonly Note[]): void {
  const leftOut = notes.filter((note) => note.leftOut);
  for (const note of leftOut) io.stderr.write(`${file}: ${note.where} not mapped: ${note.reason}.\n`);
  for (const note of notes.filter((candidate) => !candidate.leftOut))
    io.stderr.write(`${file}: ${note.where}: ${note.reason}.\n`);
  if (leftOut.length) io.stderr.write(`${file}: ${leftOut.length} left out.\n`);
}
