import {VERSION} from '../version.js';
import {installContextRoot} from './context-root.js';

/** What this library puts on each element class, so a second copy can tell which version defined it. */
interface Versioned {
  readonly programmeElementsVersion?: string;
}

let warned = false;

/**
 * Registers a custom element, safely when a page loads the library twice (two script tags, or a
 * partner's copy and ours). Lit's `@customElement` throws on a second `define`; here the first
 * definition stays, the same version is silent, and a different version logs one warning for
 * the whole library naming both versions. Named `customElement` so the manifest analyzer reads
 * tag names from it exactly as from Lit's decorator.
 */
export function customElement(tagName: string) {
  return (elementClass: CustomElementConstructor): void => {
    // Before any element can ask for context: see installContextRoot.
    installContextRoot(globalThis.document);
    const existing = customElements.get(tagName) as (CustomElementConstructor & Versioned) | undefined;
    if (existing) {
      const theirs = existing.programmeElementsVersion;
      if (theirs !== VERSION && !warned) {
        warned = true;
        console.warn(
          `programme-elements ${VERSION} was loaded on a page where programme-elements ${theirs ?? '(unknown version)'} already defined <${tagName}>; the elements defined first are kept.`,
        );
      }
      return;
    }
    Object.defineProperty(elementClass, 'programmeElementsVersion', {value: VERSION});
    customElements.define(tagName, elementClass);
  };
}
