// `npm run screenshots`: every element on the sample feed (docs/screenshots/index.html, from the
// TypeScript sources) at 320, 768 and 1,200 px wide in headless Chromium, saved as the baselines
// docs/screenshots/<tag>-<width>.png, and the same in Welsh (<tag>-cy-<width>.png, `<html lang="cy">`)
// and right to left (<tag>-rtl-<width>.png, `<html lang="ar" dir="rtl">`, English words: the
// library ships no Arabic catalogue); `--state loading` saves the loading skeletons instead
// (<tag>-loading-<width>.png, the feed request held unanswered), `--state all` both.
//
// `npm run test:visual` (`--compare`): the same captures, both states by default, each compared
// with its baseline by pixelmatch. A capture fails when its size differs or more than
// MAX_DIFF_RATIO of its pixels differ; its capture and a diff image (changed pixels in red) are
// then written to test-results/visual/. Ends with `visual: N passed, N failed`. After an intended
// visual change, retake the baselines and look at their diff in review.
//
// Options: `--width 320` (repeatable) only those widths; `--only project-card` (repeatable) only
// those elements; `--style <css>` adds a stylesheet to the page, to see that the comparison
// catches a change (test/demo/visual.test.mjs).
/* global document, requestAnimationFrame -- settle(), imagesSettled() and the page.evaluate callbacks run in the page. */
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises';
import {resolve} from 'node:path';
import {parseArgs} from 'node:util';
import pixelmatch from 'pixelmatch';
import {PNG} from 'pngjs';
import puppeteer from 'puppeteer-core';
import {sourcesConfig} from '../web-dev-server.config.mjs';
import {ELEMENT_TAGS} from './elements.mjs';
import {CHROME_ARGS, findBrowser} from './find-browser.mjs';
import {answerPlaceholderImage} from './placeholder-images.mjs';
import {root, serve} from './serve.mjs';

const BASELINES = resolve(root, 'docs/screenshots');
const RESULTS = resolve(root, 'test-results/visual');
const PAGE = '/docs/screenshots/index.html';
const DEFAULT_WIDTHS = [320, 768, 1200];
/** The page as it is, in Welsh, and right to left: the ready state is captured in each. */
const VARIANTS = [
  {name: '', query: ''},
  {name: 'cy-', query: '?lang=cy'},
  {name: 'rtl-', query: '?lang=ar&dir=rtl'},
];
const READY_TIMEOUT = 30_000;
/** pixelmatch's per-pixel colour distance (0 to 1) below which two pixels count as the same. */
const THRESHOLD = 0.1;
/** The share of a capture's pixels that may differ: rendering noise, not a style change. */
const MAX_DIFF_RATIO = 0.0002;

const {values} = parseArgs({
  options: {
    width: {type: 'string', multiple: true},
    only: {type: 'string', multiple: true},
    state: {type: 'string'},
    compare: {type: 'boolean', default: false},
    style: {type: 'string'},
  },
});
const widths = values.width?.map(Number) ?? DEFAULT_WIDTHS;
const state = values.state ?? (values.compare ? 'all' : 'ready');
if (!['ready', 'loading', 'all'].includes(state)) fail('--state takes ready, loading or all.');
if (widths.some((width) => !Number.isInteger(width) || width < 200))
  fail('--width takes a whole number of pixels, at least 200.');
const states = state === 'all' ? ['ready', 'loading'] : [state];

let executablePath;
try {
  executablePath = findBrowser();
} catch (error) {
  fail(error.message);
}

const server = await serve(sourcesConfig());
let browser;
let passed = 0;
let failed = 0;
try {
  if (values.compare) await rm(RESULTS, {recursive: true, force: true});
  browser = await puppeteer.launch({executablePath, args: CHROME_ARGS, headless: true});
  const problems = [];
  for (const current of states) {
    for await (const {tag, name, png} of capture(browser, current, problems)) {
      if (values.only && !values.only.includes(tag)) continue;
      if (!values.compare) {
        await writeFile(resolve(BASELINES, name), png);
        console.log(`saved docs/screenshots/${name}`);
        continue;
      }
      const verdict = await compare(name, png);
      if (verdict) {
        failed++;
        console.log(`FAIL ${name}: ${verdict}`);
      } else {
        passed++;
        console.log(`ok   ${name}`);
      }
    }
  }
  const unexpected = problems.filter((problem) => !problem.includes('Lit is in dev mode'));
  if (unexpected.length) console.warn(`\nThe page reported:\n  ${unexpected.join('\n  ')}`);
} catch (error) {
  failed++;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await browser?.close();
  await server.stop();
}
if (values.compare) {
  if (failed) console.log(`\nCaptures and diffs of the failures: ${RESULTS.slice(root.length + 1)}/`);
  console.log(`\nvisual: ${passed} passed, ${failed} failed`);
}
process.exit(failed ? 1 : 0);

/**
 * Opens the screenshot page in `state` at each width and yields every element's capture as PNG
 * bytes, with the baseline's file name. Throws when the page does not show every element.
 */
