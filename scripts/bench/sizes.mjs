// Sizes for the peers section of `npm run bench`: a card entry bundled with everything it imports
// (Lit included) with the plugins and options scripts/size.mjs uses for ours (template literals
// minified, then rollup + terser), and a theme stylesheet with its @imports bundled and minified
// by esbuild. Figures in bytes.
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {build} from 'esbuild';

function measure(code) {
  const bytes = Buffer.from(code);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, {level: 9}).length,
    brotli: brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
  };
}

/** An ES module entry with its dependencies, minified as scripts/size.mjs does it. */
export async function moduleSize(input) {
  const bundle = await rollup({
    input,
    plugins: [
      minifyLiterals(),
      nodeResolve({browser: true}),
      terser({module: true, ecma: 2021, compress: {passes: 2}, format: {comments: false}}),
    ],
    onwarn: () => {},
  });
  const {output} = await bundle.generate({format: 'es', inlineDynamicImports: true});
  await bundle.close();
  return measure(output[0].code);
}

/** A stylesheet with its @imports, minified. */
export async function cssSize(input) {
  const result = await build({entryPoints: [input], bundle: true, minify: true, write: false, logLevel: 'silent'});
  return measure(result.outputFiles[0].text);
}
