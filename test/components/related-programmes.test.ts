import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/components/related-programmes/related-programmes.js';
import type {RelatedProgrammesElement} from '../../src/components/related-programmes/related-programmes.js';
import type {FeedErrorEvent} from '../../src/feed/feed-events.js';
import {feedWith, sampleFeed, PROGRAMME_ID} from '../helpers/feeds.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
// Assertions take booleans and strings, not elements: a failing assertion on an element can stall
// the browser while chai formats it, instead of failing the test.
const cards = (el: Element) => [...shadow(el).querySelectorAll('[part~="card"]')];

describe('<related-programmes>', () => {
  describe('rendering', () => {
    it('shows "Further reading" as a heading, then the report and the related programme as a list of cards', async () => {
      const el = await fixture<RelatedProgrammesElement>(
        html`<related-programmes programme=${PROGRAMME_ID} .feed=${sampleFeed()}></related-programmes>`,
      );
      const root = shadow(el);
      expect(text(root.querySelector('h2'))).to.equal('Further reading');
      const list = root.querySelector('ul')!;
      expect(list.getAttribute('role')).to.equal('list');
      expect(list.querySelectorAll(':scope > li')).to.have.length(2);

      const [report, programme] = cards(el);
      expect(text(report!.querySelector('[part~="type"]'))).to.equal('Research report');
      expect(text(report!.querySelector('h3'))).to.equal('Closing the Gap through Changing Relationships: evaluation');
      expect(text(report!.querySelector('[part~="summary"]'))).to.contain(
        'An evaluation report of our Closing the Gap',
      );
      expect(text(report!.querySelector('[part~="meta"]'))).to.equal('Published by Office for Public Management (OPM)');

      expect(text(programme!.querySelector('[part~="type"]'))).to.equal('Programme');
      expect(text(programme!.querySelector('h3'))).to.equal('Closing the Gap in Patient Safety');
      expect(text(programme!.querySelector('[part~="summary"]'))).to.contain('This programme ran from 2014 to 2017');
      expect(text(programme!.querySelector('[part~="meta"]'))).to.equal('2014 to 2017');
    });

    it('uses the single programme when no programme attribute is given', async () => {
      const feed = feedWith((f) => {
        f.programmes.splice(1, 1);
        f.programmes[0]!.related = [];
      });
      const el = await fixture<RelatedProgrammesElement>(html`<related-programmes .feed=${feed}></related-programmes>`);
      expect(cards(el)).to.have.length(1);
      expect(text(cards(el)[0]!.querySelector('h3'))).to.equal(
        'Closing the Gap through Changing Relationships: evaluation',
      );
    });

    it('honours heading-level: the block heading at the level, card titles one below', async () => {
      const el = await fixture<RelatedProgrammesElement>(
        html`<related-programmes
          heading-level="3"
          programme=${PROGRAMME_ID}
          .feed=${sampleFeed()}
        ></related-programmes>`,
      );
      const root = shadow(el);
      expect(text(root.querySelector('h3'))).to.equal('Further reading');
      expect(root.querySelectorAll('h4')).to.have.length(2);
      expect(Boolean(root.querySelector('h2')), 'h2').to.be.false;
    });

    it('puts one link on each card, on its heading, to the feed URL', async () => {
      const el = await fixture<RelatedProgrammesElement>(
        html`<related-programmes programme=${PROGRAMME_ID} .feed=${sampleFeed()}></related-programmes>`,
      );
      const links = [...shadow(el).querySelectorAll('a')];
      expect(links).to.have.length(2);
      expect(links.every((link) => link.closest('h3'))).to.be.true;
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
        'https://example.org/example-only/reports/closing-the-gap-through-changing-relationships-evaluation',
        'https://example.org/example-only/programmes/closing-the-gap-in-patient-safety',
      ]);
    });

    it('shows a programme published elsewhere, and falls back to the catalogue for a resource without a type', async () => {
      const feed = feedWith((f) => {
        const programme = f.programmes[0] as Record<string, unknown>;
        programme.resources = [{title: 'Learning report'}];
        programme.related = [{title: 'Elsewhere', type: 'Partner programme', period: {start: '2019'}}];
      });
      const el = await fixture<RelatedProgrammesElement>(
        html`<related-programmes programme=${PROGRAMME_ID} .feed=${feed}></related-programmes>`,
      );
      const [resource, external] = cards(el);
      expect(text(resource!.querySelector('[part~="type"]'))).to.equal('Resource');
      expect(Boolean(resource!.querySelector('a')), 'a').to.be.false;
      expect(Boolean(resource!.querySelector('[part~="meta"]')), '[part~="meta"]').to.be.false;
      expect(text(external!.querySelector('[part~="type"]'))).to.equal('Partner programme');
      expect(text(external!.querySelector('[part~="meta"]'))).to.equal('from 2019');
    });

    it('renders no link for a javascript: URL in the feed', async () => {
      const feed = feedWith((f) => {
        (f.programmes[0]!.resources![0] as {url?: string}).url = 'javascript:alert(1)';
      });
      const el = await fixture<RelatedProgrammesElement>(
        html`<related-programmes programme=${PROGRAMME_ID} .feed=${feed}></related-programmes>`,
      );
      // A javascript: URL fails validation, so the element shows the invalid-feed error, never a link.
      expect(Boolean(shadow(el).querySelector('a[href^="javascript"]')), 'a[href^="javascript"]').to.be.false;
      expect(shadow(el).querySelector('[part~="error"]')).to.exist;
    });

    it('shows feed text as text, never as markup', async () => {
      const feed = feedWith((f) => {
        f.programmes[0]!.resources![0]!.title = '<img src=x onerror=alert(1)>Report';
      });
      const el = await fixture<RelatedProgrammesElement>(
        html`<related-programmes programme=${PROGRAMME_ID} .feed=${feed}></related-programmes>`,
      );
      expect(Boolean(shadow(el).querySelector('img')), 'img').to.be.false;
      expect(text(shadow(el).querySelector('h3'))).to.equal('<img src=x onerror=alert(1)>Report');
    });
  });

  describe('states', () => {
    it('shows an empty state when the programme has no further reading', async () => {
      const feed = feedWith((f) => {
        delete (f.programmes[0] as Record<string, unknown>).resources;
        delete (f.programmes[0] as Record<string, unknown>).related;
      });
      const el = await fixture<RelatedProgrammesElement>(
        html`<related-programmes programme=${PROGRAMME_ID} .feed=${feed}></related-programmes>`,
      );
      expect(text(shadow(el).querySelector('h2'))).to.equal('Further reading');
      expect(text(shadow(el).querySelector('[part~="empty"]'))).to.equal(
        'There is no further reading for this programme yet.',
      );
      expect(Boolean(shadow(el).querySelector('ul')), 'ul').to.be.false;
      await expect(el).to.be.accessible();
    });

    it('shows a visible error for an invalid feed, and fires feed-error', async () => {
      const el = document.createElement('related-programmes');
      el.feed = {version: '1.0', programmes: 'nope'};
      const event = oneEvent(el, 'feed-error');
      document.body.append(el);
      const {kind} = (await event) as unknown as FeedErrorEvent;
      expect(kind).to.equal('invalid');
      await el.updateComplete;
      const error = shadow(el).querySelector('[part~="error"]')!;
      expect(text(error)).to.contain('This content could not be shown');
      expect(text(error)).to.contain('not a valid programme feed');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('shows an error and fires feed-error with kind not-found for an unknown programme', async () => {
      const el = document.createElement('related-programmes');
      el.programme = 'nope';
      el.feed = sampleFeed();
      const event = oneEvent(el, 'feed-error');
      document.body.append(el);
      const {kind} = (await event) as unknown as FeedErrorEvent;
      expect(kind).to.equal('not-found');
      expect(text(shadow(el).querySelector('[part~="error"]'))).to.contain('no programme with the id "nope"');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('shows a 404 as an error', async () => {
      const el = document.createElement('related-programmes');
      el.src = '/__feed/related-404?status=404';
      const event = oneEvent(el, 'feed-error');
      document.body.append(el);
      await event;
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="error"]')).to.exist;
      el.remove();
    });

    it('shows its fallback content until ready, then the cards', async () => {
      const el = document.createElement('related-programmes');
      el.src = '/__feed/related-fallback?delay=300';
      el.programme = PROGRAMME_ID;
      el.innerHTML = '<a href="/reading">Further reading</a>';
      const loaded = oneEvent(el, 'feed-load');
      document.body.append(el);
      // The slot reports its content in a slotchange event, one update after the first render.
      await waitUntil(() => !shadow(el).querySelector('[part~="skeleton"]'), 'the skeleton gives way to the fallback');
      const slot = shadow(el).querySelector('slot')!;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Further reading']);
      await loaded;
      await el.updateComplete;
      expect(Boolean(shadow(el).querySelector('slot')), 'slot').to.be.false;
      expect(cards(el)).to.have.length(2);
      el.remove();
    });

    it('loads its own feed from src', async () => {
      const el = document.createElement('related-programmes');
      el.src = '/__feed/related-src';
      el.programme = PROGRAMME_ID;
      const loaded = oneEvent(el, 'feed-load');
      document.body.append(el);
      await loaded;
      await el.updateComplete;
      expect(cards(el)).to.have.length(2);
      el.remove();
    });

    it('is accessible while loading, with a skeleton that says so', async () => {
      const el = await fixture<RelatedProgrammesElement>(
        html`<related-programmes src="/__feed/related-loading?delay=2000"></related-programmes>`,
      );
      const skeleton = shadow(el).querySelector('[part~="skeleton"]')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(text(skeleton)).to.equal('Loading');
      await expect(el).to.be.accessible();
    });

    it('is accessible when ready', async () => {
      const el = await fixture<RelatedProgrammesElement>(
        html`<related-programmes programme=${PROGRAMME_ID} .feed=${sampleFeed()}></related-programmes>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('layout', () => {
    it('fits a 280 px column with nothing wider than its box', async () => {
      // Built by hand: fixture() on a plain <div> waits for an animation frame, which a page in
      // the background (the runner opens two at once) may never get.
      const wrapper = document.createElement('div');
      wrapper.style.inlineSize = '280px';
      const el = document.createElement('related-programmes');
      el.programme = PROGRAMME_ID;
      el.feed = sampleFeed();
      wrapper.append(el);
      document.body.append(wrapper);
      await el.updateComplete;
      const box = el.getBoundingClientRect();
      expect(box.width).to.equal(280);
      for (const node of shadow(el).querySelectorAll('*')) {
        const rect = node.getBoundingClientRect();
        if (rect.width === 0) continue;
        expect(rect.right, node.outerHTML.slice(0, 60)).to.be.at.most(box.right + 0.5);
      }
      wrapper.remove();
    });
  });
});
