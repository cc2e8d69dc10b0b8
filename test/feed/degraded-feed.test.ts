/**
 * Issue 14: a feed damaged in one project still shows every other project, in every element that
 * shows projects, and the damaged project's own card shows its error, alone.
 */
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/components/programme-feed/programme-feed.js';
import '../../src/components/programme-page/programme-page.js';
import '../../src/components/programme-summary/programme-summary.js';
import '../../src/components/project-card/project-card.js';
import '../../src/components/project-list/project-list.js';
import type {Feed} from '../../src/feed/feed.js';
import type {FeedState} from '../../src/feed/feed-context.js';
import type {FeedErrorEvent, FeedLoadEvent} from '../../src/feed/feed-events.js';
import {FeedStore} from '../../src/feed/feed-store.js';
import {renderedElements, settled, shadow, text} from '../helpers/dom.js';
import {feedWith, PROGRAMME_ID, PROJECT_TITLES, sampleFeed} from '../helpers/feeds.js';

const DAMAGED = 2;
/** The sample feed with its third project's title a number: that project alone is invalid. */
const damagedFeed = () => feedWith((f) => ((f.programmes[0]!.projects![DAMAGED] as {title: unknown}).title = 42));
const others = PROJECT_TITLES.filter((_, index) => index !== DAMAGED);

/** The headings `root` renders, nested elements' included: each project's title is one. */
const headingTexts = (root: Element) =>
  [...renderedElements(shadow(root))].filter((node) => /^h[1-6]$/.test(node.localName)).map((node) => text(node));

describe('a feed damaged in one project', () => {
  for (const tag of ['project-list', 'programme-page'] as const) {
    it(`<${tag}> shows every other project and no error`, async () => {
      const el = await fixture<HTMLElementTagNameMap[typeof tag]>(
        tag === 'project-list'
          ? html`<project-list programme=${PROGRAMME_ID} .feed=${damagedFeed()}></project-list>`
          : html`<programme-page programme=${PROGRAMME_ID} .feed=${damagedFeed()}></programme-page>`,
      );
      await settled(el);
      const headings = headingTexts(el);
      // Once each: the page also shows a project as a further-reading card.
      expect([...new Set(headings.filter((heading) => PROJECT_TITLES.includes(heading)))]).to.deep.equal(others);
      const errors = [...renderedElements(shadow(el))].filter((node) => node.matches('[part~="error"]'));
      expect(errors.length, 'no error shown').to.equal(0);
    });
  }

  it("shows the damaged project's own card in its error state, with that project's problem", async () => {
    const feed = damagedFeed();
    const id = feed.programmes[0]!.projects![DAMAGED]!.id;
    const card = document.createElement('project-card');
    card.project = id;
    card.feed = feed;
    const event = oneEvent(card, 'feed-error') as unknown as Promise<FeedErrorEvent>;
    document.body.append(card);
    try {
      const {kind, problems, message} = await event;
      expect(message).to.include(`The project "${id}" is left out of the feed`);
      expect(kind).to.equal('invalid');
      expect(problems.map(({code, severity, path}) => `${code} ${severity} ${path}`)).to.deep.equal([
        `item-invalid item programmes[0].projects[${DAMAGED}].title`,
      ]);
      await settled(card);
      const error = shadow(card).querySelector('[part~="error"]');
      expect(text(error)).to.include('The information published for it has a fault.');
      await expect(card).to.be.accessible();
    } finally {
      card.remove();
    }
  });

  it("shows a neighbour's card as usual, from the same feed", async () => {
    const feed = damagedFeed();
    const card = await fixture<HTMLElementTagNameMap['project-card']>(
      html`<project-card project=${feed.programmes[0]!.projects![0]!.id} .feed=${feed}></project-card>`,
    );
    await settled(card);
    expect(shadow(card).querySelector('[part~="error"]')).to.equal(null);
    expect(text(shadow(card).querySelector('[part~="title"]'))).to.equal(PROJECT_TITLES[0]);
  });

  it('does not take the one programme left of two as "the only one": an element without programme asks which', async () => {
    const el = document.createElement('programme-summary');
    el.feed = feedWith((f) => ((f.programmes[1] as {title: unknown}).title = 42));
    const error = oneEvent(el, 'feed-error');
    document.body.append(el);
    try {
      expect(((await error) as unknown as FeedErrorEvent).message).to.include('set the programme attribute');
      await settled(el);
      expect(shadow(el).querySelector('[part~="error"]'), 'the error state').to.not.equal(null);
      expect(headingTexts(el)).to.not.include('Closing the Gap through Changing Relationships');
    } finally {
      el.remove();
    }
  });

  it('feed-load carries the problems of a feed shown with something left out', async () => {
    const el = document.createElement('project-list');
    el.programme = PROGRAMME_ID;
    el.feed = damagedFeed();
    const loaded = oneEvent(el, 'feed-load');
    document.body.append(el);
    try {
      const {problems} = (await loaded) as unknown as FeedLoadEvent;
      expect(problems.map(({code, severity, path}) => `${code} ${severity} ${path}`)).to.deep.equal([
        `item-invalid item programmes[0].projects[${DAMAGED}].title`,
      ]);
    } finally {
      el.remove();
    }
  });

  it('a refresh that brings a damaged feed keeps the good copy on screen, and says why', async () => {
    const answers = [sampleFeed(), damagedFeed()];
    const store = new FeedStore({
      retries: 0,
      fetch: async () => new Response(JSON.stringify(answers.shift()), {headers: {'Content-Type': 'application/json'}}),
    });
    const url = 'https://feeds.example.org/refresh.json';
    const states: FeedState[] = [];
    const stop = store.subscribe(url, (state) => states.push(state));
    try {
      await waitUntil(() => states.at(-1)?.status === 'ready', 'the first copy');
      const good = (states.at(-1) as {feed: Feed}).feed;
      store.refresh(url);
      await waitUntil(() => states.at(-1)?.status === 'error', 'the refresh is refused');
      const last = states.at(-1) as Extract<FeedState, {status: 'error'}>;
      expect(last.feed, 'the good copy stays').to.equal(good);
      expect(last.error.problems.map((problem) => problem.path)).to.deep.equal([
        `programmes[0].projects[${DAMAGED}].title`,
      ]);
      expect(good.programmes[0]!.projects).to.have.length(6);
    } finally {
      stop();
    }
  });
});
