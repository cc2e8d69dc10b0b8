import {DEFAULT_LANG} from '../i18n/messages.js';

/**
 * The language an element inherits: the nearest `lang` attribute in the composed tree (its own,
 * then its ancestors', crossing shadow roots, so an element inside another component's shadow
 * root still takes the page's language), else the default.
 */
export function inheritedLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return DEFAULT_LANG;
}

/** An element told when a `lang` attribute in its tree may have changed. */
export interface LangFollower {
  langChanged(): void;
  /** A catalogue arrived or was registered: the same language may now have other words. */
  catalogueChanged(): void;
}

const followers = new Set<LangFollower>();
const observed = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/**
 * Tells `follower` whenever a `lang` attribute changes anywhere in the trees `element` sits in
 * (its document and each shadow root above it), until `unfollowLang`. One MutationObserver
 * serves every element on the page, watching only `lang`: a page of 1,000 cards pays for one
 * observer, and for a walk up each card's ancestors only when a `lang` actually changes.
 */
export function followLang(element: Element, follower: LangFollower): void {
  observer ??= new MutationObserver(() => {
    for (const each of followers) each.langChanged();
  });
  followers.add(follower);
  // A document observed with `subtree` does not see into shadow roots: each root above the
  // element is observed on its own, once.
  // By node type, not `instanceof`: an element moved into an iframe is in another realm's document.
  let root: Node = element.getRootNode();
  for (;;) {
    const isShadowRoot = root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (root as ShadowRoot).host !== undefined;
    if (!observed.has(root) && (isShadowRoot || root.nodeType === Node.DOCUMENT_NODE)) {
      observed.add(root);
      observer.observe(root, {attributes: true, attributeFilter: ['lang'], subtree: true});
    }
    if (!isShadowRoot) break;
    root = (root as ShadowRoot).host.getRootNode();
  }
}

export function unfollowLang(follower: LangFollower): void {
  followers.delete(follower);
}

/** Tells every follower that a catalogue arrived or was registered. */
export function notifyCatalogue(): void {
  for (const each of followers) each.catalogueChanged();
}
