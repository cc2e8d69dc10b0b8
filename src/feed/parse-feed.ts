/**
 * Validation at the boundary: `parseFeed(json)` turns untrusted JSON into a `Feed` with what is
 * damaged left out, and every problem found, each with its code, severity, JSON path and a
 * sentence a site editor can act on (the codes are in problems.ts). It never throws on bad data;
 * elements never re-check shapes.
 */
import type {Feed, ParseResult} from './feed.js';
import {ownData} from './plain-data.js';
import {
  DATE_PATTERN,
  DATE_TIME_PATTERN,
  FEED_MAJOR_VERSION,
  SAFE_URL_PATTERN,
  YEAR_OR_DATE_PATTERN,
} from './patterns.js';
import {problem, type FeedProblem} from './problems.js';
import type {Rule, SchemaNode} from './schema-node.js';
import {AimRules, FeedRules, ProgrammeRules, ProjectRules, PromoRules, RelatedRules, ResourceRules} from './rules.js';

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

/** What was thrown, in a few words, for a message: never throws itself (a thrown object's getters may). */
export function describeThrown(error: unknown): string {
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
  const outcome = parseObject(FeedRules, json, '', problems);
  for (const failure of outcome.failures) problems.push(problem('feed-invalid', failure.path, values(failure)));
  const programmes = (outcome.value as {programmes?: unknown[]}).programmes;
  if (programmes && programmes.length === 0) {
    problems.push(problem('no-programmes', 'programmes'));
  }
  if (problems.some((found) => found.severity === 'fatal')) return {ok: false, problems};
  return {ok: true, feed: outcome.value as Feed, problems};
}

export type {SchemaNode} from './schema-node.js';

// The degrading walk. It follows the schema's structure (objects, optional entries, lists, the
// one union) and checks each value on its own with the schema's own leaf rules, read from
// rules.ts (schema.ts as data, written by `npm run schema`), so the rules stay in schema.ts and
// only the consequence of breaking one is decided here.

/**
 * Why a value was refused, before the walk decides what the refusal costs: the broken rule (a
 * key of the catalogues' `rules`, as schema.ts names it) and the values its wording quotes.
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
  [ProgrammeRules, 'programme'],
  [ProjectRules, 'project'],
  [AimRules, 'aim'],
  [ResourceRules, 'resource'],
  [RelatedRules, 'related programme'],
  [PromoRules, 'promo'],
]);
/** Items looked up by id, so two with one id cannot both be shown. */
const UNIQUE_ID_KINDS = new Set(['programme', 'project']);
export const DATE_PATTERNS = new Set<unknown>([YEAR_OR_DATE_PATTERN, DATE_PATTERN, DATE_TIME_PATTERN]);

function parseNode(node: SchemaNode, input: unknown, path: string, problems: FeedProblem[]): Outcome {
  if (node.type === 'object') return parseObject(node, input, path, problems);
  if (node.type === 'array') return parseList(node, input, path, problems);
  if (node.type === 'union' && node.options![1] && (node.options![1] as SchemaNode).type === 'record') {
    return parseText(node, input, path);
  }
  if (node.type === 'union') return parseNode(unionOption(node, input), input, path, problems);
  return parseLeaf(node, input, path);
}

/**
 * Text for people (format 1.1): a string, checked by the union's first option, or a language map,
 * each key by the record's key rules and each value by its value rules, at the field's path.
 */
function parseText(node: SchemaNode, input: unknown, path: string): Outcome {
  const [plain, map] = node.options as [SchemaNode, SchemaNode];
  if (typeof input === 'string' || !isRecord(input)) {
    // Neither text nor an object (a number, a list): it was meant as text, and is said to be.
    return input === undefined || typeof input === 'string' || !Array.isArray(input)
      ? parseLeaf(plain, input, path)
      : {value: undefined, failures: [{path, reason: {rule: 'not-text-or-map', got: preview(input)}, rule: 'other'}]};
  }
  const entries = Object.entries(input);
  if (entries.length === 0) return {value: undefined, failures: [{path, reason: {rule: 'empty'}, rule: 'other'}]};
  for (const [key, text] of entries) {
    if (brokenRule(map.item!, key)) {
      return {
        value: undefined,
        failures: [{path, reason: {rule: 'not-language-tag', got: preview(key)}, rule: 'other'}],
      };
    }
    if (typeof text !== 'string') {
      return {
        value: undefined,
        failures: [{path, reason: {rule: 'not-text-or-map', got: preview(input)}, rule: 'other'}],
      };
    }
    const broken = brokenRule(map.wrapped!, text);
    if (broken) return {value: undefined, failures: [{path, reason: broken.reason, rule: 'other'}]};
  }
  return {value: input, failures: []};
}

/** The option of the one union (related) that `input` is meant as. */
export function unionOption(node: SchemaNode, input: unknown): SchemaNode {
  // By id when the entry names a programme or a project, otherwise a programme published elsewhere.
  const named = (key: string) => isRecord(input) && input[key] !== undefined;
  return node.options![named('programme') ? 0 : named('project') ? 1 : 2] as SchemaNode;
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
  const max = node.max!;
  if (input.length > max) return refused(path, {rule: 'too-many', max, length: input.length});
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
  const broken = brokenRule(node, input);
  if (broken) {
    const pattern = broken.rule?.type === 'regex' ? broken.rule.requirement : undefined;
    const rule = pattern === SAFE_URL_PATTERN ? 'unsafe-url' : DATE_PATTERNS.has(pattern) ? 'date-invalid' : 'other';
    return {value: undefined, failures: [{path, reason: broken.reason, rule}]};
  }
  const isDate = node.pipe?.some((action) => action.type === 'regex' && DATE_PATTERNS.has(action.requirement));
  if (isDate && !dateExists(input as string)) {
    return {
      value: undefined,
      failures: [{path, reason: {rule: 'no-such-date', got: preview(input)}, rule: 'date-invalid'}],
    };
  }
  return {value: input, failures: []};
}

const TYPE_RULES: Record<string, string> = {
  string: 'not-text',
  number: 'not-number',
  boolean: 'not-boolean',
};

/**
 * Why `input` breaks the leaf `node`, as valibot would say it: its type first, then the first of
 * its rules it breaks, in the schema's order. Undefined when it keeps them all.
 */
function brokenRule(node: SchemaNode, input: unknown): {reason: Reason; rule?: Rule} | undefined {
  if (input === undefined) return {reason: {rule: 'required'}};
  if (node.type === 'picklist') {
    if (!node.options!.includes(input)) return {reason: {rule: node.message!, got: preview(input)}};
  } else if (typeof input !== node.type || Number.isNaN(input)) {
    return {reason: {rule: TYPE_RULES[node.type]!, got: preview(input)}};
  }
  const rule = node.pipe?.find((action) => !keeps(action, input));
  if (!rule) return undefined;
  if (rule.type === 'max_length') {
    return {reason: {rule: rule.message, max: rule.requirement as number, length: (input as string).length}, rule};
  }
  return {reason: {rule: rule.message, got: preview(input)}, rule};
}

function keeps({type, requirement}: Rule, input: unknown): boolean {
  if (type === 'min_length') return (input as string).length >= (requirement as number);
  if (type === 'max_length') return (input as string).length <= (requirement as number);
  if (type === 'regex') return (requirement as RegExp).test(input as string);
  if (type === 'integer') return Number.isInteger(input);
  return (input as number) >= (requirement as number); // min_value
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
