/// <reference types="node" />
/**
 * `programme-elements export-360giving <feed.json> [--out <file>]`: a 360Giving package (schema
 * 1.4.3) with a grant for each project, on stdout or in `--out`; each project 360Giving cannot
 * describe on stderr with its reason. Exit 0 when every project was exported, 1 when some were
 * left out, 2 for a usage mistake or a feed that cannot be read or shown.
 */
import {writeFile} from 'node:fs/promises';
import {parseFeed} from '../feed/parse-feed.js';
import {EXIT_USAGE, parseCommandArgs, type CommandIo} from './command.js';
import {writeNotes} from './import-360giving.js';
import {readJsonInput} from './read-input.js';
import {exportGrants} from './three-sixty-giving.js';

export const summary = 'publish a feed as 360Giving data: export-360giving <feed.json> [--out <file>]';

const USAGE = 'Usage: programme-elements export-360giving <feed.json> [--out <file>]\n';

export async function run(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseCommandArgs(args, {out: {type: 'string'}}, USAGE, io);
  if (!parsed) return EXIT_USAGE;
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length) {
    io.stderr.write(`Name one feed file.\n${USAGE}`);
    return EXIT_USAGE;
  }
  const read = await readJsonInput(file, io.stderr);
  if (!read) return EXIT_USAGE;
  const json = read.json;
  const result = parseFeed(json);
  if (!result.ok) {
    io.stderr.write(`${file}: is not a feed that can be shown: run programme-elements validate ${file}.\n`);
    return EXIT_USAGE;
  }
  if (result.problems.length) {
    io.stderr.write(
      `${file}: ${result.problems.length} problems; what they damage is left out (programme-elements validate ${file} lists them).\n`,
    );
  }
  const {data, notes} = exportGrants(result.feed);
  writeNotes(io, file, notes);
  const out = `${JSON.stringify(data, null, 2)}\n`;
  if (parsed.values.out) await writeFile(parsed.values.out, out);
  else io.stdout.write(out);
  io.stderr.write(
    `${file}: ${data.grants.length} ${data.grants.length === 1 ? 'grant' : 'grants'} written${parsed.values.out ? ` to ${parsed.values.out}` : ''}.\n`,
  );
  return notes.some((note) => note.leftOut) ? 1 : 0;
}
