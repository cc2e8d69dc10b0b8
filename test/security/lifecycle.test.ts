/**
 * Lifecycle, against the BUILT bundle: elements connected and disconnected 1,000 times leave
 * nothing behind (no heap growth over 10% after garbage collection, no listener, timer, interval,
 * animation frame or observer still registered on anything alive), and the feed's request follows
 * its subscribers: aborted when the last one leaves, kept when an element is only moved, and not
 * made again when an element comes back after the data arrived.
 *
 * Heap: a full collection through the DevTools protocol (HeapProfiler.collectGarbage, the same
 * collection `gc()` runs under --expose-gc), then Runtime.getHeapUsage of this test's page and its
 * same-origin iframes, which share one heap.
 */
import {expect} from '@open-wc/testing';
import {
  ELEMENTS,
  freshFeedUrls,
  hasError,
  heapUsed,
  openPage,
  place,
  PROGRAMME_ID,
  PROJECT_ID,
  settle,
  shadowText,
  tasks,
  until,
  type TestPage,
} from './harness.js';

const CYCLES = 1_000;

/** Every element of the library, as a page would write it, on one feed URL: the provider too. */
const TAGS = [{tag: 'programme-feed', attributes: {programme: PROGRAMME_ID}}, ...ELEMENTS] as const;

interface Outstanding {
  listeners: string[];
  timers: string[];
  intervals: string[];
  frames: string[];
  observers: string[];
}

type Updating = HTMLElement & {updateComplete: Promise<boolean>};

const feedUrl = freshFeedUrls('lifecycle');

async function serverSaw(url: string): Promise<{count: number; aborted: number}> {
  const key = url.slice('/__security/feed/'.length).split('?')[0]!;
  return (await fetch(`/__security/count/${key}`)).json();
}

/** Connects `element` to `parent` and waits for its update, then for every element inside it. */
async function connect(element: Updating, parent: Element): Promise<void> {
  parent.append(element);
  await element.updateComplete;
  for (const inner of element.shadowRoot?.querySelectorAll<Updating>('*') ?? []) {
    if ('updateComplete' in inner) await inner.updateComplete;
  }
}

