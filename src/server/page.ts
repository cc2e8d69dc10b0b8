import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {jsonLdScriptText, toJsonLd} from '../feed/json-ld.js';
import {safeHref} from '../internal/links.js';
import {textIn} from '../internal/text.js';
import {elementTemplate, escapeAttribute, escapeText, plan, type RenderOptions} from './render.js';

export interface PageOptions extends Omit<RenderOptions, 'feed' | 'project' | 'headingLevel'> {
  /** The URL of the script the page loads to hydrate (`dist/programme-elements.hydrate.js`); none when left out. */
  readonly scriptSrc?: string | undefined;
  /** The page's own canonical URL; by default the programme's `url` from the feed, when absolute. */
  readonly canonicalUrl?: string | undefined;
}

/** The longest meta description worth writing: search engines cut snippets at about this length. */
const DESCRIPTION_MAX = 160;

/**
 * A whole HTML document for one programme: its title, meta description, canonical link and
 * JSON-LD in the head, `<programme-page>` rendered with its declarative shadow DOM and its feed
 * inlined, then the hydration script. It reads completely without JavaScript.
 */
export async function renderPage(feed: unknown, options: PageOptions = {}): Promise<string> {
  const p = plan('programme-page', {...options, feed, headingLevel: 1});
  // A page always has its programme (plan refuses one the feed lacks).
  const programme = p.programme!;
  const canonical = options.canonicalUrl ?? absoluteHttp(safeHref(programme.url, p.feedUrl));
  const description = describe(textIn(programme.strapline ?? programme.description?.[0] ?? programme.title, p.lang));
  const jsonLd = jsonLdScriptText(toJsonLd(p.feed, programme, {feedUrl: p.feedUrl, lang: p.lang}));
  const body = await collectResult(render(elementTemplate(p)));
  return `<!doctype html>
<html lang="${escapeAttribute(p.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(`${textIn(programme.title, p.lang)} | ${textIn(p.feed.publisher.name, p.lang)}`)}</title>
<meta name="description" content="${escapeAttribute(description)}">
${canonical ? `<link rel="canonical" href="${escapeAttribute(canonical)}">\n` : ''}<script type="application/ld+json">${jsonLd}</script>
<style>body{margin:0;font-family:Arial,sans-serif}main{box-sizing:border-box;max-inline-size:1024px;margin-inline:auto;padding:24px 16px 48px}</style>
</head>
<body>
<main>
${body}
</main>
${options.scriptSrc ? `<script type="module" src="${escapeAttribute(options.scriptSrc)}"></script>\n` : ''}</body>
</html>
`;
}

/** A sentence-length description: the text up to the last whole word within the limit. */
function describe(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= DESCRIPTION_MAX) return flat;
  const cut = flat.slice(0, DESCRIPTION_MAX - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DESCRIPTION_MAX / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

function absoluteHttp(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
