// docs/problems.md is the one place each code is explained: written from the table of problems,
// so it names every code and only those. And the command stays fast enough for a pre-publish step.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {problemsMarkdown} from '../../dist/cli/problems-doc.js';
import {PROBLEM_HELP as PROBLEMS} from '../../dist/feed/problem-help.js';
import {cli, fixture} from './run-cli.mjs';

describe('docs/problems.md', () => {
  const committed = readFileSync(new URL('../../docs/problems.md', import.meta.url), 'utf8');

  it('is what the table of problems writes (run npm run docs:problems after changing it)', () => {
    assert.equal(committed, problemsMarkdown());
  });

  it('explains every code under its severity, and no other', () => {
    const documented = [...committed.matchAll(/^### (\S+)$/gm)].map((match) => match[1]);
    assert.deepEqual(documented.toSorted(), Object.keys(PROBLEMS).toSorted());
    for (const [code, {severity}] of Object.entries(PROBLEMS)) {
      const section = committed.slice(committed.indexOf(`\n## ${severity}\n`), committed.indexOf(`\n### ${code}\n`));
      assert.equal(section.includes('\n## ', 1), false, `${code} is under ## ${severity}`);
    }
  });

  it('gives every code a sentence that ends with a full stop, for the message and for the fix', () => {
    for (const [code, {message, fix}] of Object.entries(PROBLEMS)) {
      assert.match(code, /^[a-z]+(-[a-z]+)*$/, 'kebab-case');
      assert.match(message, /\.$/, code);
      assert.match(fix, /^[A-Z].*\.$/, code);
    }
  });
});

describe('validate, timed', () => {
  it('checks the sample feed in well under a second', () => {
    const start = performance.now();
    const {code} = cli('validate', fixture('../../../sample/sample-feed.json'));
    const elapsed = performance.now() - start;
    assert.equal(code, 0);
    console.log(`validate sample/sample-feed.json: ${Math.round(elapsed)} ms, Node start-up included`);
    assert.ok(elapsed < 2_000, `${Math.round(elapsed)} ms`);
  });
});