describe('lifecycle: 1,000 connections and disconnections of each element', function () {
  this.timeout(120_000);

  describe('leaves no listener, timer, interval, animation frame or observer behind', () => {
    let page: TestPage;
    let outstanding: () => Outstanding;
    let src: string;
    before(async () => {
      page = await openPage('lifecycle-instrumented');
      outstanding = () =>
        (page.win as unknown as {__instrument: {outstanding(): Outstanding}}).__instrument.outstanding();
      // The feed, loaded once: every cycle below is served from the page-wide store.
      src = feedUrl();
      const first = place(page, 'project-card', {src, project: PROJECT_ID});
      await settle([first]);
      first.remove();
      await tasks(5);
    });
    after(() => page.close());

    it('counts what is left behind (canary)', async () => {
      const before = outstanding();
      const listener = () => {};
      page.win.addEventListener('resize', listener);
      page.doc.addEventListener('click', listener, {capture: true});
      const interval = page.win.setInterval(() => {}, 60_000);
      page.win.setTimeout(() => {}, 60_000);
      const observer = new page.win.MutationObserver(() => {});
      observer.observe(page.doc.body, {childList: true});
      const after = outstanding();
      expect(after.listeners.length - before.listeners.length).to.equal(2);
      expect(after.intervals.length - before.intervals.length).to.equal(1);
      expect(after.timers.length - before.timers.length).to.equal(1);
      expect(after.observers.length - before.observers.length).to.equal(1);
      page.win.removeEventListener('resize', listener);
      page.doc.removeEventListener('click', listener, {capture: true});
      page.win.clearInterval(interval);
      observer.disconnect();
      expect(outstanding().listeners).to.deep.equal(before.listeners);
    });

    for (const {tag, attributes} of TAGS) {
      it(`<${tag}>: the same element, and new ones, 1,000 times each`, async () => {
        const fetches = page.record.fetches.length;
        const container = place(page, 'div');
        await tasks(5);
        const empty = outstanding();

        // One element connected and disconnected again and again...
        const element = page.doc.createElement(tag) as Updating;
        for (const [name, value] of Object.entries({...attributes, src})) element.setAttribute(name, value);
        await connect(element, container);
        await tasks(5);
        const connected = outstanding();
        for (let cycle = 0; cycle < CYCLES; cycle++) {
          element.remove();
          await connect(element, container);
          // Let the store's end-of-task work run now and then, as it would between user actions.
          if (cycle % 50 === 0) await tasks(1);
        }
        await tasks(5);
        expect(outstanding(), 'connected again after the cycles').to.deep.equal(connected);
        element.remove();

        // ...and a new element each time.
        for (let cycle = 0; cycle < CYCLES / 4; cycle++) {
          const fresh = page.doc.createElement(tag) as Updating;
          for (const [name, value] of Object.entries({...attributes, src})) fresh.setAttribute(name, value);
          await connect(fresh, container);
          fresh.remove();
          if (cycle % 50 === 0) await tasks(1);
        }
        await tasks(5);
        expect(outstanding(), 'all gone').to.deep.equal(empty);
        expect(page.record.fetches.length - fetches, 'requests: the feed was in the store').to.equal(0);
        expect(page.record.errors).to.deep.equal([]);
        container.remove();
      });
    }

    it('inside a <programme-feed> that stays: its children come and go 1,000 times', async () => {
      const provider = place(page, 'programme-feed', {src, programme: PROGRAMME_ID}) as Updating;
      await provider.updateComplete;
      await tasks(5);
      const baseline = outstanding();
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const child = page.doc.createElement(
          ['programme-summary', 'aims-list', 'related-programmes'][cycle % 3]!,
        ) as Updating;
        await connect(child, provider);
        child.remove();
        if (cycle % 50 === 0) await tasks(1);
      }
      await tasks(5);
      expect(outstanding()).to.deep.equal(baseline);
      provider.remove();
    });
  });

  describe('heap', () => {
    let page: TestPage;
    let src: string;
    before(async () => {
      page = await openPage('lifecycle');
      src = feedUrl();
      const first = place(page, 'programme-page', {src, programme: PROGRAMME_ID});
      await settle([first]);
      first.remove();
    });
    after(() => page.close());

    async function cycles(tag: string, attributes: Record<string, string>, count: number, keep?: HTMLElement[]) {
      const container = page.doc.body;
      for (let cycle = 0; cycle < count; cycle++) {
        const element = page.doc.createElement(tag) as Updating;
        for (const [name, value] of Object.entries({...attributes, src})) element.setAttribute(name, value);
        await connect(element, container);
        element.remove();
        keep?.push(element);
        if (cycle % 50 === 0) await tasks(1);
      }
      await tasks(5);
    }

    for (const {tag, attributes} of TAGS) {
      it(`<${tag}>: grows by at most 10% after garbage collection`, async () => {
        // Warm up: the first elements compile templates and fill caches that are meant to stay.
        await cycles(tag, attributes, 100);
        const before = await heapUsed();
        await cycles(tag, attributes, CYCLES);
        const after = await heapUsed();
        const growth = (after - before) / before;
        console.log(
          `<${tag}>: heap ${(before / 1e6).toFixed(2)} MB → ${(after / 1e6).toFixed(2)} MB after ${CYCLES} cycles (${(growth * 100).toFixed(1)}%)`,
        );
        expect(growth).to.be.at.most(0.1);
        expect(page.record.errors).to.deep.equal([]);
      });
    }

    it('sees the growth when disconnected elements are kept (canary)', async () => {
      const kept: HTMLElement[] = [];
      const before = await heapUsed();
      await cycles('programme-page', {programme: PROGRAMME_ID}, CYCLES, kept);
      const after = await heapUsed();
      console.log(
        `canary: heap ${(before / 1e6).toFixed(2)} MB → ${(after / 1e6).toFixed(2)} MB keeping ${kept.length} elements`,
      );
      expect((after - before) / before).to.be.greaterThan(0.1);
    });
  });

  describe('the request follows its subscribers', () => {
    let page: TestPage;
    beforeEach(async () => {
      page = await openPage('lifecycle');
    });
    afterEach(() => page.close());

    const fetchOf = (url: string) => page.record.fetches.filter((entry) => entry.url.endsWith(url));

    it('is aborted when the last subscriber leaves, and not before', async () => {
      const src = feedUrl('?fault=slow&delay=4000');
      const first = place(page, 'programme-summary', {src, programme: PROGRAMME_ID});
      const second = place(page, 'project-card', {src, project: PROJECT_ID});
      await until(() => fetchOf(src).length === 1, 'the request');
      first.remove();
      await tasks(5);
      expect(fetchOf(src)[0]!.signal!.aborted, 'aborted while a subscriber is left').to.equal(false);
      second.remove();
      await until(() => fetchOf(src)[0]!.signal!.aborted, 'the abort');
      expect(fetchOf(src)).to.have.length(1);
      expect(page.record.errors).to.deep.equal([]);
      // No answer reached the page: the server saw the request end before its answer or, when
      // the page's six connections to this server were busy with earlier tests' slow bodies, the
      // browser dropped it from its own queue before sending it.
      const started = performance.now();
      const ended = ({count, aborted}: {count: number; aborted: number}) => count === aborted;
      while (!ended(await serverSaw(src)) && performance.now() - started < 5_000) await tasks(2);
      const saw = await serverSaw(src);
      expect(saw.count, 'requests the server saw').to.be.at.most(1);
      expect(saw.aborted, 'each of them aborted').to.equal(saw.count);
    });

    it('is kept when an element is moved (removed and added again in one task)', async () => {
      const src = feedUrl('?fault=slow&delay=500');
      const from = place(page, 'div');
      const to = place(page, 'section');
      const card = place(page, 'project-card', {src, project: PROJECT_ID}, {}, from);
      await until(() => fetchOf(src).length === 1, 'the request');
      card.remove();
      to.append(card);
      await tasks(5);
      expect(fetchOf(src)[0]!.signal!.aborted).to.equal(false);
      await settle([card]);
      expect(shadowText(card)).to.include('dialysis patients taking control');
      expect(fetchOf(src)).to.have.length(1);
      expect((await serverSaw(src)).count).to.equal(1);
      // A provider moved the same way keeps its request too.
      const feedSrc = feedUrl('?fault=slow&delay=500');
      const provider = place(page, 'programme-feed', {src: feedSrc, programme: PROGRAMME_ID}, {}, from);
      const inside = place(page, 'aims-list', {}, {}, provider);
      await until(() => fetchOf(feedSrc).length === 1, 'the provider request');
      provider.remove();
      to.append(provider);
      await settle([inside]);
      expect(fetchOf(feedSrc)[0]!.signal!.aborted).to.equal(false);
      expect(hasError(inside)).to.equal(false);
      expect((await serverSaw(feedSrc)).count).to.equal(1);
    });

    it('is not made again when an element comes back after the data arrived: it renders from the store at once', async () => {
      const src = feedUrl();
      const card = place(page, 'project-card', {src, project: PROJECT_ID}) as Updating;
      await settle([card]);
      card.remove();
      await tasks(10);
      page.doc.body.append(card);
      await card.updateComplete;
      // In its first update after coming back: content, not the loading state.
      expect(card.shadowRoot!.querySelector('[part~="skeleton"]') === null).to.equal(true);
      expect(shadowText(card)).to.include('dialysis patients taking control');
      // A new element on the same URL is served from the store as well.
      const other = place(page, 'programme-summary', {src, programme: PROGRAMME_ID}) as Updating;
      await other.updateComplete;
      expect(shadowText(other)).to.include('Closing the Gap through Changing Relationships');
      await tasks(5);
      expect(fetchOf(src)).to.have.length(1);
      expect((await serverSaw(src)).count).to.equal(1);
    });
  });
});
