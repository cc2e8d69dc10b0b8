/**
 * The committed feed.schema.json and the valibot validator (`parseFeed`) must agree: both are made
 * from src/feed/schema.ts, and this checks the result from the outside, with an independent JSON
 * Schema validator (@cfworker/json-schema, which compiles nothing at run time).
 */
import {expect} from '@open-wc/testing';
import type {OutputUnit, Schema} from '@cfworker/json-schema';
import {Validator} from '@cfworker/json-schema';
import {parseFeed} from '../../src/feed/parse-feed.js';
import sample from '../../sample/sample-feed.json' with {type: 'json'};
import schemaFile from '../../feed.schema.json' with {type: 'json'};

const schema = schemaFile as unknown as Schema & {$defs: Record<string, Schema>};
const validator = new Validator(schema, '2020-12', false);

type Key = string | number;

/** A fresh copy of the sample feed with the value at `path` replaced (or removed when `value` is omitted). */
function sampleWith(path: readonly Key[], ...value: [unknown] | []): unknown {
  const feed: unknown = structuredClone(sample);
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<Key, unknown>)[key], feed);
  const last = path[path.length - 1]!;
  if (typeof parent !== 'object' || parent === null || (!value.length && !(last in parent))) {
    throw new Error(`The sample feed has no ${dotted(path)}: update this test.`);
  }
  if (value.length) (parent as Record<Key, unknown>)[last] = value[0];
  else delete (parent as Record<Key, unknown>)[last];
  return feed;
}

/** `programmes[0].projects[2].url`, the path format of parseFeed's problems. */
function dotted(path: readonly Key[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i ? `.${key}` : key)).join('');
}

/** `#/programmes/0/projects/2/url` → `programmes[0].projects[2].url`. */
function fromPointer(pointer: string): string {
  const keys = pointer
    .replace(/^#?\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));
  return dotted(keys);
}

function schemaErrorPaths(errors: readonly OutputUnit[]): string[] {
  return [...new Set(errors.map((error) => fromPointer(error.instanceLocation)))];
}

/** Paths of the fields in `feed` that the schema does not declare (valid, but ignored by the elements). */
function undeclaredFields(feed: unknown): string[] {
  const undeclared: string[] = [];
  const walk = (value: unknown, node: Schema | undefined, path: Key[]): void => {
    if (!node || typeof value !== 'object' || value === null) return;
    if (typeof node.$ref === 'string') return walk(value, schema.$defs[node.$ref.replace('#/$defs/', '')], path);
    if (Array.isArray(node.anyOf)) {
      // The branch the value matches is the one that describes it.
      const matches = (candidate: Schema) =>
        new Validator({$defs: schema.$defs, ...candidate}, '2020-12').validate(value).valid;
      return walk(value, node.anyOf.find(matches), path);
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, node.items as Schema | undefined, [...path, index]));
      return;
    }
    // A language map (format 1.1) declares its keys by a pattern, not by name.
    if (node.properties === undefined && typeof node.additionalProperties === 'object') return;
    const properties = (node.properties ?? {}) as Record<string, Schema>;
    for (const [key, child] of Object.entries(value)) {
      if (!(key in properties)) undeclared.push(dotted([...path, key]));
      walk(child, properties[key], [...path, key]);
    }
  };
  walk(feed, schema, []);
  return undeclared;
}

