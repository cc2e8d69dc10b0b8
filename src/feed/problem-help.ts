/**
 * What the editors' tools add to the elements' table of problems (problems.ts): the advice codes,
 * which only `programme-elements validate` reports, and for every code how to fix it, worded by
 * the editors' part of each catalogue (src/i18n/help-en.ts, help-cy.ts). The `validate`
 * command, its SARIF rules and docs/problems.md read them here; the bundle never imports this
 * module, so the elements carry what is wrong and where, not the editors' guide.
 */
import {enGB} from '../i18n/en-GB.js';
import {helpEnGB, type HelpCatalogue} from '../i18n/help-en.js';
import {help as helpCy} from '../i18n/help-cy.js';
import {primaryLanguage, type Messages} from '../i18n/messages.js';
import {
  PROBLEMS,
  fillTemplate,
  problem,
  problemIn,
  type AdviceCode,
  type FeedProblem,
  type ProblemCode,
  type ProblemSpec,
  type ProblemValues,
} from './problems.js';

/** A code's severity, what is wrong and how to fix it. */
export interface ProblemHelp extends ProblemSpec {
  /** How to fix it, with the same placeholders as the message. */
  readonly fix: string;
}

/** The editors' part of each catalogue the command line has, by primary language. */
const HELP = new Map<string, HelpCatalogue>([
  ['en', helpEnGB],
  ['cy', helpCy],
]);

/** The editors' wording for `lang`; English for a language that has none. */
export function helpFor(lang: string): HelpCatalogue {
  return HELP.get(primaryLanguage(lang)) ?? helpEnGB;
}

const isAdvice = (code: ProblemCode, help: HelpCatalogue): code is AdviceCode => Object.hasOwn(help.advice, code);

/** Every code, the elements' and the advice, in the order docs/problems.md lists them, worded by `t` and `help`. */
export function problemHelp(
  t: Messages = enGB,
  help: HelpCatalogue = helpEnGB,
): Readonly<Record<ProblemCode, ProblemHelp>> {
  return Object.fromEntries([
    ...Object.entries(PROBLEMS).map(([code, {severity}]) => [
      code,
      {severity, message: t.problems[code as keyof typeof PROBLEMS], fix: help.fixes[code as ProblemCode]},
    ]),
    ...Object.entries(help.advice).map(([code, message]) => [
      code,
      {severity: 'advice', message, fix: help.fixes[code as ProblemCode]},
    ]),
  ]) as Record<ProblemCode, ProblemHelp>;
}

/** Every code in English: docs/problems.md and the advice's English sentences. */
export const PROBLEM_HELP = problemHelp();

/** A piece of advice of kind `code` at `path`. */
export function advice(code: AdviceCode, path: string, values: FeedProblem['values'] = {}): FeedProblem {
  return problem(code, path, values, PROBLEM_HELP[code]);
}

/**
 * The problem worded in `t` (English by default), with how to fix it added to its message: what
 * the `validate` command prints. Values are filled as they are (no number formatting), so the
 * English is what it always was.
 */
export function explain(found: FeedProblem, t: Messages = enGB, lang = 'en-GB'): FeedProblem {
  const help = t === enGB ? helpEnGB : helpFor(lang);
  const values = wordedValues(found.values, t, help);
  const message = isAdvice(found.code, help)
    ? fillTemplate(help.advice[found.code], values)
    : problemIn(found, t, lang).message;
  return {...found, message: `${message} ${fillTemplate(help.fixes[found.code], values)}`};
}

/** The values with `item` and `scope` in the catalogues' words. */
function wordedValues(values: ProblemValues, t: Messages, help: HelpCatalogue): ProblemValues {
  const {item, scope} = values;
  return {
    ...values,
    ...(typeof item === 'string' && Object.hasOwn(t.items, item)
      ? {item: t.items[item as keyof Messages['items']]}
      : {}),
    ...(typeof scope === 'string' && Object.hasOwn(help.scopes, scope)
      ? {scope: help.scopes[scope as keyof HelpCatalogue['scopes']]}
      : {}),
  };
}
