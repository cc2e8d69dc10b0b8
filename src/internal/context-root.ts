import {isServer} from 'lit';
import {ContextRoot} from '@lit/context';

// On the document itself, under a registered symbol: a second copy of the library on the page
// (or a second bundle of it) finds the root the first one installed, and adds none.
const INSTALLED = Symbol.for('programme-elements.context-root');

/**
 * Installs a `ContextRoot` on `document`, once, however many copies of the library the page
 * loads. It holds the context requests nobody answered and asks again when a provider appears:
 * a `<programme-feed>` whose code arrives after an element inside it was defined and asked
 * (the autoloader on a page where that element was already in use) still provides (lit#2763).
 */
export function installContextRoot(document: Document | undefined): void {
  if (isServer || !document) return;
  const marked = document as Document & {[INSTALLED]?: true};
  if (marked[INSTALLED]) return;
  Object.defineProperty(marked, INSTALLED, {value: true});
  new ContextRoot().attach(document as unknown as HTMLElement);
}
