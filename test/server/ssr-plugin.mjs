// Serves pages rendered by the built server API (dist/server/, which `npm test` builds first),
// for the hydration tests:
//
//   GET /__ssr/feed/<sample|several>                  → the feed, as JSON (no .json: the dev server would make it a module)
//   GET /__ssr/element?tag=&feed=&programme=&project=&js=0|1
//   GET /__ssr/page?feed=&programme=&js=0|1           → renderPage's whole document
//
// The render's `feedUrl` is the feed's URL on this server, so an element the browser renders from
// the same `src` must show the same links. With js=1 the page also loads the hydration bundle and
// a classic script that records, from the end of parsing (before any module script runs), every
// mutation in the document and its shadow roots, every fetch and every error.
import {readFileSync} from 'node:fs';

const FEEDS = {
  sample: readFileSync(new URL('../../sample/sample-feed.json', import.meta.url), 'utf8'),
  several: readFileSync(new URL('../fixtures/several-programmes.json', import.meta.url), 'utf8'),
};
const FEED_PATH = '/__ssr/feed/';

const RECORDER = `<script type="module" src="/dist/programme-elements.hydrate.js"></script><script>
  window.__record = {mutations: [], fetches: [], errors: []};
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

let server;
async function serverApi() {
  server ??= await import(new URL('../../dist/server/index.js', import.meta.url).href);
  return server;
}

export function ssrPlugin() {
  return {
    name: 'ssr-pages',
    async serve(context) {
      if (context.path.startsWith(FEED_PATH)) {
        const body = FEEDS[context.path.slice(FEED_PATH.length)];
        return body && {body, type: 'application/json', headers: {'Cache-Control': 'no-store'}};
      }
      if (!context.path.startsWith('/__ssr/')) return undefined;
      const query = Object.fromEntries(new URLSearchParams(context.querystring));
      const name = query.feed ?? 'sample';
      const feed = JSON.parse(FEEDS[name]);
      const feedUrl = `${context.protocol}://${context.host}${FEED_PATH}${name}`;
      const {renderElement, renderPage} = await serverApi();
      const options = {feed, feedUrl, programme: query.programme || undefined};
      const js = query.js === '1';
      try {
        if (context.path === '/__ssr/page') {
          const page = await renderPage(feed, options);
          return {body: js ? page.replace(/<\/body>\s*<\/html>\s*$/, `${RECORDER}</body></html>`) : page, type: 'html'};
        }
        const markup = await renderElement(query.tag, {...options, project: query.project || undefined});
        const body = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${query.tag}</title></head><body>${markup}${js ? RECORDER : ''}</body></html>`;
        return {body, type: 'html'};
      } catch (error) {
        return {body: `${error.name}: ${error.message}`, type: 'text'};
      }
    },
  };
}
