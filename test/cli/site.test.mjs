// `programme-elements site`: a static site from the sample feed, as the organisation would build
// it. The browser half (each page read with JavaScript off, then hydrated) is in
// test/components/static-site.test.ts, on a site this same command writes.
import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it, after} from 'node:test';
import {cli, fixture} from './run-cli.mjs';

const SAMPLE = fixture('../../../sample/sample-feed.json');
const PROGRAMMES = ['closing-the-gap-through-changing-relationships', 'closing-the-gap-in-patient-safety'];
const folders = [];
const folder = () => {
  const path = mkdtempSync(join(tmpdir(), 'pe-site-'));
  folders.push(path);
  return path;
};
after(() => folders.forEach((path) => rmSync(path, {recursive: true, force: true})));

describe('site', () => {
  it('writes a page per programme, the index, the bundle, the feed and a sitemap, with progress per page', () => {
    const out = folder();
    const {code, stdout} = cli(
      'site',
      '--feed',
      SAMPLE,
      '--out',
      out,
      '--base-url',
      'https://programmes.example.org/site',
    );
    assert.equal(code, 0);
    for (const id of PROGRAMMES) assert.match(stdout, new RegExp(`rendered ${id}/index\\.html \\(\\d+\\.\\d KB\\)`));
    assert.deepEqual(
      readdirSync(out).sort(),
      [...PROGRAMMES, 'feed.json', 'index.html', 'programme-elements.hydrate.js', 'sitemap.xml'].sort(),
    );
    const page = readFileSync(join(out, PROGRAMMES[0], 'index.html'), 'utf8');
    assert.match(
      page,
      /<link rel="canonical" href="https:\/\/programmes\.example\.org\/site\/closing-the-gap-through-changing-relationships\/">/,
    );
    assert.match(page, /<programme-page\s+src="https:\/\/programmes\.example\.org\/site\/feed\.json"/);
    assert.match(page, /<script type="module" src="\.\.\/programme-elements\.hydrate\.js"><\/script>/);
    assert.match(page, /<template shadowroot="open" shadowrootmode="open">/);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    for (const id of PROGRAMMES) assert.match(index, new RegExp(`<a href="${id}/">`));
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    assert.deepEqual(
      [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]),
      ['https://programmes.example.org/site/', ...PROGRAMMES.map((id) => `https://programmes.example.org/site/${id}/`)],
    );
    assert.deepEqual(
      JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8')),
      JSON.parse(readFileSync(SAMPLE, 'utf8')),
    );
  });

  it('writes no sitemap and no canonical link without a base URL, and pages stay the same run to run', () => {
    const [first, second] = [folder(), folder()];
    assert.equal(cli('site', '--feed', SAMPLE, '--out', first).code, 0);
    assert.equal(cli('site', '--feed', SAMPLE, '--out', second).code, 0);
    assert.equal(existsSync(join(first, 'sitemap.xml')), false);
    for (const id of PROGRAMMES) {
      const page = readFileSync(join(first, id, 'index.html'), 'utf8');
      assert.equal(page, readFileSync(join(second, id, 'index.html'), 'utf8'));
      assert.doesNotMatch(page, /<programme-page\s+src=/);
    }
  });

  it('lists the problems of an invalid feed, writes nothing and exits 1', () => {
    const out = join(folder(), 'site');
    const {code, stderr} = cli('site', '--feed', fixture('damaged.json'), '--out', out);
    assert.equal(code, 1);
    assert.match(stderr, /is not a valid programme feed; nothing was written/);
    assert.match(stderr, /programmes\[0\]\.projects\[0\]\.url: .* \[unsafe-url\]/);
    assert.equal(existsSync(out), false);
  });

  it('exits 2 for a usage mistake or a feed that cannot be read', () => {
    assert.equal(cli('site', '--feed', SAMPLE).code, 2);
    assert.equal(cli('site', '--feed', SAMPLE, '--out', folder(), '--base-url', 'programmes.example.org').code, 2);
    assert.equal(cli('site', '--feed', fixture('no-such-file.json'), '--out', folder()).code, 2);
  });
});
