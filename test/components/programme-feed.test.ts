import {expect, fixture, fixtureCleanup, html} from '@open-wc/testing';
import {LitElement, html as litHtml, render, type TemplateResult} from 'lit';
import {customElement, property} from 'lit/decorators.js';
import '../../src/components/programme-feed/programme-feed.js';
import type {ProgrammeFeedElement} from '../../src/components/programme-feed/programme-feed.js';
import type {FeedState} from '../../src/feed/feed-context.js';
import {FeedController} from '../../src/feed/feed-controller.js';
import {FeedErrorEvent, FeedLoadEvent} from '../../src/feed/feed-events.js';
import {feedWith, sampleFeed, PROGRAMME_ID} from '../helpers/feeds.js';

/**
 * A stand-in for the real elements: it gets its feed the way they do (FeedController: `feed`,
 * `src`, or context) and keeps what it was given where a test can read it.
 */
@customElement('test-feed-consumer')
class TestFeedConsumerElement extends LitElement {
  @property() src: string | undefined = undefined;
  @property() programme: string | undefined = undefined;
  @property({attribute: false}) feed: unknown = undefined;
  state: FeedState = {status: 'idle'};
  programmeId: string | undefined = undefined;
  private readonly controller = new FeedController(this);

  protected override willUpdate(): void {
    this.state = this.controller.sync();
    this.programmeId = this.programme ?? this.controller.contextProgramme;
  }

