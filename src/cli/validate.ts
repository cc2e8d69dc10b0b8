/// <reference types="node" />
/**
 * `programme-elements validate <file or URL>... [--format text|json|sarif] [--lang cy]`: every
 * problem of each feed, with its line and column, as the elements would find it, plus advice.
 * `--lang` words everything it prints on stdout from that language's catalogue (each problem's
 * sentence as the elements do in a page in that language, how to fix it, the advice, the report's
 * lines, the SARIF rules: src/i18n/help-*.ts); codes, paths, places and counts stay the same.
 * Exit 0 when every feed is valid (advice allowed), 1 when one is not, 2 for a usage mistake or
 * a feed that cannot be read.
 */
import {adviseFeed} from '../feed/advice.js';
import {MAX_FEED_BYTES} from '../feed/load-feed.js';
import {parseFeed} from '../feed/parse-feed.js';
import {explain, helpFor, problemHelp} from '../feed/problem-help.js';
import {fillTemplate, problem, type FeedProblem, type ProblemCode, type ProblemSeverity} from '../feed/problems.js';
import {enGB} from '../i18n/en-GB.js';
import {helpEnGB, type HelpCatalogue} from '../i18n/help-en.js';
import {DEFAULT_LANG, loadCatalogue, messages, plural, primaryLanguage, type Messages} from '../i18n/messages.js';
import {VERSION} from '../version.js';
import {codeFrame, readJsonSource, type Position} from './json-source.js';
import {EXIT_USAGE, parseCommandArgs, type CommandIo} from './command.js';
import {readInput} from './read-input.js';

export const summary =
  'check feeds before publishing: validate <file or URL>... [--format text|json|sarif] [--lang en|cy]';

const USAGE = 'Usage: programme-elements validate <file or URL>... [--format text|json|sarif] [--lang en|cy]\n';
const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];
/** Occurrences of one code shown in full before the rest are only counted. */
const SHOWN_PER_CODE = 3;

/** One problem where it is in its file. */
export interface LocatedProblem extends FeedProblem, Position {
  readonly file: string;
}

/** The language of the report: the catalogue, its editors' part, and the tag. */
interface Wording {
  readonly t: Messages;
  readonly help: HelpCatalogue;
  readonly lang: string;
}

const ENGLISH: Wording = {t: enGB, help: helpEnGB, lang: DEFAULT_LANG};

interface Checked {
  readonly file: string;
  readonly text: string;
  readonly problems: readonly LocatedProblem[];
}

