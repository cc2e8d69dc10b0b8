// Sizes for the peers section of `npm run bench`: a card entry bundled with everything it imports
// (Lit included) with the plugins and options scripts/size.mjs uses for ours (template literals
// minified, then rollup + terser), and a theme stylesheet with its @imports bundled and minified
// by esbuild. Figures in bytes.
import {build} from 'esbuild';
import {bundle, measure} from '../bundle-size.mjs';

/** An ES module entry with its dependencies, minified as scripts/size.mjs does it. */
export async function moduleSize(input) {
  return measure(await bundle(input));
}

/** A stylesheet with its @imports, minified. */
export async function cssSize(input) {
  const result = await build({entryPoints: [input], bundle: true, minify: true, write: false, logLevel: 'silent'});
  return measure(result.outputFiles[0].text);
}
