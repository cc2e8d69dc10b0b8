// `npm run analyze:check`: regenerates custom-elements.json and feed.schema.json in memory and
// fails when the committed files differ, so neither can go stale. Writes nothing.
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {cli as analyze} from '@custom-elements-manifest/analyzer/cli.js';
import {ROOT, SCHEMA_FILE, buildSchema} from './build-schema.mjs';

// The analyzer globs and reads files relative to the working directory.
process.chdir(ROOT);

/** Returns the text the analyzer would write, exactly as `npm run analyze` writes it. */
async function buildManifest() {
  const manifest = await analyze({argv: ['analyze', '--quiet'], cwd: ROOT, noWrite: true});
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

const checks = [
  {file: join(ROOT, 'custom-elements.json'), command: 'npm run analyze', build: buildManifest},
  {file: SCHEMA_FILE, command: 'npm run schema', build: buildSchema},
];

let stale = 0;
for (const {file, command, build} of checks) {
  const name = file.slice(ROOT.length + 1);
  const expected = await build();
  const committed = await readFile(file, 'utf8').catch(() => undefined);
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
process.exit(stale ? 1 : 0);

function firstDifference(a, b) {
  const left = a.split('\n');
  const right = b.split('\n');
  const index = left.findIndex((text, i) => text !== right[i]);
  return (index === -1 ? left.length : index) + 1;
}
