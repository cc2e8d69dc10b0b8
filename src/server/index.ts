/**
 * `programme-elements/server`: the elements rendered to HTML in Node (20 and later) with
 * @lit-labs/ssr, from a feed passed in. See the README's "For the organisation's site".
 */
export {renderElement, renderElementStream, RenderError, SERVER_ELEMENTS} from './render.js';
export type {ElementTag, RenderOptions, RenderProblem} from './render.js';
export {renderPage} from './page.js';
export type {PageOptions} from './page.js';
export {toJsonLd, jsonLdScriptText} from '../feed/json-ld.js';