export async function run(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {format: {type: 'string', default: 'text'}, lang: {type: 'string', default: DEFAULT_LANG}},
    USAGE,
    io,
  );
  if (!parsed) return EXIT_USAGE;
  const format = parsed.values.format as Format;
  if (!FORMATS.includes(format)) {
    io.stderr.write(`--format must be text, json or sarif, not "${format}".\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (parsed.positionals.length === 0) {
    io.stderr.write(`Name at least one feed file or URL.\n${USAGE}`);
    return EXIT_USAGE;
  }
  const lang = parsed.values.lang;
  await loadCatalogue(lang);
  const t = messages(lang);
  const wording: Wording = t === enGB ? ENGLISH : {t, help: helpFor(lang), lang};
  if (t === enGB && primaryLanguage(lang) !== 'en') {
    io.stderr.write(`--lang ${lang}: there is no catalogue for "${lang}"; the problems are in English.\n`);
  }
  let unreadable = false;
  const checked: Checked[] = [];
  for (const file of parsed.positionals) {
    const input = await readInput(file);
    if (!input.ok) {
      io.stderr.write(`${file}: cannot be read (${input.reason}).\n`);
      unreadable = true;
      continue;
    }
    checked.push({file, text: input.text, problems: check(file, input.text, input.bytes, input.url, wording)});
  }
  const all = checked.flatMap((result) => result.problems);
  if (format === 'json') io.stdout.write(`${JSON.stringify(all.map(asJson), null, 2)}\n`);
  else if (format === 'sarif') io.stdout.write(`${JSON.stringify(sarif(all, wording), null, 2)}\n`);
  else io.stdout.write(checked.map((result) => textReport(result, wording)).join('\n'));
  if (unreadable) return EXIT_USAGE;
  return all.some((found) => found.severity !== 'advice') ? 1 : 0;
}

/** Every problem and piece of advice for one feed's text, located in it, worded in `t` (English by default). */
export function check(
  file: string,
  text: string,
  bytes: number,
  url: string | undefined,
  {t, lang}: Pick<Wording, 't' | 'lang'> = ENGLISH,
): LocatedProblem[] {
  const worded = (found: FeedProblem) => explain(found, t, lang);
  const read = readJsonSource(text);
  if (!read.ok) {
    return [{...worded(problem('not-json', '(feed)', {detail: read.reason})), ...read.position, file}];
  }
  const {source, json} = read;
  const problems: FeedProblem[] = [];
  if (bytes > MAX_FEED_BYTES)
    problems.push(problem('feed-too-large', '(feed)', {limit: MAX_FEED_BYTES.toLocaleString('en-GB')}));
  problems.push(...parseFeed(json).problems);
  if (!problems.some((found) => found.severity === 'fatal' && found.path === 'version'))
    problems.push(...adviseFeed(json, {baseUrl: url}));
  return problems
    .map((found) => ({...worded(found), ...source.positionOf(found.path), file}))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

function asJson({file, code, severity, path, line, column, message}: LocatedProblem) {
  return {file, code, severity, path, line, column, message};
}

const SEVERITY_ORDER: readonly ProblemSeverity[] = ['fatal', 'item', 'field', 'advice'];

function textReport({file, text, problems}: Checked, {help, lang}: Wording): string {
  const report = help.report;
  if (problems.length === 0) return `${fillTemplate(report.valid, {file})}\n`;
  const out: string[] = [];
  const byCode = new Map<ProblemCode, LocatedProblem[]>();
  for (const found of problems) byCode.set(found.code, [...(byCode.get(found.code) ?? []), found]);
  const shown = new Set([...byCode.values()].flatMap((list) => list.slice(0, SHOWN_PER_CODE)));
  for (const found of problems) {
    if (!shown.has(found)) continue;
    out.push(`${file}:${found.line}:${found.column}  ${found.severity}  ${found.code}  ${found.path}`);
    out.push(codeFrame(text, found));
    out.push(`  ${found.message}`, '');
  }
  for (const [code, list] of byCode) {
    if (list.length > SHOWN_PER_CODE) out.push(fillTemplate(report.more, {count: list.length - SHOWN_PER_CODE, code}));
  }
  const counts = [...byCode].map(([code, list]) => `${code} ${list.length}`).join(', ');
  const bySeverity = SEVERITY_ORDER.map(
    (severity) => [severity, problems.filter((p) => p.severity === severity).length] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`)
    .join(', ');
  const verdict = problems.some((p) => p.severity === 'fatal')
    ? report.fatal
    : problems.some((p) => p.severity !== 'advice')
      ? report.damaged
      : report.adviceOnly;
  // The count as digits, as the counts by code are, in every language.
  const count = plural(report.problems, problems.length, lang, {count: String(problems.length)});
  out.push(fillTemplate(report.summary, {file, verdict, problems: count, severities: bySeverity, codes: counts}));
  return `${out.join('\n')}\n`;
}

const SARIF_LEVEL: Record<ProblemSeverity, 'error' | 'warning' | 'note'> = {
  fatal: 'error',
  item: 'error',
  field: 'warning',
  advice: 'note',
};

/** A SARIF 2.1.0 log, the format code hosts read to annotate files; its rules worded as the results are. */
function sarif(problems: readonly LocatedProblem[], {t, help, lang}: Wording) {
  const table = problemHelp(t, help);
  const codes = Object.keys(table) as ProblemCode[];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        // The language of the run's messages (SARIF's `language`, BCP 47): what --lang chose, or English.
        language: lang,
        tool: {
          driver: {
            name: 'programme-elements',
            version: VERSION,
            rules: codes.map((code) => ({
              id: code,
              shortDescription: {text: table[code].message},
              help: {text: table[code].fix},
              defaultConfiguration: {level: SARIF_LEVEL[table[code].severity]},
              properties: {severity: table[code].severity, docs: `docs/problems.md#${code}`},
            })),
          },
        },
        results: problems.map((found) => ({
          ruleId: found.code,
          ruleIndex: codes.indexOf(found.code),
          level: SARIF_LEVEL[found.severity],
          message: {text: found.message},
          locations: [
            {
              physicalLocation: {
                artifactLocation: {uri: found.file},
                region: {startLine: found.line, startColumn: found.column},
              },
              logicalLocations: [{fullyQualifiedName: found.path, kind: 'member'}],
            },
          ],
        })),
      },
    ],
  };
}
