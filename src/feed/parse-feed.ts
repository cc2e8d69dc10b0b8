/**
 * Validation at the boundary: `parseFeed(json)` turns untrusted JSON into a `Feed` with what is
 * damaged left out, and every problem found, each with its code, severity, JSON path and a
 * sentence a site editor can act on (the codes are in problems.ts). It never throws on bad data;
 * elements never re-check shapes.
 */
import * as v from 'valibot';
import type {Feed, ParseResult} from './feed.js';
import {ownData} from './plain-data.js';
import {problem, type FeedProblem} from './problems.js';
import {
  AimSchema,
  DATE_PATTERN,
  DATE_TIME_PATTERN,
  FEED_MAJOR_VERSION,
  FeedSchema,
  ProgrammeSchema,
  ProjectSchema,
  PromoSchema,
  RelatedSchema,
  ResourceSchema,
  SAFE_URL_PATTERN,
  YEAR_OR_DATE_PATTERN,
} from './schema.js';

// A feed parsed once is not parsed again: the same object set on many elements, or provided by
// context and then set as `.feed`, costs one validation.
const parsed = new WeakMap<object, ParseResult>();

/**
 * Validates `json` (already decoded) as a programme feed. Never throws. A feed is shown with
 * what is damaged left out: a bad item (programme, project, aim, resource, related programme,
 * promo) is dropped with an `item` problem, a bad optional value with a `field` problem, and the
 * result is `ok` with every problem listed. Only `fatal` problems make it not `ok`.
 */
export function parseFeed(json: unknown): ParseResult {
  if (typeof json === 'object' && json !== null) {
    const cached = parsed.get(json);
    if (cached) return cached;
    const result = guardedValidate(json);
    parsed.set(json, result);
    if (result.ok) parsed.set(result.feed, result);
    return result;
  }
  return guardedValidate(json);
}

/**
 * The promise never to throw, kept whatever the page did: validation reads a copy of the data
 * with only its own properties (none a page added to Object.prototype), and a throw from inside
 * it (a built-in the page replaced or broke, a getter on data it built) becomes one fatal problem
 * that says the page's environment is at fault, not the feed.
 */
function guardedValidate(json: unknown): ParseResult {
  try {
    return validate(ownData(json));
  } catch (error) {
    return {ok: false, problems: [problem('check-failed', '(feed)', {detail: describeThrown(error)})]};
  }
}

function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return 'an exception';
  }
}

function validate(json: unknown): ParseResult {
  if (!isRecord(json)) {
    return {ok: false, problems: [problem('not-an-object', '(feed)', {got: preview(json)})]};
  }
  // An unsupported major version is reported alone: the rest of a future format's problems
  // would only be noise.
  const version = json['version'];
  if (typeof version === 'string') {
    const major = Number(version.split('.')[0]);
    if (Number.isInteger(major) && major !== FEED_MAJOR_VERSION) {
      return {
        ok: false,
        problems: [problem('version-unsupported', 'version', {version: shorten(version), major: FEED_MAJOR_VERSION})],
      };
    }
  }
  const problems: FeedProblem[] = [];
  const outcome = parseObject(FeedSchema as unknown as SchemaNode, json, '', problems);
  for (const failure of outcome.failures) problems.push(problem('feed-invalid', failure.path, values(failure)));
  const programmes = (outcome.value as {programmes?: unknown[]}).programmes;
  if (programmes && programmes.length === 0) {
    problems.push(problem('no-programmes', 'programmes'));
  }
  if (problems.some((found) => found.severity === 'fatal')) return {ok: false, problems};
  return {ok: true, feed: outcome.value as Feed, problems};
}

// The degrading walk. It follows the valibot schema's structure (objects, optional entries,
// lists, the one union) and validates each value on its own with the schema's own leaf rules,
// so the rules stay in schema.ts and only the consequence of breaking one is decided here.

/** The parts of a valibot schema the walk reads. */
export interface SchemaNode {
  readonly type: string;
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly wrapped?: SchemaNode;
  readonly item?: SchemaNode;
  readonly options?: readonly SchemaNode[];
  readonly pipe?: readonly {readonly type: string; readonly requirement?: unknown}[];
}

