// Serves the embedding test pages (test/embed/pages/*.html) the way a strict partner site
// would: with a Content-Security-Policy that allows only same-origin scripts, styles and
// connections, and enforces Trusted Types. Also serves the built single-file bundle under
// another version number, for the "two versions on one page" test.
import {readFileSync} from 'node:fs';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

const PAGES = '/test/embed/pages/';
const OTHER_VERSION = '/__embed/other-version.js';

export function embedPlugin() {
  return {
    name: 'embed-pages',
    async serve(context) {
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
