// The server side of the security tests (test/security/): feeds built to attack the elements,
// the faults of the fault matrix, the Content-Security-Policy of the security test pages, and
// two commands that need the browser's DevTools protocol (dialogs and heap size).
//
//   GET /__security/feed/<key>?fault=…&okTimes=N&faultTimes=M&delay=ms
//       Requests 1..N get the sample feed; requests N+1..N+M (M default: all) get the fault;
//       later ones the sample feed again. Faults: a status code ("404", "503"…), "retry-after"
//       (429 with `Retry-After: <retryAfter>`), "destroy" (the socket is destroyed: a network
//       error), "slow" (the sample feed after `delay` ms), "never" (headers, then a body that
//       never ends), "empty", "malformed", "wrong-shape", "unsupported", "html200" (an HTML
//       sign-in page with status 200), "redirect" (302 to a valid feed), "cors" (the feed
//       without Access-Control-Allow-Origin; with `corsOk`, the other answers carry `*`).
//   GET /__security/count/<key>   → {count, times: [ms since the first request], aborted}
//   POST /__security/stored/<key> → keeps the request body (a feed a test built, or an attack
//                                   as a whole response body); GET serves it back, status 200
//   GET /__security/big-feed?shape=programmes|projects|text|resources&bytes=N&count=N
//                                 → a feed of about that size (see bigFeed)
//   GET /__security/long-string?field=title|strapline|version&length=100000
//   GET /__security/css/nhsuk-frontend.css  → nhsuk-frontend's full CSS, less its @font-face rules
//
// Use a fresh <key> per test: counts live as long as the test run.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {STRICT_CSP} from './embed-plugin.mjs';

// The sample feed without its thumbnail: these pages' policies name no `img-src`, as a partner's
// need not for a feed that names no images (README, Content-Security-Policy).
const sample = JSON.parse(readFileSync(new URL('../../sample/sample-feed.json', import.meta.url), 'utf8'));
for (const programme of sample.programmes) delete programme.image;
const sampleText = JSON.stringify(sample);
const PAGES = '/test/security/pages/';
const PREFIX = '/__security/';

/** Per key: request times, and whether the client went away before the response ended. */
const seen = new Map();
const stored = new Map();
const bigFeeds = new Map();

const HTML_PAGE =
  '<!DOCTYPE html>\n<html lang="en"><head><title>Sign in</title></head><body><form>Sign in</form></body></html>';

export function securityPlugin() {
  return {
    name: 'security-test-server',

    async serve(context) {
      const path = context.path;
      if (!path.startsWith(PREFIX)) return undefined;
      const route = path.slice(PREFIX.length);
      const q = context.URL.searchParams;

      if (route.startsWith('count/')) {
        const entry = seen.get(decodeURIComponent(route.slice('count/'.length)));
        const times = entry ? entry.times.map((time) => time - entry.times[0]) : [];
        return json({count: times.length, times, aborted: entry?.aborted ?? 0});
      }
      if (route.startsWith('stored/')) {
        const key = decodeURIComponent(route.slice('stored/'.length));
        if (context.method === 'POST') {
          stored.set(key, await readBody(context.req));
          return json({stored: key});
        }
        return handWritten(
          context,
          stored.has(key) ? 200 : 404,
          {'Content-Type': 'application/json'},
          stored.get(key) ?? '',
        );
      }
      if (route === 'big-feed') {
        const shape = q.get('shape') ?? 'programmes';
        const bytes = Number(q.get('bytes') ?? 5_000_000);
        const count = Number(q.get('count') ?? 200);
        const cacheKey = `${shape}:${bytes}:${count}`;
        if (!bigFeeds.has(cacheKey)) bigFeeds.set(cacheKey, bigFeed(shape, bytes, count));
        return handWritten(context, 200, {'Content-Type': 'application/json'}, bigFeeds.get(cacheKey));
      }
      if (route === 'long-string') {
        const feed = structuredClone(sample);
        const text = 'A'.repeat(Number(q.get('length') ?? 100_000));
        const field = q.get('field') ?? 'title';
        if (field === 'version') feed.version = text;
        else feed.programmes[0][field] = text;
        return handWritten(context, 200, {'Content-Type': 'application/json'}, JSON.stringify(feed));
      }
      if (route === 'css/nhsuk-frontend.css') {
        const require = createRequire(import.meta.url);
        const css = readFileSync(require.resolve('nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css'), 'utf8');
        // The web fonts live on another host: offline they cannot load, and under the page's
        // policy they would only add font-src violations that are the host page's, not ours.
        return {body: css.replace(/@font-face\s*\{[^}]*\}/g, ''), type: 'css', headers: {'Cache-Control': 'no-store'}};
      }
      if (route.startsWith('feed/')) return fault(context, decodeURIComponent(route.slice('feed/'.length)), q);
      return undefined;
    },

    // Every answer must reach `serve`, never the dev server's cache of transformed responses.
    transform(context) {
      return context.path.startsWith(PREFIX) ? {transformCache: false} : undefined;
    },

    async executeCommand({command, payload, session}) {
      if (command !== 'security-dialogs' && command !== 'security-heap') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error(`${command} needs @web/test-runner-chrome (a puppeteer page)`);
      if (command === 'security-dialogs') return dialogs(page, payload);
      return heap(page);
    },
  };
}

