/**
 * What the editors' tools add to the elements' table of problems (problems.ts): the advice codes,
 * which only `programme-elements validate` reports, and for every code how to fix it. The
 * `validate` command, its SARIF rules and docs/problems.md read `PROBLEM_HELP`; the bundle never
 * imports this module, so the elements carry what is wrong and where, not the editors' guide.
 */
import {
  PROBLEMS,
  fillTemplate,
  problem,
  type AdviceCode,
  type FeedProblem,
  type ProblemCode,
  type ProblemSpec,
} from './problems.js';

/** A code's severity, what is wrong and how to fix it. */
export interface ProblemHelp extends ProblemSpec {
  /** How to fix it, with the same placeholders as the message. */
  readonly fix: string;
}

const ADVICE = {
  'amount-not-positive': 'The amount is {amount}: an amount of zero or less is rarely meant.',
  'start-after-end': 'The start ({start}) is after the end ({end}).',
  'date-far-future': 'The date {date} is more than {years} years from now.',
  'date-far-past': 'The date {date} is before {year}.',
  'reused-id': 'The id "{id}" is also used at {other}.',
  'summary-repeats-title': 'The summary repeats the title.',
  'relative-link': '"{url}" is a relative link, and the feed has no base URL to resolve it against.',
} as const satisfies Record<AdviceCode, string>;

const FIXES: Record<ProblemCode, string> = {
  'not-json': 'Check it with a JSON validator: a missing comma, quote or bracket is the usual cause.',
  'not-an-object': 'Start the file with "{" and give it version, publisher and programmes.',
  'feed-too-large': 'Split it into several feeds, or shorten its longest texts.',
  'version-unsupported': 'Publish the feed as version {major}.x, or use a release that reads version {version}.',
  'feed-invalid': 'Correct it to show the feed.',
  'check-failed':
    'This is not a fault of the feed: look for a script on the page that replaces or freezes built-in objects.',
  'no-programmes': 'List at least one valid programme in "programmes".',
  'item-invalid': 'Correct it to show the {item}.',
  'duplicate-id': 'Give it an id of its own; the first {item} with this id is shown.',
  'field-invalid': 'Correct it or remove it.',
  'unsafe-url': 'Use an https:// address, a mailto: address or a path such as /reports.',
  'date-invalid': 'Write a date that exists as YYYY-MM-DD (or YYYY where a year is enough).',
  'amount-not-positive': 'Give the amount awarded or planned, or leave the amount out.',
  'start-after-end': 'Correct one of the dates, or swap them.',
  'date-far-future': 'Check the year: a slip such as 2103 for 2013 is the usual cause.',
  'date-far-past': 'Check the year: a slip such as 1913 for 2013 is the usual cause.',
  'reused-id': 'Give each {item} an id of its own across the feed: 360Giving needs unique grant identifiers.',
  'summary-repeats-title': 'Say in a sentence or two what the {item} is, or leave the summary out.',
  'relative-link': 'Use an absolute https:// address, or validate the feed at the URL it is published at.',
};

/** Every code, the elements' and the advice, in the order docs/problems.md lists them. */
export const PROBLEM_HELP: Readonly<Record<ProblemCode, ProblemHelp>> = Object.fromEntries([
  ...Object.entries(PROBLEMS).map(([code, spec]) => [code, {...spec, fix: FIXES[code as ProblemCode]}]),
  ...Object.entries(ADVICE).map(([code, message]) => [
    code,
    {severity: 'advice', message, fix: FIXES[code as ProblemCode]},
  ]),
]) as Record<ProblemCode, ProblemHelp>;

/** A piece of advice of kind `code` at `path`. */
export function advice(code: AdviceCode, path: string, values: FeedProblem['values'] = {}): FeedProblem {
  return problem(code, path, values, PROBLEM_HELP[code]);
}

/** The problem with how to fix it added to its message: what the `validate` command prints. */
export function explain(found: FeedProblem): FeedProblem {
  return {...found, message: `${found.message} ${fillTemplate(PROBLEM_HELP[found.code].fix, found.values)}`};
}