async function* capture(browser, state, problems) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Failed requests are reported below with their URL; the console line for them has none.
    if (message.text().startsWith('Failed to load resource')) return;
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.emulateMediaFeatures([{name: 'prefers-reduced-motion', value: 'reduce'}]);
  // The sample's placeholder images answered locally (scripts/placeholder-images.mjs); in the
  // loading state the feed request is held unanswered.
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (answerPlaceholderImage(request)) return;
    if (state !== 'loading' || !request.url().endsWith('/sample/sample-feed.json')) void request.continue();
  });
  try {
    // The skeletons have no words: one variant of them is enough.
    for (const [width, variant] of widths.flatMap((w) =>
      (state === 'loading' ? VARIANTS.slice(0, 1) : VARIANTS).map((v) => [w, v]),
    )) {
      await page.setViewport({width, height: 900, deviceScaleFactor: 1});
      await page.goto(`${server.origin}${PAGE}${variant.query}`, {waitUntil: 'load'});
      if (values.style) await page.addStyleTag({content: values.style});
      if (state === 'loading') {
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('[data-shot] > *')].every((el) =>
              el.shadowRoot?.querySelector('[part~="skeleton"]'),
            ),
          {timeout: READY_TIMEOUT},
        );
      } else {
        await page.waitForSelector('html[data-ready]', {timeout: READY_TIMEOUT});
        const feedError = await page.evaluate(() => document.documentElement.dataset.feedError);
        if (feedError) throw new Error(`An element could not show the sample feed: ${feedError}`);
      }
      await page.evaluate(settle);
      const tags = await page.$$eval('[data-shot]', (shots) => shots.map((shot) => shot.dataset.shot));
      const expected = ELEMENT_TAGS.filter((tag) => tag !== 'programme-feed');
      if ([...tags].sort().join() !== [...expected].sort().join())
        throw new Error(`${PAGE} shows ${tags.join(', ')}; the elements are ${expected.join(', ')}.`);
      for (const tag of tags) {
        const shot = await page.$(`[data-shot="${tag}"]`);
        await shot.evaluate(imagesSettled);
        const name = `${tag}-${state === 'loading' ? 'loading-' : variant.name}${width}.png`;
        yield {tag, name, png: Buffer.from(await shot.screenshot())};
      }
    }
  } finally {
    await page.close();
  }
}

/** Compares a capture with its baseline: undefined when they match, else why not (files written). */
async function compare(name, png) {
  let baseline;
  try {
    baseline = PNG.sync.read(await readFile(resolve(BASELINES, name)));
  } catch {
    return `no baseline docs/screenshots/${name}: take it with npm run screenshots`;
  }
  const actual = PNG.sync.read(png);
  const resized = actual.width !== baseline.width || actual.height !== baseline.height;
  // Both on one canvas the size of the larger, so that a change of size has a diff image too.
  const width = Math.max(actual.width, baseline.width);
  const height = Math.max(actual.height, baseline.height);
  const diff = new PNG({width, height});
  const changed = pixelmatch(padded(baseline, width, height), padded(actual, width, height), diff.data, width, height, {
    threshold: THRESHOLD,
  });
  const allowed = Math.floor(MAX_DIFF_RATIO * width * height);
  if (!resized && changed <= allowed) return undefined;
  await mkdir(RESULTS, {recursive: true});
  const stem = resolve(RESULTS, name.replace(/\.png$/, ''));
  await writeFile(`${stem}.actual.png`, png);
  await writeFile(`${stem}.diff.png`, PNG.sync.write(diff));
  const size = resized
    ? `${actual.width}×${actual.height} px, the baseline ${baseline.width}×${baseline.height} px; `
    : '';
  return `${size}${changed} of ${width * height} pixels differ (at most ${allowed} may)`;
}

/** The image's RGBA bytes on a transparent canvas of `width` × `height`. */
function padded(image, width, height) {
  if (image.width === width && image.height === height) return image.data;
  const canvas = new PNG({width, height});
  PNG.bitblt(image, canvas, 0, 0, image.width, image.height, 0, 0);
  return canvas.data;
}

/**
 * Runs in the page: waits until every Lit element, in every shadow root, has finished rendering
 * (the sections of <programme-page> render after the page itself), then for two frames.
 */
async function settle() {
  const elements = function* (node) {
    for (const child of node.children) {
      yield child;
      yield* elements(child.shadowRoot ?? child);
    }
  };
  for (let round = 0; round < 4; round++) {
    await Promise.all([...elements(document.body)].map((element) => element.updateComplete));
  }
  await document.fonts.ready;
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}

/**
 * Runs in the page: scrolls `shot` into view (its images load lazily) and waits until each of
 * its images has loaded or failed: an image is drawn only once it has loaded (a failed one is
 * hidden once it has failed), and must be in every capture alike.
 */
async function imagesSettled(shot) {
  const images = function* (node) {
    for (const child of node.children) {
      if (child.localName === 'img') yield child;
      yield* images(child.shadowRoot ?? child);
    }
  };
  shot.scrollIntoView();
  const settled = (image) =>
    image.complete ||
    new Promise((done) => {
      image.addEventListener('load', done, {once: true});
      image.addEventListener('error', done, {once: true});
    });
  // At most five seconds: a capture with an image still loading fails its comparison, not the run.
  await Promise.race([Promise.all([...images(shot)].map(settled)), new Promise((done) => setTimeout(done, 5_000))]);
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