/**
 * Koa middleware (listed in web-test-runner.config.mjs, so it wraps the static file server):
 * the strict policy of test/embed on every security test page, except the pages whose name ends
 * in "-nocsp" (where a payload that got into the DOM would really run, so the tests prove it
 * never gets there). The fault pages may also connect to the other loopback origin, so that the
 * CORS row fails on CORS and not on the policy.
 */
export async function securityCspMiddleware(context, next) {
  await next();
  const path = context.path;
  if (!path.startsWith(PAGES) || !path.endsWith('.html') || path.endsWith('-nocsp.html')) return;
  const port = context.host.split(':')[1] ?? '80';
  const policy = path.includes('/faults')
    ? STRICT_CSP.replace("default-src 'self';", `default-src 'self'; connect-src 'self' http://127.0.0.1:${port};`)
    : STRICT_CSP;
  context.set('Content-Security-Policy', policy);
}

// ---- faults ----------------------------------------------------------------------------------

async function fault(context, key, q) {
  const entry = seen.get(key) ?? {times: [], aborted: 0};
  seen.set(key, entry);
  entry.times.push(performance.now());
  const n = entry.times.length;
  const okTimes = Number(q.get('okTimes') ?? 0);
  const faultTimes = Number(q.get('faultTimes') ?? Infinity);
  const name = n > okTimes && n <= okTimes + faultTimes ? (q.get('fault') ?? 'none') : 'none';
  const res = context.res;
  res.on('close', () => {
    if (!res.writableFinished) entry.aborted++;
  });
  const jsonHeaders = {'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store'};

  if (/^\d{3}$/.test(name)) {
    return handWritten(context, Number(name), jsonHeaders, JSON.stringify({error: `status ${name}`}));
  }
  switch (name) {
    case 'retry-after':
      return handWritten(context, 429, {...jsonHeaders, 'Retry-After': q.get('retryAfter') ?? '1'}, '{}');
    case 'destroy':
      context.respond = false;
      context.req.socket.destroy();
      return {body: ' '};
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, Number(q.get('delay') ?? 5000)));
      return handWritten(context, 200, jsonHeaders, sampleText);
    case 'never':
      context.respond = false;
      res.writeHead(200, jsonHeaders);
      res.write('{"version": "1.0", "programmes": [');
      return {body: ' '};
    case 'empty':
      return handWritten(context, 200, jsonHeaders, '');
    case 'malformed':
      return handWritten(context, 200, jsonHeaders, '{"version": "1.0", "programmes": [');
    case 'wrong-shape':
      return handWritten(context, 200, jsonHeaders, JSON.stringify({data: [{name: 'Not a programme feed'}]}));
    case 'unsupported':
      return handWritten(context, 200, jsonHeaders, JSON.stringify({...sample, version: '2.0'}));
    case 'html200':
      return handWritten(context, 200, {'Content-Type': 'text/html; charset=utf-8'}, HTML_PAGE);
    case 'redirect':
      return handWritten(context, 302, {Location: `${PREFIX}feed/${encodeURIComponent(`${key}-target`)}`}, '');
    case 'cors':
      // The feed itself, but without the header that lets another origin read it.
      return handWritten(context, 200, jsonHeaders, sampleText);
    default: {
      const cors = q.has('corsOk') ? {'Access-Control-Allow-Origin': '*'} : {};
      return handWritten(context, 200, {...jsonHeaders, ...cors}, sampleText);
    }
  }
}

