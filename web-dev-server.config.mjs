// @web/dev-server config for `npm start` (scripts/start.mjs), also read by a bare `npx wds`.
// Serves the repository root: the demo page at /demo/, the TypeScript sources at /src/ (compiled
// per request by esbuild, so no build is needed) and the sample feed at /sample/sample-feed.json.
import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';

/** What serving the TypeScript sources takes; the screenshots use it too (scripts/screenshots.mjs). */
export const sourcesConfig = () => ({
  nodeResolve: true,
  // Without the tsconfig, esbuild ignores `experimentalDecorators` and Lit's decorators throw.
  plugins: [
    esbuildPlugin({ts: true, tsconfig: fileURLToPath(new URL('tsconfig.json', import.meta.url)), target: 'es2022'}),
  ],
});

export default {
  rootDir: '.',
  ...sourcesConfig(),
  // Set only when PORT is: otherwise the server takes 8000, or the next free port after it.
  ...(process.env.PORT ? {port: Number(process.env.PORT)} : {}),
  middleware: [
    function demoAtRoot(context, next) {
      if (context.path === '/') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
};
