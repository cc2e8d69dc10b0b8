// Bundles the tsc output (dist/**/*.js) for script-tag users; npm users import dist/ unbundled.
//  - dist/programme-elements.js: one file, Lit included, every element defined; beside it
//    programme-elements.cy.js, the Welsh catalogue, fetched by Welsh pages only.
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
    // Catalogues other than English are chunks beside the file (programme-elements.cy.js), loaded
    // only by a page in that language (docs/decisions/0011-languages.md).
    output: {
      dir: 'dist',
      entryFileNames: 'programme-elements.js',
      chunkFileNames: 'programme-elements.[name].js',
      format: 'es',
      sourcemap: true,
    },
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