/**
 * Writes the response ourselves: a dev-server `serve` hook can only answer 200, and the
 * middlewares around it add ETags and caching (see test-server-plugin.mjs for the details).
 */
function handWritten(context, status, headers, body) {
  const res = context.res;
  context.respond = false;
  if (res.destroyed || res.writableEnded) return {body: ' '};
  res.writeHead(status, {'Cache-Control': 'no-store', ...headers});
  res.end(body);
  return {body: ' '};
}

function json(value) {
  return {body: JSON.stringify(value), type: 'application/json', headers: {'Cache-Control': 'no-store'}};
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

// ---- oversized feeds -------------------------------------------------------------------------

/**
 * A feed of about `bytes` bytes (never more), built from the sample programme:
 * - "programmes": the sample's programmes, then copies of the first one (new ids): a big feed
 *   of which an element shows one programme;
 * - "projects": one programme with `count` projects whose summaries share the size: a big feed
 *   that `<project-list>` and `<programme-page>` show whole;
 * - "text": one programme whose description paragraphs (20,000 characters each) take the size;
 * - "resources": one programme with `count` resources (further reading) sharing the size.
 * Valid whenever the format's limits allow it (a 5 MB one is refused for its size alone).
 */
function bigFeed(shape, bytes, count) {
  const feed = structuredClone(sample);
  const base = feed.programmes[0];
  const room = () => bytes - JSON.stringify(feed).length;
  // Real words, so text layout has line breaks to find.
  const words = 'Closing the gap between best practice and routine delivery of care. ';
  const text = (length) => words.repeat(Math.ceil(length / words.length)).slice(0, Math.max(1, length));
  if (shape === 'projects' || shape === 'resources') {
    const list = shape === 'projects' ? base.projects : base.resources;
    const template = list[0];
    list.length = 0;
    for (let i = 0; i < count; i++) {
      list.push({
        ...template,
        id: i ? `${template.id}-${i}` : template.id,
        title: `${template.title} (${i})`,
        summary: 'x',
      });
    }
    const per = Math.min(20_000, Math.floor(room() / count));
    for (const item of list) item.summary = text(per);
    return JSON.stringify(feed);
  }
  if (shape === 'text') {
    base.description = [];
    while (room() > 20_010) base.description.push(text(20_000));
    base.description.push(text(room() - 10));
    return JSON.stringify(feed);
  }
  let left = room();
  for (let i = 0; feed.programmes.length < 2_000; i++) {
    const copy = structuredClone(base);
    copy.id = `${base.id}-copy-${i}`;
    copy.title = `${base.title} (${i})`;
    copy.related = [];
    const size = JSON.stringify(copy).length + 1;
    if (size > left) break;
    feed.programmes.push(copy);
    left -= size;
  }
  return JSON.stringify(feed);
}

// ---- DevTools protocol -----------------------------------------------------------------------

const dialogLogs = new WeakMap();

/**
 * `start`: from now on every JavaScript dialog (alert, confirm, prompt, beforeunload) opened in
 * the test's page or any of its frames, in any realm, is counted and dismissed (a dialog left
 * open would hang the page). `read`: the messages counted so far.
 */
function dialogs(page, action) {
  if (!dialogLogs.has(page)) {
    const log = [];
    dialogLogs.set(page, log);
    page.on('dialog', (dialog) => {
      log.push(`${dialog.type()}: ${dialog.message()}`);
      dialog.dismiss().catch(() => {});
    });
  }
  return action === 'read' ? [...dialogLogs.get(page)] : true;
}

/** A full garbage collection, then the page's JavaScript heap size in bytes (all its same-process frames). */
async function heap(page) {
  const client = await page.createCDPSession();
  try {
    await client.send('HeapProfiler.enable');
    await client.send('HeapProfiler.collectGarbage');
    await client.send('HeapProfiler.collectGarbage');
    const {usedSize} = await client.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await client.detach().catch(() => {});
  }
}
