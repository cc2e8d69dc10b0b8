// Serves pages rendered by the built server API and command line (dist/, which `npm test` builds
// first), for the server-rendering tests:
//
//   GET /__ssr/feed/<sample|several|broken-images>    → the feed, as JSON (no .json: the dev server would make it a module)
//   GET /__ssr/element?tag=&feed=&programme=&project=&js=0|1&csp=strict&lang=cy&hydrate=later
//   GET /__ssr/page?feed=&programme=&js=0|1           → renderPage's whole document
//   GET /__site/<path>?js=0|1                         → the static site `programme-elements site`
//                                                       writes for the sample feed (base URL /__site/)
//
// A render's `feedUrl` is the feed's URL on this server, so an element the browser renders from
// the same `src` must show the same links. With js=1 a page also runs the hydration bundle, and a
// classic script that records, from the end of parsing (before any module script runs), every
// mutation in the document and its shadow roots, every fetch and every error.
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, normalize} from 'node:path';

// The sample's image URLs are the publisher's, which this machine cannot reach, and an image that
// fails to load is hidden (a change the hydration checks would see): here they are a local image.
const withImagesAt = (json, url) => json.replaceAll(/https:\/\/example\.org\/example-only\/images\/[^"]+/g, url);
const withLocalImages = (json) => withImagesAt(json, '/stories/assets/project-photo.svg');
const SAMPLE = readFileSync(new URL('../../sample/sample-feed.json', import.meta.url), 'utf8');
const FEEDS = {
  sample: withLocalImages(SAMPLE),
  several: withLocalImages(readFileSync(new URL('../fixtures/several-programmes.json', import.meta.url), 'utf8')),
  // Every image a path this server answers 404: an image the reader's browser cannot load.
  'broken-images': withImagesAt(SAMPLE, '/test/no-such-image.png'),
};
const FEED_PATH = '/__ssr/feed/';
const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'nonce-recorder'; style-src 'self'; require-trusted-types-for 'script'";
const SITE_PATH = '/__site/';

const HYDRATE = `<script type="module" src="/dist/programme-elements.hydrate.js"></script>`;
const RECORDER = `<script nonce="recorder">
  window.__record = {mutations: [], fetches: [], errors: [], violations: []};
  document.addEventListener('securitypolicyviolation', (event) => window.__record.violations.push(event.effectiveDirective));
  const note = (records) => {
    for (const r of records) {
      window.__record.mutations.push({type: r.type, attribute: r.attributeName, target: r.target.nodeName, added: r.addedNodes.length, removed: r.removedNodes.length});
    }
  };
  const watch = (root) => {
    new MutationObserver(note).observe(root, {subtree: true, childList: true, attributes: true, characterData: true});
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) watch(el.shadowRoot);
  };
  // Parsing ends ("interactive") before any module script runs: from then on only scripts change the page.
  document.addEventListener('readystatechange', () => document.readyState === 'interactive' && watch(document));
  const originalFetch = window.fetch;
  window.fetch = (...args) => (window.__record.fetches.push(String(args[0])), originalFetch(...args));
  addEventListener('error', (event) => window.__record.errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => window.__record.errors.push(String(event.reason)));
  const originalError = console.error;
  console.error = (...args) => (window.__record.errors.push(args.map(String).join(' ')), originalError(...args));
</script>`;

/** The recorder as the last thing in a whole document. */
const recorded = (page, scripts) => page.replace(/<\/body>\s*<\/html>\s*$/, `${scripts}</body></html>`);

let server;
const serverApi = async () => (server ??= await import(new URL('../../dist/server/index.js', import.meta.url).href));

let site;
/** The sample feed's static site (its images local, as above), written once by the command line's own code into a temporary folder. */
function staticSite(origin) {
  site ??= (async () => {
    const out = mkdtempSync(join(tmpdir(), 'pe-site-'));
    const feed = join(mkdtempSync(join(tmpdir(), 'pe-site-feed-')), 'sample-feed.json');
    writeFileSync(feed, FEEDS.sample);
    const {main} = await import(new URL('../../dist/cli/main.js', import.meta.url).href);
    const args = ['site', '--feed', feed, '--out', out, '--base-url', `${origin}${SITE_PATH}`];
    const code = await main(args, {stdout: {write: () => true}, stderr: process.stderr});
    if (code !== 0) throw new Error(`programme-elements site exited ${code}`);
    return out;
  })();
  return site;
}

export function ssrPlugin() {
  return {
    name: 'ssr-pages',
    async serve(context) {
      const query = Object.fromEntries(new URLSearchParams(context.querystring));
      const js = query.js === '1';
      const origin = `${context.protocol}://${context.host}`;
      if (context.path.startsWith(FEED_PATH)) {
        const body = FEEDS[context.path.slice(FEED_PATH.length)];
        return body && {body, type: 'application/json', headers: {'Cache-Control': 'no-store'}};
      }
      if (context.path.startsWith(SITE_PATH)) {
        const out = await staticSite(origin);
        const relative = normalize(decodeURIComponent(context.path.slice(SITE_PATH.length)) || '.');
        if (relative.startsWith('..')) return undefined;
        const file = join(out, context.path.endsWith('/') ? join(relative, 'index.html') : relative);
        const body = readFileSync(file, 'utf8');
        if (!file.endsWith('.html')) return {body, type: file.endsWith('.js') ? 'js' : 'text'};
        // The site's pages load their own bundle: only the recorder is added.
        return {body: js ? recorded(body, RECORDER) : body, type: 'html'};
      }
      if (!context.path.startsWith('/__ssr/')) return undefined;
      const name = query.feed ?? 'sample';
      const feed = JSON.parse(FEEDS[name]);
      // A language tag only (it is written into the page as it is).
      const lang = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(query.lang ?? '') ? query.lang : undefined;
      const options = {feed, feedUrl: `${origin}${FEED_PATH}${name}`, programme: query.programme || undefined, lang};
      const {renderElement, renderPage} = await serverApi();
      try {
        if (context.path === '/__ssr/page') {
          const page = await renderPage(feed, options);
          return {body: js ? recorded(page, HYDRATE + RECORDER) : page, type: 'html'};
        }
        const markup = await renderElement(query.tag, {...options, project: query.project || undefined});
        if (query.fragment === '1') return {body: markup, type: 'html'};
        // hydrate=later: the test adds the hydration bundle itself, when it is ready for it.
        const scripts = js ? (query.hydrate === 'later' ? RECORDER : HYDRATE + RECORDER) : '';
        const body = `<!doctype html><html lang="${lang ?? 'en-GB'}"><head><meta charset="utf-8"><title>${query.tag}</title></head><body>${markup}${scripts}</body></html>`;
        // A partner's strict policy: no inline styles (the server's <style>s are refused), scripts only from here.
        const headers = query.csp === 'strict' ? {'Content-Security-Policy': STRICT_CSP} : {};
        return {body, type: 'html', headers};
      } catch (error) {
        return {body: `${error.name}: ${error.message}`, type: 'text'};
      }
    },
  };
}
