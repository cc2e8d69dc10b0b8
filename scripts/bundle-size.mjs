// How every size in this repository is taken (scripts/size.mjs, scripts/size-floor.mjs and the
// peers section of `npm run bench`): an ES module entry bundled with everything it imports, as a
// production build would (template literals minified, then rollup and terser), and its minified,
// gzip and brotli byte counts. One place, so that ours and the peers are measured alike.
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/**
 * Bundles `input` and returns the minified code.
 * - `virtualModules`: `{id: source}` modules that exist only here (e.g. an entry re-exporting Lit);
 * - `replace`: `{pathEnd: source}` stands in `source` for every module whose path ends so.
 */
export async function bundle(input, {virtualModules = {}, replace = {}} = {}) {
  const build = await rollup({
    input,
    plugins: [
      {
        name: 'virtual-and-replaced',
        resolveId: (id) => (id in virtualModules ? id : null),
        load(id) {
          if (id in virtualModules) return virtualModules[id];
          const key = Object.keys(replace).find((pathEnd) => id.endsWith(pathEnd));
          return key === undefined ? null : replace[key];
        },
      },
      minifyLiterals(),
      nodeResolve({browser: true}),
      terser({module: true, ecma: 2021, compress: {passes: 2}, format: {comments: false}}),
    ],
    onwarn: () => {},
  });
  const {output} = await build.generate({format: 'es', inlineDynamicImports: true});
  await build.close();
  return output[0].code;
}

/** Minified, gzip (level 9) and brotli (quality 11) sizes of `code`, in bytes. */
export function measure(code) {
  const bytes = Buffer.from(code);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, {level: 9}).length,
    brotli: brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
  };
}
