/**
 * Oversized input, against the BUILT bundle: a 5 MB feed and strings of 100,000 characters are
 * handled (shown, or refused with a clear error) without freezing the page: no long task over
 * 200 ms, measured with a `longtask` PerformanceObserver in the page (probe.js) and in this test's
 * own page, from just before the elements are placed until they have rendered and been laid out.
 *
 * The one timed assertion of the suite, because the issue names the bound. The big feeds are
 * built on the server (test/server/security-plugin.mjs) and fetched once before measuring, so the
 * measurement holds only the elements' own work: the request, decoding, validation, rendering.
 *
 * Measured against the machine's load, not beside it: `npm test` runs this file in a pass of its
 * own after the other browser tests, one test page at a time (web-test-runner.timing.config.mjs),
 * so no other page's tasks share the main thread; and each scenario is measured up to three
 * times, on a fresh page each time, stopping at the first within the bound, and the bound is
 * asserted on the best (bestOf). Load only ever adds time, so the fastest attempt is the honest
 * figure for our own cost; a cost over the bound shows in every attempt, and fails (the canary
 * proves it: its long task is seen three times out of three).
 */
import {expect} from '@open-wc/testing';
import {
  hasError,
  everyElement,
  missingElements,
  openPage,
  place,
  PROGRAMME_ID,
  PROJECT_ID,
  settle,
  shadowText,
  tasks,
  until,
  type TestPage,
  namesAnItem,
  type ShownElement,
} from './harness.js';

const BOUND = 200;
const FIVE_MB = 5_000_000;
/** The most a feed may be (MAX_FEED_BYTES in src/feed/load-feed.ts). */
const LIMIT = 524_288;

// Long tasks seen from this test's own page too: the page and the iframe share one main thread,
// and which of them a task is attributed to depends on whose script ran it.
const ownLongTasks: {start: number; duration: number}[] = [];
const keepOwn = (entries: PerformanceEntryList) => {
  for (const entry of entries) ownLongTasks.push({start: entry.startTime, duration: entry.duration});
};
const ownObserver = new PerformanceObserver((list) => keepOwn(list.getEntries()));
ownObserver.observe({type: 'longtask'});

/**
 * The longest the main thread went without delivering a message to us: an upper bound of the
 * longest task, which holds whether the page is visible or not (a hidden page, as a test page
 * running beside another is, gets no long task entries). Messages, unlike timers, are not
 * throttled in hidden pages.
 */
function watchMainThread(): () => number {
  const channel = new MessageChannel();
  let last = performance.now();
  let longest = 0;
  let running = true;
  channel.port1.onmessage = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  return () => {
    running = false;
    channel.port1.close();
    return longest;
  };
}

/** Every element, plus a provider with a summary inside, all on `src`, placed in `parent`. */
function renderAll(page: TestPage, parent: Element, src: string, programme = PROGRAMME_ID): HTMLElement[] {
  const shown = everyElement(page).map(({tag, attributes}) =>
    place(page, tag, {...attributes, programme, src}, {}, parent),
  );
  const provider = place(page, 'programme-feed', {src, programme}, {}, parent);
  shown.push(place(page, 'programme-summary', {}, {}, provider));
  return shown;
}

interface Measured {
  /** The longest task, in ms: the larger of the two below. */
  longest: number;
  /** The page's longest task while the elements loaded and rendered (fetch, decoding, validation, Lit). */
  scripts: number;
  /** Style and layout of all they rendered, at once. */
  layout: number;
}

/**
 * Runs `work`, which places elements in `stage` (a hidden container), then shows the stage.
 * The page's tasks meanwhile are seen by `longtask` observers in the page (probe.js) and here, and
 * by a watch on the main thread that sees them even when the page is hidden (watchMainThread); the
 * style and layout of everything rendered is then done at once, in one task of this test, timed
 * (the fastest of three: a busy machine only ever adds time).
 *
 * Why the stage: the browser lays out in its rendering steps, which long tasks leave out and
 * which a background test page may not get at all. Laying out in one task of our own makes that
 * work measured, the same way on every run; it is the worst case, with everything laid out at once.
 */
