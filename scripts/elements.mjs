// The element list for scripts run by Node, which loads no TypeScript: src/elements.ts (the one
// list) compiled by esbuild when imported. It has no imports, so its code runs on its own.
import {readFileSync} from 'node:fs';
import {transform} from 'esbuild';

const source = readFileSync(new URL('../src/elements.ts', import.meta.url), 'utf8');
const {code} = await transform(source, {loader: 'ts', format: 'esm'});
/** @type {{ELEMENT_TAGS: readonly string[], elementModule: (tag: string) => string}} */
const elements = await import(`data:text/javascript,${encodeURIComponent(code)}`);

export const {ELEMENT_TAGS, elementModule} = elements;
