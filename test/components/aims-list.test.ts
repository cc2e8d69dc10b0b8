import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/aims-list/aims-list.js';
import type {AimsListElement} from '../../src/components/aims-list/aims-list.js';
import {headingsIn, shadow, text} from '../helpers/dom.js';
import {describeFeedElement} from '../helpers/feed-element-suite.js';
import {AIM_HEADINGS, feedWith, sampleFeed, PROGRAMME_ID} from '../helpers/feeds.js';

describe('<aims-list>', () => {
  describe('rendering', () => {
    it('shows "Aims", the introduction, each aim as a heading and text in a list, and the conclusion', async () => {
      const el = await fixture<AimsListElement>(
        html`<aims-list programme=${PROGRAMME_ID} .feed=${sampleFeed()}></aims-list>`,
      );
      const root = shadow(el);
      expect(headingsIn(el)).to.deep.equal(['h2 Aims', ...AIM_HEADINGS.map((title) => `h3 ${title}`)]);
      expect(text(root.querySelector('[part~="introduction"]'))).to.match(
        /^To organise health care services.*three key relationships:$/,
      );
      const list = root.querySelector('ul')!;
      expect(list.getAttribute('role')).to.equal('list');
      const items = [...list.querySelectorAll(':scope > li')];
      expect(items).to.have.length(3);
      expect(text(items[1]!.querySelector('[part~="aim-text"]'))).to.equal(
        'The responsibility to ‘join up’ services is frequently with the user rather than the service provider.',
      );
      expect(text(root.querySelector('[part~="conclusion"]'))).to.match(
        /^Within the health care system.*acts on feedback\.$/,
      );
      expect(root.querySelectorAll('a')).to.have.length(0);
    });

    it('shows the only programme of a one-programme feed without a programme attribute', async () => {
      const feed = feedWith((f) => f.programmes.splice(1));
      const el = await fixture<AimsListElement>(html`<aims-list .feed=${feed}></aims-list>`);
      expect(shadow(el).querySelectorAll('li')).to.have.length(3);
    });

    it('renders feed text as text, never as HTML', async () => {
      const feed = feedWith((f) => (f.programmes[0]!.aims!.items[0]!.heading = '<b>bold</b>'));
      const el = await fixture<AimsListElement>(html`<aims-list programme=${PROGRAMME_ID} .feed=${feed}></aims-list>`);
      expect(text(shadow(el).querySelector('h3'))).to.equal('<b>bold</b>');
      expect(shadow(el).querySelector('b')).to.equal(null);
    });

    it('renders no link for a javascript: URL', async () => {
      const feed = feedWith((f) => (f.programmes[0]!.url = 'javascript:alert(1)'));
      const el = await fixture<AimsListElement>(html`<aims-list programme=${PROGRAMME_ID} .feed=${feed}></aims-list>`);
      expect(shadow(el).querySelector('a[href^="javascript"]')).to.equal(null);
      expect(shadow(el).querySelectorAll('a')).to.have.length(0);
    });
  });

  describe('states', () => {
    it('treats an empty list of aims as no aims', async () => {
      const feed = feedWith((f) => (f.programmes[0]!.aims!.items = []));
      const el = await fixture<AimsListElement>(html`<aims-list programme=${PROGRAMME_ID} .feed=${feed}></aims-list>`);
      expect(text(shadow(el).querySelector('[part~="empty"]'))).to.equal(
        'No aims have been published for this programme yet.',
      );
      expect(shadow(el).querySelector('[part~="introduction"]')).to.equal(null);
    });
  });

  describeFeedElement({
    tag: 'aims-list',
    readyHeadings: ['h2 Aims', ...AIM_HEADINGS.map((title) => `h3 ${title}`)],
    fallback: `<a href="/programmes/closing-the-gap#aims">Read the programme's aims</a>`,
    skeletonMinHeight: 200,
    empty: {
      programme: 'closing-the-gap-in-patient-safety',
      feed: sampleFeed,
      headings: ['h2 Aims'],
      text: 'No aims have been published for this programme yet.',
    },
    noHeading: true,
    narrowFeed: () => feedWith((f) => (f.programmes[0]!.aims!.items[0]!.heading = `Between${'x'.repeat(100)}`)),
  });
});
