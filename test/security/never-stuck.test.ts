/**
 * Never stuck, never stale: against the BUILT bundle, every element reaches its content, a
 * visible error or its fallback within the time limit plus retries, whatever the page did; an
 * element never shows a feed it no longer has; many feeds at once neither time out in the
 * browser's own connection queue nor stay in memory once nothing shows them.
 */
import {expect} from '@open-wc/testing';
import {
  hasError,
  heapUsed,
  openPage,
  place,
  PROGRAMME_ID,
  PROJECT_ID,
  PROJECT_TITLE,
  settle,
  shadowText,
  tasks,
  TITLE,
  until,
  type TestPage,
} from './harness.js';

const OTHER_PROJECT_TITLE = 'a social movement for record access';

let counter = 0;
const key = (name: string) => `never-stuck-${name}-${Date.now()}-${++counter}`;
const feedUrl = (name: string, query = '') => `/__security/feed/${key(name)}${query}`;

async function serverSaw(url: string): Promise<{count: number; aborted: number}> {
  const name = decodeURIComponent(new URL(url, location.href).pathname.split('/').pop()!);
  return (await fetch(`/__security/count/${name}`)).json();
}

/** `feed-error` events fired on the element itself. */
function watch(element: Element) {
  const errors: {kind: string; message: string}[] = [];
  element.addEventListener('feed-error', (event) => {
    if (event.target === element) errors.push(event as unknown as {kind: string; message: string});
  });
  return errors;
}

/** The page's console warnings and errors from now on. */
function consoleLines(page: TestPage): string[] {
  const lines: string[] = [];
  for (const level of ['warn', 'error'] as const) {
    const original = page.win.console[level].bind(page.win.console);
    page.win.console[level] = (...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
      original(...args);
    };
  }
  return lines;
}

