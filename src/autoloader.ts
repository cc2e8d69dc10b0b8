/**
 * The autoloader for script-tag users who want only what a page uses:
 * `<script type="module" src="…/cdn/autoloader.js"></script>` defines each programme element
 * when its tag first appears in the document (now or later), loading its code on demand.
 * `<programme-feed>` is always loaded before the elements inside it, so they find their
 * provider when they connect.
 */
import {ELEMENT_TAGS, type ElementTag} from './elements.js';

const loaders: Record<ElementTag, () => Promise<unknown>> = {
  'programme-feed': () => import('./components/programme-feed/programme-feed.js'),
  'programme-summary': () => import('./components/programme-summary/programme-summary.js'),
  'aims-list': () => import('./components/aims-list/aims-list.js'),
  'project-card': () => import('./components/project-card/project-card.js'),
  'project-list': () => import('./components/project-list/project-list.js'),
  'related-programmes': () => import('./components/related-programmes/related-programmes.js'),
  'programme-page': () => import('./components/programme-page/programme-page.js'),
  'programme-card': () => import('./components/programme-card/programme-card.js'),
  'programme-list': () => import('./components/programme-list/programme-list.js'),
};

const requested = new Set<string>();

function discover(root: ParentNode): void {
  const missing = ELEMENT_TAGS.filter((tag) => !requested.has(tag) && root.querySelector(tag));
  if (!missing.length) return;
  missing.forEach((tag) => requested.add(tag));
  const provider = missing.includes('programme-feed') ? loaders['programme-feed']() : Promise.resolve();
  void provider
    .then(() => Promise.all(missing.filter((tag) => tag !== 'programme-feed').map((tag) => loaders[tag]())))
    .catch((error: unknown) => console.error('programme-elements: an element could not be loaded.', error));
}

if (typeof document !== 'undefined') {
  discover(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) discover(node.parentNode ?? node);
      }
    }
    if (requested.size === ELEMENT_TAGS.length) observer.disconnect();
  });
  observer.observe(document.documentElement, {childList: true, subtree: true});
}
