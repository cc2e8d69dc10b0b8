// The visual comparison (`npm run test:visual`) sees a style change before it lands: the card at
// 320 px (in each language variant) matches its baselines as it is, and fails, with a diff image
// written, when its border is one pixel wider.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {promisify} from 'node:util';

const run = promisify(execFile);
const SCRIPT = new URL('../../scripts/screenshots.mjs', import.meta.url).pathname;
const ONE_CARD = ['--compare', '--only', 'project-card', '--width', '320', '--state', 'ready'];
const DIFF = new URL('../../test-results/visual/project-card-320.diff.png', import.meta.url).pathname;

test('the card matches its baseline', async () => {
  const {stdout} = await run(process.execPath, [SCRIPT, ...ONE_CARD]);
  assert.match(stdout, /^visual: [1-9]\d* passed, 0 failed$/m);
});

test('a border one pixel wider fails the comparison and writes the diff', async () => {
  const style = 'project-card::part(base) { border-width: 2px !important; }';
  const outcome = await run(process.execPath, [SCRIPT, ...ONE_CARD, '--style', style]).then(
    () => assert.fail('the comparison passed a changed border'),
    (error) => error,
  );
  assert.equal(outcome.code, 1);
  assert.match(outcome.stdout, /^FAIL project-card-320\.png: .*\d+ of \d+ pixels differ/m);
  assert.match(outcome.stdout, /^visual: 0 passed, [1-9]\d* failed$/m);
  assert.ok(existsSync(DIFF), DIFF);
});
