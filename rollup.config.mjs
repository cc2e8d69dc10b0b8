// Bundles the tsc output (dist/**/*.js) for script-tag users; npm users import dist/ unbundled.
//  - dist/programme-elements.js: one self-contained file, Lit included, every element defined, and
//    every catalogue (Welsh too: a partner copies one file, and Welsh must not be the one missing).
//  - dist/programme-elements.hydrate.js: the same with Lit's hydration support, for server-rendered pages.
//  - dist/cdn/: the autoloader and one chunk per element, sharing one Lit chunk.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

// Resolves Lit's production build (its default export condition); dev mode stays out.
// css`` templates are minified (terser leaves template text alone); html`` templates are not: a
// server-rendered element hydrates only where the browser's template strings are the server's
// (Lit matches them by a digest of the strings), and the server renders from dist/ as tsc wrote
// it (docs/decisions/0008-server-rendering-and-hydration.md).
const plugins = () => [
  minifyLiterals({options: {shouldMinify: () => false}}),
  nodeResolve({browser: true}),
  terser({module: true, ecma: 2021, compress: {passes: 2}, format: {comments: false}}),
];

export default [
  {
    input: 'dist/index.js',
    // The contract's single file stays one file: the Welsh catalogue is inlined (about 1.9 KB
    // gzip), as in the hydration bundle. npm users and the autoloader load it on demand.
    output: {file: 'dist/programme-elements.js', format: 'es', sourcemap: true, inlineDynamicImports: true},
    plugins: plugins(),
  },
  {
    input: 'dist/hydrate.js',
    output: {file: 'dist/programme-elements.hydrate.js', format: 'es', sourcemap: true},
    plugins: plugins(),
  },
  {
    input: {autoloader: 'dist/autoloader.js'},
    output: {dir: 'dist/cdn', format: 'es', sourcemap: true, chunkFileNames: '[name]-[hash].js'},
    plugins: plugins(),
  },
];
