import {html, nothing, type TemplateResult} from 'lit';
import type {Image} from '../feed/feed.js';
import {safeHref} from './links.js';
import {textIn} from './text.js';
import type {ViewContext} from './view.js';

/**
 * An image that fails to load is hidden, not shown as a broken-image icon (a bad field loses that
 * field), and shown again when a new `src` loads. Its box stays (the stylesheet makes `hidden`
 * invisible, not `display: none`), so a late failure moves nothing on the page.
 */
const hideUnlessLoaded = (event: Event): void => {
  (event.currentTarget as HTMLImageElement).hidden = event.type === 'error';
};

/** The `image` part, loaded lazily: the feed's image when its URL is one a page may load, else nothing. */
export function renderImage(image: Image | undefined, {feedUrl, lang}: ViewContext): TemplateResult | typeof nothing {
  const src = safeHref(image?.src, feedUrl);
  return image && src
    ? html`<img
        part="image"
        class="image"
        src=${src}
        alt=${textIn(image.alt, lang)}
        loading="lazy"
        @load=${hideUnlessLoaded}
        @error=${hideUnlessLoaded}
      />`
    : nothing;
}

/**
 * An image the server rendered may fail before hydration attaches its `error` listener: as the
 * element takes its server-rendered root, each finished image that cannot be decoded is hidden as
 * that listener would (unless its `src` has changed since, when its own `load` or `error` decides).
 */
export function hideFailedImages(root: ParentNode): void {
  for (const image of root.querySelectorAll<HTMLImageElement>('img[part~="image"]')) {
    if (!image.complete) continue;
    const src = image.currentSrc;
    image.decode().catch(() => {
      if (image.currentSrc === src && image.naturalWidth === 0) image.hidden = true;
    });
  }
}
