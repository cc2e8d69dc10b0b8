import {SAFE_URL_PATTERN} from '../feed/patterns.js';

/**
 * The href to render for a URL from the feed, or undefined when it must not become a link.
 *
 * The feed was validated, but elements also accept data set directly and URLs resolved against
 * a base, so the rule is applied again where the link is made: only http(s), mailto: and
 * relative URLs pass. Relative URLs resolve against the feed's own URL (a partner page showing
 * a feed from another site must link to that site, not to itself); for inline data, where
 * there is no feed URL, they stay relative to the page.
 */
export function safeHref(url: string | undefined, base: string | undefined): string | undefined {
  if (!url || !SAFE_URL_PATTERN.test(url)) return undefined;
  if (!base) return url;
  try {
    const resolved = new URL(url, base);
    return /^(https?|mailto):$/.test(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}