async function measure(page: TestPage, work: (stage: Element) => Promise<void>): Promise<Measured> {
  expect(page.record.longTasks !== null, 'the browser reports long tasks').to.equal(true);
  const stage = page.doc.createElement('div');
  stage.hidden = true;
  page.doc.body.append(stage);
  const from = page.win.performance.now();
  const ownFrom = performance.now();
  const stopWatching = watchMainThread();
  await work(stage);
  // A long task's entry is queued when the task ends and delivered later still: let the last
  // task end, then take what is queued.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const blocked = stopWatching();
  page.record.flushLongTasks();
  keepOwn(ownObserver.takeRecords());
  const scripts = Math.max(
    blocked,
    ...page.record.longTasks!.filter((task) => task.start >= from).map((task) => task.duration),
    ...ownLongTasks.filter((task) => task.start >= ownFrom).map((task) => task.duration),
  );
  // The layout of everything at once, three times over (hidden, then shown again: the boxes are
  // built anew each time); the fastest is the cost, the rest was another process's noise.
  let layout = Infinity;
  for (let round = 0; round < 3; round++) {
    stage.hidden = true;
    stage.getBoundingClientRect();
    stage.hidden = false;
    const started = performance.now();
    stage.getBoundingClientRect();
    layout = Math.min(layout, performance.now() - started);
  }
  return {longest: Math.max(scripts, layout), scripts, layout};
}

function report(what: string, {scripts, layout}: Measured): void {
  console.log(`${what}: longest task ${scripts.toFixed(0)} ms; layout of everything at once ${layout.toFixed(0)} ms`);
}

/** How many times a scenario is measured at most. */
const ATTEMPTS = 3;

interface Attempts {
  /** The attempt with the shortest longest task: the one the bound is asserted on. */
  best: Measured;
  /** Every attempt made, in order. */
  all: Measured[];
}

