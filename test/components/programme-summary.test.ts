import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/programme-summary/programme-summary.js';
import type {ProgrammeSummaryElement} from '../../src/components/programme-summary/programme-summary.js';
import {shadow, text} from '../helpers/dom.js';
import {describeFeedElement} from '../helpers/feed-element-suite.js';
import {feedWith, sampleFeed, PROGRAMME_ID} from '../helpers/feeds.js';

/** A parent for `fixture` (its `parentNode` option), so the fixture waits for the element's update, not for a frame. */
function parent(setUp: (div: HTMLDivElement) => void): HTMLDivElement {
  const div = document.createElement('div');
  setUp(div);
  return div;
}
const PROGRAMME_URL = 'https://example.org/example-only/programmes/closing-the-gap-through-changing-relationships';

async function ready(feed: unknown = sampleFeed(), attributes: {level?: number; programme?: string} = {}) {
  return fixture<ProgrammeSummaryElement>(
    html`<programme-summary
      programme=${attributes.programme ?? PROGRAMME_ID}
      heading-level=${attributes.level ?? 2}
      .feed=${feed}
    ></programme-summary>`,
  );
}

describe('<programme-summary>', () => {
  describe('rendering', () => {
    it('shows the title as the top heading and the strapline', async () => {
      const root = shadow(await ready());
      expect(text(root.querySelector('h2'))).to.equal('Closing the Gap through Changing Relationships');
      expect(text(root.querySelector('[part~="strapline"]'))).to.equal(
        'Our improvement programme dedicated to bridging the gap between best practice and routine delivery of care',
      );
    });

    it('shows a closed status as a grey tag and its sentence as inset text', async () => {
      const root = shadow(await ready());
      const tag = root.querySelector('[part~="status-tag"]')!;
      expect(text(tag)).to.equal('Closed for applications');
      expect(tag.classList.contains('tag--grey')).to.equal(true);
      const notice = root.querySelector('[part~="notice"]')!;
      expect(text(notice)).to.equal('Information: This programme is closed for applications.');
      expect(text(notice.querySelector('.visually-hidden'))).to.equal('Information:');
    });

    it('colours an open status green and an upcoming one blue', async () => {
      const open = await ready(feedWith((f) => (f.programmes[0]!.status = {code: 'open', text: 'Apply now.'})));
      expect(text(shadow(open).querySelector('[part~="status-tag"]'))).to.equal('Open for applications');
      expect(shadow(open).querySelector('.tag--green')).to.exist;
      const upcoming = await ready(feedWith((f) => (f.programmes[0]!.status = {code: 'upcoming'} as never)));
      expect(text(shadow(upcoming).querySelector('[part~="status-tag"]'))).to.equal('Opening soon');
      expect(shadow(upcoming).querySelector('.tag--blue')).to.exist;
      expect(shadow(upcoming).querySelector('[part~="notice"]'), 'no sentence, no inset text').to.equal(null);
    });

    it('lists the key facts as a description list under a "Key facts" heading', async () => {
      const root = shadow(await ready());
      expect(text(root.querySelector('h3[part~="facts-title"]'))).to.equal('Key facts');
      const rows = [...root.querySelectorAll('dl [part~="fact"]')].map((row) => [
        text(row.querySelector('dt')),
        text(row.querySelector('dd')),
      ]);
      expect(rows).to.deep.equal([
        ['Funding per team', 'around £400,000'],
        ['Duration', '2 years'],
        ['Teams', '7'],
        ['Years', '2011 to 2013'],
      ]);
    });

    it('lists only the facts the feed gives, and no facts card when it gives none', async () => {
      const some = await ready(
        feedWith((f) => {
          const programme = f.programmes[0] as Record<string, unknown>;
          delete programme.fundingPerTeam;
          delete programme.teams;
        }),
      );
      expect([...shadow(some).querySelectorAll('dt')].map(text)).to.deep.equal(['Duration', 'Years']);
      const none = await ready(sampleFeed(), {programme: 'closing-the-gap-in-patient-safety'});
      expect([...shadow(none).querySelectorAll('dt')].map(text)).to.deep.equal(['Years']);
      const bare = await ready(
        feedWith((f) => {
          delete (f.programmes[1] as Record<string, unknown>).period;
        }),
        {programme: 'closing-the-gap-in-patient-safety'},
      );
      expect(shadow(bare).querySelector('dl')).to.equal(null);
      expect(shadow(bare).querySelector('[part~="facts"]')).to.equal(null);
    });

    it('shows the key points as a list and the description as paragraphs', async () => {
      const root = shadow(await ready());
      const points = [...root.querySelectorAll('ul[part~="key-points"] > li')].map(text);
      expect(points).to.have.length(3);
      expect(points[0]).to.equal(
        'Our Closing the Gap programme was dedicated to bridging the gap between best practice and routine delivery of care.',
      );
      const paragraphs = root.querySelectorAll('[part~="description"] p');
      expect(paragraphs).to.have.length(1);
      expect(text(paragraphs[0])).to.contain('people need to play an active role in their own care');
    });

    it('links to the programme page with "More about <title>"', async () => {
      const links = shadow(await ready()).querySelectorAll('a');
      expect(links).to.have.length(1);
      expect(text(links[0])).to.equal('More about Closing the Gap through Changing Relationships');
      expect(links[0]!.getAttribute('href')).to.equal(PROGRAMME_URL);
    });

    it('leaves out the "More about" link with no-more-link, and brings it back without', async () => {
      const el = await fixture<ProgrammeSummaryElement>(
        html`<programme-summary programme=${PROGRAMME_ID} no-more-link .feed=${sampleFeed()}></programme-summary>`,
      );
      expect(el.noMoreLink).to.equal(true);
      expect(shadow(el).querySelectorAll('a').length).to.equal(0);
      expect(shadow(el).querySelector('[part~="more"]') === null).to.equal(true);
      // The rest of the summary is still there.
      expect(text(shadow(el).querySelector('h2'))).to.equal('Closing the Gap through Changing Relationships');
      el.noMoreLink = false;
      await el.updateComplete;
      expect([...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([PROGRAMME_URL]);
      expect(el.hasAttribute('no-more-link')).to.equal(false);
    });

    it('shows the image with its text alternative', async () => {
      const feed = feedWith((f) => {
        (f.programmes[0] as Record<string, unknown>).image = {
          src: 'https://example.org/thumb.png',
          alt: 'Two nurses talking',
        };
      });
      const image = shadow(await ready(feed)).querySelector('img')!;
      expect(image.getAttribute('src')).to.equal('https://example.org/thumb.png');
      expect(image.getAttribute('alt')).to.equal('Two nurses talking');
    });

    it("shows the sample programme's thumbnail, in a box of fixed shape so nothing moves when it loads", async () => {
      const image = shadow(await ready(sampleFeed())).querySelector<HTMLImageElement>('[part~="image"]')!;
      expect(image.getAttribute('src')).to.equal(
        'https://example.org/example-only/images/closing-the-gap-through-changing-relationships-thumbnail.jpg',
      );
      expect(image.alt).to.equal('Thumbnail');
      expect(getComputedStyle(image).aspectRatio).to.equal('16 / 9');
    });

    it('renders feed text as text, never as HTML', async () => {
      const feed = feedWith((f) => (f.programmes[0]!.title = '<img src=x onerror=alert(1)>Title'));
      const root = shadow(await ready(feed));
      expect(text(root.querySelector('h2'))).to.equal('<img src=x onerror=alert(1)>Title');
      expect(root.querySelector('h2 img')).to.equal(null);
    });

    it('renders no link for a javascript: URL', async () => {
      const feed = feedWith((f) => (f.programmes[0]!.url = 'javascript:alert(1)'));
      const root = shadow(await ready(feed));
      expect(root.querySelector('a[href^="javascript"]')).to.equal(null);
      expect(root.querySelector('[part~="more"]')).to.equal(null);
    });

    it('formats for the inherited language', async () => {
      const el = await fixture<ProgrammeSummaryElement>(
        html`<programme-summary .feed=${sampleFeed()} programme=${PROGRAMME_ID}></programme-summary>`,
        {parentNode: parent((div) => (div.lang = 'en-US'))},
      );
      expect([...shadow(el).querySelectorAll('dd')].map(text)[0]).to.equal('around £400,000');
    });
  });

  describe('heading-level', () => {
    it('keeps "Key facts" at h6 when the title is at h6', async () => {
      const root = shadow(await ready(sampleFeed(), {level: 6}));
      expect([...root.querySelectorAll('h6')].map(text)).to.deep.equal([
        'Closing the Gap through Changing Relationships',
        'Key facts',
      ]);
    });
  });

  describeFeedElement({
    tag: 'programme-summary',
    readyHeadings: ['h2 Closing the Gap through Changing Relationships', 'h3 Key facts'],
    fallback: `<a href="/programmes/closing-the-gap">Closing the Gap through Changing Relationships</a>`,
    skeletonMinHeight: 200,
    narrowFeed: () => feedWith((f) => (f.programmes[0]!.strapline = `A${'a'.repeat(120)} word`)),
  });
});
