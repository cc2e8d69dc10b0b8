/**
 * Advice: what a data-quality tool such as 360Giving's CoVE points out in a feed that is valid,
 * because it is rarely meant. Used by the `validate` command, never by the elements (it would
 * only add weight to the bundle). It reads the JSON as written, so its paths are those of the
 * file even where `parseFeed` left an item out.
 */
import {DATE_PATTERNS, isRecord, unionOption, type SchemaNode} from './parse-feed.js';
import {SAFE_URL_PATTERN} from './patterns.js';
import {advice as problem} from './problem-help.js';
import type {FeedProblem} from './problems.js';
import {FeedRules} from './rules.js';

export interface AdviceOptions {
  /** The URL the feed is published at: relative links resolve against it. */
  readonly baseUrl?: string | undefined;
  /** Today, for the far-future check. */
  readonly now?: Date;
}

/** How far from today a date must be to be called a slip. */
const FUTURE_YEARS = 10;
const EARLIEST_YEAR = 1900;

/** Every piece of advice for `json`, a feed as decoded from its file. */
export function adviseFeed(json: unknown, options: AdviceOptions = {}): FeedProblem[] {
  const advice: FeedProblem[] = [];
  if (!isRecord(json)) return advice;
  const thisYear = (options.now ?? new Date()).getUTCFullYear();
  visitLeaves(FeedRules, json, '', (node, value, path) => {
    if (typeof value !== 'string') return;
    const rules = node.pipe?.filter((action) => action.type === 'regex').map((action) => action.requirement) ?? [];
    if (rules.some((rule) => DATE_PATTERNS.has(rule)) && /^\d{4}/.test(value)) {
      const year = Number(value.slice(0, 4));
      if (year > thisYear + FUTURE_YEARS)
        advice.push(problem('date-far-future', path, {date: value, years: FUTURE_YEARS}));
      if (year < EARLIEST_YEAR) advice.push(problem('date-far-past', path, {date: value, year: EARLIEST_YEAR}));
    }
    if (!options.baseUrl && rules.includes(SAFE_URL_PATTERN) && isRelative(value)) {
      advice.push(problem('relative-link', path, {url: value.length > 60 ? `${value.slice(0, 60)}…` : value}));
    }
  });
  const firstUse = new Map<string, string>();
  const programmes = Array.isArray(json['programmes']) ? json['programmes'] : [];
  programmes.forEach((programme: unknown, p) => {
    if (!isRecord(programme)) return;
    const at = `programmes[${p}]`;
    const funding = programme['fundingPerTeam'];
    // A negative amount is already refused (field-invalid); zero is valid but rarely meant.
    if (isRecord(funding) && funding['amount'] === 0) {
      advice.push(problem('amount-not-positive', `${at}.fundingPerTeam.amount`, {amount: 0}));
    }
    checkPeriod(programme['period'], `${at}.period`, advice);
    checkReferences(programme, programmes, at, advice);
    repeatsTitle(programme, 'strapline', at, 'programme', advice);
    const seenHere = new Set<string>();
    for (const [list, item] of [
      ['projects', 'project'],
      ['resources', 'resource'],
      ['related', 'related programme'],
    ] as const) {
      const entries = programme[list];
      if (!Array.isArray(entries)) continue;
      entries.forEach((entry: unknown, index) => {
        if (!isRecord(entry)) return;
        const path = `${at}.${list}[${index}]`;
        repeatsTitle(entry, 'summary', path, item, advice);
        if (list === 'related') checkPeriod(entry['period'], `${path}.period`, advice);
        const id = entry['id'];
        if (list === 'related' || typeof id !== 'string') return;
        // Two projects with one id in one programme are refused (duplicate-id); across the
        // feed they are shown, but would make two grants with one identifier.
        const key = `${list}:${id}`;
        const first = firstUse.get(key);
        if (first && !(list === 'projects' && seenHere.has(key))) {
          advice.push(problem('reused-id', `${path}.id`, {id, other: first, item}));
        } else if (!first) firstUse.set(key, `${path}.id`);
        seenHere.add(key);
      });
    }
  });
  return advice;
}

/** Further-reading entries by id that name nothing: a programme not in the feed, a project not in this programme. */
function checkReferences(
  programme: Record<string, unknown>,
  programmes: readonly unknown[],
  at: string,
  advice: FeedProblem[],
): void {
  const related = programme['related'];
  if (!Array.isArray(related)) return;
  const ids = (entries: unknown) =>
    new Set(Array.isArray(entries) ? entries.filter(isRecord).map((entry) => entry['id']) : []);
  const programmeIds = ids(programmes);
  const projectIds = ids(programme['projects']);
  related.forEach((entry: unknown, index) => {
    if (!isRecord(entry)) return;
    const path = `${at}.related[${index}]`;
    const {programme: programmeId, project: projectId} = entry;
    if (typeof programmeId === 'string' && !programmeIds.has(programmeId)) {
      advice.push(
        problem('related-not-found', `${path}.programme`, {item: 'programme', id: programmeId, scope: 'the feed'}),
      );
    } else if (programmeId === undefined && typeof projectId === 'string' && !projectIds.has(projectId)) {
      advice.push(
        problem('related-not-found', `${path}.project`, {item: 'project', id: projectId, scope: 'this programme'}),
      );
    }
  });
}

function checkPeriod(period: unknown, path: string, advice: FeedProblem[]): void {
  if (!isRecord(period)) return;
  const {start, end} = period;
  if (typeof start !== 'string' || typeof end !== 'string') return;
  // "2012" starts on 1 January and "2011-06" ends on 30 June: compare as far as both go.
  const length = Math.min(start.length, end.length);
  if (start.slice(0, length) > end.slice(0, length)) advice.push(problem('start-after-end', path, {start, end}));
}

function repeatsTitle(
  entry: Record<string, unknown>,
  field: 'summary' | 'strapline',
  path: string,
  item: string,
  advice: FeedProblem[],
): void {
  const {title} = entry;
  const summary = entry[field];
  if (
    typeof title === 'string' &&
    typeof summary === 'string' &&
    comparable(title) &&
    comparable(title) === comparable(summary)
  ) {
    advice.push(problem('summary-repeats-title', `${path}.${field}`, {item}));
  }
}

/** Text without case, punctuation or spacing differences. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function isRelative(url: string): boolean {
  return !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(url);
}

/** Calls `visit` for every value the schema knows as a leaf (text, number, …), with its path. */
function visitLeaves(
  node: SchemaNode,
  input: unknown,
  path: string,
  visit: (node: SchemaNode, value: unknown, path: string) => void,
): void {
  if (node.type === 'optional') visitLeaves(node.wrapped!, input, path, visit);
  else if (node.type === 'union' && (node.options![1] as SchemaNode).type === 'record') {
    // Text or a language map (format 1.1): each language's text is a leaf at the field's path.
    const plain = node.options![0] as SchemaNode;
    if (isRecord(input)) for (const text of Object.values(input)) visit(plain, text, path);
    else visit(plain, input, path);
  } else if (node.type === 'union') visitLeaves(unionOption(node, input), input, path, visit);
  else if (node.type === 'object') {
    if (!isRecord(input)) return;
    for (const [key, entry] of Object.entries(node.entries ?? {})) {
      if (input[key] !== undefined) visitLeaves(entry, input[key], path ? `${path}.${key}` : key, visit);
    }
  } else if (node.type === 'array') {
    if (Array.isArray(input))
      input.forEach((entry: unknown, index) => visitLeaves(node.item!, entry, `${path}[${index}]`, visit));
  } else visit(node, input, path);
}
