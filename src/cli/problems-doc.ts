/**
 * docs/problems.md, written from the table of problems (src/feed/problems.ts, with the fixes
 * and advice of src/feed/problem-help.ts) by
 * `npm run docs:problems`; a test fails when the committed file differs.
 */
import {PROBLEM_HELP as PROBLEMS} from '../feed/problem-help.js';
import type {ProblemCode, ProblemSeverity} from '../feed/problems.js';

const SEVERITIES: readonly [ProblemSeverity, string][] = [
  ['fatal', 'Nothing of the feed can be shown: every element shows its error.'],
  [
    'item',
    'One programme, project, aim, resource, related programme or promo is left out; the rest is shown, and an element asked for that item shows its error.',
  ],
  ['field', 'One optional value is left out, and its item is shown without it.'],
  ['advice', 'The feed is shown whole, but something looks like a mistake. `validate` still exits 0.'],
];

export function problemsMarkdown(): string {
  const out = [
    '# Feed problems',
    '',
    '<!-- Written by `npm run docs:problems` from src/feed/problems.ts: edit the table there. -->',
    '',
    'Every problem `programme-elements validate` reports, and that the elements list in `feed-error`',
    'and `parseFeed`, has one of these codes. In the sentences, `{name}` stands for a value from the',
    "feed, such as the field's name or what it holds.",
    '',
  ];
  for (const [severity, meaning] of SEVERITIES) {
    out.push(`## ${severity}`, '', meaning, '');
    for (const code of Object.keys(PROBLEMS) as ProblemCode[]) {
      const spec = PROBLEMS[code];
      if (spec.severity !== severity) continue;
      out.push(`### ${code}`, '', `- What is wrong: ${spec.message}`, `- How to fix it: ${spec.fix}`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
