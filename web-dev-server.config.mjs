// @web/dev-server config for `npm start` (scripts/start.mjs), also read by a bare `npx wds`.
// Serves the repository root: the demo page at /demo/, the TypeScript sources at /src/ (compiled
// per request by esbuild, so no build is needed) and the sample feed at /sample/sample-feed.json.
import {readFile} from 'node:fs/promises';
import {readFileSync} from 'node:fs';
import {extname, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {prerenderPlugin} from './scripts/prerender-plugin.mjs';

const {version} = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const DIST = fileURLToPath(new URL('dist', import.meta.url));

/**
 * A partner's page on another origin can load what this server serves: the bundle (a module
 * script, always fetched in CORS mode, and checked against its `integrity`) and the feeds. The
 * bundle is also served as the charity publishes it, under its version, byte for byte (no
 * plugin transforms it, so its integrity hash is the published file's): /elements/<version>/…
 * is dist/….
 */
export async function crossOriginEmbeds(context, next) {
  const published = `/elements/${version}/`;
  if (context.path.startsWith(published)) {
    const file = resolve(DIST, decodeURIComponent(context.path.slice(published.length)));
    const body = file.startsWith(DIST + sep) ? await readFile(file).catch(() => undefined) : undefined;
    if (body) {
      context.body = body;
      context.type = extname(file);
    } else {
      context.status = 404;
    }
  } else {
    await next();
  }
  context.set('Access-Control-Allow-Origin', '*');
  context.set('Cross-Origin-Resource-Policy', 'cross-origin');
}

/** What serving the TypeScript sources takes; the screenshots use it too (scripts/screenshots.mjs). */
export const sourcesConfig = () => ({
  nodeResolve: true,
  // Without the tsconfig, esbuild ignores `experimentalDecorators` and Lit's decorators throw.
  plugins: [
    esbuildPlugin({ts: true, tsconfig: fileURLToPath(new URL('tsconfig.json', import.meta.url)), target: 'es2022'}),
  ],
});

const sources = sourcesConfig();

export default {
  rootDir: '.',
  ...sources,
  plugins: [...sources.plugins, prerenderPlugin()],
  // Set only when PORT is: otherwise the server takes 8000, or the next free port after it.
  ...(process.env.PORT ? {port: Number(process.env.PORT)} : {}),
  middleware: [
    crossOriginEmbeds,
    function demoAtRoot(context, next) {
      if (context.path === '/') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
};
