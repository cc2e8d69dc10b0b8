// Server rendering with @lit-labs/ssr in Node: every element renders its content to declarative
// shadow DOM from a `.feed` set on the server, and its loading state when given only `src`
// (nothing is fetched on the server). Run by `npm test` before the browser tests.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {build} from 'esbuild';

// The DOM shim must be in place before any element module is evaluated.
await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
const {render} = await import('@lit-labs/ssr');
const {collectResultSync} = await import('@lit-labs/ssr/lib/render-result.js');
const {html} = await import('lit');

const root = new URL('../../', import.meta.url).pathname;
const feed = JSON.parse(readFileSync(join(root, 'sample/sample-feed.json'), 'utf8'));
let elements;

before(async () => {
  // Node 20 cannot load .ts: compile the sources, leaving lit and friends to node_modules so
  // that the elements and this test share one Lit.
  const outdir = mkdtempSync(join(root, 'node_modules/.ssr-build-'));
  await build({
    entryPoints: [join(root, 'src/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outdir,
    packages: 'external',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
  elements = await import(join(outdir, 'index.js'));
  rmSync(outdir, {recursive: true, force: true});
});

const text = (markup) =>
  markup
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const cases = [
  [
    'programme-summary',
    (f) =>
      html`<programme-summary
        .feed=${f}
        programme="closing-the-gap-through-changing-relationships"
      ></programme-summary>`,
    'Closing the Gap through Changing Relationships',
  ],
  [
    'aims-list',
    (f) => html`<aims-list .feed=${f} programme="closing-the-gap-through-changing-relationships"></aims-list>`,
    'Between communities and the wider health care system',
  ],
  [
    'project-card',
    (f) => html`<project-card .feed=${f} project="dialysis-self-care"></project-card>`,
    'reduce the reliance of dialysis patients',
  ],
  [
    'project-list',
    (f) => html`<project-list .feed=${f} programme="closing-the-gap-through-changing-relationships"></project-list>`,
    'Improvement project',
  ],
  [
    'related-programmes',
    (f) =>
      html`<related-programmes
        .feed=${f}
        programme="closing-the-gap-through-changing-relationships"
      ></related-programmes>`,
    'Closing the Gap in Patient Safety',
  ],
  [
    'programme-page',
    (f) =>
      html`<programme-page .feed=${f} programme="closing-the-gap-through-changing-relationships"></programme-page>`,
    'Get social',
  ],
  [
    'programme-card',
    (f) => html`<programme-card .feed=${f} programme="closing-the-gap-in-patient-safety"></programme-card>`,
    'Closed for applications',
  ],
  ['programme-list', (f) => html`<programme-list .feed=${f}></programme-list>`, 'Closing the Gap in Patient Safety'],
];

for (const [tag, template, expected] of cases) {
  test(`<${tag}> renders its content on the server from .feed`, () => {
    assert.ok(elements, 'the element modules compiled');
    const markup = collectResultSync(render(template(structuredClone(feed))));
    assert.match(markup, /<template shadowroot(mode)?="open"/, 'declarative shadow root');
    assert.ok(text(markup).includes(expected), `"${expected}" in the server output`);
  });
}

test('an element with only src renders its loading state on the server and fetches nothing', () => {
  const fetched = [];
  const original = globalThis.fetch;
  globalThis.fetch = (...args) => {
    fetched.push(args[0]);
    return original(...args);
  };
  try {
    const markup = collectResultSync(
      render(html`<project-card src="/feed.json" project="x"><a href="/x">Project</a></project-card>`),
    );
    assert.match(markup, /<slot/, 'fallback slot rendered');
    assert.match(markup, /<a href="\/x">Project<\/a>/, 'light-DOM fallback kept');
    assert.deepEqual(fetched, []);
  } finally {
    globalThis.fetch = original;
  }
});
