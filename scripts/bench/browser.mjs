// Browser sections of `npm run bench`: a loopback http server for the repository's files, a
// headless Chromium driven by puppeteer-core, and measurements taken round robin (every kind of
// page in turn, many rounds), reported as ratios to floors measured in the same run, with the
// median and a bootstrap 95% confidence interval.
/* global window, document */
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';
import puppeteer from 'puppeteer-core';
import {CHROME_ARGS, findBrowser} from '../find-browser.mjs';
import {median, ratio} from './stats.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
/** Only these folders are served. */
const SERVED = ['dist', 'bench', 'sample', 'node_modules'];
/**
 * Cross-origin isolation on every response: Chromium then gives performance.now() 5 µs
 * resolution instead of 100 µs, which matters for the 1-card figures.
 */
const ISOLATED = {'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp'};

/**
 * Starts the server on 127.0.0.1 (a free port) and the browser, once, for every browser section.
 * `close()` stops both by their own handles.
 */
export class BrowserBench {
  constructor(root, {benchFeedText, sampleText}) {
    this.root = root;
    this.benchFeedText = benchFeedText;
    this.sampleText = sampleText;
    /** Requests per URL under /count/, for the requests section. */
    this.counts = new Map();
  }

  async start() {
    this.server = createServer((request, response) =>
      this.handle(request, response).catch((error) => {
        response.writeHead(500).end(String(error));
      }),
    );
    await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${this.server.address().port}`;
    this.executablePath = findBrowser();
    this.browser = await puppeteer.launch({
      executablePath: this.executablePath,
      headless: true,
      args: [...CHROME_ARGS, '--js-flags=--expose-gc'],
    });
    this.version = await this.browser.version();
    return this;
  }

  async handle(request, response) {
    const url = new URL(request.url, this.origin);
    if (url.pathname === '/bench/static-page.html' && this.staticPage) {
      response.writeHead(200, {...ISOLATED, 'content-type': TYPES['.html'], 'cache-control': 'no-store'});
      response.end(this.staticPage);
      return;
    }
    if (url.pathname === '/bench-feed.json') {
      response.writeHead(200, {...ISOLATED, 'content-type': TYPES['.json'], 'cache-control': 'no-store'});
      response.end(this.benchFeedText);
      return;
    }
    if (url.pathname.startsWith('/count/')) {
      const key = url.pathname + url.search;
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      response.writeHead(200, {...ISOLATED, 'content-type': TYPES['.json'], 'cache-control': 'no-store'});
      response.end(this.sampleText);
      return;
    }
    const relative = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '');
    if (!SERVED.some((folder) => relative === folder || relative.startsWith(folder + sep))) {
      response.writeHead(404).end('not served');
      return;
    }
    try {
      const body = await readFile(join(this.root, relative));
      response.writeHead(200, {...ISOLATED, 'content-type': TYPES[extname(relative)] ?? 'application/octet-stream'});
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  }

  async page(path) {
    const page = await this.browser.newPage();
    page.on('pageerror', (error) => console.error(`  page error on ${path}: ${error.message}`));
    await page.goto(this.origin + path, {waitUntil: 'load'});
    return page;
  }

  async close() {
    try {
      await this.browser?.close();
    } finally {
      await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve()));
    }
  }
}

/** Polls `predicate` in the page (puppeteer's waitForFunction stalled on the isolated page). */
async function until(page, predicate, timeout = 30_000) {
  const started = Date.now();
  while (!(await page.evaluate(predicate))) {
    if (Date.now() - started > timeout) throw new Error(`Timed out after ${timeout} ms waiting for ${predicate}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function shuffle(array) {
  for (let i = array.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [array[i], array[j]] = [array[j], array[i]];
  }
  return array;
}

const fmtRatio = ({median: m, low, high}) => `${m.toFixed(2)}× (95% CI ${low.toFixed(2)}–${high.toFixed(2)})`;
const fmtMs = (values) => `${median(values).toFixed(2)} ms`;

/**
 * Render, update and first-content timings on bench/render.html, round robin: each round runs
 * every (kind, count) once in a shuffled order, after `warmup` untimed rounds.
 */
export async function benchRender(bench, {rounds, warmup}) {
  const page = await bench.page('/bench/render.html');
  await until(page, () => window.bench?.ready || window.benchError);
  const error = await page.evaluate(() => window.benchError);
  if (error) throw new Error(error);
  const COUNTS = [1, 100, 1_000];
  const KINDS = ['ours', 'vanilla', 'light'];
  const tasks = [
    ...COUNTS.flatMap((n) => KINDS.map((kind) => ({key: `render ${kind} ${n}`, call: ['render', kind, n]}))),
    {key: 'update new 1000', call: ['update', 'new', 1_000]},
    {key: 'update same 1000', call: ['update', 'same', 1_000]},
    {key: 'first content', call: ['firstContent']},
  ];
  const samples = Object.fromEntries(tasks.map((task) => [task.key, []]));
  for (let round = 0; round < warmup + rounds; round++) {
    for (const task of shuffle([...tasks])) {
      const ms = await page.evaluate(([method, ...args]) => window.bench[method](...args), task.call);
      if (round >= warmup) samples[task.key].push(ms);
    }
  }
  const isolated = await page.evaluate(() => window.crossOriginIsolated);
  await page.close();

  const rows = [];
  for (const n of COUNTS) {
    const ours = samples[`render ours ${n}`];
    rows.push({
      what: `render ${n.toLocaleString('en-GB')} project-card${n > 1 ? 's' : ''}`,
      figure: `ours ${fmtMs(ours)}, vanilla CE ${fmtMs(samples[`render vanilla ${n}`])}, light DOM ${fmtMs(samples[`render light ${n}`])}`,
      ratios: [
        `ours / vanilla CE: ${fmtRatio(ratio(ours, samples[`render vanilla ${n}`]))}`,
        `ours / light DOM: ${fmtRatio(ratio(ours, samples[`render light ${n}`]))}`,
      ],
      key: `render${n}`,
      vanilla: ratio(ours, samples[`render vanilla ${n}`]),
    });
  }
  const first = samples['render ours 1000'];
  const updateNew = ratio(samples['update new 1000'], first);
  const updateSame = ratio(samples['update same 1000'], first);
  rows.push({
    what: 'update all 1,000 cards with new data',
    figure: `${fmtMs(samples['update new 1000'])}`,
    ratios: [`update / first render: ${fmtRatio(updateNew)}`],
    key: 'updateNew',
    value: updateNew,
  });
  rows.push({
    what: 'no-op update of 1,000 cards (same feed set again)',
    figure: `${fmtMs(samples['update same 1000'])}`,
    ratios: [`no-op / first render: ${fmtRatio(updateSame)}`],
    key: 'updateSame',
    value: updateSame,
  });
  const firstContent = samples['first content'];
  const sorted = [...firstContent].sort((a, b) => a - b);
  rows.push({
    what: 'one card connected, feed in hand, to content + layout',
    figure: `median ${fmtMs(firstContent)}, max ${sorted.at(-1).toFixed(2)} ms`,
    ratios: [`against a 16 ms frame: ${(median(firstContent) / 16).toFixed(3)}× of a frame (median)`],
    key: 'firstContent',
    value: median(firstContent),
  });
  return {
    rows,
    samplesPerKind: rounds,
    note: isolated
      ? 'Page cross-origin isolated (5 µs timer).'
      : 'Page NOT cross-origin isolated: timer resolution 100 µs.',
  };
}

/** Requests the server receives for one feed URL from a page with n elements on it. */
export async function benchRequests(bench, {repeats}) {
  const rows = [];
  let run = 0;
  for (const n of [1, 4, 20, 100]) {
    const counts = [];
    let errors = 0;
    for (let r = 0; r < repeats; r++) {
      const src = `/count/feed.json?run=${++run}`;
      const page = await bench.page(`/bench/requests.html?n=${n}&src=${encodeURIComponent(src)}`);
      await until(page, () => window.allReady);
      await page.evaluate(() => window.allReady);
      errors += await page.evaluate(() => window.errors());
      await page.close();
      counts.push(bench.counts.get(src) ?? 0);
    }
    rows.push({
      what: `${n} element${n > 1 ? 's' : ''} on one feed (src), ${repeats} page loads`,
      figure: `requests per page: ${[...new Set(counts)].join(', ')}${errors ? `; ${errors} elements in error` : ''}`,
      ratios: [counts.every((c) => c === 1) ? 'exactly 1 every time' : `NOT 1: ${counts.join(', ')}`],
      key: `requests${n}`,
      value: counts,
    });
  }
  return {rows};
}

/**
 * A whole <programme-page> (bench/page.html, feed served by the bench server) against the same
 * content as static HTML (serialised from it once, declarative shadow roots with inlined styles),
 * page loads alternating: navigation start to the content painted.
 */
export async function benchPage(bench, {loads}) {
  let run = 0;
  const oursUrl = () => `/bench/page.html?src=${encodeURIComponent(`/count/page-feed.json?run=${++run}`)}`;
  const first = await bench.page(oursUrl());
  await until(first, () => window.painted);
  const body = await first.evaluate(() => window.serialise(document.body));
  await first.close();
  bench.staticPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>static copy</title></head><body>${body}<script>requestAnimationFrame(() => setTimeout(() => { window.painted = performance.now(); }));</script></body></html>`;

  const samples = {ours: [], static: [], script: []};
  for (let i = 0; i < loads; i++) {
    for (const kind of shuffle(['ours', 'static'])) {
      const page = await bench.page(kind === 'ours' ? oursUrl() : '/bench/static-page.html');
      await until(page, () => window.painted, 30_000);
      const {painted, scriptStart, text} = await page.evaluate(() => ({
        painted: window.painted,
        scriptStart: window.scriptStart,
        // Text of the page and of every shadow root in it, styles left out.
        text: (function text(root) {
          let out = '';
          for (const el of root.querySelectorAll('*')) {
            if (el.localName !== 'style' && el.localName !== 'script' && !el.children.length) out += el.textContent;
            if (el.shadowRoot) out += text(el.shadowRoot);
          }
          return out;
        })(document),
      }));
      if (!text.includes('Closing the Gap'))
        throw new Error(`${kind} page: programme-page shows no content (${JSON.stringify(text.slice(0, 80))})`);
      await page.close();
      samples[kind].push(painted);
      if (kind === 'ours') samples.script.push(painted - scriptStart);
    }
  }
  const r = ratio(samples.ours, samples.static);
  return {
    rows: [
      {
        what: `<programme-page> (sample feed served locally) vs the same content as static HTML, ${loads} loads each`,
        figure: `navigation to content painted: ours ${fmtMs(samples.ours)}, static ${fmtMs(samples.static)}; ours from script start ${fmtMs(samples.script)}`,
        ratios: [`ours / static HTML: ${fmtRatio(r)}`],
        key: 'page',
        value: r,
      },
    ],
  };
}