/**
 * Why a value was refused, before the walk decides what the refusal costs: the broken rule (a
 * key of the catalogues' `rules`) and the values its wording quotes.
 */
interface Failure {
  readonly path: string;
  readonly reason: Reason;
  readonly rule: 'unsafe-url' | 'date-invalid' | 'other';
}

interface Reason {
  readonly rule: string;
  readonly got?: string;
  readonly max?: number;
  readonly length?: number;
}

interface Outcome {
  readonly value: unknown;
  /** Problems that make the value itself unusable; empty when it was parsed. */
  readonly failures: readonly Failure[];
}

/** The lists whose entries are items: an entry with a problem is left out, the rest shown. */
const ITEM_KINDS = new Map<unknown, string>([
  [ProgrammeSchema, 'programme'],
  [ProjectSchema, 'project'],
  [AimSchema, 'aim'],
  [ResourceSchema, 'resource'],
  [RelatedSchema, 'related programme'],
  [PromoSchema, 'promo'],
]);
/** Items looked up by id, so two with one id cannot both be shown. */
const UNIQUE_ID_KINDS = new Set(['programme', 'project']);
export const DATE_PATTERNS = new Set<unknown>([YEAR_OR_DATE_PATTERN, DATE_PATTERN, DATE_TIME_PATTERN]);

function parseNode(node: SchemaNode, input: unknown, path: string, problems: FeedProblem[]): Outcome {
  if (node.type === 'object') return parseObject(node, input, path, problems);
  if (node.type === 'array') return parseList(node, input, path, problems);
  // The one union of objects (related); the other unions, text or a language map, are leaves.
  if (node.type === 'union' && node === (RelatedSchema as unknown)) {
    return parseNode(unionOption(node, input), input, path, problems);
  }
  return parseLeaf(node, input, path);
}

/** The option of the one union (related) that `input` is meant as. */
export function unionOption(node: SchemaNode, input: unknown): SchemaNode {
  // By id when the entry names a programme, otherwise a programme published elsewhere.
  const byId = isRecord(input) && input['programme'] !== undefined;
  return node.options![byId ? 0 : 1]!;
}

function parseObject(node: SchemaNode, input: unknown, path: string, problems: FeedProblem[]): Outcome {
  if (!isRecord(input))
    return refused(path, input === undefined ? {rule: 'required'} : {rule: 'not-object', got: preview(input)});
  const value: Record<string, unknown> = {};
  const failures: Failure[] = [];
  for (const [key, entry] of Object.entries(node.entries ?? {})) {
    const optional = entry.type === 'optional';
    if (optional && input[key] === undefined) continue;
    const at = path ? `${path}.${key}` : key;
    const outcome = parseNode(optional ? entry.wrapped! : entry, input[key], at, problems);
    if (outcome.failures.length === 0) value[key] = outcome.value;
    else if (optional) for (const failure of outcome.failures) problems.push(fieldProblem(failure, key));
    else failures.push(...outcome.failures);
  }
  return {value, failures};
}

function parseList(node: SchemaNode, input: unknown, path: string, problems: FeedProblem[]): Outcome {
  if (!Array.isArray(input))
    return refused(path, input === undefined ? {rule: 'required'} : {rule: 'not-list', got: preview(input)});
  const max = node.pipe?.find((action) => action.type === 'max_length')?.requirement;
  if (typeof max === 'number' && input.length > max) {
    return refused(path, {rule: 'too-many', max, length: input.length});
  }
  const kind = ITEM_KINDS.get(node.item);
  const key = path.slice(path.lastIndexOf('.') + 1);
  const ids = new Set<unknown>();
  const value: unknown[] = [];
  input.forEach((entry: unknown, index) => {
    const at = `${path}[${index}]`;
    const outcome = parseNode(node.item!, entry, at, problems);
    if (outcome.failures.length && kind) {
      // The id, where it is usable, lets an element asking for this item say why it is missing.
      const id: Record<string, string> = isRecord(entry) && typeof entry['id'] === 'string' ? {id: entry['id']} : {};
      for (const failure of outcome.failures) {
        problems.push(problem('item-invalid', failure.path, {...values(failure), item: kind, ...id}));
      }
    } else if (outcome.failures.length) {
      for (const failure of outcome.failures) problems.push(fieldProblem(failure, `${key}[${index}]`));
    } else if (kind && UNIQUE_ID_KINDS.has(kind) && ids.has((outcome.value as {id: unknown}).id)) {
      const id = String((outcome.value as {id: unknown}).id);
      problems.push(problem('duplicate-id', `${at}.id`, {id, item: kind}));
    } else {
      if (kind) ids.add((outcome.value as {id?: unknown}).id);
      value.push(outcome.value);
    }
  });
  return {value, failures: []};
}

