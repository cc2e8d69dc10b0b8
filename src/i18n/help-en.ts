/**
 * The editors' part of the English catalogue: what only `programme-elements validate` says (how
 * to fix each problem, the advice, the report's own lines, the SARIF rules' wording). Only the
 * command line imports it (through src/feed/problem-help.ts), so the elements' bundle carries
 * none of it (docs/decisions/0010-the-schema-as-data.md); `help-cy.ts` is its Welsh, typed
 * against this one.
 *
 * `{name}` placeholders are filled from a problem's values as they are, numbers unformatted
 * (years such as 1900 must not read "1,900"); codes, paths, severities and counts by code stay
 * the same in every language.
 */
import type {AdviceCode, ProblemCode} from '../feed/problems.js';
import type {DeepStrings, Plural} from './messages.js';

export const helpEnGB = {
  /**
   * How to fix each problem, by code: after the problem's sentence in `validate`'s text, JSON and
   * SARIF results, as each SARIF rule's `help`, and in docs/problems.md.
   */
  fixes: {
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
    'related-not-found': 'Use the id of a {item} in {scope}, or remove the entry.',
  } satisfies Record<ProblemCode, string>,
  /**
   * The advice (a valid feed, but something that is rarely meant), by code: `validate`'s
   * sentence for each, as the problems' sentences are the main catalogue's; also each advice
   * rule's SARIF `shortDescription`, and docs/problems.md.
   */
  advice: {
    'amount-not-positive': 'The amount is {amount}: an amount of zero or less is rarely meant.',
    'start-after-end': 'The start ({start}) is after the end ({end}).',
    'date-far-future': 'The date {date} is more than {years} years from now.',
    'date-far-past': 'The date {date} is before {year}.',
    'reused-id': 'The id "{id}" is also used at {other}.',
    'summary-repeats-title': 'The summary repeats the title.',
    'relative-link': '"{url}" is a relative link, and the feed has no base URL to resolve it against.',
    'related-not-found':
      'This further-reading entry names the {item} "{id}", which {scope} does not hold, so it is not shown.',
  } satisfies Record<AdviceCode, string>,
  /** Where `related-not-found` looked for the entry's target, as `{scope}` above. */
  scopes: {
    'the feed': 'the feed',
    'this programme': 'this programme',
  },
  /** The lines of `validate`'s text report (`--format text`) around the problems. */
  report: {
    /** A feed with no problem and no advice; `{file}` is its name or URL. */
    valid: '{file}: valid, no problems.',
    /** After a code's first three problems: how many more there are; `{code}` is the code. */
    more: '… and {count} more {code} (--format json lists every one).',
    /** The verdict, in the last line: a fatal problem. */
    fatal: 'invalid: nothing of it can be shown',
    /** The verdict: items or fields left out. */
    damaged: 'invalid: it is shown with what is damaged left out',
    /** The verdict: advice only. */
    adviceOnly: 'valid, with advice',
    /**
     * The last line: `{verdict}` one of the three above, `{problems}` the count below,
     * `{severities}` "1 item, 2 field" and `{codes}` "date-invalid 1, unsafe-url 2" (severities
     * and codes as they are in the JSON).
     */
    summary: '{file}: {verdict}. {problems} ({severities}): {codes}.',
    /** The number of problems in the last line. */
    problems: {one: '{count} problem', other: '{count} problems'} as Plural,
  },
};

/** The editors' part of a catalogue: English's shape, every string given. */
export type HelpCatalogue = DeepStrings<typeof helpEnGB>;
