/**
 * The fault matrix, each row a test, through real HTTP (test/server/security-plugin.mjs) against
 * the BUILT bundle, on a page with a strict CSP and Trusted Types.
 *
 * Each failing row is tried twice at once, on two feeds:
 * - on first load: `<project-card src>` and `<programme-feed src>` (with a summary inside it)
 *   show their error state (the title "This content could not be shown" and a sentence that
 *   says what happened) and each fires one `feed-error` with the right `kind`;
 * - on a refresh after the content was shown: the same fault on the second request; the
 *   content stays on screen and `feed-error` is fired with the same kind.
 * Meanwhile an element on another feed renders its content. At the end: no uncaught error, no
 * unhandled rejection, no policy violation.
 *
 * The store's policy is shortened for the run (FeedStore.configure): a 2 s time limit and 20 ms
 * retry backoff, so timeouts and three retries take seconds, not a minute.
 */
import {expect} from '@open-wc/testing';
import {
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

const ERROR_TITLE = 'This content could not be shown';
/** What a reader is told for each kind of failure (src/i18n/en-GB.ts): never the URL or the cause. */
const READER_SENTENCE: Record<string, string> = {
  network: 'It could not be loaded just now. Please try again later.',
  http: 'It could not be loaded just now. Please try again later.',
  timeout: 'It could not be loaded just now. Please try again later.',
  parse: 'The information published for it has a fault. Please try again later.',
  invalid: 'The information published for it has a fault. Please try again later.',
};
const TIMEOUT = 2_000;

interface FeedErrorLike extends Event {
  kind: string;
  status: number | undefined;
  message: string;
  problems: readonly {path: string; message: string}[];
  url: string | undefined;
}

interface Row {
  readonly name: string;
  readonly fault: string;
  readonly kind: 'network' | 'http' | 'timeout' | 'parse' | 'invalid';
  /** What the error sentence says. */
  readonly says: RegExp;
  readonly status?: number;
  /**
   * Requests the first load makes: 1, 2 for a time-out (tried again once), or 4 when the failure
   * is retried three times ("at least": Chromium itself may try a reset connection again).
   */
  readonly requests: number;
  readonly requestsAtLeast?: boolean;
  readonly query?: string;
  readonly crossOrigin?: boolean;
  readonly problemPath?: string;
}

const FAILURES: readonly Row[] = [
  {
    name: 'a network error (the connection is reset)',
    fault: 'destroy',
    kind: 'network',
    says: /the request failed/,
    requests: 4,
    requestsAtLeast: true,
  },
  {name: '404 Not Found', fault: '404', kind: 'http', status: 404, says: /answered 404 Not Found/, requests: 1},
  {name: '410 Gone', fault: '410', kind: 'http', status: 410, says: /answered 410 Gone/, requests: 1},
  {
    name: '500 Internal Server Error, after 3 retries',
    fault: '500',
    kind: 'http',
    status: 500,
    says: /answered 500 Internal Server Error/,
    requests: 4,
  },
  {
    name: 'a slow response past the time limit',
    fault: 'slow',
    query: '&delay=6000',
    kind: 'timeout',
    says: /did not send it within 2 seconds/,
    requests: 2,
  },
  {
    name: 'a response that never ends',
    fault: 'never',
    kind: 'timeout',
    says: /did not send it within 2 seconds/,
    requests: 2,
  },
  {name: 'an empty body', fault: 'empty', kind: 'parse', says: /is empty: the server sent no content/, requests: 1},
  {name: 'malformed JSON', fault: 'malformed', kind: 'parse', says: /is not valid JSON/, requests: 1},
  {
    name: 'JSON of the wrong shape',
    fault: 'wrong-shape',
    kind: 'invalid',
    says: /is not a valid programme feed/,
    requests: 1,
    problemPath: 'version',
  },
  {
    name: 'an unsupported version',
    fault: 'unsupported',
    kind: 'invalid',
    says: /is not a valid programme feed: 1 problem was found/,
    requests: 1,
    problemPath: 'version',
  },
  {
    name: 'an HTML error page with status 200',
    fault: 'html200',
    kind: 'parse',
    says: /is not JSON \(it starts with "<!DOCTYPE html>"\)/,
    requests: 1,
  },
  {
    name: 'a CORS failure (another origin, no Access-Control-Allow-Origin)',
    fault: 'cors',
    kind: 'network',
    says: /Access-Control-Allow-Origin/,
    requests: 4,
    crossOrigin: true,
  },
];

let counter = 0;

/** A feed URL on the test server with a fresh key; cross-origin means 127.0.0.1 for a page on localhost. */
function feedUrl(fault: string, query = '', crossOrigin = false): {url: string; key: string} {
  const key = `fault-${fault}-${Date.now()}-${++counter}`;
  const origin = crossOrigin ? `${location.protocol}//127.0.0.1:${location.port}` : '';
  return {key, url: `${origin}/__security/feed/${key}?fault=${fault}${query}${crossOrigin ? '&corsOk' : ''}`};
}

async function serverSaw(key: string): Promise<{count: number; times: number[]; aborted: number}> {
  return (await fetch(`/__security/count/${key}`)).json();
}

/** Records `feed-error` and `feed-load` events fired on `element` itself. */
function events(element: Element) {
  const errors: FeedErrorLike[] = [];
  const loads: Event[] = [];
  element.addEventListener('feed-error', (event) => {
    if (event.target === element) errors.push(event as FeedErrorLike);
  });
  element.addEventListener('feed-load', (event) => {
    if (event.target === element) loads.push(event);
  });
  return {errors, loads};
}

function errorShown(element: Element): {title: string; detail: string} | undefined {
  const error = element.shadowRoot?.querySelector('[part~="error"]');
  if (!error) return undefined;
  return {
    title: error.querySelector('.error__title')?.textContent?.trim() ?? '',
    detail: error.querySelector('.error__detail')?.textContent?.trim() ?? '',
  };
}

describe('fault matrix: each fault through real HTTP, against the built bundle', function () {
  this.timeout(30_000);
  let page: TestPage;
  // One page for the whole matrix (each row has feeds of its own); each row checks what the
  // probe recorded during that row.
  let errorsBefore = 0;
  let violationsBefore = 0;

  before(async () => {
    page = await openPage('faults');
    page.bundle.store.configure({timeout: TIMEOUT, retryDelay: 20, maxRetryDelay: 5_000});
  });
  after(() => page.close());
  beforeEach(() => {
    errorsBefore = page.record.errors.length;
    violationsBefore = page.record.violations.length;
  });
  afterEach(() => {
    for (const element of [...page.doc.body.children]) element.remove();
  });

  /** An element on a healthy feed of its own, placed before the faults: it must not be affected. */
  function control() {
    const {url} = feedUrl('none');
    const element = place(page, 'aims-list', {src: url, programme: PROGRAMME_ID});
    return {element, seen: events(element)};
  }

  async function expectPageUnharmed(controlElement: {element: HTMLElement; seen: ReturnType<typeof events>}) {
    await settle([controlElement.element], 'the control element');
    expect(shadowText(controlElement.element), 'the element on another feed').to.include(
      'Between communities and the wider health care system',
    );
    expect(controlElement.seen.loads, 'feed-load on the other feed').to.have.length(1);
    expect(controlElement.seen.errors, 'feed-error on the other feed').to.have.length(0);
    // A new element on a healthy feed still works after the failure.
    const later = place(page, 'project-card', {src: feedUrl('none').url, project: PROJECT_ID});
    await settle([later], 'an element added after the failure');
    expect(shadowText(later)).to.include(PROJECT_TITLE);
    await tasks(5);
    expect(page.record.errors.slice(errorsBefore), 'uncaught errors and unhandled rejections').to.deep.equal([]);
    expect(page.record.violations.slice(violationsBefore), 'CSP and Trusted Types violations').to.deep.equal([]);
  }

  for (const row of FAILURES) {
    it(`${row.name}: the error state and feed-error "${row.kind}"; content already shown stays`, async () => {
      const other = control();

      // First load fails.
      const first = feedUrl(row.fault, row.query, row.crossOrigin);
      const card = place(page, 'project-card', {src: first.url, project: PROJECT_ID});
      const provider = place(page, 'programme-feed', {src: first.url, programme: PROGRAMME_ID});
      const inside = place(page, 'programme-summary', {}, {}, provider);
      const cardEvents = events(card);
      const providerEvents = events(provider);

      // A refresh fails after the content was shown: the fault from the second request on.
      const second = feedUrl(row.fault, `${row.query ?? ''}&okTimes=1`, row.crossOrigin);
      const shown = place(page, 'project-card', {src: second.url, project: PROJECT_ID});
      const shownEvents = events(shown);
      await until(() => shownEvents.loads.length === 1, 'the content before the refresh');
      expect(shadowText(shown)).to.include(PROJECT_TITLE);
      page.bundle.store.refresh(new URL(second.url, page.doc.baseURI).href);

      await until(
        () => cardEvents.errors.length > 0 && providerEvents.errors.length > 0 && shownEvents.errors.length > 0,
        'feed-error from every element',
        4 * TIMEOUT + 5_000,
      );
      await tasks(5);

      // The defined visible state, on the element and inside the provider.
      for (const element of [card, inside]) {
        const error = errorShown(element);
        expect(error, `<${element.localName}> shows its error state`).not.to.equal(undefined);
        expect(error!.title).to.equal(ERROR_TITLE);
        // Readers get a plain sentence; what the editor needs is in feed-error (below).
        expect(error!.detail).to.equal(READER_SENTENCE[row.kind]);
        expect(error!.detail).not.to.match(row.says);
      }
      // One feed-error from each element with a source of its own, with the right kind.
      for (const seen of [cardEvents, providerEvents]) {
        expect(seen.errors).to.have.length(1);
        expect(seen.loads).to.have.length(0);
        const [event] = seen.errors;
        expect(event!.kind).to.equal(row.kind);
        expect(event!.message).to.match(row.says);
        expect(event!.url).to.equal(new URL(first.url, page.doc.baseURI).href);
        if (row.status) expect(event!.status).to.equal(row.status);
        if (row.problemPath) expect(event!.problems.map((problem) => problem.path)).to.include(row.problemPath);
      }
      const {count} = await serverSaw(first.key);
      if (row.requestsAtLeast) expect(count, 'requests for the failing feed').to.be.at.least(row.requests);
      else expect(count, 'requests for the failing feed').to.equal(row.requests);

      // The refresh failed, and the content shown before it is still there.
      expect(shownEvents.errors).to.have.length(1);
      expect(shownEvents.errors[0]!.kind).to.equal(row.kind);
      expect(errorShown(shown), 'no error state over the content').to.equal(undefined);
      expect(shadowText(shown)).to.include(PROJECT_TITLE);

      await expectPageUnharmed(other);
    });
  }

  it('503 then success: the retry brings the content, and no feed-error is fired', async () => {
    const other = control();
    const {url, key} = feedUrl('503', '&faultTimes=1');
    const card = place(page, 'project-card', {src: url, project: PROJECT_ID});
    const seen = events(card);
    await until(() => seen.loads.length === 1, 'the content after the retry');
    expect(shadowText(card)).to.include(PROJECT_TITLE);
    expect(seen.errors).to.have.length(0);
    expect((await serverSaw(key)).count).to.equal(2);
    await expectPageUnharmed(other);
  });

  it('429 with Retry-After: the retry waits as long as the server asked, then brings the content', async () => {
    const other = control();
    const {url, key} = feedUrl('retry-after', '&retryAfter=1&faultTimes=1');
    const card = place(page, 'project-card', {src: url, project: PROJECT_ID});
    const seen = events(card);
    await until(() => seen.loads.length === 1, 'the content after the retry', 10_000);
    expect(shadowText(card)).to.include(PROJECT_TITLE);
    expect(seen.errors).to.have.length(0);
    const {count, times} = await serverSaw(key);
    expect(count).to.equal(2);
    // The backoff alone would have waited about 20 ms: the retry waited for Retry-After (a lower
    // bound, which a slow machine can only make longer).
    expect(times[1]).to.be.at.least(900);
    await expectPageUnharmed(other);
  });

  it('a redirect to a valid feed is followed: the content is shown, as from the URL asked for', async () => {
    // Decision: redirects are the browser's business (fetch follows them, and a cross-origin
    // target needs CORS like any feed); the elements neither refuse nor report them.
    const other = control();
    const {url, key} = feedUrl('redirect');
    const card = place(page, 'project-card', {src: url, project: PROJECT_ID});
    const seen = events(card);
    await until(() => seen.loads.length === 1, 'the content after the redirect');
    expect(shadowText(card)).to.include(PROJECT_TITLE);
    expect(seen.errors).to.have.length(0);
    expect((seen.loads[0] as unknown as {url: string}).url).to.equal(new URL(url, page.doc.baseURI).href);
    expect((await serverSaw(key)).count).to.equal(1);
    expect((await serverSaw(`${key}-target`)).count).to.equal(1);
    await expectPageUnharmed(other);
  });

  it('a loading element shows its loading state, reserved to its size, while the answer is slow', async () => {
    const {url} = feedUrl('slow', '&delay=1000');
    const card = place(page, 'project-card', {src: url, project: PROJECT_ID});
    const summary = place(page, 'programme-summary', {src: url, programme: PROGRAMME_ID});
    await tasks(3);
    for (const element of [card, summary]) {
      const skeleton = element.shadowRoot!.querySelector('[part~="skeleton"]');
      expect(skeleton !== null, `<${element.localName}> is loading`).to.equal(true);
      expect(skeleton!.getAttribute('aria-busy')).to.equal('true');
      expect(element.getBoundingClientRect().height).to.be.greaterThan(50);
    }
    await settle([card, summary]);
    expect(shadowText(summary)).to.include(TITLE);
    expect(page.record.violations.slice(violationsBefore)).to.deep.equal([]);
  });
});
