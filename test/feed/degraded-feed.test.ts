/**
 * Issue 14: a feed damaged in one project still shows every other project, in every element that
 * shows projects, and the damaged project's own card shows its error, alone.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/components/programme-feed/programme-feed.js';
import '../../src/components/programme-page/programme-page.js';
import '../../src/components/project-card/project-card.js';
import '../../src/components/project-list/project-list.js';
import type {FeedErrorEvent} from '../../src/feed/feed-events.js';
import {renderedElements, settled, shadow, text} from '../helpers/dom.js';
import {feedWith, PROGRAMME_ID, PROJECT_TITLES} from '../helpers/feeds.js';

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
      expect(headings.filter((heading) => PROJECT_TITLES.includes(heading))).to.deep.equal(others);
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
});
