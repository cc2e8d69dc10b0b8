/**
 * Every problem the elements can find in a feed, in one table: its code, its severity and the
 * sentence that says what is wrong (a template over the problem's `values`). `parseFeed` and the
 * loader make every `FeedProblem` from it. How to fix each one, and the advice codes only the
 * editors' tools report, are in `problem-help.ts`, which the bundle does not carry: the
 * `validate` command and `docs/problems.md` add the fix to the same code
 * (docs/decisions/0009-feed-problems.md, 0010-the-schema-as-data.md).
 */

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

export const PROBLEMS = {
  'not-json': {severity: 'fatal', message: 'The file is not valid JSON ({detail}).'},
  'not-an-object': {severity: 'fatal', message: 'The feed must be a JSON object, got {got}.'},
  'feed-too-large': {severity: 'fatal', message: 'The feed must be at most 512 KB ({limit} bytes).'},
  'version-unsupported': {
    severity: 'fatal',
    message: 'Feed format version {version} is not supported: this library reads version {major}.x.',
  },
  'feed-invalid': {severity: 'fatal', message: '"{field}" {reason}; the feed cannot be shown.'},
  'check-failed': {
    severity: 'fatal',
    message: 'The feed could not be checked: this page’s own script changed something the check relies on ({detail}).',
  },
  'no-programmes': {severity: 'fatal', message: 'The feed has no programme that can be shown{detail}.'},
  'item-invalid': {severity: 'item', message: '"{field}" {reason}; this {item} is left out.'},
  'duplicate-id': {
    severity: 'item',
    message: '"{id}" is used twice: ids must be unique, so this {item} is left out.',
  },
  'field-invalid': {severity: 'field', message: '"{field}" {reason}; "{dropped}" is left out.'},
  'unsafe-url': {severity: 'field', message: '"{field}" {reason}; "{dropped}" is left out.'},
  'date-invalid': {severity: 'field', message: '"{field}" {reason}; "{dropped}" is left out.'},
} as const satisfies Record<string, ProblemSpec>;

/** The codes only the editors' tools report (problem-help.ts has their sentences). */
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
export type ProblemCode = keyof typeof PROBLEMS | AdviceCode;

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

/** A problem of kind `code` at `path`, its sentence made from `spec` (by default the code's own, from the table). */
export function problem(
  code: ProblemCode,
  path: string,
  values: ProblemValues = {},
  spec: ProblemSpec = PROBLEMS[code as keyof typeof PROBLEMS],
): FeedProblem {
  return {code, severity: spec.severity, path, message: fillTemplate(spec.message, values), values};
}