describe('oversized input', function () {
  this.timeout(120_000);
  let page: TestPage | undefined;
  afterEach(() => page?.close());

  /**
   * Runs `attempt` (which opens a fresh page in `page`, measures a scenario, checks what it showed
   * and returns the measurement) up to ATTEMPTS times, stopping at the first within the bound,
   * and prints each attempt's figures. Every attempt's own checks must pass; the timing is judged
   * on the best attempt only, because another process's work can only lengthen a task.
   */
  async function bestOf(what: string, attempt: () => Promise<Measured>): Promise<Attempts> {
    const all: Measured[] = [];
    for (let round = 1; round <= ATTEMPTS; round++) {
      page?.close();
      page = undefined;
      const measured = await attempt();
      all.push(measured);
      report(`${what}, attempt ${round} of at most ${ATTEMPTS}`, measured);
      if (measured.longest <= BOUND) break;
    }
    const best = all.reduce((a, b) => (b.longest < a.longest ? b : a));
    return {best, all};
  }

  it('sees a long task in every attempt, measures again after a one-off one, and sees a long layout (canary)', async () => {
    // A task of 260 ms in every attempt: best of three must still see it, and make all three.
    const busy = await bestOf('canary: a 260 ms task', async () => {
      const current = (page = await openPage('oversized'));
      return measure(current, async () => {
        current.win.setTimeout(() => {
          const end = performance.now() + 260;
          while (performance.now() < end) {
            // busy on purpose
          }
        });
        await tasks(3);
      });
    });
    expect(busy.all.length, 'attempts made').to.equal(ATTEMPTS);
    for (const measured of busy.all) expect(measured.scripts).to.be.greaterThan(BOUND);
    expect(busy.best.longest).to.be.greaterThan(BOUND);
    // A long task in the first attempt only, as another process's work would make: measured again.
    let round = 0;
    const once = await bestOf('canary: a 260 ms task in the first attempt only', async () => {
      const current = (page = await openPage('oversized'));
      const busyThisTime = ++round === 1;
      return measure(current, async () => {
        current.win.setTimeout(() => {
          const end = performance.now() + (busyThisTime ? 260 : 0);
          while (performance.now() < end) {
            // busy on purpose
          }
        });
        await tasks(3);
      });
    });
    expect(once.all.length, 'attempts made').to.equal(2);
    expect(once.all[0]!.longest).to.be.greaterThan(BOUND);
    expect(once.best.longest).to.be.at.most(BOUND);
    const current = page!;
    const heavy = await measure(current, async (stage) => {
      for (let i = 0; i < 20_000; i++) stage.append(current.doc.createElement('p'), 'Text to lay out, and more text. ');
    });
    report('canary: 20,000 paragraphs', heavy);
    expect(heavy.layout).to.be.greaterThan(10);
  });

  for (const shape of ['programmes', 'projects']) {
    it(`refuses a 5 MB feed (${shape}) unread, saying why, with no task over 200 ms`, async () => {
      const src = `/__security/big-feed?shape=${shape}&bytes=${FIVE_MB}&count=2000`;
      const size = (await (await fetch(src)).text()).length;
      expect(size).to.be.within(FIVE_MB * 0.95, FIVE_MB);
      const {best} = await bestOf(`5 MB feed (${shape})`, async () => {
        const current = (page = await openPage('oversized'));
        let shown: HTMLElement[] = [];
        const seen: {kind: string; message: string; problems: {path: string; message: string}[]}[] = [];
        const measured = await measure(current, async (stage) => {
          shown = renderAll(current, stage, src);
          shown[0]!.addEventListener('feed-error', (event) => seen.push(event as unknown as (typeof seen)[number]));
          await settle(shown, 'every element shows the error', 30_000);
          await until(() => seen.length > 0, 'feed-error');
        });
        for (const element of shown) {
          expect(hasError(element), element.localName).to.equal(true);
          expect(shadowText(element)).to.include('The information published for it has a fault.');
        }
        expect(seen[0]!.message).to.include('is larger than 512 KB, the most a feed may be');
        expect(seen[0]!.kind).to.equal('invalid');
        expect(seen[0]!.problems.map(({path}) => path)).to.deep.equal(['(feed)']);
        expect(seen[0]!.problems[0]!.message).to.equal('The feed must be at most 512 KB (524,288 bytes).');
        expect(current.record.errors).to.deep.equal([]);
        return measured;
      });
      expect(best.longest, `the best of at most ${ATTEMPTS} attempts`).to.be.at.most(BOUND);
    });
  }

  const AT_LIMIT = [
    {shape: 'programmes', count: 0, what: 'many programmes'},
    {shape: 'projects', count: 100, what: 'one programme with 100 projects'},
    {shape: 'text', count: 0, what: "one programme's description"},
    {shape: 'resources', count: 100, what: 'one programme with 100 resources'},
  ];
  // A page showing the programme once: the whole page in one element, or its parts in a provider.
  // (Each element that shows the same text again lays it out again: no limit on the feed can
  // bound a page that repeats it without end.)
  const PAGES: readonly {name: string; render: (page: TestPage, stage: Element, src: string) => HTMLElement[]}[] = [
    {
      name: '<programme-page>',
      render: (page, stage, src) => [place(page, 'programme-page', {src, programme: PROGRAMME_ID}, {}, stage)],
    },
    {
      name: 'the parts in a <programme-feed>',
      render: (page, stage, src) => {
        const provider = place(page, 'programme-feed', {src, programme: PROGRAMME_ID}, {}, stage);
        const parts = ['programme-summary', 'aims-list', 'project-list', 'related-programmes'].map((tag) =>
          place(page, tag, {}, {}, provider),
        );
        return [...parts, place(page, 'project-card', {src, project: PROJECT_ID}, {}, stage)];
      },
    },
  ];
  for (const {shape, count, what} of AT_LIMIT) {
    for (const composition of PAGES) {
      it(`shows a feed just under the 512 KB limit (${what}) as ${composition.name}, with no task over 200 ms`, async () => {
        const src = `/__security/big-feed?shape=${shape}&bytes=${LIMIT - 8_000}&count=${count}`;
        const size = new TextEncoder().encode(await (await fetch(src)).text()).length;
        expect(size).to.be.within(LIMIT - 16_000, LIMIT);
        const {best} = await bestOf(`512 KB feed (${what}) as ${composition.name}`, async () => {
          const current = (page = await openPage('oversized'));
          let shown: HTMLElement[] = [];
          expect(missingElements(current), 'elements the bundle does not define').to.deep.equal([]);
          const measured = await measure(current, async (stage) => {
            shown = composition.render(current, stage, src);
            await settle(shown, 'every element shows the feed', 30_000);
          });
          for (const element of shown) expect(hasError(element), element.localName).to.equal(false);
          expect(shadowText(shown[0]!)).to.include('Closing the Gap through Changing Relationships');
          expect(current.record.errors).to.deep.equal([]);
          return measured;
        });
        expect(best.longest, `the best of at most ${ATTEMPTS} attempts`).to.be.at.most(BOUND);
      });
    }
  }

  it('names only the first ten programmes of a big feed when an element names none', async () => {
    page = await openPage('oversized');
    const src = `/__security/big-feed?shape=programmes&bytes=${LIMIT - 8_000}`;
    const summary = place(page, 'programme-summary', {src});
    const messages: string[] = [];
    summary.addEventListener('feed-error', (event) => messages.push((event as unknown as {message: string}).message));
    await settle([summary]);
    expect(hasError(summary)).to.equal(true);
    await until(() => messages.length > 0, 'feed-error');
    // Ten ids, then how many more, in no language ("…, … (+72)"): it sits in every catalogue's sentence.
    expect(messages[0]).to.match(
      /set the programme attribute to one of their ids \(([^,()]+, ){10}… \(\+[\d,]+\)\)\.$/,
    );
    expect(messages[0]!.length).to.be.below(2_000);
    expect(shadowText(summary).length).to.be.below(2_000);
  });

  it('refuses the list of a programme with more than 100 projects, naming the list, and shows the programme', async () => {
    page = await openPage('oversized');
    const feed = await (await fetch(`/__security/big-feed?shape=projects&bytes=${LIMIT - 8_000}&count=101`)).json();
    const result = page.bundle.parseFeed(feed);
    expect(result.ok).to.equal(true);
    expect(result.problems![0]).to.deep.include({code: 'field-invalid', path: 'programmes[0].projects'});
    expect(result.problems![0]!.message).to.match(/^"projects" must have at most 100 items, got 101; /);
    expect(result.feed!.programmes[0]!.projects).to.equal(undefined);
  });

  for (const field of ['title', 'strapline', 'version']) {
    // A bad title leaves its programme out (the elements asking for it show why), a bad version
    // the whole feed; a bad strapline, optional, is left out and the programme shown without it.
    const degrades = field === 'strapline';
    it(`${degrades ? 'leaves out' : 'refuses a feed with'} a 100,000-character ${field}, saying which field and how long, with no task over 200 ms`, async () => {
      const src = `/__security/long-string?field=${field}&length=100000`;
      const json: unknown = await (await fetch(src)).json();
      const {best} = await bestOf(`100,000-character ${field}`, async () => {
        const current = (page = await openPage('oversized'));
        let shown: HTMLElement[] = [];
        const problems: {path: string; message: string}[] = [];
        const measured = await measure(current, async (stage) => {
          shown = renderAll(current, stage, src);
          shown[0]!.addEventListener('feed-error', (event) =>
            problems.push(...(event as unknown as {problems: typeof problems}).problems),
          );
          await settle(shown, degrades ? 'every element shows the programme' : 'every element shows the error');
          if (!degrades) await until(() => problems.length > 0, 'feed-error');
        });
        // A programme list shows the feed's other programmes when the first is left out for its title.
        const refused = (element: HTMLElement) =>
          !degrades && (field === 'version' || namesAnItem(element.localName as ShownElement['tag']));
        for (const element of shown) expect(hasError(element), element.localName).to.equal(refused(element));
        if (degrades) problems.push(...(current.bundle.parseFeed(json).problems ?? []));
        const path = field === 'version' ? 'version' : `programmes[0].${field}`;
        const problem = problems.find((candidate) => candidate.path === path);
        expect(problem, `a problem at ${path}`).not.to.equal(undefined);
        expect(problem!.message).to.match(
          field === 'version' ? /must be a version such as "1.0"/ : /must be at most [\d,]+ characters long/,
        );
        // How long, where the rule is the length; the value itself is quoted only at its start.
        expect(problem!.message).to.include(field === 'version' ? 'got "AAAAAAAAAA' : 'got 100,000');
        expect(problem!.message.length, 'the message quotes only the start of the value').to.be.below(200);
        expect(current.record.errors).to.deep.equal([]);
        return measured;
      });
      expect(best.longest, `the best of at most ${ATTEMPTS} attempts`).to.be.at.most(BOUND);
    });
  }

  it('shows a 100,000-character programme id given by the page as text, with no task over 200 ms', async () => {
    const id = 'x'.repeat(100_000);
    const {best} = await bestOf('100,000-character programme id', async () => {
      const current = (page = await openPage('oversized'));
      let shown: HTMLElement[] = [];
      const measured = await measure(current, async (stage) => {
        shown = renderAll(current, stage, '/__security/feed/oversized-id', id);
        await settle(shown, 'every element shows the error');
      });
      // A programme list names no programme: the id does not concern it.
      const naming = shown.filter((element) => namesAnItem(element.localName as ShownElement['tag']));
      for (const element of naming) expect(hasError(element), element.localName).to.equal(true);
      for (const element of naming) {
        expect(element.getBoundingClientRect().width, element.localName).to.be.at.most(1000);
        // Readers get a sentence, not the id; feed-error quotes it, not reproduces it.
        expect(shadowText(element)).not.to.include('x'.repeat(100));
        expect(shadowText(element).length, element.localName).to.be.below(2_000);
      }
      expect(current.record.errors).to.deep.equal([]);
      return measured;
    });
    expect(best.longest, `the best of at most ${ATTEMPTS} attempts`).to.be.at.most(BOUND);
  });
});
