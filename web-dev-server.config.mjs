// @web/dev-server config for `npm start` (scripts/start.mjs), also read by a bare `npx wds`.
// Serves the repository root: the demo page at /demo/, the TypeScript sources at /src/ (compiled
// per request by esbuild, so no build is needed) and the sample feed at /sample/sample-feed.json.
import {esbuildPlugin} from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  nodeResolve: true,
  // Set only when PORT is: otherwise the server takes 8000, or the next free port after it.
  ...(process.env.PORT ? {port: Number(process.env.PORT)} : {}),
  plugins: [
    // Without the tsconfig, esbuild ignores `experimentalDecorators` and Lit's decorators throw.
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}),
  ],
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