describe('feed.schema.json', () => {
  it('is a 2020-12 schema with an id, a title and a description', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.be.a('string').and.not.be.empty;
    expect(schema.title).to.be.a('string').and.not.be.empty;
    expect(schema.description).to.be.a('string').and.not.be.empty;
  });

  it('accepts the sample feed, as parseFeed does', () => {
    const result = validator.validate(structuredClone(sample));
    expect(result.errors, JSON.stringify(result.errors.slice(0, 3))).to.deep.equal([]);
    expect(result.valid).to.equal(true);
    expect(parseFeed(structuredClone(sample)).ok).to.equal(true);
  });

  it('declares every field the sample feed uses, so no sample field is silently ignored', () => {
    expect(undeclaredFields(structuredClone(sample))).to.deep.equal([]);
  });

  it('finds undeclared fields at any depth (the check above is not vacuous)', () => {
    const feed = sampleWith(['programmes', 0, 'projects', 1, 'titel'], 'Typo');
    (feed as {programmes: {related: Record<string, unknown>[]}[]}).programmes[1]!.related[0]!.note = 'x';
    expect(undeclaredFields(feed)).to.deep.equal(['programmes[0].projects[1].titel', 'programmes[1].related[0].note']);
  });

  it('allows unknown fields, as parseFeed does', () => {
    const feed = sampleWith(['programmes', 0, 'futureField'], {anything: true});
    (feed as Record<string, unknown>).extension = 'ignored';
    expect(validator.validate(feed).valid).to.equal(true);
    expect(parseFeed(feed).ok).to.equal(true);
  });

  const broken: {name: string; path: Key[]; value?: unknown}[] = [
    {name: 'a javascript: URL', path: ['programmes', 0, 'projects', 2, 'url'], value: 'javascript:alert(1)'},
    {name: 'a mixed-case JavaScript: URL', path: ['programmes', 0, 'url'], value: 'JavaScript:alert(1)'},
    {name: 'a data: URL', path: ['programmes', 0, 'resources', 0, 'url'], value: 'data:text/html,<p>hi</p>'},
    {name: 'a protocol-relative URL', path: ['publisher', 'url'], value: '//evil.example/'},
    {name: 'a URL with a tab in its scheme', path: ['programmes', 0, 'url'], value: 'java\tscript:alert(1)'},
    {name: 'a missing programme title', path: ['programmes', 0, 'title']},
    {name: 'an empty title', path: ['programmes', 1, 'title'], value: ''},
    {name: 'a missing publisher', path: ['publisher']},
    {name: 'a title of the wrong type', path: ['programmes', 0, 'title'], value: 42},
    {name: 'a count given as text', path: ['programmes', 0, 'teams'], value: 'seven'},
    {name: 'a fractional count', path: ['programmes', 0, 'teams'], value: 7.5},
    {name: 'projects that are not a list', path: ['programmes', 0, 'projects'], value: {}},
    {name: 'a bad status code', path: ['programmes', 0, 'status', 'code'], value: 'paused'},
    {name: 'a lower-case currency', path: ['programmes', 0, 'fundingPerTeam', 'currency'], value: 'gbp'},
    {name: 'an id with a space', path: ['programmes', 0, 'projects', 0, 'id'], value: 'dialysis self care'},
    {name: 'a version that is not "major.minor"', path: ['version'], value: 'one'},
    {name: 'no programmes', path: ['programmes'], value: []},
  ];

  for (const {name, path, ...rest} of broken) {
    it(`rejects ${name} in both validators, at ${dotted(path)}`, () => {
      const feed = 'value' in rest ? sampleWith(path, rest.value) : sampleWith(path);
      const fromSchema = validator.validate(feed);
      const fromValibot = parseFeed(feed);

      expect(fromSchema.valid, 'JSON Schema').to.equal(false);
      // parseFeed may still show the rest of the feed (the problem is an item's or a field's),
      // but it reports what the schema refuses, and nothing it accepts.
      expect(
        fromValibot.problems.map((problem) => problem.severity),
        'parseFeed',
      ).to.satisfy((severities: string[]) => severities.length > 0 && !severities.includes('advice'));
      // Both point at the same place in the feed; JSON Schema reports a missing field on its parent.
      expect(schemaErrorPaths(fromSchema.errors)).to.include(dotted('value' in rest ? path : path.slice(0, -1)));
      expect(fromValibot.problems.map((problem) => problem.path)).to.include(dotted(path));
    });
  }
});
