// The README's server example, run as written (in Node, where it belongs), against the built
// package: `programme-elements/server` resolved through package.json's exports, and a copy of the
// sample feed as its feed.json.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const {exports} = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

test("the README's server example renders a page and a card", async () => {
  const code = /<!-- node-snippet: server -->\s*```js\n([\s\S]*?)\n```/.exec(readme)?.[1];
  assert.ok(code, 'README.md has a snippet marked <!-- node-snippet: server -->');
  const server = new URL(exports['./server'].default, root).href;
  const folder = mkdtempSync(join(tmpdir(), 'pe-readme-'));
  const previous = process.cwd();
  try {
    copyFileSync(new URL('sample/sample-feed.json', root), join(folder, 'feed.json'));
    // The example's results, kept where the test can read them.
    const module = `${code.replace("'programme-elements/server'", `'${server}'`)}\nexport {page, card};`;
    const file = join(folder, 'example.mjs');
    writeFileSync(
      file,
      module.replace(/const (page|card) =/g, 'var $1 =').replace(/^try \{/m, 'var page, card;\ntry {'),
    );
    process.chdir(folder);
    const {page, card} = await import(pathToFileURL(file).href);
    assert.match(page, /^<!doctype html>/);
    assert.match(page, /<programme-page\s/);
    assert.match(card, /<project-card\s[^>]*heading-level="3"/);
  } finally {
    process.chdir(previous);
    rmSync(folder, {recursive: true, force: true});
  }
});
