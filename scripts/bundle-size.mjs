// How every size in this repository is taken (scripts/size.mjs, scripts/size-floor.mjs and the
// peers section of `npm run bench`): an ES module entry bundled with everything it imports, as a
// production build would (css`` literals minified, then rollup and terser), and its minified,
// gzip and brotli byte counts. One place, so that ours and the peers are measured alike.
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {SourceMapConsumer} from 'source-map-js';

/**
 * Bundles `input` and returns the minified code.
 * - `virtualModules`: `{id: source}` modules that exist only here (e.g. an entry re-exporting Lit);
 * - `replace`: `{pathEnd: source}` stands in `source` for every module whose path ends so;
 * - `sourcemap`: return `{code, map}`, the map tracing the minified code to its modules;
 * - `split`: leave what is imported dynamically (our catalogues other than English) out, as a
 *   bundler would put it in a chunk of its own that only some pages load.
 */
export async function bundle(input, {virtualModules = {}, replace = {}, sourcemap = false, split = false} = {}) {
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
      // css`` only, as rollup.config.mjs: html`` templates stay as the server renders them.
      minifyLiterals({options: {shouldMinify: () => false}}),
      nodeResolve({browser: true}),
      terser({module: true, ecma: 2021, compress: {passes: 2}, format: {comments: false}}),
    ],
    onwarn: () => {},
  });
  const {output} = await build.generate({format: 'es', inlineDynamicImports: !split, sourcemap: sourcemap && 'hidden'});
  await build.close();
  const entry = output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry) ?? output[0];
  return sourcemap ? {code: entry.code, map: entry.map} : entry.code;
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

/**
 * What each part of a bundle costs: `partOf(source)` names the part a module belongs to, and
 * each part's cost is the gzip size of the whole minus the gzip size of the code without that
 * part's characters (its marginal cost: what removing it would save, given everything else).
 * The map says which module wrote each character of the minified code. Returns `[{part, min,
 * gzip}]`, largest gzip cost first; the costs do not add up to the whole, because gzip shares
 * repeated text between parts.
 */
export function costByPart({code, map}, partOf) {
  const lines = code.split('\n');
  const owners = lines.map((line) => new Array(line.length).fill(undefined));
  const consumer = new SourceMapConsumer(map);
  const mappings = [];
  consumer.eachMapping((m) => mappings.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const end =
      next && next.generatedLine === m.generatedLine ? next.generatedColumn : lines[m.generatedLine - 1].length;
    const part = m.source ? partOf(m.source) : undefined;
    owners[m.generatedLine - 1].fill(part, m.generatedColumn, end);
  });
  const whole = gzipSync(code, {level: 9}).length;
  const parts = new Set(owners.flat().filter((part) => part !== undefined));
  return [...parts]
    .map((part) => {
      let rest = '';
      let min = 0;
      lines.forEach((line, l) => {
        for (let c = 0; c < line.length; c++) {
          if (owners[l][c] === part) min++;
          else rest += line[c];
        }
        rest += '\n';
      });
      return {part, min, gzip: whole - gzipSync(rest, {level: 9}).length};
    })
    .sort((a, b) => b.gzip - a.gzip);
}
