import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/programme-card/programme-card.js';
import type {ProgrammeCardElement} from '../../src/components/programme-card/programme-card.js';
import {headingsIn, shadow, text} from '../helpers/dom.js';
import {describeFeedElement} from '../helpers/feed-element-suite.js';
import {feedWith, sampleFeed, PROGRAMME_ID} from '../helpers/feeds.js';

const card = (feed: unknown, programme = PROGRAMME_ID) =>
  fixture<ProgrammeCardElement>(html`<programme-card programme=${programme} .feed=${feed}></programme-card>`);

describe('<programme-card>', () => {
  describe('rendering', () => {
    it('shows the thumbnail, the title as the only link, the strapline, the status tag and the years', async () => {
      const el = await card(sampleFeed());
      const root = shadow(el);
      const image = root.querySelector<HTMLImageElement>('[part~="image"]')!;
      expect(image.getAttribute('src')).to.equal(
        'https://example.org/example-only/images/closing-the-gap-through-changing-relationships-thumbnail.jpg',
      );
      expect(image.alt).to.equal('Thumbnail');
      expect(headingsIn(el)).to.deep.equal(['h2 Closing the Gap through Changing Relationships']);
      const links = [...root.querySelectorAll('a')];
      expect(links.map((link) => [link.closest('h2') !== null, link.getAttribute('href')])).to.deep.equal([
        [true, 'https://example.org/example-only/programmes/closing-the-gap-through-changing-relationships'],
      ]);
      expect(text(root.querySelector('[part~="strapline"]'))).to.equal(
        'Our improvement programme dedicated to bridging the gap between best practice and routine delivery of care',
      );
      expect(text(root.querySelector('[part~="status-tag"]'))).to.equal('Closed for applications');
      expect(text(root.querySelector('[part~="meta"]'))).to.equal('Years 2011 to 2013');
      await expect(el).to.be.accessible();
    });

    it('tags an open programme green, and shows only what the feed gives', async () => {
      const feed = feedWith((f) => {
        const programme = f.programmes[0] as Record<string, unknown>;
        programme['status'] = {code: 'open'};
        for (const key of ['image', 'strapline', 'period', 'url']) delete programme[key];
      });
      const el = await card(feed);
      const root = shadow(el);
      expect(root.querySelector('[part~="status-tag"]')!.classList.contains('tag--green')).to.equal(true);
      expect(text(root.querySelector('[part~="status-tag"]'))).to.equal('Open for applications');
      for (const part of ['image', 'strapline', 'meta'])
        expect(root.querySelector(`[part~="${part}"]`), part).to.equal(null);
      expect(root.querySelector('a'), 'no link without a url').to.equal(null);
    });

    it('renders no link for a javascript: URL', async () => {
      const el = await card(feedWith((f) => ((f.programmes[0] as {url?: string}).url = 'javascript:alert(1)')));
      expect(shadow(el).querySelector('a')).to.equal(null);
    });
  });

  describeFeedElement({
    tag: 'programme-card',
    readyHeadings: ['h2 Closing the Gap through Changing Relationships'],
    fallback: `<a href="/programmes/closing-the-gap">Closing the Gap through Changing Relationships</a>`,
    skeletonMinHeight: 100,
  });
});
