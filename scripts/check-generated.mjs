// `npm run analyze:check`: regenerates custom-elements.json, the typings in types/ (made from the
// manifest by custom-elements-manifest.config.mjs), feed.schema.json and src/feed/rules.ts, and fails when the
// committed files differ, so none can go stale. Writes nothing in the repository: the typings
// go to a scratch folder, removed afterwards.
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {cli as analyze} from '@custom-elements-manifest/analyzer/cli.js';
import {ROOT, RULES_FILE, SCHEMA_FILE, buildRules, buildSchema} from './build-schema.mjs';

// The analyzer globs and reads files relative to the working directory.
process.chdir(ROOT);

const TYPINGS = 'types';
const scratch = await mkdtemp(join(tmpdir(), 'programme-elements-typings-'));
process.env.PE_TYPINGS_OUTDIR = scratch;

// Exactly the text `npm run analyze` writes; the run also writes the typings into `scratch`.
const manifest = await analyze({argv: ['analyze', '--quiet'], cwd: ROOT, noWrite: true});
const generatedTypings = await readdir(scratch);
const committedTypings = await readdir(join(ROOT, TYPINGS)).catch(() => []);

const checks = [
  {
    file: join(ROOT, 'custom-elements.json'),
    command: 'npm run analyze',
    build: async () => `${JSON.stringify(manifest, null, 2)}\n`,
  },
  {file: SCHEMA_FILE, command: 'npm run schema', build: buildSchema},
  {file: RULES_FILE, command: 'npm run schema', build: buildRules},
  // A committed typings file the analyzer no longer writes is stale too: its expected text is undefined.
  ...[...new Set([...generatedTypings, ...committedTypings])].sort().map((name) => ({
    file: join(ROOT, TYPINGS, name),
    command: 'npm run analyze',
    build: async () => (generatedTypings.includes(name) ? readFile(join(scratch, name), 'utf8') : undefined),
  })),
];

let stale = 0;
for (const {file, command, build} of checks) {
  const name = file.slice(ROOT.length + 1);
  const expected = await build();
  const committed = await readFile(file, 'utf8').catch(() => undefined);
  if (expected === undefined) {
    stale++;
    console.error(`${name} is no longer generated: delete it, run \`${command}\` and commit the result.`);
    continue;
  }
  if (committed === expected) {
    console.log(`ok: ${name} is up to date.`);
    continue;
  }
  stale++;
  if (committed === undefined) {
    console.error(`${name} is missing: run \`${command}\` and commit the file.`);
  } else {
    const line = firstDifference(committed, expected);
    console.error(`${name} is out of date (first difference at line ${line}): run \`${command}\` and commit the file.`);
  }
}
await rm(scratch, {recursive: true, force: true});
process.exit(stale ? 1 : 0);

function firstDifference(a, b) {
  const left = a.split('\n');
  const right = b.split('\n');
  const index = left.findIndex((text, i) => text !== right[i]);
  return (index === -1 ? left.length : index) + 1;
}
