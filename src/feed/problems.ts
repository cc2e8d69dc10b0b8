/**
 * Every problem a feed can have, in one table: its code, its severity, the sentence that says
 * what is wrong (a template over the problem's `values`) and the one that says how to fix it.
 * `parseFeed`, the advice checks, the `validate` command and `docs/problems.md` all read this
 * table, so a code's meaning is written once (docs/decisions/0009-feed-problems.md).
 */

/**
 * How much of the feed a problem costs the reader:
 * - `fatal`: nothing can be shown (not JSON, not an object, an unknown major version, no programme);
 * - `item`: one programme, project, aim, resource, related programme or promo is left out;
 * - `field`: one optional value is left out and its item is shown without it;
 * - `advice`: the feed is shown whole, but something looks like a mistake.
 */
export type ProblemSeverity = 'fatal' | 'item' | 'field' | 'advice';

interface ProblemSpec {
  readonly severity: ProblemSeverity;
  /** What is wrong, with `{name}` placeholders filled from the problem's values. */
  readonly message: string;
  /** How to fix it, with the same placeholders. */
  readonly fix: string;
}

export const PROBLEMS = {
  'not-json': {
    severity: 'fatal',
    message: 'The file is not valid JSON ({detail}).',
    fix: 'Check it with a JSON validator: a missing comma, quote or bracket is the usual cause.',
  },
  'not-an-object': {
    severity: 'fatal',
    message: 'The feed must be a JSON object, got {got}.',
    fix: 'Start the file with "{" and give it version, publisher and programmes.',
  },
  'feed-too-large': {
    severity: 'fatal',
    message: 'The feed must be at most 512 KB ({limit} bytes).',
    fix: 'Split it into several feeds, or shorten its longest texts.',
  },
  'version-unsupported': {
    severity: 'fatal',
    message: 'Feed format version {version} is not supported: this library reads version {major}.x.',
    fix: 'Publish the feed as version {major}.x, or use a release that reads version {version}.',
  },
  'feed-invalid': {
    severity: 'fatal',
    message: '"{field}" {reason}; the feed cannot be shown.',
    fix: 'Correct it to show the feed.',
  },
  'check-failed': {
    severity: 'fatal',
    message: 'The feed could not be checked: this page’s own script changed something the check relies on ({detail}).',
    fix: 'This is not a fault of the feed: look for a script on the page that replaces or freezes built-in objects.',
  },
  'no-programmes': {
    severity: 'fatal',
    message: 'The feed has no programme that can be shown{detail}.',
    fix: 'List at least one valid programme in "programmes".',
  },
  'item-invalid': {
    severity: 'item',
    message: '"{field}" {reason}; this {item} is left out.',
    fix: 'Correct it to show the {item}.',
  },
  'duplicate-id': {
    severity: 'item',
    message: '"{id}" is used twice: ids must be unique, so this {item} is left out.',
    fix: 'Give it an id of its own; the first {item} with this id is shown.',
  },
  'field-invalid': {
    severity: 'field',
    message: '"{field}" {reason}; "{dropped}" is left out.',
    fix: 'Correct it or remove it.',
  },
  'unsafe-url': {
    severity: 'field',
    message: '"{field}" {reason}; "{dropped}" is left out.',
    fix: 'Use an https:// address, a mailto: address or a path such as /reports.',
  },
  'date-invalid': {
    severity: 'field',
    message: '"{field}" {reason}; "{dropped}" is left out.',
    fix: 'Write a date that exists as YYYY-MM-DD (or YYYY where a year is enough).',
  },
  'amount-not-positive': {
    severity: 'advice',
    message: 'The amount is {amount}: an amount of zero or less is rarely meant.',
    fix: 'Give the amount awarded or planned, or leave the amount out.',
  },
  'start-after-end': {
    severity: 'advice',
    message: 'The start ({start}) is after the end ({end}).',
    fix: 'Correct one of the dates, or swap them.',
  },
  'date-far-future': {
    severity: 'advice',
    message: 'The date {date} is more than {years} years from now.',
    fix: 'Check the year: a slip such as 2103 for 2013 is the usual cause.',
  },
  'date-far-past': {
    severity: 'advice',
    message: 'The date {date} is before {year}.',
    fix: 'Check the year: a slip such as 1913 for 2013 is the usual cause.',
  },
  'reused-id': {
    severity: 'advice',
    message: 'The id "{id}" is also used at {other}.',
    fix: 'Give each {item} an id of its own across the feed: 360Giving needs unique grant identifiers.',
  },
  'summary-repeats-title': {
    severity: 'advice',
    message: 'The summary repeats the title.',
    fix: 'Say in a sentence or two what the {item} is, or leave the summary out.',
  },
  'relative-link': {
    severity: 'advice',
    message: '"{url}" is a relative link, and the feed has no base URL to resolve it against.',
    fix: 'Use an absolute https:// address, or validate the feed at the URL it is published at.',
  },
  'related-not-found': {
    severity: 'advice',
    message: 'This further-reading entry names the {item} "{id}", which {scope} does not hold, so it is not shown.',
    fix: 'Use the id of a {item} in {scope}, or remove the entry.',
  },
} as const satisfies Record<string, ProblemSpec>;

/** A stable, kebab-case name for one kind of problem, such as `unsafe-url`. */
export type ProblemCode = keyof typeof PROBLEMS;

/** The values a problem's sentence quotes. */
export type ProblemValues = Readonly<Record<string, string | number>>;

/** One problem found in a feed. */
export interface FeedProblem {
  /** What kind of problem: one of the codes in docs/problems.md. */
  readonly code: ProblemCode;
  readonly severity: ProblemSeverity;
  /** Where: a JSON path such as `programmes[0].projects[2].url`, or `(feed)` for the whole feed. */
  readonly path: string;
  /** What is wrong and how to fix it, in English. */
  readonly message: string;
  /** The values the message quotes. */
  readonly values: ProblemValues;
}

/** Fills `{name}` placeholders from `values`. */
export function fillTemplate(template: string, values: ProblemValues): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** A problem of kind `code` at `path`, its sentence made from the table. */
export function problem(code: ProblemCode, path: string, values: ProblemValues = {}): FeedProblem {
  const spec: ProblemSpec = PROBLEMS[code];
  return {
    code,
    severity: spec.severity,
    path,
    message: `${fillTemplate(spec.message, values)} ${fillTemplate(spec.fix, values)}`,
    values,
  };
}
