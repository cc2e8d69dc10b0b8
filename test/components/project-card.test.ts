import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/components/project-card/project-card.js';
import type {ProjectCardElement} from '../../src/components/project-card/project-card.js';
import type {FeedErrorEvent} from '../../src/feed/feed-events.js';
import {feedWith, sampleFeed, PROJECT_ID} from '../helpers/feeds.js';

const shadow = (el: Element) => el.shadowRoot!;

describe('<project-card>', () => {
  describe('rendering', () => {
    it('shows the type, title as a heading, and summary', async () => {
      const el = await fixture<ProjectCardElement>(
        html`<project-card project=${PROJECT_ID} .feed=${sampleFeed()}></project-card>`,
      );
      const root = shadow(el);
      expect(root.querySelector('[part~="type"]')!.textContent).to.equal('Improvement project');
      const h2 = root.querySelector('h2')!;
      expect(h2.textContent!.trim()).to.equal('Example title: dialysis patients taking control');
      expect(root.querySelector('[part~="summary"]')!.textContent).to.contain(
        'reduce the reliance of dialysis patients',
      );
    });

    it('honours heading-level', async () => {
      const el = await fixture<ProjectCardElement>(
        html`<project-card heading-level="4" project=${PROJECT_ID} .feed=${sampleFeed()}></project-card>`,
      );
      expect(shadow(el).querySelector('h4')).to.exist;
      expect(shadow(el).querySelector('h2')).to.equal(null);
    });

    it('puts the link on the heading only', async () => {
      const feed = feedWith((f) => {
        (f.programmes[0]!.projects![0] as {url?: string}).url = 'https://example.org/p';
      });
      const el = await fixture<ProjectCardElement>(
        html`<project-card project=${PROJECT_ID} .feed=${feed}></project-card>`,
      );
      const links = shadow(el).querySelectorAll('a');
      expect(links).to.have.length(1);
      expect(links[0]!.closest('h2')).to.exist;
      expect(links[0]!.getAttribute('href')).to.equal('https://example.org/p');
    });

    it('renders no link for a javascript: URL set directly', async () => {
      const feed = feedWith((f) => {
        (f.programmes[0]!.projects![0] as {url?: string}).url = 'javascript:alert(1)';
      });
      const el = await fixture<ProjectCardElement>(
        html`<project-card project=${PROJECT_ID} .feed=${feed}></project-card>`,
      );
      expect(shadow(el).querySelector('a[href^="javascript"]')).to.equal(null);
    });
  });

  describe('an image that fails to load', () => {
    const withImage = (src: string) =>
      feedWith((f) => {
        (f.programmes[0]!.projects![0] as {image?: unknown}).image = {src, alt: 'A clinic waiting room'};
      });
    const imageOf = (el: Element) => shadow(el).querySelector<HTMLImageElement>('[part~="image"]')!;
    const shown = (image: HTMLImageElement) => getComputedStyle(image).visibility !== 'hidden';

    it('is hidden, not a broken-image icon, its box kept, and the card keeps the rest; a new src that loads shows it', async () => {
      const el = await fixture<ProjectCardElement>(
        html`<project-card project=${PROJECT_ID} .feed=${withImage('/no-such-image.png')}></project-card>`,
      );
      // A lazy image loads only in a page that is shown; the test runner's pages may be in the background.
      imageOf(el).loading = 'eager';
      const box = imageOf(el).getBoundingClientRect().height;
      await waitUntil(() => !shown(imageOf(el)), 'the broken image is hidden', {timeout: 5000});
      expect(box).to.be.above(0);
      expect(imageOf(el).getBoundingClientRect().height, 'the box kept').to.equal(box);
      expect(shadow(el).querySelector('h2')!.textContent!.trim()).to.equal(
        'Example title: dialysis patients taking control',
      );

      el.feed = withImage('/stories/assets/project-photo.svg');
      await waitUntil(() => shown(imageOf(el)) && imageOf(el).naturalWidth > 0, 'the image that loads is shown', {
        timeout: 5000,
      });
      expect(imageOf(el).alt).to.equal('A clinic waiting room');
    });
  });

  describe('states', () => {
    it('shows an accessible error when the project is not in the feed, and fires feed-error', async () => {
      const el = document.createElement('project-card') as ProjectCardElement;
      el.project = 'nope';
      el.feed = sampleFeed();
      const event = oneEvent(el, 'feed-error');
      document.body.append(el);
      const {kind, message} = (await event) as unknown as FeedErrorEvent;
      expect(kind).to.equal('not-found');
      expect(message).to.contain('no project with the id "nope"');
      await el.updateComplete;
      const shown = shadow(el).querySelector('[part~="error"]')!.textContent;
      expect(shown).to.contain('The information this part of the page asks for is not available.');
      expect(shown).not.to.contain('nope');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('is accessible when ready', async () => {
      const el = await fixture<ProjectCardElement>(
        html`<project-card project=${PROJECT_ID} .feed=${sampleFeed()}></project-card>`,
      );
      await expect(el).to.be.accessible();
    });
  });
});
