// Browser sections of `npm run bench`: the repository's files served by scripts/serve.mjs, a
// headless Chromium driven by puppeteer-core, and measurements taken round robin (every kind of
// page in turn, many rounds), reported as ratios to floors measured in the same run, with the
// median and a bootstrap 95% confidence interval.
/* global window, document */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import puppeteer from 'puppeteer-core';
import {CHROME_ARGS, findBrowser} from '../find-browser.mjs';
import {serve} from '../serve.mjs';
import {cssSize, moduleSize} from './sizes.mjs';
import {median, ratio} from './stats.mjs';

/** Only these folders are served. */
const SERVED = ['dist', 'bench', 'sample', 'node_modules'];
/**
 * Cross-origin isolation on every response: Chromium then gives performance.now() 5 µs
 * resolution instead of 100 µs, which matters for the 1-card figures. Nothing is cached, so
 * every page load fetches what it loads.
 */
const HEADERS = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cache-control': 'no-store',
};

/**
 * Starts the server and the browser, once, for every browser section. `close()` stops both by
 * their own handles.
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
    this.server = await serve({rootDir: this.root, middleware: [(context, next) => this.handle(context, next)]});
    this.origin = this.server.origin;
    this.executablePath = findBrowser();
    this.browser = await puppeteer.launch({
      executablePath: this.executablePath,
      headless: true,
      args: [...CHROME_ARGS, '--js-flags=--expose-gc'],
    });
    this.version = await this.browser.version();
    return this;
  }

  /** The bench's own answers (the static copy, the bench feed, counted feeds); files from SERVED. */
  async handle(context, next) {
    const {path} = context;
    if (path === '/bench/static-page.html' && this.staticPage) {
      context.type = 'html';
      context.body = this.staticPage;
    } else if (path === '/bench-feed.json') {
      this.counts.set(path, (this.counts.get(path) ?? 0) + 1);
      context.type = 'json';
      context.body = this.benchFeedText;
    } else if (path.startsWith('/count/')) {
      const key = context.url;
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      context.type = 'json';
      context.body = this.sampleText;
    } else if (SERVED.some((folder) => path.startsWith(`/${folder}/`))) {
      await next();
    } else {
      context.status = 404;
      context.body = 'not served';
    }
    context.set(HEADERS);
  }

  /** How many times `path` was requested (the bench feed, the counted feeds). */
  requestsOf(path) {
    return this.counts.get(path) ?? 0;
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
      await this.server?.stop();
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

/**
 * The card libraries issue 7 compares against: each one's CDN build of its card (one entry,
 * Lit bundled in, as a page without a bundler loads it) and its light theme, served from
 * node_modules by the bench server. `framePart` is the shadow part that draws the card's border
 * (none: the host draws it); `token` is a custom property only the theme defines.
 */
export const PEERS = [
  {
    kind: 'sl',
    tag: 'sl-card',
    library: 'Shoelace',
    pkg: '@shoelace-style/shoelace',
    module: 'cdn/components/card/card.js',
    theme: 'cdn/themes/light.css',
    npmEntry: 'dist/components/card/card.js',
    framePart: 'base',
    token: '--sl-panel-background-color',
  },
  {
    kind: 'wa',
    tag: 'wa-card',
    library: 'Web Awesome',
    pkg: '@awesome.me/webawesome',
    module: 'dist-cdn/components/card/card.js',
    theme: 'dist-cdn/styles/themes/default.css',
    npmEntry: 'dist/components/card/card.js',
    framePart: undefined,
    token: '--wa-panel-border-style',
  },
];

/**
 * 1,000 <project-card>s against the same content in each peer's card, round robin on
 * bench/peers.html (every peer's theme loaded, for every kind), until layout; then, untimed, what
 * the cards look like on the page, and the min+gzip and min+brotli size of each card entry with
 * its dependencies. A peer that is not installed or does not load is reported as not measured.
 */
export async function benchPeers(bench, {rounds, warmup, count = 1_000}) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
  const peers = installedPeers(bench.root);
  const page = await bench.page('/bench/peers.html');
  const offsite = new Set();
  page.on('request', (request) => {
    if (!request.url().startsWith(bench.origin) && !request.url().startsWith('data:')) offsite.add(request.url());
  });
  const running = await loadPeers(page, peers, ({framePart, token}) => ({framePart, token}));

  const kinds = ['ours', ...running.map((peer) => peer.kind)];
  const samples = Object.fromEntries(kinds.map((kind) => [kind, []]));
  for (let round = 0; round < warmup + rounds; round++) {
    for (const kind of shuffle([...kinds])) {
      const ms = await page.evaluate((k, n) => window.bench.render(k, n), kind, count);
      if (round >= warmup) samples[kind].push(ms);
    }
  }
  const seen = {};
  for (const kind of kinds) seen[kind] = await page.evaluate((k, n) => window.bench.inspect(k, n), kind, count);
  const isolated = await page.evaluate(() => window.crossOriginIsolated);
  await page.close();

  const n = count.toLocaleString('en-GB');
  const linked = JSON.parse(bench.benchFeedText)
    .programmes.flatMap((programme) => programme.projects)
    .slice(0, count)
    .filter((project) => project.url).length;
  const rows = [];
  for (const peer of peers) {
    if (peer.error) {
      rows.push({
        what: `render ${n} cards: <${peer.tag}> (${peer.library})`,
        figure: `not measured: ${peer.error}`,
        ratios: [],
        key: `peer-${peer.tag}`,
        error: peer.error,
      });
      continue;
    }
    const peerOverOurs = ratio(samples[peer.kind], samples.ours);
    const oursOverPeer = ratio(samples.ours, samples[peer.kind]);
    rows.push({
      what: `render ${n} cards: <project-card> vs <${peer.tag}> (${peer.library} ${peer.version})`,
      figure: `ours ${fmtMs(samples.ours)}, ${peer.tag} ${fmtMs(samples[peer.kind])}`,
      ratios: [`${peer.tag} / ours: ${fmtRatio(peerOverOurs)}`, `ours / ${peer.tag}: ${fmtRatio(oursOverPeer)}`],
      key: `peer-${peer.tag}`,
      value: peerOverOurs,
      oursOverPeer,
    });
  }

  // Sizes: the npm (unbundled) card entry bundled with its imports, as scripts/size.mjs bundles ours.
  const sizes = [
    [
      'project-card',
      'dist/components/project-card/project-card.js',
      await moduleSize(join(bench.root, 'dist/components/project-card/project-card.js')),
    ],
  ];
  for (const peer of peers.filter((p) => !p.dir))
    rows.push({what: `size of <${peer.tag}>`, figure: `not measured: ${peer.error}`, ratios: []});
  for (const peer of peers.filter((p) => p.dir)) {
    try {
      sizes.push([
        peer.tag,
        `${peer.pkg}/${peer.npmEntry}`,
        await moduleSize(join(peer.dir, peer.npmEntry)),
        await cssSize(join(peer.dir, peer.theme)),
      ]);
    } catch (sizeError) {
      rows.push({what: `size of <${peer.tag}>`, figure: `not measured: ${sizeError.message}`, ratios: []});
    }
  }
  const ours = sizes[0][2];
  for (const [tag, entry, js, css] of sizes) {
    const peerTheme = css
      ? `; its theme CSS (${PEERS.find((p) => p.tag === tag).theme}, @imports included, minified): ${kb(css.gzip)} gzip, ${kb(css.brotli)} brotli`
      : '';
    rows.push({
      what: `size of <${tag}>: ${entry} with its dependencies (Lit included), bundled as scripts/size.mjs bundles ours`,
      figure: `min ${kb(js.min)}, min+gzip ${kb(js.gzip)}, min+brotli ${kb(js.brotli)}${peerTheme}`,
      ratios:
        tag === 'project-card'
          ? []
          : [
              `${tag} / ours: ${(js.gzip / ours.gzip).toFixed(2)}× gzip, ${(js.brotli / ours.brotli).toFixed(2)}× brotli`,
            ],
      key: `size-${tag}`,
      value: js,
    });
  }

  const describe = (kind, label) => {
    const s = seen[kind];
    const token =
      s.token === undefined ? '' : s.token ? `, theme token defined (${s.token})` : ', theme token NOT defined';
    return `${label}: ${s.cards} cards, ${s.withShadow} with a rendered shadow root, ${s.withHeight} with height > 0 (first ${s.height} px), frame border ${s.border}, background ${s.background}${token}`;
  };
  const notes = [
    isolated ? 'Page cross-origin isolated (5 µs timer).' : 'Page NOT cross-origin isolated: timer resolution 100 µs.',
    `Peers: their CDN builds (${running.map((p) => `${p.pkg}/${p.module}`).join(', ') || 'none ran'}) and light themes (${running.map((p) => p.theme).join(', ') || 'none'}), served from node_modules by the bench server, all themes on the page for every kind. Content as project-card shows it (type, heading, summary, lead organisation), type and heading in the header slot, styled by page rules that copy the card's own (type tag, heading size, the lead organisation as label and value), so every kind lays out the same styled content; ${linked} of the ${n} bench projects have a url, so ${linked ? 'their' : 'no'} headings are links.`,
    `Seen after the run: ${[describe('ours', 'project-card'), ...running.map((p) => describe(p.kind, p.tag))].join('; ')}.`,
    offsite.size
      ? `Requests outside the local server: ${[...offsite].join(', ')}.`
      : 'No request left the local server.',
  ];
  return {rows, samplesPerKind: rounds, note: notes.join(' ')};
}

