/**
 * The tests every feed element shares, registered by each element's own test file with what
 * differs between them (Material Web's `createFormTests` idea). The elements get their states
 * from one base class (src/internal/feed-element.ts), so they must show them the same way: a
 * skeleton, or the page's fallback content, while loading; an error, and a `feed-error` event,
 * for an invalid feed, an unknown programme or an HTTP error; an empty state; the content, each
 * state accessible; headings that follow `heading-level`; and a 280 px column.
 */
import {enGB} from '../../src/i18n/en-GB.js';
import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import type {FeedErrorEvent} from '../../src/feed/feed-events.js';
import type {FeedElement} from '../../src/internal/feed-element.js';
import {feedWith, PROGRAMME_ID, sampleFeed} from './feeds.js';
import {headingsIn, renderedElements, settled, shadow, text} from './dom.js';

/** The tags of the elements built on `FeedElement`. */
type FeedElementTag = {
  [Tag in keyof HTMLElementTagNameMap]: HTMLElementTagNameMap[Tag] extends FeedElement<unknown> ? Tag : never;
}[keyof HTMLElementTagNameMap];

/** What differs between the feed elements, for the shared tests. */
export interface FeedElementCase {
  readonly tag: FeedElementTag;
  /**
   * The headings a reader meets, nested elements' included, when the element shows the sample
   * feed's programme at the default `heading-level` of 2, as `h2 Aims`. The first is the
   * element's own heading; the shared tests move them all with `heading-level`.
   */
  readonly readyHeadings: readonly string[];
  /** Fallback content a page puts inside the element, as HTML. */
  readonly fallback: string;
  /** The skeleton's least height in px: about the content's, so the page does not jump when it arrives. */
  readonly skeletonMinHeight: number;
  /** A programme this element has nothing to show for: it keeps its heading and says so. */
  readonly empty?: {
    readonly feed: () => unknown;
    readonly programme: string;
    /** Attributes that leave the element nothing to show, e.g. a status filter. */
    readonly attributes?: Readonly<Record<string, string>>;
    readonly headings: readonly string[];
    readonly text: string;
  };
  /**
   * The element shows the whole feed (`<programme-list>`): `programme` names nothing, so a
   * programme left out as invalid is missing from the list, not an error, and no id is "not found".
   */
  readonly wholeFeed?: boolean;
  /** The element has `no-heading`: it leaves out its own heading and puts the rest at `heading-level`. */
  readonly noHeading?: boolean;
  /** The feed to show in a 280 px column, e.g. with an unbroken long word; the sample feed when left out. */
  readonly narrowFeed?: () => unknown;
}

type TaggedFeedElement = HTMLElementTagNameMap[FeedElementTag];

/** The same headings, `by` levels deeper (`h2 Aims` → `h3 Aims` for 1). */
const deeper = (headings: readonly string[], by: number) =>
  headings.map((heading) => heading.replace(/^h(\d)/, (_, level: string) => `h${Number(level) + by}`));

/** A feed whose programme fails validation (its title is a number): it is left out, the other shown. */
const invalidFeed = () => feedWith((f) => ((f.programmes[0] as {title: unknown}).title = 5));

