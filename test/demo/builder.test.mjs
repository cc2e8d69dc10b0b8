// The embed builder as a partner's web developer uses it (npm start's /demo/builder.html): it
// offers every element a page can show on its own, and for each one the preview shows content
// and the snippet names what that element needs (a programme list names no programme).
/* global document -- the functions passed to page.evaluate run in the browser. */
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import {CHROME_ARGS, findBrowser} from '../../scripts/find-browser.mjs';
import {serve} from '../../scripts/serve.mjs';
import demoConfig from '../../web-dev-server.config.mjs';
import {ELEMENT_TAGS} from '../../dist/elements.js';

// `<programme-feed>` only provides a feed to the elements inside it: it shows nothing by itself.
const OFFERED = ELEMENT_TAGS.filter((tag) => tag !== 'programme-feed');
let browser;
let demo;
let page;

before(async () => {
  browser = await puppeteer.launch({executablePath: findBrowser(), args: CHROME_ARGS, headless: true});
  const {port: _port, ...config} = demoConfig;
  demo = await serve(config);
  page = await browser.newPage();
  await page.goto(`${demo.origin}/demo/builder.html`, {waitUntil: 'networkidle0'});
  await page.waitForFunction(() => document.querySelector('#builder-loading').textContent.startsWith('Read the feed'));
});

after(async () => {
  await browser?.close();
  await demo?.stop();
});

/** Chooses `values` in the builder's form, then returns the snippet and what the preview shows. */
async function choose(values) {
  for (const [id, value] of Object.entries(values)) await page.select(`#${id}`, value);
  return page
    .waitForFunction(
      async (tag) => {
        const element = document.querySelector('#preview > *');
        if (element?.localName !== tag) return false;
        await element.updateComplete;
        if (!element.shadowRoot || element.shadowRoot.querySelector('[aria-busy="true"]')) return false;
        await Promise.all([...element.shadowRoot.querySelectorAll('*')].map((inner) => inner.updateComplete));
        // The text a reader sees, through the shadow roots of the elements inside (a list's cards).
        const textOf = (node) =>
          node.nodeType === 3
            ? node.textContent
            : [...(node.shadowRoot ?? node).childNodes].map(textOf).join(node.shadowRoot ? '' : ' ');
        const text = textOf(element).replace(/\s+/g, ' ').trim();
        const snippet = document.querySelector('#snippet').textContent;
        return text && snippet.includes(`<${tag} `) && {snippet, text};
      },
      {},
      values.element,
    )
    .then((handle) => handle.jsonValue());
}

test('the builder offers every element that shows content on its own', async () => {
  const offered = await page.$$eval('#element option', (options) => options.map((option) => option.value));
  assert.deepEqual([...offered].sort(), [...OFFERED].sort());
});

for (const tag of OFFERED) {
  test(`<${tag}>: the preview shows content and the snippet carries the feed's URL`, async () => {
    const {snippet, text} = await choose({element: tag});
    assert.match(snippet, /src="http:\/\/[^"]+\/sample\/sample-feed\.json"/);
    assert.equal(snippet.includes('programme="'), tag !== 'programme-list', snippet);
    assert.equal(snippet.includes('project="'), tag === 'project-card', snippet);
    assert.ok(text.length > 20, text);
  });
}

test('<programme-list>: the status chosen is in the snippet and filters the preview', async () => {
  const closed = await choose({element: 'programme-list', status: 'closed'});
  assert.match(closed.snippet, /status="closed"/);
  assert.match(closed.text, /Closing the Gap through Changing Relationships/);
  const open = await choose({element: 'programme-list', status: 'open'});
  assert.match(open.snippet, /status="open"/);
  assert.doesNotMatch(open.text, /Closing the Gap through Changing Relationships/);
  await choose({element: 'programme-list', status: ''});
});

test('<programme-card>: the card shows the programme chosen', async () => {
  const {snippet, text} = await choose({element: 'programme-card'});
  assert.match(snippet, /programme="closing-the-gap-through-changing-relationships"/);
  assert.match(text, /Closing the Gap through Changing Relationships/);
});

test('pre-rendered: the programme list arrives from the server with its status', async () => {
  await page.select('#element', 'programme-list');
  await page.select('#status', 'closed');
  await page.click('#prerendered');
  try {
    const handle = await page.waitForFunction(() => {
      const snippet = document.querySelector('#snippet').textContent;
      return snippet.includes('shadowrootmode') && snippet;
    });
    const snippet = await handle.jsonValue();
    assert.match(snippet, /<programme-list [^>]*status="closed"/);
    assert.doesNotMatch(snippet, /<programme-list [^>]*programme="/);
    assert.match(snippet, /Closing the Gap through Changing Relationships/);
  } finally {
    await page.click('#prerendered');
  }
});
