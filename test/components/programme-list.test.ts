import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/components/programme-list/programme-list.js';
import type {ProgrammeListElement} from '../../src/components/programme-list/programme-list.js';
import type {ProgrammeCardElement} from '../../src/components/programme-card/programme-card.js';
import {headingsIn, shadow, text} from '../helpers/dom.js';
import {describeFeedElement} from '../helpers/feed-element-suite.js';
import {feedWith, sampleFeed} from '../helpers/feeds.js';
import several from '../fixtures/several-programmes.json' with {type: 'json'};

const TITLES = ['Closing the Gap through Changing Relationships', 'Closing the Gap in Patient Safety'];

/** The list's cards, once each has rendered. */
async function cardsOf(el: ProgrammeListElement): Promise<ProgrammeCardElement[]> {
  const cards = [...shadow(el).querySelectorAll('programme-card')];
  await Promise.all(cards.map((card) => card.updateComplete));
  return cards;
}

/** The sample feed with the second programme open for applications. */
const oneOpen = () => feedWith((f) => (f.programmes[1]!.status = {code: 'open', text: 'Open now.'}));

describe('<programme-list>', () => {
  describe('rendering', () => {
    it('shows "Programmes" and one card per programme of the feed, in feed order, in a list', async () => {
      const el = await fixture<ProgrammeListElement>(html`<programme-list .feed=${sampleFeed()}></programme-list>`);
      const list = shadow(el).querySelector('ul')!;
      expect(list.getAttribute('role')).to.equal('list');
      expect(list.querySelectorAll(':scope > li > programme-card')).to.have.length(2);
      await cardsOf(el);
      expect(headingsIn(el)).to.deep.equal(['h2 Programmes', ...TITLES.map((title) => `h3 ${title}`)]);
      await expect(el).to.be.accessible();
    });

    it('lists every programme of an organisation-wide feed', async () => {
      const el = await fixture<ProgrammeListElement>(html`<programme-list .feed=${several}></programme-list>`);
      const cards = await cardsOf(el);
      expect(cards.map((card) => card.programme)).to.deep.equal(several.programmes.map((programme) => programme.id));
    });

    it('with status="open", shows only the programmes open for applications, and follows the attribute', async () => {
      const el = await fixture<ProgrammeListElement>(
        html`<programme-list status="open" .feed=${oneOpen()}></programme-list>`,
      );
      await cardsOf(el);
      expect(headingsIn(el)).to.deep.equal(['h2 Programmes', `h3 ${TITLES[1]}`]);
      el.status = 'closed';
      await el.updateComplete;
      await cardsOf(el);
      expect(headingsIn(el)).to.deep.equal(['h2 Programmes', `h3 ${TITLES[0]}`]);
      el.status = 'open closed';
      await el.updateComplete;
      await cardsOf(el);
      expect(headingsIn(el)).to.have.length(3);
    });

    it('ignores words that are not statuses: "unknown" filters nothing', async () => {
      const el = await fixture<ProgrammeListElement>(
        html`<programme-list status="unknown" .feed=${sampleFeed()}></programme-list>`,
      );
      expect(await cardsOf(el)).to.have.length(2);
    });

    it('fires one feed-load for the whole list: the cards announce nothing of their own', async () => {
      const el = document.createElement('programme-list');
      el.feed = sampleFeed();
      let loads = 0;
      el.addEventListener('feed-load', () => loads++);
      const loaded = oneEvent(el, 'feed-load');
      document.body.append(el);
      try {
        await loaded;
        await cardsOf(el);
        await el.updateComplete;
        expect(loads).to.equal(1);
      } finally {
        el.remove();
      }
    });

    it("exports each card's parts under a card- prefix", async () => {
      const el = await fixture<ProgrammeListElement>(html`<programme-list .feed=${sampleFeed()}></programme-list>`);
      const [first] = await cardsOf(el);
      expect(first!.getAttribute('exportparts')).to.contain('status-tag:card-status-tag');
      expect(text(shadow(first!).querySelector('[part~="status-tag"]'))).to.equal('Closed for applications');
    });
  });

  describeFeedElement({
    tag: 'programme-list',
    readyHeadings: ['h2 Programmes', ...TITLES.map((title) => `h3 ${title}`)],
    fallback: `<a href="/programmes/">Our programmes</a>`,
    skeletonMinHeight: 200,
    wholeFeed: true,
    empty: {
      programme: 'closing-the-gap-through-changing-relationships',
      attributes: {status: 'open'},
      feed: sampleFeed,
      headings: ['h2 Programmes'],
      text: 'No programme has this status at the moment.',
    },
    noHeading: true,
  });
});
