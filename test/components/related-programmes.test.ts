import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/related-programmes/related-programmes.js';
import type {RelatedProgrammesElement} from '../../src/components/related-programmes/related-programmes.js';
import {shadow, text} from '../helpers/dom.js';
import {describeFeedElement} from '../helpers/feed-element-suite.js';
import {feedWith, sampleFeed, PROGRAMME_ID} from '../helpers/feeds.js';

// Assertions take booleans and strings, not elements: a failing assertion on an element can stall
// the browser while chai formats it, instead of failing the test.
const cards = (el: Element) => [...shadow(el).querySelectorAll('[part~="card"]')];

describe('<related-programmes>', () => {
  describe('rendering', () => {
    it('shows "Further reading" as a heading, then the report, the related programme and the related project as a list of cards', async () => {
      const el = await fixture<RelatedProgrammesElement>(
        html`<related-programmes programme=${PROGRAMME_ID} .feed=${sampleFeed()}></related-programmes>`,
      );
      const root = shadow(el);
      expect(text(root.querySelector('h2'))).to.equal('Further reading');
      const list = root.querySelector('ul')!;
      expect(list.getAttribute('role')).to.equal('list');
      expect(list.querySelectorAll(':scope > li')).to.have.length(3);

      const [report, programme, project] = cards(el);
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

      // The reference page's third card: one of the programme's own projects, named by id.
      expect(text(project!.querySelector('[part~="type"]'))).to.equal('Improvement project');
      expect(text(project!.querySelector('h3'))).to.equal('Example title: dialysis patients taking control');
      expect(text(project!.querySelector('[part~="summary"]'))).to.equal(
        'This project aimed to reduce the reliance of dialysis patients on nursing staff by enabling individuals to take control of their dialysis.',
      );
    });

    it('resolves a related project within the programme only, skipping an id it does not hold, and labels an untyped one "Project"', async () => {
      const feed = feedWith((f) => {
        delete (f.programmes[0]!.projects![1] as {type?: string}).type;
        f.programmes[0]!.related = [
          {project: 'record-access'},
          {project: 'no-such-project'},
        ] as unknown as (typeof f.programmes)[0]['related'];
      });
      const el = await fixture<RelatedProgrammesElement>(
        html`<related-programmes programme=${PROGRAMME_ID} .feed=${feed}></related-programmes>`,
      );
      expect(cards(el).map((card) => text(card.querySelector('[part~="type"]')))).to.deep.equal([
        'Research report',
        'Project',
      ]);
      expect(text(cards(el)[1]!.querySelector('h3'))).to.equal('Example title: a social movement for record access');
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
      // A javascript: URL fails validation: the resource is shown without its link, never with it.
      expect(Boolean(shadow(el).querySelector('a[href^="javascript"]')), 'a[href^="javascript"]').to.be.false;
      expect(shadow(el).querySelector('[part~="error"]')).to.equal(null);
      expect(shadow(el).textContent).to.include(feed.programmes[0]!.resources![0]!.title);
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

  describeFeedElement({
    tag: 'related-programmes',
    readyHeadings: [
      'h2 Further reading',
      'h3 Closing the Gap through Changing Relationships: evaluation',
      'h3 Closing the Gap in Patient Safety',
      'h3 Example title: dialysis patients taking control',
    ],
    fallback: '<a href="/reading">Further reading</a>',
    skeletonMinHeight: 200,
    empty: {
      programme: PROGRAMME_ID,
      feed: () =>
        feedWith((f) => {
          delete (f.programmes[0] as Record<string, unknown>).resources;
          delete (f.programmes[0] as Record<string, unknown>).related;
        }),
      headings: ['h2 Further reading'],
      text: 'There is no further reading for this programme yet.',
    },
  });
});
