// `node scripts/screenshots.mjs`: screenshots of every element on the sample feed at 320, 768 and
// 1,200 px wide, saved as docs/screenshots/<tag>-<width>.png, to compare with NHS.UK cards and
// summary lists (issue 3). Rerun it after any visual change and look at the images.
//
// It serves the repository with @web/dev-server (the TypeScript sources compiled per request, as
// under `npm start`) on a free port, opens docs/screenshots/index.html in the machine's Chromium
// through puppeteer-core, waits until every element has its feed, then captures each element's
// box. The server and the browser are stopped by the handles this script holds, never by name.
//
// Options: `--width 320` (repeatable) captures only those widths; `--only project-card`
// (repeatable) only those elements; `--state loading` captures the loading skeletons instead, as
// docs/screenshots/<tag>-loading-<width>.png, by holding the feed request unanswered.
/* global document, requestAnimationFrame -- settle() and the page.evaluate callbacks run in the page. */
import {mkdir} from 'node:fs/promises';
import {createServer} from 'node:net';
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {startDevServer} from '@web/dev-server';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import {CHROME_ARGS, findBrowser} from './find-browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, 'docs/screenshots');
const PAGE = '/docs/screenshots/index.html';
const DEFAULT_WIDTHS = [320, 768, 1200];
const READY_TIMEOUT = 30_000;

const {values} = parseArgs({
  options: {
    width: {type: 'string', multiple: true},
    only: {type: 'string', multiple: true},
    state: {type: 'string', default: 'ready'},
  },
});
const widths = values.width?.map(Number) ?? DEFAULT_WIDTHS;
const loading = values.state === 'loading';
if (!['ready', 'loading'].includes(values.state)) fail('--state takes ready or loading.');
if (widths.some((width) => !Number.isInteger(width) || width < 200))
  fail('--width takes a whole number of pixels, at least 200.');

let executablePath;
try {
  executablePath = findBrowser();
} catch (error) {
  fail(error.message);
}

const port = await freePort();
const server = await startDevServer({
  config: {
    rootDir: root,
    port,
    hostname: '127.0.0.1',
    nodeResolve: true,
    // Without the tsconfig, esbuild ignores `experimentalDecorators` and Lit's decorators throw.
    plugins: [esbuildPlugin({ts: true, tsconfig: resolve(root, 'tsconfig.json'), target: 'es2022'})],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

let browser;
let failed = false;
try {
  browser = await puppeteer.launch({executablePath, args: CHROME_ARGS, headless: true});
  const page = await browser.newPage();
  const problems = [];
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
  if (loading) {
    // The feed request is held, never answered, so every element stays in its loading state.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (!request.url().endsWith('/sample/sample-feed.json')) request.continue();
    });
  }
  await mkdir(outDir, {recursive: true});

  const saved = [];
  for (const width of widths) {
    await page.setViewport({width, height: 900, deviceScaleFactor: 1});
    await page.goto(`http://127.0.0.1:${port}${PAGE}`, {waitUntil: 'load'});
    if (loading) {
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
    for (const tag of tags) {
      if (values.only && !values.only.includes(tag)) continue;
      const shot = await page.$(`[data-shot="${tag}"]`);
      const path = resolve(outDir, `${tag}-${loading ? 'loading-' : ''}${width}.png`);
      await shot.screenshot({path});
      saved.push(path);
    }
  }

  for (const path of saved) console.log(`saved ${path.slice(root.length + 1)}`);
  const unexpected = problems.filter((problem) => !problem.includes('Lit is in dev mode'));
  if (unexpected.length) {
    console.warn(`\nThe page reported:\n  ${unexpected.join('\n  ')}`);
  }
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await browser?.close();
  await server.stop();
}
process.exit(failed ? 1 : 0);

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

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const {port: found} = probe.address();
      probe.close(() => resolvePort(found));
    });
  });
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
