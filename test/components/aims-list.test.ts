import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/components/aims-list/aims-list.js';
import type {AimsListElement} from '../../src/components/aims-list/aims-list.js';
import type {FeedErrorEvent} from '../../src/feed/feed-events.js';
import {feedWith, sampleFeed, PROGRAMME_ID} from '../helpers/feeds.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A parent for `fixture` (its `parentNode` option), so the fixture waits for the element's update, not for a frame. */
function parent(setUp: (div: HTMLDivElement) => void): HTMLDivElement {
  const div = document.createElement('div');
  setUp(div);
  return div;
}
const headings = (root: ShadowRoot) =>
  [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((node) => `${node.localName} ${text(node)}`);

const AIM_HEADINGS = [
  'Between communities and the wider health care system',
  'Between the person using services and the wider health care system',
  'Between the individual and health providers',
];

describe('<aims-list>', () => {
  describe('rendering', () => {
    it('shows "Aims", the introduction, each aim as a heading and text in a list, and the conclusion', async () => {
      const el = await fixture<AimsListElement>(
        html`<aims-list programme=${PROGRAMME_ID} .feed=${sampleFeed()}></aims-list>`,
      );
      const root = shadow(el);
      expect(headings(root)).to.deep.equal(['h2 Aims', ...AIM_HEADINGS.map((title) => `h3 ${title}`)]);
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

  describe('heading-level', () => {
    it('puts "Aims" at heading-level and the aims one below', async () => {
      const el = await fixture<AimsListElement>(
        html`<aims-list heading-level="3" programme=${PROGRAMME_ID} .feed=${sampleFeed()}></aims-list>`,
      );
      expect(headings(shadow(el))).to.deep.equal(['h3 Aims', ...AIM_HEADINGS.map((title) => `h4 ${title}`)]);
    });

    it('with no-heading, leaves out "Aims" and puts the aims at heading-level', async () => {
      const el = await fixture<AimsListElement>(
        html`<aims-list no-heading heading-level="3" programme=${PROGRAMME_ID} .feed=${sampleFeed()}></aims-list>`,
      );
      expect(headings(shadow(el))).to.deep.equal(AIM_HEADINGS.map((title) => `h3 ${title}`));
      expect(el.noHeading).to.equal(true);
    });
  });

  describe('states', () => {
    it('says so when the programme has no aims, keeping the heading', async () => {
      const el = await fixture<AimsListElement>(
        html`<aims-list programme="closing-the-gap-in-patient-safety" .feed=${sampleFeed()}></aims-list>`,
      );
      const root = shadow(el);
      expect(headings(root)).to.deep.equal(['h2 Aims']);
      expect(text(root.querySelector('[part~="empty"]'))).to.equal(
        'No aims have been published for this programme yet.',
      );
      expect(root.querySelector('ul')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('treats an empty list of aims as no aims', async () => {
      const feed = feedWith((f) => (f.programmes[0]!.aims!.items = []));
      const el = await fixture<AimsListElement>(html`<aims-list programme=${PROGRAMME_ID} .feed=${feed}></aims-list>`);
      expect(text(shadow(el).querySelector('[part~="empty"]'))).to.equal(
        'No aims have been published for this programme yet.',
      );
      expect(shadow(el).querySelector('[part~="introduction"]')).to.equal(null);
    });

    it('shows a visible error for an invalid feed', async () => {
      const feed = feedWith((f) => ((f.programmes[0] as {title: unknown}).title = 5));
      const el = await fixture<AimsListElement>(html`<aims-list programme=${PROGRAMME_ID} .feed=${feed}></aims-list>`);
      const error = shadow(el).querySelector('[part~="error"]') as HTMLElement;
      expect(text(error)).to.contain('This content could not be shown');
      expect(text(error)).to.contain('not a valid programme feed');
      expect(error.offsetHeight).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('shows the error and fires feed-error (not-found) for a programme the feed lacks', async () => {
      const el = document.createElement('aims-list');
      el.programme = 'nope';
      el.feed = sampleFeed();
      const event = oneEvent(el, 'feed-error');
      document.body.append(el);
      try {
        const {kind} = (await event) as unknown as FeedErrorEvent;
        expect(kind).to.equal('not-found');
        await el.updateComplete;
        expect(text(shadow(el).querySelector('[part~="error"]'))).to.contain('no programme with the id "nope"');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('shows its light-DOM fallback, not a skeleton, until the feed arrives', async () => {
      const el = await fixture<AimsListElement>(
        html`<aims-list src="/__feed/slow-aims-fallback?delay=2000" programme=${PROGRAMME_ID}>
          <a href="/programmes/closing-the-gap#aims">Read the programme's aims</a>
        </aims-list>`,
      );
      const slot = shadow(el).querySelector('slot')!;
      await waitUntil(() => !shadow(el).querySelector('[part~="skeleton"]'), 'the skeleton gives way to the fallback');
      const assigned = slot.assignedElements();
      expect(assigned.map((node) => node.localName)).to.deep.equal(['a']);
      expect((assigned[0] as HTMLElement).offsetHeight).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('shows an accessible skeleton while loading with no fallback', async () => {
      const el = await fixture<AimsListElement>(
        html`<aims-list src="/__feed/slow-aims-skeleton?delay=2000" programme=${PROGRAMME_ID}></aims-list>`,
      );
      const skeleton = shadow(el).querySelector('[part~="skeleton"]') as HTMLElement;
      expect(skeleton).to.exist;
      expect(skeleton.offsetHeight).to.be.greaterThan(200);
      await expect(el).to.be.accessible();
    });

    it('loads from src and fires feed-load', async () => {
      const el = document.createElement('aims-list');
      el.src = '/__feed/aims-src';
      el.programme = PROGRAMME_ID;
      const event = oneEvent(el, 'feed-load');
      document.body.append(el);
      try {
        await event;
        await el.updateComplete;
        expect(shadow(el).querySelectorAll('li')).to.have.length(3);
      } finally {
        el.remove();
      }
    });

    it('is accessible when ready', async () => {
      const el = await fixture<AimsListElement>(
        html`<aims-list programme=${PROGRAMME_ID} .feed=${sampleFeed()}></aims-list>`,
      );
      await expect(el).to.be.accessible();
    });

    it('fits a 280px column', async () => {
      const feed = feedWith((f) => (f.programmes[0]!.aims!.items[0]!.heading = `Between${'x'.repeat(100)}`));
      const el = await fixture<AimsListElement>(html`<aims-list programme=${PROGRAMME_ID} .feed=${feed}></aims-list>`, {
        parentNode: parent((div) => (div.style.inlineSize = '280px')),
      });
      const base = shadow(el).querySelector('[part~="base"]') as HTMLElement;
      expect(base.scrollWidth).to.be.at.most(280);
    });
  });
});
