// Serves the embedding test pages (test/embed/pages/*.html) the way a strict partner site
// would: with a Content-Security-Policy that allows only same-origin scripts, styles and
// connections, and enforces Trusted Types. Also serves the built single-file bundle under
// another version number, for the "two versions on one page" test, and pages made of a pasted
// snippet, for the cross-origin test:
//
//   GET /__paste?html=<base64url>[&prerender=<query>] → a bare page: the snippet in its body, then a reporter that
//                                    posts what the page shows to the window that opened it.
import {readFileSync} from 'node:fs';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

const PAGES = '/test/embed/pages/';
const OTHER_VERSION = '/__embed/other-version.js';
const PASTE = '/__paste';

// Posts {type: 'paste-report', defined, text, fallback} to the parent once the element has
// rendered its content, or after 3 s (a script that never loads, or is refused).
const REPORTER = `<script type="module">
  const element = document.body.querySelector(':not(script)');
  const started = performance.now();
  const ready = () => element.shadowRoot && !element.shadowRoot.querySelector('[part~="skeleton"]') && element.shadowRoot.textContent.trim();
  while (!ready() && performance.now() - started < 3000) await new Promise((resolve) => setTimeout(resolve, 25));
  const link = element.querySelector('a');
  // Shown: in the page's CSS, and not hidden by a shadow root that does not slot it. (No layout
  // test: a page in the background may lay its frames out at width 0.)
  const slotted = !element.shadowRoot || element.shadowRoot.querySelector('slot') !== null;
  const shown = link !== null && slotted && getComputedStyle(link).display !== 'none';
  parent.postMessage({
    type: 'paste-report',
    defined: customElements.get(element.localName) !== undefined,
    text: element.shadowRoot ? element.shadowRoot.textContent.replace(/\\s+/g, ' ').trim() : '',
    fallback: shown ? {href: link.href, text: link.textContent} : null,
  }, '*');
</script>`;

export function embedPlugin() {
  return {
    name: 'embed-pages',
    async serve(context) {
      if (context.path === PASTE) {
        let snippet = Buffer.from(context.URL.searchParams.get('html') ?? '', 'base64url').toString('utf8');
        // A pre-rendered snippet is too long for a URL: its element is rendered here, in place of
        // the marker, by the server-rendering plugin (test/server/ssr-plugin.mjs).
        const prerender = context.URL.searchParams.get('prerender');
        if (prerender) {
          const origin = `${context.protocol}://${context.host}`;
          const markup = await (await fetch(`${origin}/__ssr/element?${prerender}&fragment=1`)).text();
          snippet = snippet.replace('<!--prerendered-->', markup);
        }
        return {
          body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Pasted</title></head><body>\n${snippet}\n${REPORTER}</body></html>`,
          type: 'html',
        };
      }
      if (context.path !== OTHER_VERSION) return undefined;
      const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
      const bundle = readFileSync(new URL('../../dist/programme-elements.js', import.meta.url), 'utf8');
      const quoted = new RegExp(`(["'\`])${version.replace(/\./g, '\\.')}\\1`, 'g');
      return {body: bundle.replace(quoted, '"99.0.0-other"'), type: 'js'};
    },
  };
}

/** Koa middleware: the strict CSP on every embedding test page. */
export async function embedCspMiddleware(context, next) {
  await next();
  if (context.path.startsWith(PAGES) && context.path.endsWith('.html')) {
    context.set('Content-Security-Policy', STRICT_CSP);
  }
}
