// `npm run schema`: writes feed.schema.json from src/feed/schema.ts, the one source of the feed
// format. `buildSchema()` is also used by scripts/check-generated.mjs to check the committed file.
//
// The valibot schema is TypeScript, which Node 20 cannot load, so esbuild bundles it (valibot
// included) to a temporary module first; @valibot/to-json-schema then converts it. Every exported
// `XSchema` other than the feed itself becomes a named definition (`#/$defs/X`), so the file reads
// like the format's documentation rather than one deeply nested object.
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {toJsonSchema} from '@valibot/to-json-schema';
import * as esbuild from 'esbuild';
import * as prettier from 'prettier';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_FILE = join(ROOT, 'feed.schema.json');
const SOURCE = join(ROOT, 'src/feed/schema.ts');

/** Imports src/feed/schema.ts (bundled by esbuild) and returns its exports. */
export async function importTypeScript(entry) {
  const dir = await mkdtemp(join(tmpdir(), 'programme-elements-'));
  try {
    const file = join(dir, 'module.mjs');
    await esbuild.build({
      entryPoints: [entry],
      outfile: file,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
    });
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}

/** Returns the text of feed.schema.json, formatted as Prettier would. */
export async function buildSchema() {
  const module = await importTypeScript(SOURCE);
  const definitions = Object.fromEntries(
    Object.entries(module)
      .filter(([name]) => name.endsWith('Schema') && name !== 'FeedSchema')
      .map(([name, schema]) => [name.slice(0, -'Schema'.length), schema]),
  );
  // errorMode 'throw' (the default) keeps schema.ts honest: a rule that has no JSON Schema
  // equivalent fails this script instead of silently vanishing from the file.
  const converted = toJsonSchema(module.FeedSchema, {target: 'draft-2020-12', definitions});
  const {$schema, ...rest} = converted;
  const schema = {
    $schema,
    $id: 'urn:programme-elements:feed-schema:v1',
    title: 'Programme feed',
    description:
      `Programme feed format, version ${module.FEED_MAJOR_VERSION}.x, read by programme-elements. ` +
      'Generated from src/feed/schema.ts by `npm run schema`: do not edit by hand. ' +
      'Unknown fields are allowed and ignored. ' +
      'Two rules are checked by the elements but cannot be said here: the major version must be ' +
      `${module.FEED_MAJOR_VERSION}, and programme ids, and project ids within a programme, must be unique.`,
    ...rest,
  };
  const options = await prettier.resolveConfig(SCHEMA_FILE);
  return prettier.format(JSON.stringify(schema), {...options, filepath: SCHEMA_FILE});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writeFile(SCHEMA_FILE, await buildSchema());
  console.log(`Wrote ${SCHEMA_FILE.slice(ROOT.length + 1)} from src/feed/schema.ts.`);
}
