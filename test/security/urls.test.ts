/**
 * URL fields: `javascript:`, `vbscript:`, `data:` and their obfuscated forms (mixed case,
 * character references, whitespace and control characters, Unicode spaces, protocol-relative
 * and backslash tricks) never become a link. Two layers are proven: validation refuses them
 * (parseFeed in the BUILT bundle; see also xss.test.ts, which tries every vector in every URL
 * field on its own), and the render-time guard `safeHref` (src/internal/links.ts) refuses them
 * again where the link is made, whatever the data went through.
 */
import {expect} from '@open-wc/testing';
import {safeHref} from '../../src/internal/links.js';
import {URL_VECTORS} from './corpus.js';
import {
  deepElements,
  everyElement,
  fullFeed,
  inPage,
  mapStrings,
  openPage,
  place,
  PROGRAMME_ID,
  settle,
  tasks,
  type Json,
  type TestPage,
} from './harness.js';

const FEED_URL = 'https://feed.example/programmes/feed.json';

/** Every link and image URL an element rendered, resolved as the browser resolves them. */
function renderedUrls(element: Element): string[] {
  const urls: string[] = [];
  for (const node of deepElements(element.shadowRoot!)) {
    if (
      node instanceof (node.ownerDocument.defaultView as typeof globalThis).HTMLAnchorElement &&
      node.hasAttribute('href')
    ) {
      urls.push(node.href);
    }
    if (node.localName === 'img') urls.push((node as HTMLImageElement).src);
  }
  return urls;
}

function isSafe(url: string): boolean {
  const parsed = new URL(url);
  return /^(https?|mailto):$/.test(parsed.protocol);
}

describe('URL fields', function () {
  this.timeout(60_000);

  describe('safeHref, the render-time guard', () => {
    for (const vector of URL_VECTORS) {
      it(`makes no link of ${JSON.stringify(vector.payload)} (${vector.source})`, () => {
        expect(safeHref(vector.payload, undefined), 'inline data').to.equal(undefined);
        expect(safeHref(vector.payload, FEED_URL), 'a feed from a URL').to.equal(undefined);
      });
    }

    it('keeps http(s), mailto: and relative links, resolving relative ones against the feed (canary)', () => {
      expect(safeHref('https://example.org/a?b=1&c=2', FEED_URL)).to.equal('https://example.org/a?b=1&c=2');
      expect(safeHref('mailto:team@example.org?subject=Hello&body=Hi', FEED_URL)).to.equal(
        'mailto:team@example.org?subject=Hello&body=Hi',
      );
      expect(safeHref('/reports/2013', FEED_URL)).to.equal('https://feed.example/reports/2013');
      expect(safeHref('evaluation#findings', FEED_URL)).to.equal('https://feed.example/programmes/evaluation#findings');
      expect(safeHref('/reports/2013', undefined)).to.equal('/reports/2013');
      expect(safeHref('https://example.org/café', FEED_URL)).to.equal('https://example.org/caf%C3%A9');
    });
  });

  describe('in the built bundle', () => {
    let page: TestPage;
    beforeEach(async () => {
      page = await openPage('xss');
    });
    afterEach(() => page.close());

    it('leaves out every URL field that holds a vector, with an unsafe-url problem: no element renders a link or an image', async () => {
      const failures: string[] = [];
      for (const [index, vector] of URL_VECTORS.entries()) {
        const feed = mapStrings(fullFeed(), (_path, kind, old) => (kind === 'url' ? vector.payload : old));
        const result = page.bundle.parseFeed(inPage(page, feed));
        if (!result.ok) failures.push(`vector ${index}: the feed was refused, not shown without its links`);
        const codes = new Set(result.problems?.map((problem) => `${problem.code} ${problem.severity}`));
        if (codes.size !== 1 || !codes.has('unsafe-url field'))
          failures.push(`vector ${index}: ${[...codes].join(', ')}`);
        const shown = everyElement(page).map(({tag, attributes}) =>
          place(page, tag, attributes, {feed: inPage(page, feed)}),
        );
        await settle(shown);
        for (const element of shown) {
          if (element.shadowRoot!.querySelector('[part~="error"]'))
            failures.push(`vector ${index}: <${element.localName}> shows an error, not the rest of the feed`);
          const urls = renderedUrls(element);
          if (urls.length) failures.push(`vector ${index}: <${element.localName}> rendered ${urls.join(', ')}`);
        }
        for (const element of shown) element.remove();
      }
      expect(failures).to.deep.equal([]);
      await tasks();
      expect(page.record.errors).to.deep.equal([]);
      expect(page.record.violations).to.deep.equal([]);
    });

    it('drops each link again at render time when validated data is changed afterwards', async () => {
      // A feed the bundle has validated, as `feed-load` hands it to the page...
      const loaded = place(page, 'programme-summary', {programme: PROGRAMME_ID});
      const event = new Promise<{feed: Json}>((resolve) =>
        loaded.addEventListener('feed-load', (loadEvent) => resolve(loadEvent as unknown as {feed: Json}), {
          once: true,
        }),
      );
      (loaded as unknown as {feed: unknown}).feed = inPage(page, fullFeed());
      const validated = (await event).feed;
      const failures: string[] = [];
      for (const [index, vector] of URL_VECTORS.entries()) {
        // ...changed in place by a script: the same object is not validated again, so only
        // safeHref stands between these URLs and a link.
        overwriteUrls(validated, vector.payload);
        const shown = everyElement(page).map(({tag, attributes}) => place(page, tag, attributes, {feed: validated}));
        await settle(shown);
        for (const element of shown) {
          if (element.shadowRoot!.querySelector('[part~="error"]'))
            failures.push(`vector ${index}: <${element.localName}> shows an error`);
          for (const url of renderedUrls(element)) {
            if (!isSafe(url)) failures.push(`vector ${index}: <${element.localName}> links to ${url}`);
          }
        }
        for (const element of shown) element.remove();
      }
      expect(failures).to.deep.equal([]);
      // The guard had something to do: a safe URL put back in place renders links again (canary).
      overwriteUrls(validated, '/test/security/pages/image.svg');
      const control = place(page, 'project-card', {project: 'dialysis-self-care'}, {feed: validated});
      await settle([control]);
      expect(renderedUrls(control)).to.include(`${location.origin}/test/security/pages/image.svg`);
      await tasks();
      expect(page.record.errors).to.deep.equal([]);
      expect(page.record.violations).to.deep.equal([]);
    });
  });
});

/** Writes `url` over every URL field of `feed`, in place. */
function overwriteUrls(feed: Json, url: string): void {
  if (Array.isArray(feed)) {
    feed.forEach((item) => overwriteUrls(item, url));
  } else if (feed && typeof feed === 'object') {
    for (const [key, value] of Object.entries(feed)) {
      if ((key === 'url' || key === 'src') && typeof value === 'string') feed[key] = url;
      else overwriteUrls(value, url);
    }
  }
}
