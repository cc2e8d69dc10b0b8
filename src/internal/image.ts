import {html, nothing, type TemplateResult} from 'lit';
import type {Image} from '../feed/feed.js';
import {safeHref} from './links.js';
import {textIn} from './text.js';
import type {ViewContext} from './view.js';

/** The `image` part, loaded lazily: the feed's image when its URL is one a page may load, else nothing. */
export function renderImage(image: Image | undefined, {feedUrl, lang}: ViewContext): TemplateResult | typeof nothing {
  const src = safeHref(image?.src, feedUrl);
  return image && src
    ? html`<img part="image" class="image" src=${src} alt=${textIn(image.alt, lang)} loading="lazy" />`
    : nothing;
}
