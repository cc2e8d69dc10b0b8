/**
 * Every problem the elements can find in a feed, in one table: its code, its severity and the
 * sentence that says what is wrong (a template over the problem's `values`). `parseFeed` and the
 * loader make every `FeedProblem` from it. How to fix each one, and the advice codes only the
 * editors' tools report, are in `problem-help.ts`, which the bundle does not carry: the
 * `validate` command and `docs/problems.md` add the fix to the same code
 * (docs/decisions/0009-feed-problems.md, 0010-the-schema-as-data.md). The sentences themselves
 * are the catalogues' (src/i18n/en-GB.ts, cy.ts), worded from a problem's code and values.
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

export interface ProblemSpec {
  readonly severity: ProblemSeverity;
  /** What is wrong, with `{name}` placeholders filled from the problem's values. */
  readonly message: string;
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
} as const satisfies Record<keyof Messages['problems'], ProblemSeverity>;

/** Every code the elements report, with its severity and its English sentence (from the English catalogue). */
export const PROBLEMS = Object.fromEntries(
  Object.entries(SEVERITY).map(([code, severity]) => [
    code,
    {severity, message: enGB.problems[code as keyof typeof SEVERITY]},
  ]),
) as Readonly<Record<keyof typeof SEVERITY, ProblemSpec>>;

/** The codes only the editors' tools report (src/i18n/help-en.ts has their sentences). */
export type AdviceCode =
  | 'amount-not-positive'
  | 'start-after-end'
  | 'date-far-future'
  | 'date-far-past'
  | 'reused-id'
  | 'summary-repeats-title'
  | 'relative-link'
  | 'related-not-found';

/** A stable, kebab-case name for one kind of problem, such as `unsafe-url`. */
export type ProblemCode = keyof typeof SEVERITY | AdviceCode;

/** The values a problem's sentence quotes. */
export type ProblemValues = Readonly<Record<string, string | number>>;

/** One problem found in a feed. */
export interface FeedProblem {
  /** What kind of problem: one of the codes in docs/problems.md. */
  readonly code: ProblemCode;
  readonly severity: ProblemSeverity;
  /** Where: a JSON path such as `programmes[0].projects[2].url`, or `(feed)` for the whole feed. */
  readonly path: string;
  /**
   * What is wrong, in English. The elements say what and where; `programme-elements validate`
   * adds how to fix it, and docs/problems.md explains every code.
   */
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

/**
 * A problem's sentence in the catalogue `t` (English by default): the code's template, with
 * `{reason}` worded from the value's `rule` and `{item}` from the catalogue's item names.
 */
export function problemMessage(
  found: Pick<FeedProblem, 'code' | 'values'>,
  t: Messages = enGB,
  lang = 'en-GB',
): string {
  const template = Object.hasOwn(t.problems, found.code) ? t.problems[found.code as keyof typeof SEVERITY] : undefined;
  if (template === undefined) return found.values['message'] === undefined ? '' : String(found.values['message']);
  return format(template, wordedValues(found.values, t, lang), lang);
}

/**
 * The problem with its `message` in the catalogue `t`; the editors' advice, which has no sentence
 * in the catalogues, keeps its own English wording.
 */
export function problemIn(found: FeedProblem, t: Messages, lang: string): FeedProblem {
  // English is the sentence the problem was made with.
  if (t === enGB || !Object.hasOwn(t.problems, found.code)) return found;
  return {...found, message: problemMessage(found, t, lang)};
}

/** The values with `reason` and `item` in the catalogue's words. */
function wordedValues(values: ProblemValues, t: Messages, lang: string): Record<string, string | number> {
  const rule = values['rule'];
  const item = values['item'];
  return {
    ...values,
    ...(typeof rule === 'string' && Object.hasOwn(t.rules, rule)
      ? {reason: format(t.rules[rule as keyof Messages['rules']], values, lang)}
      : {}),
    ...(typeof item === 'string' && Object.hasOwn(t.items, item)
      ? {item: t.items[item as keyof Messages['items']]}
      : {}),
  };
}

/**
 * A problem of kind `code` at `path`, its English sentence from the catalogue (or from `spec`:
 * the editors' advice). Its values keep `reason`, the rule in English, as format 1.0's did.
 */
export function problem(code: ProblemCode, path: string, values: ProblemValues = {}, spec?: ProblemSpec): FeedProblem {
  const english = typeof values['rule'] === 'string' ? wordedValues(values, enGB, 'en-GB') : values;
  const kept = 'reason' in english ? {...values, reason: english['reason']!} : values;
  if (spec) return {code, severity: spec.severity, path, message: fillTemplate(spec.message, kept), values: kept};
  const severity = SEVERITY[code as keyof typeof SEVERITY];
  return {code, severity, path, message: problemMessage({code, values}), values: kept};
}
