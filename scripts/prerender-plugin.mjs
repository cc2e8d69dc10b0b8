// `npm start`'s server rendering, with the built server API (dist/server/):
//   GET /prerender?tag=&src=&programme=&project=&status=&heading-level=  → the element's HTML with its
//       declarative shadow DOM and inline feed, for the embed builder's pre-rendered snippet;
//   any demo page: each element marked `data-prerender` is replaced by its server rendering, so
//       the partner page shows its content before the script runs, and nothing moves when it does.
import {readFile} from 'node:fs/promises';

const distServer = new URL('../dist/server/index.js', import.meta.url);
let api;
const serverApi = async () => (api ??= await import(distServer.href));

/** The feed at `url`: this server's own files from disk, anything else over HTTP. */
async function feedAt(url, origin) {
  if (url.startsWith(`${origin}/`)) {
    const path = new URL(url).pathname;
    if (!/^\/(sample|demo)\/[\w./-]+\.json$/.test(path) || path.includes('..')) throw new Error(`no feed at ${path}`);
    return JSON.parse(await readFile(new URL(`..${path}`, import.meta.url), 'utf8'));
  }
  const response = await fetch(url, {signal: AbortSignal.timeout(10_000)});
  if (!response.ok) throw new Error(`the feed's server answered ${response.status}`);
  return response.json();
}

async function prerender(query, origin) {
  const {renderElement} = await serverApi();
  const src = new URL(query.get('src') ?? '', `${origin}/`).href;
  if (!/^https?:/.test(src)) throw new Error('src must be an http(s) URL');
  return renderElement(query.get('tag') ?? '', {
    feed: await feedAt(src, origin),
    feedUrl: src,
    programme: query.get('programme') || undefined,
    project: query.get('project') || undefined,
    status: query.get('status') || undefined,
    headingLevel: query.get('heading-level') ? Number(query.get('heading-level')) : undefined,
  });
}

const MARKED = /<([a-z]+-[a-z-]+)\s+data-prerender([^>]*)>\s*<\/\1>/g;
const ATTRIBUTE = /([a-z-]+)="([^"]*)"/g;

export function prerenderPlugin() {
  return {
    name: 'prerender',
    async serve(context) {
      if (context.path !== '/prerender') return undefined;
      const origin = `${context.protocol}://${context.host}`;
      try {
        return {body: await prerender(new URLSearchParams(context.querystring), origin), type: 'html'};
      } catch (error) {
        context.status = 400;
        return {body: `${error.name}: ${error.message}`, type: 'text'};
      }
    },
    async transform(context) {
      if (!context.path.startsWith('/demo/') || !context.response.is('html')) return undefined;
      const html = String(context.body);
      if (!html.includes('data-prerender')) return undefined;
      const origin = `${context.protocol}://${context.host}`;
      let out = '';
      let last = 0;
      for (const match of html.matchAll(MARKED)) {
        const query = new URLSearchParams([
          ['tag', match[1]],
          ...[...match[2].matchAll(ATTRIBUTE)].map((a) => [a[1], a[2]]),
        ]);
        let rendered = await prerender(query, origin);
        // Boolean attributes the server API does not take (structured-data) stay on the element.
        for (const flag of ['structured-data', 'no-heading', 'no-more-link']) {
          if (new RegExp(`\\s${flag}(\\s|$)`).test(match[2]))
            rendered = rendered.replace(`<${match[1]} `, `<${match[1]} ${flag} `);
        }
        out += html.slice(last, match.index) + rendered;
        last = match.index + match[0].length;
      }
      return {body: out + html.slice(last)};
    },
  };
}