/** Each peer with its installed version and folder, or why it is not installed. */
function installedPeers(root) {
  return PEERS.map((peer) => {
    const dir = join(root, 'node_modules', peer.pkg);
    try {
      const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
      return {...peer, version, dir};
    } catch {
      return {...peer, error: `${peer.pkg} is not installed (no node_modules/${peer.pkg}/package.json)`};
    }
  });
}

/**
 * Waits for a bench page to be ready, then has it load each installed peer's card module and
 * theme (with `extra(peer)`'s fields); a peer that does not load gets its error, in one line for
 * the report's tables. Resolves with the peers that loaded.
 */
async function loadPeers(page, peers, extra = () => ({})) {
  await until(page, () => window.bench?.ready || window.benchError);
  const error = await page.evaluate(() => window.benchError);
  if (error) throw new Error(error);
  const installed = peers.filter((peer) => !peer.error);
  const loadErrors = await page.evaluate(
    (list) => window.bench.load(list),
    installed.map((peer) => ({
      kind: peer.kind,
      tag: peer.tag,
      module: `/node_modules/${peer.pkg}/${peer.module}`,
      theme: `/node_modules/${peer.pkg}/${peer.theme}`,
      ...extra(peer),
    })),
  );
  for (const peer of installed)
    if (loadErrors[peer.kind])
      peer.error = `${peer.pkg} ${peer.version} did not load: ${loadErrors[peer.kind].replace(/[|\s]+/g, ' ')}`;
  return peers.filter((peer) => !peer.error);
}

