/**
 * Every problem a feed can have, in one table: its code, its severity, the sentence that says
 * what is wrong (a template over the problem's `values`) and the one that says how to fix it.
 * `parseFeed`, the advice checks, the `validate` command and `docs/problems.md` all read this
 * table, so a code's meaning is written once (docs/decisions/0009-feed-problems.md).
 */

import {enGB} from '../i18n/en-GB.js';
import {format, type Messages} from '../i18n/messages.js';

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
  /** What is wrong, in English, with `{name}` placeholders filled from the problem's values. */
  readonly message: string;
  /** How to fix it, with the same placeholders. */
  readonly fix: string;
}

/** Each code's severity; its wording, in every language, is the catalogues' (`problems`). */
const SEVERITY = {
  'not-json': 'fatal',
  'not-an-object': 'fatal',
  'feed-too-large': 'fatal',
  'version-unsupported': 'fatal',
  'feed-invalid': 'fatal',
  'check-failed': 'fatal',
  'no-programmes': 'fatal',
  'item-invalid': 'item',
  'duplicate-id': 'item',
  'field-invalid': 'field',
  'unsafe-url': 'field',
  'date-invalid': 'field',
  'amount-not-positive': 'advice',
  'start-after-end': 'advice',
  'date-far-future': 'advice',
  'date-far-past': 'advice',
  'reused-id': 'advice',
  'summary-repeats-title': 'advice',
  'relative-link': 'advice',
} as const satisfies Record<keyof Messages['problems'], ProblemSeverity>;

/** Every code with its severity and its English sentence and fix (the CLI and docs/problems.md read this). */
export const PROBLEMS = Object.fromEntries(
  Object.entries(SEVERITY).map(([code, severity]) => [code, {severity, ...enGB.problems[code as ProblemCode]}]),
) as Readonly<Record<ProblemCode, ProblemSpec>>;

/** A stable, kebab-case name for one kind of problem, such as `unsafe-url`. */
export type ProblemCode = keyof typeof SEVERITY;

/** The values a problem's sentence quotes. */
export type ProblemValues = Readonly<Record<string, string | number>>;

/** One problem found in a feed. */
export interface FeedProblem {
  /** What kind of problem: one of the codes in docs/problems.md. */
  readonly code: ProblemCode;
  readonly severity: ProblemSeverity;
  /** Where: a JSON path such as `programmes[0].projects[2].url`, or `(feed)` for the whole feed. */
  readonly path: string;
  /** What is wrong and how to fix it, in English (`problemMessage()` words it in another catalogue). */
  readonly message: string;
  /** The values the message quotes. */
  readonly values: ProblemValues;
}

/**
 * A problem's sentence and fix in the catalogue `t` (English by default): the code's templates,
 * with `{reason}` worded from the value's `rule` and `{item}` from the catalogue's item names.
 */
export function problemMessage(
  found: Pick<FeedProblem, 'code' | 'values'>,
  t: Messages = enGB,
  lang = 'en-GB',
): string {
  const spec = t.problems[found.code];
  const rule = found.values['rule'];
  const item = found.values['item'];
  const values = {
    ...found.values,
    ...(typeof rule === 'string' && Object.hasOwn(t.rules, rule)
      ? {reason: format(t.rules[rule as keyof Messages['rules']], found.values, lang)}
      : {}),
    ...(typeof item === 'string' && Object.hasOwn(t.items, item)
      ? {item: t.items[item as keyof Messages['items']]}
      : {}),
  };
  return `${format(spec.message, values, lang)} ${format(spec.fix, values, lang)}`;
}

/** A problem of kind `code` at `path`, its English sentence made from the catalogue. */
export function problem(code: ProblemCode, path: string, values: ProblemValues = {}): FeedProblem {
  return {code, severity: SEVERITY[code], path, message: problemMessage({code, values}), values};
}
