// `npm run schema`: writes feed.schema.json and src/feed/rules.ts from src/feed/schema.ts, the one
// source of the feed format. `buildSchema()` and `buildRules()` are also used by
// scripts/check-generated.mjs to check the committed files.
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
export const RULES_FILE = join(ROOT, 'src/feed/rules.ts');
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

/**
 * Returns the text of src/feed/rules.ts: the valibot schema's structure (objects, optional
 * entries, lists, unions) and leaf rules (types, lengths, patterns, picklists) as plain data,
 * which `parseFeed` walks. The elements then validate with the schema's own rules and messages
 * without carrying valibot's run-time code (docs/decisions/0010-the-schema-as-data.md).
 * Patterns are named, imported from src/feed/patterns.ts, so the walk can tell a link or a date
 * rule by identity. Anything the walk could not interpret fails this script.
 */
export async function buildRules() {
  const module = await importTypeScript(SOURCE);
  const patterns = await importTypeScript(join(ROOT, 'src/feed/patterns.ts'));
  const patternNames = new Map(
    Object.entries(patterns)
      .filter(([, value]) => value instanceof RegExp)
      .map(([name, value]) => [String(value), name]),
  );
  const named = new Map(
    Object.entries(module)
      .filter(([name]) => name.endsWith('Schema'))
      .map(([name, schema]) => [schema, `${name.slice(0, -'Schema'.length)}Rules`]),
  );
  const leaves = new Map();
  const definitions = [];
  const defined = new Set();

  const action = (step) => {
    const message = step.message;
    if (typeof message !== 'string') throw new Error(`schema.ts: a ${step.type} rule has no message of its own`);
    let requirement = step.requirement;
    if (step.type === 'regex') {
      const name = patternNames.get(String(step.requirement));
      if (!name) throw new Error(`schema.ts: the pattern ${step.requirement} is not exported by patterns.ts`);
      requirement = `patterns.${name}`;
    } else if (step.type === 'integer') {
      requirement = 'undefined';
    } else if (!['min_length', 'max_length', 'min_value'].includes(step.type)) {
      throw new Error(`schema.ts: the rule ${step.type} is not one the walk in parse-feed.ts knows`);
    }
    return `rule('${step.type}', ${requirement}, ${JSON.stringify(message)})`;
  };
  const pipe = (node) =>
    (node.pipe ?? [])
      .slice(1)
      .map((step) => `, ${action(step)}`)
      .join('');
  const expression = (node) => {
    const name = named.get(node);
    if (name) {
      define(node, name);
      return name;
    }
    return shape(node);
  };
  const shape = (node) => {
    switch (node.type) {
      case 'object':
        return `object({${Object.entries(node.entries)
          .map(([key, entry]) => `${key}: ${expression(entry)}`)
          .join(', ')}})`;
      case 'optional':
        if (node.default !== undefined) throw new Error('schema.ts: optional entries with a default are not walked');
        return `optional(${expression(node.wrapped)})`;
      case 'array': {
        // A list's only rule the walk applies is its length limit, worded by the walk itself.
        const max = (node.pipe ?? []).find((step) => step.type === 'max_length')?.requirement;
        if (typeof max !== 'number') throw new Error('schema.ts: every list needs a length limit');
        return `array(${expression(node.item)}, ${max})`;
      }
      case 'union':
        return `union(${node.options.map(expression).join(', ')})`;
      case 'record': {
        // A language map (format 1.1): keys by a pattern, values by a leaf, at least one entry.
        const steps = (node.pipe ?? []).slice(1);
        if (steps.some((step) => step.type !== 'min_entries'))
          throw new Error('schema.ts: a record may only require entries');
        return `record(${expression(node.key)}, ${expression(node.value)})`;
      }
      case 'picklist':
        return constant(`picklist(${JSON.stringify(node.options)}, ${JSON.stringify(node.message)})`);
      case 'string':
      case 'number':
      case 'boolean':
        return constant(`leaf('${node.type}'${pipe(node)})`);
      default:
        throw new Error(`schema.ts: the schema type ${node.type} is not one the walk in parse-feed.ts knows`);
    }
  };
  // Each distinct leaf once, as a constant: the feed's hundred text fields share a handful of rules.
  const constant = (text) => {
    if (!leaves.has(text)) leaves.set(text, `leaf${leaves.size}`);
    return leaves.get(text);
  };
  const define = (node, name) => {
    if (defined.has(name)) return;
    defined.add(name);
    const text = shape(node);
    definitions.push(`export const ${name} = ${text};`);
  };
  define(module.FeedSchema, 'FeedRules');

  const source = [
    '// Generated from src/feed/schema.ts by `npm run schema`: do not edit by hand.',
    '// The schema as data for the walk in parse-feed.ts (docs/decisions/0010-the-schema-as-data.md).',
    "import * as patterns from './patterns.js';",
    "import {array, leaf, object, optional, picklist, record, rule, union} from './schema-node.js';",
    '',
    ...[...leaves].map(([text, name]) => `const ${name} = ${text};`),
    '',
    ...definitions,
    '',
  ].join('\n');
  const options = await prettier.resolveConfig(RULES_FILE);
  return prettier.format(source, {...options, filepath: RULES_FILE});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writeFile(SCHEMA_FILE, await buildSchema());
  await writeFile(RULES_FILE, await buildRules());
  console.log(
    `Wrote ${SCHEMA_FILE.slice(ROOT.length + 1)} and ${RULES_FILE.slice(ROOT.length + 1)} from src/feed/schema.ts.`,
  );
}