describe('never stuck, never stale', function () {
  this.timeout(30_000);

  describe('stuck on "Loading"', () => {
    let page: TestPage | undefined;
    afterEach(() => page?.close());

    it('the autoloader: a <programme-feed> whose code arrives after an element inside it asked for it still provides the feed', async () => {
      page = await openPage('autoloader');
      // An earlier <programme-summary src> elsewhere gets its code defined first...
      const first = place(page, 'programme-summary', {src: feedUrl('autoloader-first'), programme: PROGRAMME_ID});
      await until(() => page!.win.customElements.get('programme-summary') !== undefined, 'programme-summary defined');
      await settle([first]);
      // ...then a provider is added around another summary: the summary upgrades at once and
      // asks for its provider before the provider's code has arrived.
      const provider = page.doc.createElement('programme-feed');
      provider.setAttribute('src', feedUrl('autoloader-provider'));
      provider.setAttribute('programme', PROGRAMME_ID);
      const inner = page.doc.createElement('programme-summary');
      provider.append(inner);
      page.doc.body.append(provider);
      const loads: Event[] = [];
      provider.addEventListener('feed-load', (event) => loads.push(event));
      await until(() => page!.win.customElements.get('programme-feed') !== undefined, 'programme-feed defined');
      await settle([inner], 'the inner summary to render', 8_000);
      expect(shadowText(inner)).to.include(TITLE);
      expect(page.record.errors).to.deep.equal([]);
    });

    for (const [name, attributes] of [
      ['no source at all, outside any provider', {project: PROJECT_ID}],
      ['src=""', {src: '', project: PROJECT_ID}],
    ] as const) {
      it(`an element with ${name} shows an error, fires feed-error and says so once in the console`, async () => {
        page = await openPage('lifecycle');
        const lines = consoleLines(page);
        const card = page.doc.createElement('project-card');
        for (const [attribute, value] of Object.entries(attributes)) card.setAttribute(attribute, value);
        const errors = watch(card);
        page.doc.body.append(card);
        await until(() => hasError(card), 'the error state', 8_000);
        expect(card.shadowRoot!.querySelector('[aria-busy="true"]') === null).to.equal(true);
        expect(shadowText(card)).to.include('The information this part of the page asks for is not available.');
        expect(errors.map((error) => error.kind)).to.deep.equal(['not-found']);
        expect(errors[0]!.message).to.match(/has no feed/);
        await tasks(5);
        expect(lines.filter((line) => line.includes('project-card'))).to.have.length(1);
        // It recovers as soon as it gets a source.
        card.setAttribute('src', feedUrl('no-source-then-src'));
        await until(() => shadowText(card).includes(PROJECT_TITLE), 'the content once src is set');
        expect(page.record.errors).to.deep.equal([]);
      });
    }

    it('a <programme-feed> with no source: its children show the error, and it fires feed-error once', async () => {
      page = await openPage('lifecycle');
      consoleLines(page);
      const provider = page.doc.createElement('programme-feed');
      const errors = watch(provider);
      const summary = page.doc.createElement('programme-summary');
      provider.append(summary);
      page.doc.body.append(provider);
      await until(() => hasError(summary), 'the error state', 8_000);
      await tasks(5);
      expect(errors).to.have.length(1);
    });
  });

  describe('stale content: elements moved between providers and documents', () => {
    let page: TestPage | undefined;
    afterEach(() => page?.close());

    it('an element moved out of its <programme-feed> drops that feed, and does not select from it after project changes', async () => {
      page = await openPage('lifecycle');
      const provider = place(page, 'programme-feed', {src: feedUrl('stale'), programme: PROGRAMME_ID});
      const card = place(page, 'project-card', {project: PROJECT_ID}, {}, provider);
      await settle([card]);
      expect(shadowText(card)).to.include(PROJECT_TITLE);
      page.doc.body.append(card);
      await tasks(5);
      expect(shadowText(card), 'the old feed, after the move').not.to.include(PROJECT_TITLE);
      card.setAttribute('project', 'record-access');
      await tasks(5);
      expect(shadowText(card), 'selected from the old feed').not.to.include(OTHER_PROJECT_TITLE);
      await until(() => hasError(card), 'the no-source error', 8_000);
      expect(page.record.errors).to.deep.equal([]);
    });

    it('an element moved from one <programme-feed> to another shows the new one’s feed and programme', async () => {
      page = await openPage('lifecycle');
      const from = place(page, 'programme-feed', {src: feedUrl('from'), programme: PROGRAMME_ID});
      const to = place(page, 'programme-feed', {src: feedUrl('to', '?fault=404')});
      const card = place(page, 'project-card', {project: PROJECT_ID}, {}, from);
      await settle([card]);
      to.append(card);
      await until(() => hasError(card), 'the new provider’s error');
      // The provider's 404, told to readers plainly (its detail is the provider's feed-error).
      expect(shadowText(card)).to.include('It could not be loaded just now.');
    });
  });

  describe('many feeds at once', () => {
    let page: TestPage | undefined;
    afterEach(() => page?.close());

    it('forty cards on forty feed URLs at 2 s latency: none times out in the browser’s connection queue', async function () {
      this.timeout(90_000);
      page = await openPage('lifecycle');
      const cards = Array.from({length: 40}, (_, index) =>
        place(page!, 'project-card', {src: feedUrl(`forty-${index}`, '?fault=slow&delay=2000'), project: PROJECT_ID}),
      );
      const started = performance.now();
      await settle(cards, 'forty cards', 80_000);
      const timedOut = cards.filter((card) => hasError(card));
      console.log(
        `forty feeds at 2 s: ${timedOut.length} of 40 in error, all settled in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(timedOut.map((card) => shadowText(card).slice(0, 200))).to.deep.equal([]);
      expect(page.record.errors).to.deep.equal([]);
    });

    it('forty cards removed before their feeds arrive: every request is aborted or never sent', async () => {
      page = await openPage('lifecycle');
      const urls = Array.from({length: 40}, (_, index) => feedUrl(`removed-${index}`, '?fault=slow&delay=3000'));
      const cards = urls.map((src) => place(page!, 'project-card', {src, project: PROJECT_ID}));
      await tasks(5);
      for (const card of cards) card.remove();
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      const seen = await Promise.all(urls.map(serverSaw));
      const answered = seen.filter((entry) => entry.count > entry.aborted).length;
      expect(answered, 'requests answered in full after every card was removed').to.equal(0);
      expect(page.record.errors).to.deep.equal([]);
    });

    it('the store forgets what nobody shows: forty ~494 KB feeds, every element removed, the heap returns', async function () {
      this.timeout(60_000);
      page = await openPage('lifecycle');
      const before = await heapUsed();
      for (let batch = 0; batch < 4; batch++) {
        const summaries = Array.from({length: 10}, (_, index) =>
          place(page!, 'programme-summary', {
            src: `/__security/big-feed?shape=text&bytes=494000&n=${key(`heap-${batch}-${index}`)}`,
            programme: PROGRAMME_ID,
          }),
        );
        await settle(summaries, 'ten big feeds', 20_000);
        for (const summary of summaries) summary.remove();
        await tasks(5);
      }
      await tasks(10);
      const after = await heapUsed();
      console.log(
        `forty 494 KB feeds, elements removed: heap ${(before / 1e6).toFixed(1)} MB → ${(after / 1e6).toFixed(1)} MB`,
      );
      expect(after - before, 'bytes kept after every element was removed').to.be.below(6e6);
    });
  });
});
