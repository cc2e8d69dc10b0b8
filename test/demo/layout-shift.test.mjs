// Pages that never move: every page `npm start` serves, and every page of the static site, loaded
// at a 1,280 px viewport in headless Chromium, as a reader would, with a layout-shift observer
// from the first byte. The bar is issue 12's: cumulative layout shift at most 0.01 on the demo's
// pages, 0 on the static site's. Also: the pre-rendered pages hydrate with no error.
/* global window, document -- the functions passed to page.evaluate run in the browser. */
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import puppeteer from 'puppeteer-core';
import {CHROME_ARGS, findBrowser} from '../../scripts/find-browser.mjs';
import {answerPlaceholderImage} from '../../scripts/placeholder-images.mjs';
import {serve} from '../../scripts/serve.mjs';
import demoConfig from '../../web-dev-server.config.mjs';

const DEMO_PAGES = ['/demo/', '/demo/partner.html', '/demo/organisation.html', '/demo/builder.html'];
let browser;
let demo;
let site;
let siteFolder;

before(async () => {
  browser = await puppeteer.launch({executablePath: findBrowser(), args: CHROME_ARGS, headless: true});
  const {port: _port, ...config} = demoConfig;
  demo = await serve(config);
  siteFolder = mkdtempSync(join(tmpdir(), 'pe-cls-site-'));
  const {main} = await import(new URL('../../dist/cli/main.js', import.meta.url).href);
  const quiet = {write: () => true};
  assert.equal(
    await main(['site', '--feed', 'sample/sample-feed.json', '--out', siteFolder], {
      stdout: quiet,
      stderr: process.stderr,
    }),
    0,
  );
  site = await serve({rootDir: siteFolder});
});

after(async () => {
  await browser?.close();
  await demo?.stop();
  await site?.stop();
  if (siteFolder) rmSync(siteFolder, {recursive: true, force: true});
});

/** Loads `url`, waits for the elements to settle, and returns the page's layout shift and errors. */
async function measure(url) {
  const page = await browser.newPage();
  await page.setViewport({width: 1280, height: 900});
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (!answerPlaceholderImage(request)) void request.continue();
  });
  page.on('console', (message) => {
    // The browser asks every page for /favicon.ico; none of these pages has one.
    if (message.type() === 'error' && !message.location().url?.endsWith('/favicon.ico')) errors.push(message.text());
  });
  await page.evaluateOnNewDocument(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.__cls += entry.value;
        window.__shifted = [
          ...(window.__shifted ?? []),
          ...entry.sources.map(
            (source) =>
              source.node?.nodeName +
              '.' +
              (source.node?.className ?? '') +
              ' ' +
              JSON.stringify(source.previousRect) +
              '→' +
              JSON.stringify(source.currentRect),
          ),
        ];
      }
    }).observe({type: 'layout-shift', buffered: true});
  });
  await page.goto(url, {waitUntil: 'networkidle0'});
  await page.evaluate(async () => {
    const all = (root) =>
      [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    await Promise.all(
      all(document)
        .filter((el) => 'updateComplete' in el)
        .map((el) => el.updateComplete),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
  });
  const {cls, shifted} = await page.evaluate(() => ({cls: window.__cls, shifted: window.__shifted ?? []}));
  await page.close();
  return {cls, errors, shifted};
}

for (const path of DEMO_PAGES) {
  test(`npm start ${path}: layout shift at most 0.01`, async () => {
    const {cls, errors, shifted} = await measure(`${demo.origin}${path}`);
    assert.ok(cls <= 0.01, `CLS ${cls.toFixed(4)}: ${shifted.join('; ')}`);
    assert.deepEqual(
      errors.filter((error) => !/favicon/.test(error)),
      [],
    );
  });
}

for (const path of ['/', '/closing-the-gap-through-changing-relationships/', '/closing-the-gap-in-patient-safety/']) {
  test(`static site ${path}: no layout shift at all`, async () => {
    const {cls, errors, shifted} = await measure(`${site.origin}${path}`);
    assert.equal(cls, 0, shifted.join('; '));
    assert.deepEqual(
      errors.filter((error) => !/favicon/.test(error)),
      [],
    );
  });
}
