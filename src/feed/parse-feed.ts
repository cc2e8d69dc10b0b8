/**
 * Validation at the boundary: `parseFeed(json)` turns untrusted JSON into a `Feed`, or into every
 * problem found, each with its JSON path and a sentence a site editor can act on. It never throws
 * on bad data; elements never re-check shapes.
 */
import * as v from 'valibot';
import type {Feed, FeedProblem, ParseResult} from './feed.js';
import {FEED_MAJOR_VERSION, FeedSchema} from './schema.js';

// A feed parsed once is not parsed again: the same object set on many elements, or provided by
// context and then set as `.feed`, costs one validation.
const parsed = new WeakMap<object, ParseResult>();

/** Validates `json` (already decoded) as a programme feed. Never throws. */
export function parseFeed(json: unknown): ParseResult {
  if (typeof json === 'object' && json !== null) {
    const cached = parsed.get(json);
    if (cached) return cached;
    const result = validate(json);
    parsed.set(json, result);
    if (result.ok) parsed.set(result.feed, result);
    return result;
  }
  return validate(json);
}

function validate(json: unknown): ParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail([{path: '(feed)', message: `must be a JSON object, got ${preview(json)}`}]);
  }
  // An unsupported major version is reported alone: the rest of a future format's problems
  // would only be noise.
  const version = (json as {version?: unknown}).version;
  if (typeof version === 'string') {
    const major = Number(version.split('.')[0]);
    if (Number.isInteger(major) && major !== FEED_MAJOR_VERSION) {
      return fail([
        {
          path: 'version',
          message: `feed format version ${version} is not supported: this library reads version ${FEED_MAJOR_VERSION}.x`,
        },
      ]);
    }
  }
  const result = v.safeParse(FeedSchema, json);
  if (!result.success) return fail(result.issues.map(toProblem));
  const feed = result.output as Feed;
  const duplicates = findDuplicateIds(feed);
  return duplicates.length ? fail(duplicates) : {ok: true, feed};
}

function fail(problems: FeedProblem[]): ParseResult {
  return {ok: false, problems};
}

// Ids must be unique where elements look things up by them; JSON Schema cannot say so, which
// is why this check lives here and not in schema.ts.
function findDuplicateIds(feed: Feed): FeedProblem[] {
  const problems: FeedProblem[] = [];
  const check = (ids: readonly string[], at: (index: number) => string) => {
    const seen = new Set<string>();
    ids.forEach((value, index) => {
      if (seen.has(value)) problems.push({path: at(index), message: `"${value}" is used twice: ids must be unique`});
      seen.add(value);
    });
  };
  check(
    feed.programmes.map((programme) => programme.id),
    (index) => `programmes[${index}].id`,
  );
  feed.programmes.forEach((programme, p) =>
    check(
      (programme.projects ?? []).map((project) => project.id),
      (index) => `programmes[${p}].projects[${index}].id`,
    ),
  );
  return problems;
}

function toProblem(issue: v.BaseIssue<unknown>): FeedProblem {
  return {path: formatPath(issue.path) || '(feed)', message: describe(issue)};
}

function formatPath(path: v.BaseIssue<unknown>['path']): string {
  let out = '';
  for (const item of path ?? []) {
    const key = (item as {key: unknown}).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.input === undefined) return 'is required';
  if (issue.kind === 'schema' && issue.type in TYPE_WORDS) {
    return `must be ${TYPE_WORDS[issue.type]}, got ${preview(issue.input)}`;
  }
  return `${issue.message}, got ${preview(issue.input)}`;
}

/** A short, safe rendering of a bad value for a message: never the whole of a huge string. */
function preview(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    return (
      JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value) +
      (value.length > 60 ? ` (${value.length.toLocaleString('en-GB')} characters)` : '')
    );
  }
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}
