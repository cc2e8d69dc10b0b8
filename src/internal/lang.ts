import {DEFAULT_LANG} from '../i18n/messages.js';

/**
 * The language an element inherits: the nearest `lang` attribute up the tree, crossing shadow
 * roots (an element inside another component's shadow root still takes the page's language),
 * else the default. Read on connect, never in the constructor or `render()`.
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
