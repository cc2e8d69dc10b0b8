/**
 * The static site `programme-elements site` writes for the sample feed (test/server/ssr-plugin.mjs
 * runs the built command): each programme page reads completely with JavaScript off, as the
 * element does in the browser, with the head a search engine reads; then it hydrates unchanged.
 */
import {expect} from '@open-wc/testing';
import '../../src/index.js';
import sample from '../../sample/sample-feed.json';
import {expectHydrated, frame, read, renderedInBrowser, type Lit} from '../helpers/server-rendered.js';

describe('the static site', function () {
  this.timeout(20_000);
  const placed: Element[] = [];
  afterEach(() => placed.splice(0).forEach((node) => node.remove()));

  it('has an index linking every programme page, readable without JavaScript', async () => {
    const index = await frame('/__site/', 'allow-same-origin');
    placed.push(index);
    const doc = index.contentDocument!;
    expect(doc.title).to.equal('Programmes | OnlyWan');
    expect(read(doc.body).links).to.deep.equal(
      sample.programmes.map((programme) => `${location.origin}/__site/${programme.id}/ ${programme.title}`),
    );
  });

  for (const programme of sample.programmes) {
    it(`${programme.id}: reads completely with JavaScript off, as <programme-page> does in the browser`, async () => {
      const page = await frame(`/__site/${programme.id}/`, 'allow-same-origin');
      placed.push(page);
      const doc = page.contentDocument!;
      expect(doc.title).to.equal(`${programme.title} | OnlyWan`);
      expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).to.equal(
        `${location.origin}/__site/${programme.id}/`,
      );
      expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')).to.equal(programme.strapline);
      expect(JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!)['@graph']).to.not.be
        .empty;
      const served = read(doc.querySelector('programme-page')!);
      expect(served.headings.filter((heading) => heading.startsWith('h1 '))).to.deep.equal([`h1 ${programme.title}`]);

      const attributes = {src: '/__ssr/feed/sample', programme: programme.id, 'heading-level': '1', lang: 'en-GB'};
      const browser = read(await renderedInBrowser('programme-page', attributes, placed));
      expect(served.headings).to.deep.equal(browser.headings);
      expect(served.links).to.deep.equal(browser.links);
      expect(served.text).to.equal(browser.text);
    });

    it(`${programme.id}: hydrates with no change, no request and no error, and is live`, async () => {
      const page = await frame(`/__site/${programme.id}/?js=1`);
      placed.push(page);
      await expectHydrated(page, page.contentDocument!.querySelector('programme-page') as Lit);
    });
  }
});