function parseLeaf(node: SchemaNode, input: unknown, path: string): Outcome {
  const result = v.safeParse(node as unknown as v.GenericSchema, input);
  if (!result.success) {
    const issue = result.issues[0];
    const rule =
      issue.type === 'regex' && issue.requirement === SAFE_URL_PATTERN
        ? 'unsafe-url'
        : issue.type === 'regex' && DATE_PATTERNS.has(issue.requirement)
          ? 'date-invalid'
          : 'other';
    return {value: undefined, failures: [{path, reason: describe(issue), rule}]};
  }
  const isDate = node.pipe?.some((action) => action.type === 'regex' && DATE_PATTERNS.has(action.requirement));
  if (isDate && typeof result.output === 'string' && !dateExists(result.output)) {
    return {
      value: undefined,
      failures: [{path, reason: {rule: 'no-such-date', got: preview(result.output)}, rule: 'date-invalid'}],
    };
  }
  return {value: result.output, failures: []};
}

/** Whether the year, month and day of an ISO 8601 date (or its leading part) are a real date. */
export function dateExists(text: string): boolean {
  const [year, month = 1, day = 1] = text.slice(0, 10).split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function refused(path: string, reason: Reason): Outcome {
  return {value: undefined, failures: [{path: path || '(feed)', reason, rule: 'other'}]};
}

function fieldProblem(failure: Failure, dropped: string): FeedProblem {
  const code = failure.rule === 'other' ? 'field-invalid' : failure.rule;
  return problem(code, failure.path, {...values(failure), dropped});
}

function values(failure: Failure): Record<string, string | number> {
  return {field: failure.path.slice(failure.path.lastIndexOf('.') + 1), ...failure.reason};
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const TYPE_RULES = new Map([
  ['string', 'not-text'],
  ['number', 'not-number'],
  ['boolean', 'not-boolean'],
  ['array', 'not-list'],
  ['object', 'not-object'],
]);

/** The rule an issue broke, by the message schema.ts gave it (a key of the catalogues' `rules`). */
function describe(issue: v.BaseIssue<unknown>): Reason {
  if (issue.kind === 'schema' && issue.input === undefined) return {rule: 'required'};
  const typeRule = issue.kind === 'schema' ? TYPE_RULES.get(issue.type) : undefined;
  if (typeRule) return {rule: typeRule, got: preview(issue.input)};
  if (issue.type === 'max_length' && typeof issue.requirement === 'number') {
    const length = typeof issue.input === 'string' || Array.isArray(issue.input) ? issue.input.length : 0;
    return {rule: issue.message, max: issue.requirement, length};
  }
  // A value that is neither text nor an object was meant as text: say so as 1.0 did.
  const input: unknown = issue.input;
  const meantAsText = issue.message === 'not-text-or-map' && (!isRecord(input) || Array.isArray(input));
  return {rule: meantAsText ? 'not-text' : issue.message, got: preview(input)};
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * A short, safe rendering of a bad value for a message, as JSON writes it and in no language:
 * never the whole of a huge string (`"…"`), a list as `[…]`, an object as `{…}`.
 */
function preview(value: unknown): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (Array.isArray(value)) return value.length ? '[…]' : '[]';
  if (typeof value === 'object' && value !== null) return Object.keys(value).length ? '{…}' : '{}';
  return String(value);
}

/** The problems `parseFeed` found in the feed it returned (none for a feed it did not make). */
export function problemsOf(feed: Feed): readonly FeedProblem[] {
  return parsed.get(feed)?.problems ?? [];
}