  protected override render(): TemplateResult {
    return litHtml`${this.state.status}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'test-feed-consumer': TestFeedConsumerElement;
  }
}

// ---- helpers ---------------------------------------------------------------------------------

let counter = 0;
/** A fresh key on the test server for each test, so its request count starts at 0. */
const key = (name: string) => `programme-feed-${name}-${Date.now()}-${++counter}`;
const feedSrc = (k: string, query = '') => `/__feed/${k}${query}`;
async function requestCount(k: string): Promise<number> {
  const response = await fetch(`/__feed-count/${k}`);
  return ((await response.json()) as {count: number}).count;
}

/**
 * Collects `type` events reaching the document (so they must bubble, and cross shadow roots
 * only if composed). Start it before rendering: inline data is ready in the first update.
 */
function listen<E extends Event>(type: 'feed-load' | 'feed-error') {
  const seen: E[] = [];
  let wanted = 0;
  let done: () => void = () => {};
  const listener = (event: Event) => {
    seen.push(event as E);
    if (seen.length >= wanted) done();
  };
  document.addEventListener(type, listener);
  return {
    seen,
    /** Resolves once `count` events have arrived. */
    count(count: number): Promise<E[]> {
      wanted = count;
      if (seen.length >= count) return Promise.resolve(seen);
      return new Promise((resolve) => (done = () => resolve(seen)));
    },
    stop: () => document.removeEventListener(type, listener),
  };
}

/**
 * Renders several elements into a fresh `<div>` in the page. Unlike `fixture` on a plain
 * element, it waits for no animation frame, which a page in a background tab never gets
 * (the test runner runs two pages at once).
 */
const mounted: HTMLElement[] = [];
function mount(template: TemplateResult): HTMLDivElement {
  const root = document.createElement('div');
  render(template, root);
  document.body.append(root);
  mounted.push(root);
  return root;
}

const consumers = (root: ParentNode) => [...root.querySelectorAll('test-feed-consumer')];
const settle = async (elements: readonly LitElement[]) => {
  await Promise.all(elements.map((element) => element.updateComplete));
};
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 10));
const feedJson = (feed: unknown) => JSON.stringify(feed).replaceAll('</', '<\\/');

// ---- tests -----------------------------------------------------------------------------------

describe('<programme-feed>', () => {
  const listeners: {stop: () => void}[] = [];
  const track = <T extends {stop: () => void}>(listener: T) => (listeners.push(listener), listener);
  afterEach(() => {
    for (const listener of listeners.splice(0)) listener.stop();
    for (const root of mounted.splice(0)) root.remove();
    fixtureCleanup();
  });

  describe('over HTTP', () => {
    it('makes 1 request for many providers and elements on one URL, and gives them all the feed', async () => {
      const k = key('many');
      const loads = track(listen<FeedLoadEvent>('feed-load'));
      const root = mount(html`
        <programme-feed src=${feedSrc(k)}>
          <test-feed-consumer></test-feed-consumer>
          <test-feed-consumer></test-feed-consumer>
        </programme-feed>
        <programme-feed src=${feedSrc(k)}><test-feed-consumer></test-feed-consumer></programme-feed>
        <test-feed-consumer src=${feedSrc(k)}></test-feed-consumer>
        <test-feed-consumer src=${feedSrc(k)}></test-feed-consumer>
      `);
      // Each owner of the source announces it once: 2 providers and 2 elements with src.
      const events = await loads.count(4);
      const all = consumers(root);
      await settle(all);

      expect(await requestCount(k)).to.equal(1);
      expect(events.every((event) => event instanceof FeedLoadEvent)).to.equal(true);
      const absolute = new URL(feedSrc(k), document.baseURI).href;
      expect(events.map((event) => event.url)).to.deep.equal([absolute, absolute, absolute, absolute]);
      const feeds = new Set(
        all.map((consumer) => (consumer.state.status === 'ready' ? consumer.state.feed : undefined)),
      );
      expect(feeds.size, 'every element has the same feed object').to.equal(1);
      expect([...feeds][0]?.programmes[0]?.id).to.equal(PROGRAMME_ID);
    });

    it('fires feed-error with kind "http" and the status for a 404, once, and gives descendants the error', async () => {
      const k = key('404');
      const errors = track(listen<FeedErrorEvent>('feed-error'));
      const el = await fixture<ProgrammeFeedElement>(
        html`<programme-feed src=${feedSrc(k, '?status=404')}
          ><test-feed-consumer></test-feed-consumer
        ></programme-feed>`,
      );
      const [event] = await errors.count(1);
      expect(event).to.be.instanceOf(FeedErrorEvent);
      expect(event!.target === el, 'dispatched on the provider').to.equal(true);
      expect(event!.kind).to.equal('http');
      expect(event!.status).to.equal(404);
      expect(event!.message)
        .to.include(new URL(feedSrc(k), document.baseURI).href)
        .and.to.include('404 Not Found');
      const [consumer] = consumers(el);
      await settle([consumer!]);
      expect(consumer!.state.status).to.equal('error');
      await nextTask();
      expect(errors.seen, 'the consumer fed by context does not announce it again').to.have.length(1);
      expect(await requestCount(k), 'a 404 is not retried').to.equal(1);
    });

    it('fires feed-error with kind "invalid" and every problem with its JSON path', async () => {
      const errors = track(listen<FeedErrorEvent>('feed-error'));
      await fixture(html`<programme-feed src=${feedSrc(key('invalid'), '?body=invalid')}></programme-feed>`);
      const [event] = await errors.count(1);
      expect(event!.kind).to.equal('invalid');
      expect(event!.problems.map((problem) => problem.path)).to.include('programmes[0].title');
      expect(event!.message).to.include(`${event!.problems.length} problem`);
    });

    it('fires feed-error with kind "parse" for an HTML page', async () => {
      const errors = track(listen<FeedErrorEvent>('feed-error'));
      await fixture(html`<programme-feed src=${feedSrc(key('html'), '?body=html')}></programme-feed>`);
      const [event] = await errors.count(1);
      expect(event!.kind).to.equal('parse');
    });

    it('neither requests again nor announces again when moved in the page', async () => {
      const k = key('move');
      const loads = track(listen<FeedLoadEvent>('feed-load'));
      // The server waits before answering, so the first move happens with the request in flight.
      const root = mount(html`
        <section id="a">
          <programme-feed src=${feedSrc(k, '?delay=100')}><test-feed-consumer></test-feed-consumer></programme-feed>
        </section>
        <section id="b"></section>
      `);
      const el = root.querySelector('programme-feed')!;
      root.querySelector('#b')!.append(el);
      await loads.count(1);
      root.querySelector('#a')!.append(el);
      await nextTask();
      await settle([el, ...consumers(el)]);
      expect(await requestCount(k)).to.equal(1);
      expect(loads.seen).to.have.length(1);
      expect(consumers(el)[0]!.state.status).to.equal('ready');
    });

    it('loads the new URL when src changes', async () => {
      const [first, second] = [key('first'), key('second')];
      const loads = track(listen<FeedLoadEvent>('feed-load'));
      const el = await fixture<ProgrammeFeedElement>(html`<programme-feed src=${feedSrc(first)}></programme-feed>`);
      await loads.count(1);
      el.src = feedSrc(second);
      const events = await loads.count(2);
      expect(events[1]!.url).to.equal(new URL(feedSrc(second), document.baseURI).href);
      expect([await requestCount(first), await requestCount(second)]).to.deep.equal([1, 1]);
    });
  });

  describe('inline data', () => {
    it('reads a <script type="application/json"> child and makes no request, even with src', async () => {
      const k = key('inline');
      const loads = track(listen<FeedLoadEvent>('feed-load'));
      let fetches = 0;
      const original = globalThis.fetch;
      globalThis.fetch = (...args: Parameters<typeof fetch>) => (fetches++, original(...args));
      try {
        const el = await fixture<ProgrammeFeedElement>(
          `<programme-feed src="${feedSrc(k)}"><script type="application/json">${feedJson(sampleFeed())}</script><test-feed-consumer></test-feed-consumer></programme-feed>`,
        );
        const [event] = await loads.count(1);
        expect(event!.target === el, 'dispatched on the provider').to.equal(true);
        // The feed is inline, but `src` says where it is published: its links resolve against that.
        expect(event!.url).to.equal(new URL(feedSrc(k), document.baseURI).href);
        const [consumer] = consumers(el);
        await settle([consumer!]);
        expect(consumer!.state.status === 'ready' && consumer!.state.feed.programmes[0]!.id).to.equal(PROGRAMME_ID);
        await nextTask();
        expect(fetches).to.equal(0);
      } finally {
        globalThis.fetch = original;
      }
      expect(await requestCount(k)).to.equal(0);
    });

    it('reads a script added after the element connected', async () => {
      const loads = track(listen<FeedLoadEvent>('feed-load'));
      const el = await fixture<ProgrammeFeedElement>(html`<programme-feed></programme-feed>`);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(sampleFeed());
      el.append(script);
      const [event] = await loads.count(1);
      expect(event!.feed.programmes[0]!.id).to.equal(PROGRAMME_ID);
    });

    it('gives kind "parse" for a script that is not JSON', async () => {
      const errors = track(listen<FeedErrorEvent>('feed-error'));
      await fixture(`<programme-feed><script type="application/json">{"version": "1.0",</script></programme-feed>`);
      const [event] = await errors.count(1);
      expect(event!.kind).to.equal('parse');
      expect(event!.message).to.include('<script type="application/json">');
    });

    it('gives kind "invalid", with the problems, for a script that is not a valid feed', async () => {
      const errors = track(listen<FeedErrorEvent>('feed-error'));
      const feed = feedWith((f) => {
        (f.programmes[0] as Record<string, unknown>).title = 42;
        (f.programmes[1] as Record<string, unknown>).title = 43;
      });
      await fixture(`<programme-feed><script type="application/json">${feedJson(feed)}</script></programme-feed>`);
      const [event] = await errors.count(1);
      expect(event!.kind).to.equal('invalid');
      expect(event!.problems.map(({code, path}) => `${code} ${path}`)).to.deep.equal([
        'item-invalid programmes[0].title',
        'item-invalid programmes[1].title',
        'no-programmes programmes',
      ]);
    });

    it('takes the feed property before anything else, with no request', async () => {
      const k = key('property');
      const loads = track(listen<FeedLoadEvent>('feed-load'));
      const feed = feedWith((f) => (f.programmes[0]!.title = 'Set as a property'));
      const el = await fixture<ProgrammeFeedElement>(
        html`<programme-feed src=${feedSrc(k)} .feed=${feed}
          ><test-feed-consumer></test-feed-consumer
        ></programme-feed>`,
      );
      const [event] = await loads.count(1);
      expect(event!.feed.programmes[0]!.title).to.equal('Set as a property');
      await settle(consumers(el));
      expect(consumers(el)[0]!.state.status).to.equal('ready');
      await nextTask();
      expect(await requestCount(k)).to.equal(0);
    });
  });

  describe('events', () => {
    it('bubble and are composed: they leave a shadow root the provider is in', async () => {
      const host = mount(html``);
      const root = host.attachShadow({mode: 'open'});
      const el = document.createElement('programme-feed');
      // What the document saw, read during dispatch (afterwards the browser clears shadow targets).
      const seen = new Promise<{event: Event; origin: EventTarget | undefined; target: EventTarget | null}>((resolve) =>
        document.addEventListener(
          'feed-load',
          (event) => resolve({event, origin: event.composedPath()[0], target: event.target}),
          {
            once: true,
          },
        ),
      );
      el.feed = sampleFeed();
      root.append(el);
      const {event, origin, target} = await seen;
      expect(event).to.be.instanceOf(FeedLoadEvent);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(origin === el, 'dispatched on the provider').to.equal(true);
      expect(target === host, 'retargeted to the shadow host').to.equal(true);
    });
  });

  describe('the programme', () => {
    const SECOND = 'closing-the-gap-in-patient-safety';

    it('tells descendants which programme to show, unless they name their own', async () => {
      const el = await fixture<ProgrammeFeedElement>(
        html`<programme-feed programme=${SECOND} .feed=${sampleFeed()}>
          <test-feed-consumer></test-feed-consumer>
          <test-feed-consumer programme=${PROGRAMME_ID}></test-feed-consumer>
        </programme-feed>`,
      );
      const [inherits, own] = consumers(el);
      await settle([inherits!, own!]);
      expect(inherits!.programmeId).to.equal(SECOND);
      expect(own!.programmeId).to.equal(PROGRAMME_ID);

      el.programme = PROGRAMME_ID;
      await el.updateComplete;
      await settle([inherits!]);
      expect(inherits!.programmeId).to.equal(PROGRAMME_ID);
    });

    it("passes an outer provider's programme through an inner provider that names none", async () => {
      const outer = await fixture<ProgrammeFeedElement>(
        html`<programme-feed programme=${SECOND} .feed=${sampleFeed()}>
          <programme-feed><test-feed-consumer></test-feed-consumer></programme-feed>
        </programme-feed>`,
      );
      const [consumer] = consumers(outer);
      await settle([outer.querySelector('programme-feed')!, consumer!]);
      expect(consumer!.programmeId).to.equal(SECOND);
      expect(consumer!.state.status, 'and the outer feed, through the inner provider').to.equal('ready');
    });

    it('is asked for only by elements that need it: one with its own feed and programme sends no context request', async () => {
      const requests: string[] = [];
      const count = (event: Event) => requests.push((event.target as Element).localName);
      document.addEventListener('context-request', count, {capture: true});
      try {
        const el = await fixture<ProgrammeFeedElement>(
          html`<programme-feed programme=${SECOND} .feed=${sampleFeed()}>
            <test-feed-consumer programme=${PROGRAMME_ID} .feed=${sampleFeed()}></test-feed-consumer>
          </programme-feed>`,
        );
        const [own] = consumers(el);
        await settle([own!]);
        expect(requests).to.deep.equal([]);
        expect(own!.programmeId).to.equal(PROGRAMME_ID);

        // Without a programme of its own it asks, and takes the provider's.
        own!.programme = undefined;
        await settle([own!]);
        expect(requests.filter((tag) => tag === 'test-feed-consumer').length).to.be.greaterThan(0);
        expect(own!.programmeId).to.equal(SECOND);
      } finally {
        document.removeEventListener('context-request', count, {capture: true});
      }
    });

    it('is undefined without a provider', async () => {
      const consumer = await fixture<TestFeedConsumerElement>(
        html`<test-feed-consumer .feed=${sampleFeed()}></test-feed-consumer>`,
      );
      expect(consumer.programmeId).to.equal(undefined);
    });
  });

  describe('rendering', () => {
    it('renders only a slot, so its children show as they are', async () => {
      const el = await fixture<ProgrammeFeedElement>(
        html`<programme-feed .feed=${sampleFeed()}><p>Child</p></programme-feed>`,
      );
      expect(el.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '')).to.equal('<slot></slot>');
      expect(getComputedStyle(el).display).to.equal('contents');
      await expect(el).to.be.accessible();
    });

    it('reflects the src and programme properties to attributes', async () => {
      const el = await fixture<ProgrammeFeedElement>(html`<programme-feed .feed=${sampleFeed()}></programme-feed>`);
      el.programme = PROGRAMME_ID;
      el.src = '/feed.json';
      await el.updateComplete;
      expect([el.getAttribute('programme'), el.getAttribute('src')]).to.deep.equal([PROGRAMME_ID, '/feed.json']);
    });
  });
});
