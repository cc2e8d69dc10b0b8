import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/components/project-list/project-list.js';
import type {ProjectListElement} from '../../src/components/project-list/project-list.js';
import type {ProjectCardElement} from '../../src/components/project-card/project-card.js';
import {headingsIn, shadow, text} from '../helpers/dom.js';
import {describeFeedElement} from '../helpers/feed-element-suite.js';
import {feedWith, sampleFeed, PROGRAMME_ID, PROJECT_TITLES} from '../helpers/feeds.js';

/** A parent for `fixture` (its `parentNode` option), so the fixture waits for the element's update, not for a frame. */
function parent(setUp: (div: HTMLDivElement) => void): HTMLDivElement {
  const div = document.createElement('div');
  setUp(div);
  return div;
}

/** The list's cards, once each has rendered. */
async function cardsOf(el: ProjectListElement): Promise<ProjectCardElement[]> {
  const cards = [...shadow(el).querySelectorAll('project-card')];
  await Promise.all(cards.map((card) => card.updateComplete));
  return cards;
}

/** Each card's heading, as "h3 Title". */
async function cardHeadings(el: ProjectListElement): Promise<string[]> {
  return (await cardsOf(el)).flatMap((card) => headingsIn(card));
}

describe('<project-list>', () => {
  describe('rendering', () => {
    it('shows "Projects", the introduction and one card per project in a list', async () => {
      const el = await fixture<ProjectListElement>(
        html`<project-list programme=${PROGRAMME_ID} .feed=${sampleFeed()}></project-list>`,
      );
      const root = shadow(el);
      const paragraphs = [...root.querySelectorAll('[part~="introduction"] p')].map(text);
      expect(paragraphs).to.deep.equal([
        'Over 2011/13, seven teams worked on projects that aimed to change the relationship between people and health services.',
        'Successful applicants were provided with around £400,000, as well as a learning and development programme for the participating project teams throughout the two years of the programme.',
        'An evaluation report is available.',
      ]);
      const list = root.querySelector('ul')!;
      expect(list.getAttribute('role')).to.equal('list');
      const items = list.querySelectorAll(':scope > li');
      expect(items).to.have.length(6);
      items.forEach((item) => expect(item.querySelectorAll('project-card')).to.have.length(1));
      await cardsOf(el);
      expect(headingsIn(el)).to.deep.equal(['h2 Projects', ...PROJECT_TITLES.map((title) => `h3 ${title}`)]);
    });

    it('gives each card the programme, the project and the feed', async () => {
      const el = await fixture<ProjectListElement>(
        html`<project-list .feed=${sampleFeed()} programme=${PROGRAMME_ID}></project-list>`,
      );
      const cards = await cardsOf(el);
      expect(cards.map((card) => card.project)).to.deep.equal([
        'dialysis-self-care',
        'record-access',
        'camhs-service-users',
        'antenatal-care',
        'recovery-focused-practice',
        'homeless-health',
      ]);
      cards.forEach((card) => expect(card.programme).to.equal(PROGRAMME_ID));
      expect(text(shadow(cards[5]!).querySelector('[part~="meta"]'))).to.contain('University College London Hospital');
    });

    it('fires one feed-load for the whole list: the cards announce nothing of their own', async () => {
      const el = document.createElement('project-list');
      el.programme = PROGRAMME_ID;
      el.feed = sampleFeed();
      let loads = 0;
      el.addEventListener('feed-load', () => loads++);
      document.body.append(el);
      try {
        await el.updateComplete;
        await cardsOf(el);
        await el.updateComplete;
        expect(loads).to.equal(1);
      } finally {
        el.remove();
      }
    });

    it('renders feed text as text, never as HTML', async () => {
      const feed = feedWith((f) => (f.programmes[0]!.projectsIntroduction![0] = '<em>Seven</em> teams'));
      const el = await fixture<ProjectListElement>(
        html`<project-list programme=${PROGRAMME_ID} .feed=${feed}></project-list>`,
      );
      expect(text(shadow(el).querySelector('[part~="introduction"] p'))).to.equal('<em>Seven</em> teams');
      expect(shadow(el).querySelector('em')).to.equal(null);
    });

    it('renders no link for a javascript: URL', async () => {
      const feed = feedWith((f) => ((f.programmes[0]!.projects![0] as {url?: string}).url = 'javascript:alert(1)'));
      const el = await fixture<ProjectListElement>(
        html`<project-list programme=${PROGRAMME_ID} .feed=${feed}></project-list>`,
      );
      const links = [shadow(el), ...(await cardsOf(el)).map(shadow)].flatMap((root) => [...root.querySelectorAll('a')]);
      expect(links.filter((link) => /^\s*javascript:/i.test(link.getAttribute('href') ?? ''))).to.deep.equal([]);
    });
  });

  describe('loading from src', () => {
    it('makes one request for the list and all its cards', async () => {
      const key = `project-list-count-${Date.now()}`;
      const el = document.createElement('project-list');
      el.src = `/__feed/${key}`;
      el.programme = PROGRAMME_ID;
      let loads = 0;
      el.addEventListener('feed-load', () => loads++);
      const loaded = oneEvent(el, 'feed-load');
      document.body.append(el);
      try {
        await loaded;
        await el.updateComplete;
        expect(await cardHeadings(el)).to.deep.equal(PROJECT_TITLES.map((title) => `h3 ${title}`));
        const {count} = (await (await fetch(`/__feed-count/${key}`)).json()) as {count: number};
        expect(count).to.equal(1);
        expect(loads).to.equal(1);
      } finally {
        el.remove();
      }
    });

    it("resolves the cards' relative links against the feed's URL, not the page's", async () => {
      const feedUrl = 'https://feeds.example.org/programmes/feed.json';
      const feed = feedWith((f) => ((f.programmes[0]!.projects![0] as {url?: string}).url = '../projects/dialysis'));
      const original = globalThis.fetch;
      globalThis.fetch = (input, init) =>
        String(input) === feedUrl
          ? Promise.resolve(new Response(JSON.stringify(feed), {headers: {'Content-Type': 'application/json'}}))
          : original(input, init);
      try {
        const el = await fixture<ProjectListElement>(
          html`<project-list src=${feedUrl} programme=${PROGRAMME_ID}></project-list>`,
        );
        await waitUntil(() => shadow(el).querySelector('project-card'), 'the cards render');
        const [first] = await cardsOf(el);
        expect(shadow(first!).querySelector('a')!.getAttribute('href')).to.equal(
          'https://feeds.example.org/projects/dialysis',
        );
      } finally {
        globalThis.fetch = original;
      }
    });
  });

  describe('states', () => {
    it('keeps the introduction when there are no projects', async () => {
      const feed = feedWith((f) => (f.programmes[0]!.projects = []));
      const el = await fixture<ProjectListElement>(
        html`<project-list programme=${PROGRAMME_ID} .feed=${feed}></project-list>`,
      );
      expect(shadow(el).querySelectorAll('[part~="introduction"] p')).to.have.length(3);
      expect(text(shadow(el).querySelector('[part~="empty"]'))).to.equal(
        'No projects have been published for this programme yet.',
      );
    });

    it('shows a skeleton of three cards while loading', async () => {
      const el = await fixture<ProjectListElement>(
        html`<project-list
          src="/__feed/slow-project-list-cards-skeleton?delay=2000"
          programme=${PROGRAMME_ID}
        ></project-list>`,
      );
      const skeleton = shadow(el).querySelector('[part~="skeleton"]');
      expect(skeleton?.querySelectorAll('.card-skeleton').length).to.equal(3);
    });
  });

  describe('layout', () => {
    it('puts one card per row in a 280px column', async () => {
      const el = await fixture<ProjectListElement>(
        html`<project-list programme=${PROGRAMME_ID} .feed=${sampleFeed()}></project-list>`,
        {parentNode: parent((div) => (div.style.inlineSize = '280px'))},
      );
      const cards = await cardsOf(el);
      const lefts = new Set(cards.map((card) => Math.round(card.getBoundingClientRect().left)));
      expect(lefts.size).to.equal(1);
    });
  });

  describeFeedElement({
    tag: 'project-list',
    readyHeadings: ['h2 Projects', ...PROJECT_TITLES.map((title) => `h3 ${title}`)],
    fallback: `<a href="/programmes/closing-the-gap#projects">See the programme's projects</a>`,
    skeletonMinHeight: 300,
    empty: {
      programme: 'closing-the-gap-in-patient-safety',
      feed: sampleFeed,
      headings: ['h2 Projects'],
      text: 'No projects have been published for this programme yet.',
    },
    noHeading: true,
  });
});
