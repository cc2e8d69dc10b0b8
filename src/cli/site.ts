/// <reference types="node" />
/**
 * `programme-elements site --feed <file or URL> --out <dir> [--base-url <https://…>]`: a static
 * site from a feed. One page per programme at `<programme-id>/index.html` (server-rendered, so it
 * reads completely without JavaScript, and hydrating when it runs), an index page listing the
 * programmes, the hydration bundle and the feed beside them, and `sitemap.xml` with a base URL.
 * An invalid feed writes nothing: the command lists its problems and exits 1.
 */
import {copyFile, mkdir, writeFile} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import type {Feed} from '../feed/feed.js';
import {parseFeed} from '../feed/parse-feed.js';
import {DEFAULT_LANG} from '../i18n/messages.js';
import {textIn} from '../internal/text.js';
import {escapeAttribute, escapeText} from '../server/render.js';
import {renderPage} from '../server/page.js';
import {EXIT_USAGE, type CommandIo} from './command.js';
import {readJsonInput} from './read-input.js';

export const summary = 'a static site of every programme: site --feed <file or URL> --out <dir> [--base-url <url>]';

const USAGE = 'Usage: programme-elements site --feed <file or URL> --out <dir> [--base-url <https://…>]\n';
const BUNDLE = 'programme-elements.hydrate.js';
const FEED_FILE = 'feed.json';

export async function run(args: string[], io: CommandIo): Promise<number> {
  let values;
  try {
    ({values} = parseArgs({
      args,
      options: {feed: {type: 'string'}, out: {type: 'string'}, 'base-url': {type: 'string'}, lang: {type: 'string'}},
    }));
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  const {feed: feedPath, out} = values;
  if (!feedPath || !out) {
    io.stderr.write(`Name the feed (--feed) and the folder to write (--out).\n${USAGE}`);
    return EXIT_USAGE;
  }
  const base = values['base-url'];
  if (base !== undefined && !/^https?:\/\/[^/]/i.test(base)) {
    io.stderr.write(`--base-url must be an absolute http(s) URL, got "${base}".\n${USAGE}`);
    return EXIT_USAGE;
  }
  const baseUrl = base === undefined ? undefined : base.endsWith('/') ? base : `${base}/`;
  const bundle = fileURLToPath(new URL(`../${BUNDLE}`, import.meta.url));
  if (!existsSync(bundle)) {
    io.stderr.write(`${bundle} is missing: build the package first (npm run build).\n`);
    return EXIT_USAGE;
  }

  const input = await readJsonInput(feedPath, io.stderr);
  if (!input) return EXIT_USAGE;
  const parsed = parseFeed(input.json);
  const problems = parsed.problems.filter((problem) => problem.severity !== 'advice');
  if (!parsed.ok || problems.length > 0) {
    io.stderr.write(`${feedPath} is not a valid programme feed; nothing was written.\n`);
    for (const problem of problems) io.stderr.write(`  ${problem.path}: ${problem.message} [${problem.code}]\n`);
    io.stderr.write(`Run programme-elements validate ${feedPath} for the line and column of each.\n`);
    return 1;
  }
  const feed = parsed.feed;
  const lang = values.lang ?? DEFAULT_LANG;
  const feedUrl = baseUrl && new URL(FEED_FILE, baseUrl).href;

  // Every page is rendered before any file is written: a failure leaves the folder as it was.
  const files = new Map<string, string>();
  for (const programme of feed.programmes) {
    const page = await renderPage(input.json, {
      programme: programme.id,
      feedUrl,
      lang,
      canonicalUrl: baseUrl && new URL(`${programme.id}/`, baseUrl).href,
      scriptSrc: `../${BUNDLE}`,
    });
    files.set(`${programme.id}/index.html`, page);
    io.stdout.write(`  rendered ${programme.id}/index.html (${kilobytes(page)})\n`);
  }
  files.set('index.html', indexPage(feed, lang, baseUrl));
  files.set(FEED_FILE, `${JSON.stringify(input.json, null, 2)}\n`);
  if (baseUrl) files.set('sitemap.xml', sitemap(feed, baseUrl));

  for (const [name, text] of files) {
    await mkdir(join(out, name, '..'), {recursive: true});
    await writeFile(join(out, name), text);
  }
  await copyFile(bundle, join(out, BUNDLE));
  io.stdout.write(
    `Wrote ${feed.programmes.length} programme ${feed.programmes.length === 1 ? 'page' : 'pages'}, the index, ${BUNDLE} and ${FEED_FILE}${baseUrl ? ' and sitemap.xml' : ''} to ${out}.\n`,
  );
  return 0;
}

/** The site's front page: every programme as a link with its strapline, readable without JavaScript. */
function indexPage(feed: Feed, lang: string, baseUrl: string | undefined): string {
  const publisher = textIn(feed.publisher.name, lang);
  const items = feed.programmes
    .map(
      (programme) => `<li>
<h2><a href="${escapeAttribute(`${programme.id}/`)}">${escapeText(textIn(programme.title, lang))}</a></h2>
${programme.strapline ? `<p>${escapeText(textIn(programme.strapline, lang))}</p>\n` : ''}</li>`,
    )
    .join('\n');
  const description = `${feed.programmes.length} improvement ${feed.programmes.length === 1 ? 'programme' : 'programmes'} from ${publisher}.`;
  return `<!doctype html>
<html lang="${escapeAttribute(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(`Programmes | ${publisher}`)}</title>
<meta name="description" content="${escapeAttribute(description)}">
${baseUrl ? `<link rel="canonical" href="${escapeAttribute(baseUrl)}">\n` : ''}<style>body{margin:0;font-family:Arial,sans-serif;color:#212b32;line-height:1.5}main{box-sizing:border-box;max-inline-size:1024px;margin-inline:auto;padding:24px 16px 48px}ul{list-style:none;padding:0}li{border:1px solid #d8dde0;padding:24px;margin-block-end:24px}h2{margin-block:0 8px}a{color:#005eb8}a:visited{color:#330072}a:focus{outline:4px solid #ffeb3b;background:#ffeb3b;color:#212b32}</style>
</head>
<body>
<main>
<h1>Programmes</h1>
<p>${escapeText(description)}</p>
<ul role="list">
${items}
</ul>
</main>
</body>
</html>
`;
}

function sitemap(feed: Feed, baseUrl: string): string {
  const urls = [baseUrl, ...feed.programmes.map((programme) => new URL(`${programme.id}/`, baseUrl).href)];
  const modified = feed.dateModified ? `<lastmod>${escapeText(feed.dateModified)}</lastmod>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((url) => `<url><loc>${escapeText(url)}</loc>${modified}</url>`).join('\n')}
</urlset>
`;
}

function kilobytes(text: string): string {
  return `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
}