export function describeFeedElement(config: FeedElementCase): void {
  const {tag} = config;

  describe('as every feed element', () => {
    const placed: Element[] = [];

    /** A new element with these attributes and feed, not yet in the page (so a test can listen first). */
    function create(attributes: Record<string, string>, feed?: unknown, fallback?: string): TaggedFeedElement {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      if (feed !== undefined) el.feed = feed;
      if (fallback) el.innerHTML = fallback;
      return el;
    }

    // Built by hand, not with fixture(): fixture() on a plain <div> waits for an animation frame,
    // which a page in the background (the runner opens two at once) may never get.
    function attach(el: TaggedFeedElement, width?: string): TaggedFeedElement {
      const column = document.createElement('div');
      if (width) column.style.inlineSize = width;
      column.append(el);
      document.body.append(column);
      placed.push(column);
      return el;
    }

    async function ready(attributes: Record<string, string> = {}, feed: unknown = sampleFeed(), width?: string) {
      const el = attach(create({programme: PROGRAMME_ID, ...attributes}, feed), width);
      await settled(el);
      return el;
    }

    /** The library's elements rendered inside `el`: none in an error state, which replaces the content. */
    const nestedElements = (el: Element) =>
      [...renderedElements(shadow(el))].map((node) => node.localName).filter((name) => name.includes('-'));

    async function expectError(
      el: TaggedFeedElement,
      kind: FeedErrorEvent['kind'],
      detail: string,
      event: Promise<Event>,
    ) {
      const fired = (await event) as unknown as FeedErrorEvent;
      expect(fired.kind).to.equal(kind);
      // The editor's detail travels with the event (and to the console); the reader gets a
      // plain sentence, with nothing of the technical cause or the feed's URL.
      expect(fired.message).to.contain(detail);
      await settled(el);
      const error = shadow(el).querySelector<HTMLElement>('[part~="error"]');
      expect(text(error)).to.contain('This content could not be shown');
      expect(text(error)).to.contain(readerSentence(kind));
      expect(text(error)).not.to.contain(detail);
      if (fired.url) expect(text(error)).not.to.contain(fired.url);
      expect(error?.offsetHeight ?? 0, 'the error is visible').to.be.greaterThan(0);
      // The error's own heading is the only one.
      expect(headingsIn(el), 'no content beside the error').to.deep.equal([
        `h${(el as {headingLevel?: number}).headingLevel ?? 2} This content could not be shown`,
      ]);
      expect(nestedElements(el), 'no content beside the error').to.deep.equal([]);
      await expect(el).to.be.accessible();
    }

    afterEach(() => {
      for (const node of placed.splice(0)) node.remove();
    });

    describe('loading', () => {
      it('shows an accessible skeleton, about the size of the content, while loading with no fallback', async () => {
        const el = attach(create({src: `/__feed/slow-${tag}-skeleton?delay=2000`, programme: PROGRAMME_ID}));
        await el.updateComplete;
        const skeleton = shadow(el).querySelector<HTMLElement>('[part~="skeleton"]');
        expect(skeleton?.getAttribute('aria-busy')).to.equal('true');
        expect(text(skeleton)).to.equal('Loading');
        expect(skeleton?.offsetHeight ?? 0).to.be.greaterThan(config.skeletonMinHeight);
        await expect(el).to.be.accessible();
      });

      it('shows its light-DOM fallback, visible and accessible, not a skeleton, until the feed arrives', async () => {
        const el = attach(
          create({src: `/__feed/slow-${tag}-fallback?delay=2000`, programme: PROGRAMME_ID}, undefined, config.fallback),
        );
        // The slot reports its content in a slotchange event, one update after the first render.
        await waitUntil(
          () => !shadow(el).querySelector('[part~="skeleton"]'),
          'the skeleton gives way to the fallback',
        );
        const assigned = shadow(el).querySelector('slot')?.assignedElements() ?? [];
        const children = [...el.children];
        expect(children.length, 'the test gives fallback content').to.be.greaterThan(0);
        const tagAndText = (node: Element) => `${node.localName} ${text(node)}`;
        expect(assigned.map(tagAndText), 'the fallback is in the slot').to.deep.equal(children.map(tagAndText));
        expect(assigned.map((node) => (node as HTMLElement).offsetHeight > 0)).to.deep.equal(children.map(() => true));
        await expect(el).to.be.accessible();
      });

      it('replaces the fallback with the content once the feed arrives', async () => {
        const el = create(
          {src: `/__feed/${tag}-fallback?delay=300`, programme: PROGRAMME_ID},
          undefined,
          config.fallback,
        );
        const loaded = oneEvent(el, 'feed-load');
        attach(el);
        await waitUntil(
          () => !shadow(el).querySelector('[part~="skeleton"]'),
          'the skeleton gives way to the fallback',
        );
        expect(
          shadow(el).querySelector('slot')?.assignedElements().length ?? 0,
          'the fallback shows',
        ).to.be.greaterThan(0);
        await loaded;
        await settled(el);
        expect(Boolean(shadow(el).querySelector('slot')), 'a slot for the fallback').to.be.false;
        expect(
          [...el.children].map((node) => (node as HTMLElement).offsetHeight),
          'the fallback is hidden',
        ).to.deep.equal([...el.children].map(() => 0));
        expect(headingsIn(el)).to.deep.equal(config.readyHeadings);
      });

      it('loads its own feed from src, fires feed-load and shows the content', async () => {
        const el = create({src: `/__feed/${tag}-src`, programme: PROGRAMME_ID});
        const loaded = oneEvent(el, 'feed-load');
        attach(el);
        await loaded;
        await settled(el);
        expect(headingsIn(el)).to.deep.equal(config.readyHeadings);
      });
    });

    describe('errors', () => {
      if (config.wholeFeed) {
        it('shows the other programmes, and no error, when one is left out as invalid', async () => {
          const el = create({}, invalidFeed());
          const loaded = oneEvent(el, 'feed-load');
          attach(el);
          await loaded;
          await settled(el);
          expect(shadow(el).querySelector('[part~="error"]'), 'no error').to.equal(null);
          expect(headingsIn(el)).to.have.length(config.readyHeadings.length - 1);
          await expect(el).to.be.accessible();
        });
      }

      if (!config.wholeFeed)
        it('shows a visible, accessible error and fires feed-error (invalid) for a programme left out as invalid', async () => {
          const el = create({programme: PROGRAMME_ID}, invalidFeed());
          const event = oneEvent(el, 'feed-error');
          attach(el);
          await expectError(
            el,
            'invalid',
            `The programme "${PROGRAMME_ID}" is left out of the feed: it is not valid`,
            event,
          );
          expect(
            ((await event) as unknown as FeedErrorEvent).problems.map(({code, path}) => `${code} ${path}`),
          ).to.deep.equal(['item-invalid programmes[0].title']);
        });

      it('shows a visible, accessible error and fires feed-error (invalid) for a feed with nothing to show', async () => {
        const el = create(
          {programme: PROGRAMME_ID},
          feedWith((f) => ((f as {version: unknown}).version = 1)),
        );
        const event = oneEvent(el, 'feed-error');
        attach(el);
        await expectError(el, 'invalid', 'not a valid programme feed', event);
      });

      if (!config.wholeFeed)
        it('shows the error and fires feed-error (not-found) for a programme the feed lacks', async () => {
          const el = create({programme: 'nope'}, sampleFeed());
          const event = oneEvent(el, 'feed-error');
          attach(el);
          await expectError(el, 'not-found', 'no programme with the id "nope"', event);
        });

      it('shows the error and fires feed-error (http) when the feed URL answers 404', async () => {
        const el = create({src: `/__feed/${tag}-404?status=404`, programme: PROGRAMME_ID});
        const event = oneEvent(el, 'feed-error');
        attach(el);
        await expectError(el, 'http', 'the server answered 404', event);
      });
    });

    describe('ready', () => {
      it('shows the content, accessibly', async () => {
        const el = await ready();
        expect(headingsIn(el)).to.deep.equal(config.readyHeadings);
        await expect(el).to.be.accessible();
      });

      const {empty} = config;
      if (empty) {
        it('says so when the programme has nothing for it, keeping the heading', async () => {
          const el = await ready({programme: empty.programme, ...empty.attributes}, empty.feed());
          expect(headingsIn(el)).to.deep.equal(empty.headings);
          expect(text(shadow(el).querySelector('[part~="empty"]'))).to.equal(empty.text);
          expect(Boolean(shadow(el).querySelector('ul')), 'a list').to.be.false;
          await expect(el).to.be.accessible();
        });
      }
    });

    describe('heading-level', () => {
      it('puts its heading at heading-level and the headings inside it one below', async () => {
        const el = await ready({'heading-level': '3'});
        expect(headingsIn(el)).to.deep.equal(deeper(config.readyHeadings, 1));
      });

      if (config.noHeading) {
        it('with no-heading, leaves out its heading and puts the headings inside it at heading-level', async () => {
          const el = await ready({'no-heading': '', 'heading-level': '3'});
          expect((el as TaggedFeedElement & {noHeading?: boolean}).noHeading).to.equal(true);
          expect(headingsIn(el)).to.deep.equal(config.readyHeadings.slice(1));
        });
      }
    });

    describe('layout', () => {
      it('fits a 280 px column with nothing wider than its box', async () => {
        const el = await ready({}, (config.narrowFeed ?? sampleFeed)(), '280px');
        expect(headingsIn(el).length, 'the content shows').to.be.greaterThan(0);
        const box = el.getBoundingClientRect();
        expect(box.width).to.equal(280);
        expect(shadow(el).querySelector('[part~="base"]')?.scrollWidth ?? 0).to.be.at.most(280);
        const wider = [...renderedElements(shadow(el))]
          .filter((node) => {
            const rect = node.getBoundingClientRect();
            return rect.width > 0 && (rect.right > box.right + 0.5 || rect.left < box.left - 0.5);
          })
          .map((node) => `${node.localName}.${node.className}`);
        expect(wider).to.deep.equal([]);
      });
    });
  });
}

/** The sentence a reader is shown for an error of `kind` (src/i18n/en-GB.ts). */
export function readerSentence(kind: FeedErrorEvent['kind']): string {
  if (kind === 'parse' || kind === 'invalid') return enGB.errorDamaged;
  return kind === 'not-found' ? enGB.errorMissing : enGB.errorUnavailable;
}