/**
 * The partner path (issue 17), round robin on bench/partner.html: 1,000 cards written as HTML
 * (`<project-card src programme project>`) on one feed URL an earlier card loaded, until every
 * card shows its content and layout is done; against two vanilla floors reading the same
 * attributes (the card's own stylesheet; a minimal one) and the peers' cards inserted as HTML
 * the same way, all in the same rounds. Then, untimed, how many updates and `feed-load` events
 * one render of ours costs.
 */
export async function benchPartner(bench, {rounds, warmup, count = 1_000}) {
  const peers = installedPeers(bench.root);
  const page = await bench.page('/bench/partner.html');
  const running = await loadPeers(page, peers);
  const requestsBefore = bench.requestsOf('/bench-feed.json');

  const kinds = ['ours', 'floor-own', 'floor-minimal', ...running.map((peer) => peer.kind)];
  const samples = Object.fromEntries(kinds.map((kind) => [kind, []]));
  for (let round = 0; round < warmup + rounds; round++) {
    for (const kind of shuffle([...kinds])) {
      const ms = await page.evaluate((k, n) => window.bench.render(k, n), kind, count);
      if (round >= warmup) samples[kind].push(ms);
    }
  }
  const seen = await page.evaluate((n) => window.bench.inspect('ours', n), count);
  const isolated = await page.evaluate(() => window.crossOriginIsolated);
  const requests = bench.requestsOf('/bench-feed.json') - requestsBefore;
  await page.close();

  const n = count.toLocaleString('en-GB');
  const ours = samples.ours;
  const minimal = ratio(ours, samples['floor-minimal']);
  const own = ratio(ours, samples['floor-own']);
  const stylesheet = ratio(samples['floor-own'], samples['floor-minimal']);
  const rows = [
    {
      what: `partner path, ${n} cards: <project-card> vs the vanilla floors`,
      figure: `ours ${fmtMs(ours)}, floor with the card's stylesheet ${fmtMs(samples['floor-own'])}, floor with a minimal stylesheet ${fmtMs(samples['floor-minimal'])}`,
      ratios: [
        `ours / minimal floor: ${fmtRatio(minimal)}`,
        `ours / own-stylesheet floor (the feed binding and Lit): ${fmtRatio(own)}`,
        `own-stylesheet floor / minimal floor (our stylesheet): ${fmtRatio(stylesheet)}`,
      ],
      key: 'partner',
      minimal,
      own,
    },
  ];
  for (const peer of peers) {
    if (peer.error) {
      rows.push({
        what: `partner path, ${n} cards: <${peer.tag}> (${peer.library})`,
        figure: `not measured: ${peer.error}`,
        ratios: [],
        key: `partner-${peer.tag}`,
        error: peer.error,
      });
      continue;
    }
    const peerOverOurs = ratio(samples[peer.kind], ours);
    rows.push({
      what: `partner path, ${n} cards: <project-card> vs <${peer.tag}> (${peer.library} ${peer.version}) inserted as HTML`,
      figure: `ours ${fmtMs(ours)}, ${peer.tag} ${fmtMs(samples[peer.kind])}`,
      ratios: [
        `${peer.tag} / ours: ${fmtRatio(peerOverOurs)}`,
        `ours / ${peer.tag}: ${fmtRatio(ratio(ours, samples[peer.kind]))}`,
        `${peer.tag} / minimal floor: ${fmtRatio(ratio(samples[peer.kind], samples['floor-minimal']))}`,
      ],
      key: `partner-${peer.tag}`,
      value: peerOverOurs,
    });
  }
  rows.push({
    what: `what one partner-path render of ${n} of ours costs, untimed`,
    figure: `${seen.withContent} of ${seen.cards} cards with content; ${seen.updates} updates (${(seen.updates / seen.cards).toFixed(2)} per card); ${seen.loadEvents} feed-load events; ${requests} requests for the feed during the rounds`,
    ratios: [],
    key: 'partnerWork',
    value: seen,
  });
  return {
    rows,
    samplesPerKind: rounds,
    note: `${isolated ? 'Page cross-origin isolated (5 µs timer).' : 'Page NOT cross-origin isolated: timer resolution 100 µs.'} Every kind is written as HTML into the stage (innerHTML, made beforehand), timed to content shown and layout done; the feed was loaded once by an earlier card, so ours finds it in the page-wide store. The floors are vanilla shadow-DOM elements that read programme and project and look the project up in the feed in hand; the peers hold the same content in light DOM, styled by page rules, with every theme on the page.`,
  };
}
