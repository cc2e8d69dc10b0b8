import {expect} from '@open-wc/testing';
import type {FeedState} from '../../src/feed/feed-context.js';
import type {FeedError} from '../../src/feed/feed-error.js';
import {FeedStore, getFeedStore, type FeedStoreOptions} from '../../src/feed/feed-store.js';
import {MAX_FEED_BYTES} from '../../src/feed/load-feed.js';
import {feedWith, sampleFeed} from '../helpers/feeds.js';

// ---- helpers ---------------------------------------------------------------------------------

interface Call {
  readonly url: string;
  readonly init: RequestInit;
}

/** A fetch that records each call and answers with `respond` (asynchronously, like a real one). */
function stubFetch(respond: (init: RequestInit, index: number) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const index = calls.push({url: String(input), init}) - 1;
    return Promise.resolve().then(() => respond(init, index));
  };
  return {fetch, calls};
}

/** A response that never arrives, and rejects like a real fetch when its signal aborts. */
function pendingUntilAborted(init: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
  });
}

function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: {'Content-Type': 'application/json', ...init.headers},
  });
}

const networkError = () => Promise.reject(new TypeError('Failed to fetch'));

let counter = 0;
/** A URL of its own for each test, on another origin (as a partner page's feed usually is). */
const crossOriginUrl = () => `https://feeds.example/${++counter}/feed.json`;
/** A URL on the test page's own origin, where conditional headers are sent. */
const sameOriginUrl = () => new URL(`/feeds/${++counter}/feed.json`, location.href).href;

type Status = FeedState['status'];
type StateOf<S extends Status> = Extract<FeedState, {status: S}>;

/** Subscribes, records every state, and waits for the next state of a given status. */
function watch(store: FeedStore, url: string) {
  const states: FeedState[] = [];
  const waiting: {status: Status; resolve: (state: FeedState) => void}[] = [];
  const unsubscribe = store.subscribe(url, (state) => {
    states.push(state);
    for (const waiter of waiting.filter((candidate) => candidate.status === state.status)) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve(state);
    }
  });
  return {
    states,
    unsubscribe,
    get current(): FeedState {
      return states[states.length - 1]!;
    },
    /** The current state if it has this status, else the next one that does. */
    until<S extends Status>(status: S): Promise<StateOf<S>> {
      const current = states[states.length - 1];
      if (current?.status === status) return Promise.resolve(current as StateOf<S>);
      return new Promise((resolve) => waiting.push({status, resolve: resolve as (state: FeedState) => void}));
    },
  };
}

/** Lets the store's deferred (next-task) work run. */
const nextTasks = () => new Promise((resolve) => setTimeout(resolve, 10));

/** Fast, deterministic retries: the waits are recorded, not waited for. */
function instantRetries() {
  const delays: number[] = [];
  const options: FeedStoreOptions = {
    sleep: (ms) => {
      delays.push(ms);
      return Promise.resolve();
    },
  };
  return {delays, options};
}

async function errorOf(store: FeedStore, url: string): Promise<FeedError> {
  const watcher = watch(store, url);
  const state = await watcher.until('error');
  watcher.unsubscribe();
  return state.error;
}

const unhandled: unknown[] = [];
window.addEventListener('unhandledrejection', (event) => unhandled.push(event.reason));

// ---- tests -----------------------------------------------------------------------------------

describe('FeedStore', () => {
  afterEach(async () => {
    await nextTasks();
    expect(unhandled, 'unhandled promise rejections').to.deep.equal([]);
  });

  describe('sharing one request', () => {
    it('makes exactly 1 request for any number of subscribers connected together', async () => {
      const {fetch, calls} = stubFetch(() => json(sampleFeed()));
      const store = new FeedStore({fetch});
      const url = crossOriginUrl();
      const watchers = Array.from({length: 5}, () => watch(store, url));
      for (const watcher of watchers) expect(watcher.states.map((s) => s.status)).to.deep.equal(['loading']);
      const ready = await Promise.all(watchers.map((watcher) => watcher.until('ready')));
      expect(calls).to.have.length(1);
      expect(calls[0]!.url).to.equal(url);
      expect(calls[0]!.init.credentials).to.equal('omit');
      // One state object for all: the same feed, validated once.
      expect(new Set(ready).size).to.equal(1);
      expect(ready[0]!.url).to.equal(url);
      expect(ready[0]!.feed.programmes[0]!.title).to.equal(sampleFeed().programmes[0]!.title);
    });

    it('keeps URLs apart', async () => {
      const {fetch, calls} = stubFetch(() => json(sampleFeed()));
      const store = new FeedStore({fetch});
      const [first, second] = [watch(store, crossOriginUrl()), watch(store, crossOriginUrl())];
      await Promise.all([first.until('ready'), second.until('ready')]);
      expect(calls).to.have.length(2);
    });

    it('makes 0 requests for a later subscriber within maxAge, which gets the feed synchronously', async () => {
      let time = 1_000;
      const {fetch, calls} = stubFetch(() => json(sampleFeed()));
      const store = new FeedStore({fetch, maxAge: 60_000, now: () => time});
      const url = crossOriginUrl();
      const first = watch(store, url);
      const ready = await first.until('ready');
      first.unsubscribe();
      await nextTasks();
      time += 59_999;
      const later = watch(store, url);
      // Synchronously: no loading state in between, so nothing flickers.
      expect(later.states).to.deep.equal([ready]);
      expect(calls).to.have.length(1);
    });
  });

  describe('after maxAge', () => {
    it('makes 1 conditional request; subscribers keep the feed meanwhile, and a 304 keeps it fresh', async () => {
      let time = 0;
      let answer: (response: Response) => void = () => {};
      const {fetch, calls} = stubFetch((_init, index) =>
        index === 0
          ? json(sampleFeed(), {headers: {ETag: '"v1"', 'Last-Modified': 'Wed, 25 Nov 2026 10:00:00 GMT'}})
          : new Promise<Response>((resolve) => (answer = resolve)),
      );
      const store = new FeedStore({fetch, maxAge: 1_000, now: () => time});
      const url = sameOriginUrl();
      const first = watch(store, url);
      const ready = await first.until('ready');

      time += 1_000;
      const second = watch(store, url);
      const third = watch(store, url);
      expect(calls).to.have.length(2);
      const headers = new Headers(calls[1]!.init.headers);
      expect(headers.get('If-None-Match')).to.equal('"v1"');
      expect(headers.get('If-Modified-Since')).to.equal('Wed, 25 Nov 2026 10:00:00 GMT');
      // While the server is asked, everyone sees the feed they had.
      expect(second.states).to.deep.equal([ready]);
      expect(third.states).to.deep.equal([ready]);

      answer(new Response(null, {status: 304}));
      await nextTasks();
      expect(first.states).to.deep.equal([{status: 'loading'}, ready]);
      expect(second.states).to.deep.equal([ready]);

      // Freshness was renewed by the 304.
      time += 999;
      const fourth = watch(store, url);
      expect(fourth.states).to.deep.equal([ready]);
      expect(calls).to.have.length(2);
    });

    it('replaces the feed when the server sends a new one', async () => {
      let time = 0;
      const {fetch, calls} = stubFetch((_init, index) =>
        index === 0
          ? json(sampleFeed(), {headers: {ETag: '"v1"'}})
          : json(
              feedWith((feed) => (feed.programmes[0]!.title = 'A new title')),
              {headers: {ETag: '"v2"'}},
            ),
      );
      const store = new FeedStore({fetch, maxAge: 1_000, now: () => time});
      const url = sameOriginUrl();
      const first = watch(store, url);
      await first.until('ready');
      time += 5_000;
      const second = watch(store, url);
      await nextTasks();
      expect(calls).to.have.length(2);
      expect(first.current.status === 'ready' && first.current.feed.programmes[0]!.title).to.equal('A new title');
      expect(second.states.map((state) => state.status)).to.deep.equal(['ready', 'ready']);
    });

    it('keeps the last good feed on the error state when the refresh fails', async () => {
      let time = 0;
      const {fetch} = stubFetch((_init, index) =>
        index === 0 ? json(sampleFeed()) : new Response('gone', {status: 404}),
      );
      const store = new FeedStore({fetch, maxAge: 1_000, now: () => time});
      const url = crossOriginUrl();
      const first = watch(store, url);
      const ready = await first.until('ready');
      time += 1_000;
      const second = watch(store, url);
      const error = await second.until('error');
      expect(error.feed).to.equal(ready.feed);
      expect(error.url).to.equal(url);
      expect(error.error.kind).to.equal('http');
      expect(first.current).to.equal(error);
    });

    it('revalidates a cross-origin feed through the browser cache, without headers that need a preflight', async () => {
      let time = 0;
      const {fetch, calls} = stubFetch(() =>
        json(sampleFeed(), {headers: {ETag: '"v1"', 'Last-Modified': 'Wed, 25 Nov 2026 10:00:00 GMT'}}),
      );
      const store = new FeedStore({fetch, maxAge: 1_000, now: () => time});
      const url = crossOriginUrl();
      await watch(store, url).until('ready');
      time += 1_000;
      watch(store, url);
      expect(calls).to.have.length(2);
      const headers = new Headers(calls[1]!.init.headers);
      expect(headers.has('If-None-Match')).to.equal(false);
      expect(headers.has('If-Modified-Since')).to.equal(false);
      expect(calls[1]!.init.cache).to.equal('no-cache');
    });
  });

  describe('failures', () => {
    it('are never cached: the next subscriber, and refresh(), request again', async () => {
      const {fetch, calls} = stubFetch(() => new Response('', {status: 404}));
      const store = new FeedStore({fetch});
      const url = crossOriginUrl();
      const first = watch(store, url);
      await first.until('error');
      expect(calls).to.have.length(1);

      const second = watch(store, url);
      expect(second.states[0]!.status).to.equal('loading');
      await second.until('error');
      expect(calls).to.have.length(2);
      // The subscriber already there saw the retry too.
      expect(first.states.map((state) => state.status)).to.deep.equal(['loading', 'error', 'loading', 'error']);

      store.refresh(url);
      await first.until('loading');
      await first.until('error');
      expect(calls).to.have.length(3);
    });

    it('refresh() loads again even when the feed is fresh', async () => {
      const {fetch, calls} = stubFetch(() => json(sampleFeed()));
      const store = new FeedStore({fetch});
      const url = crossOriginUrl();
      const watcher = watch(store, url);
      await watcher.until('ready');
      store.refresh(url);
      store.refresh(url);
      await nextTasks();
      // Two calls to refresh() while one load is in flight share it.
      expect(calls).to.have.length(2);
      expect(watcher.states.map((state) => state.status)).to.deep.equal(['loading', 'ready', 'ready']);
    });

    it('say what happened, with the URL, for a 404', async () => {
      const {fetch, calls} = stubFetch(() => new Response('Not here', {status: 404}));
      const url = crossOriginUrl();
      const error = await errorOf(new FeedStore({fetch}), url);
      expect(calls).to.have.length(1);
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(404);
      expect(error.url).to.equal(url);
      expect(error.message).to.equal(`The feed at ${url} could not be loaded: the server answered 404 Not Found.`);
    });

    for (const status of [400, 401, 403, 410]) {
      it(`do not retry ${status}`, async () => {
        const {delays, options} = instantRetries();
        const {fetch, calls} = stubFetch(() => new Response('', {status}));
        const error = await errorOf(new FeedStore({...options, fetch}), crossOriginUrl());
        expect(calls).to.have.length(1);
        expect(delays).to.deep.equal([]);
        expect(error.kind).to.equal('http');
        expect(error.status).to.equal(status);
      });
    }

    it('call an HTML page served with 200 "parse", quoting how it starts, without retrying', async () => {
      const {fetch, calls} = stubFetch(
        () =>
          new Response('<!DOCTYPE html>\n<html><body>Sign in</body></html>', {headers: {'Content-Type': 'text/html'}}),
      );
      const url = crossOriginUrl();
      const error = await errorOf(new FeedStore({fetch}), url);
      expect(calls).to.have.length(1);
      expect(error.kind).to.equal('parse');
      expect(error.message).to.equal(`The feed at ${url} is not JSON (it starts with "<!DOCTYPE html>").`);
    });

    it('call malformed JSON "parse" without retrying', async () => {
      const {fetch, calls} = stubFetch(() => new Response('{"version": "1.0", '));
      const error = await errorOf(new FeedStore({fetch}), crossOriginUrl());
      expect(calls).to.have.length(1);
      expect(error.kind).to.equal('parse');
      expect(error.message).to.match(/is not valid JSON \(.+\)\.$/);
    });

    it('call an empty body "parse"', async () => {
      const {fetch} = stubFetch(() => new Response(''));
      const error = await errorOf(new FeedStore({fetch}), crossOriginUrl());
      expect(error.kind).to.equal('parse');
      expect(error.message).to.include('is empty');
    });

    it('call an invalid feed "invalid", with every problem and its JSON path, without retrying', async () => {
      const {fetch, calls} = stubFetch(() =>
        json(
          feedWith((feed) => {
            (feed.programmes[0] as Record<string, unknown>).title = 42;
            (feed.programmes[1] as Record<string, unknown>).id = '';
          }),
        ),
      );
      const url = crossOriginUrl();
      const error = await errorOf(new FeedStore({fetch}), url);
      expect(calls).to.have.length(1);
      expect(error.kind).to.equal('invalid');
      expect(error.problems.map((problem) => problem.path)).to.include.members([
        'programmes[0].title',
        'programmes[1].id',
      ]);
      expect(error.message).to.equal(
        `The feed at ${url} is not a valid programme feed: ${error.problems.length} problems were found.`,
      );
    });
  });

  describe('size limit', () => {
    const big = () => JSON.stringify({...sampleFeed(), padding: 'x'.repeat(MAX_FEED_BYTES)});

    it('refuses a feed over 512 KB as "invalid" once it has read that much, without retrying', async () => {
      let pulled = 0;
      const text = new TextEncoder().encode(big());
      // A body in 64 KB chunks that counts how much of it was read.
      const body = () =>
        new ReadableStream<Uint8Array>({
          pull(controller) {
            if (pulled >= text.length) return controller.close();
            controller.enqueue(text.subarray(pulled, pulled + 65_536));
            pulled += 65_536;
          },
        });
      const {fetch, calls} = stubFetch(() => new Response(body(), {status: 200}));
      const url = crossOriginUrl();
      const error = await errorOf(new FeedStore({fetch}), url);
      expect(calls).to.have.length(1);
      expect(error.kind).to.equal('invalid');
      expect(error.message).to.equal(
        `The feed at ${url} is larger than 512 KB, the most a feed may be: it was not read.`,
      );
      expect(error.problems.map(({code, severity, path}) => ({code, severity, path}))).to.deep.equal([
        {code: 'feed-too-large', severity: 'fatal', path: '(feed)'},
      ]);
      expect(error.problems[0]!.message).to.equal('The feed must be at most 512 KB (524,288 bytes).');
      expect(pulled).to.be.below(MAX_FEED_BYTES + 3 * 65_536);
    });

    it('refuses it from its Content-Length alone, before reading it', async () => {
      const {fetch} = stubFetch(() => new Response(big(), {headers: {'Content-Length': String(MAX_FEED_BYTES + 1)}}));
      const error = await errorOf(new FeedStore({fetch}), crossOriginUrl());
      expect(error.kind).to.equal('invalid');
      expect(error.problems[0]!.path).to.equal('(feed)');
    });

    it('reads a feed of exactly 512 KB', async () => {
      const feed = JSON.stringify(sampleFeed());
      const exact = feed.slice(0, -1) + ' '.repeat(MAX_FEED_BYTES - new TextEncoder().encode(feed).length) + '}';
      const {fetch} = stubFetch(() => new Response(exact));
      const watcher = watch(new FeedStore({fetch}), crossOriginUrl());
      await watcher.until('ready');
    });
  });

  describe('retries', () => {
    it('retry network errors, and subscribers see no error until the last attempt fails', async () => {
      const {options} = instantRetries();
      const {fetch, calls} = stubFetch((_init, index) => (index < 2 ? networkError() : json(sampleFeed())));
      const watcher = watch(new FeedStore({...options, fetch}), crossOriginUrl());
      await watcher.until('ready');
      expect(calls).to.have.length(3);
      expect(watcher.states.map((state) => state.status)).to.deep.equal(['loading', 'ready']);
    });

    it('give up after 3 retries (4 requests) with a network error that says what to check', async () => {
      const {delays, options} = instantRetries();
      const {fetch, calls} = stubFetch(networkError);
      const url = crossOriginUrl();
      const error = await errorOf(new FeedStore({...options, fetch}), url);
      expect(calls).to.have.length(4);
      expect(delays).to.have.length(3);
      expect(error.kind).to.equal('network');
      expect(error.message).to.include(url).and.to.include('Access-Control-Allow-Origin');
    });

    for (const status of [408, 429, 500, 502, 503, 504]) {
      it(`retry ${status}`, async () => {
        const {options} = instantRetries();
        const {fetch, calls} = stubFetch((_init, index) =>
          index === 0 ? new Response('', {status}) : json(sampleFeed()),
        );
        await watch(new FeedStore({...options, fetch}), crossOriginUrl()).until('ready');
        expect(calls).to.have.length(2);
      });
    }

    it('back off exponentially with jitter', async () => {
      const delays: number[] = [];
      const {fetch} = stubFetch(() => new Response('', {status: 500}));
      const store = new FeedStore({
        fetch,
        retryDelay: 100,
        sleep: (ms) => {
          delays.push(ms);
          return Promise.resolve();
        },
      });
      const error = await errorOf(store, crossOriginUrl());
      expect(error.status).to.equal(500);
      expect(delays).to.have.length(3);
      delays.forEach((delay, index) => {
        const full = 100 * 2 ** index;
        expect(delay, `retry ${index + 1}`).to.be.within(full / 2, full);
      });
    });

    it('spread retries by the jitter source', async () => {
      const runs = await Promise.all(
        [0, 0.999].map(async (random) => {
          const {delays, options} = instantRetries();
          const {fetch} = stubFetch(() => new Response('', {status: 500}));
          await errorOf(new FeedStore({...options, fetch, random: () => random, retries: 1}), crossOriginUrl());
          return delays[0]!;
        }),
      );
      expect(runs[1]! - runs[0]!).to.be.greaterThan(0);
    });

    it('honour Retry-After in seconds on 503 and as a date on 429, capped at maxRetryDelay', async () => {
      const cases: [number, string, number, number][] = [
        // status, Retry-After, lowest and highest acceptable wait
        [503, '2', 2_000, 2_000],
        [429, new Date(Date.now() + 4_000).toUTCString(), 2_000, 4_000],
        [503, '3600', 5_000, 5_000],
      ];
      for (const [status, retryAfter, low, high] of cases) {
        const {delays, options} = instantRetries();
        const {fetch, calls} = stubFetch((_init, index) =>
          index === 0 ? new Response('', {status, headers: {'Retry-After': retryAfter}}) : json(sampleFeed()),
        );
        await watch(new FeedStore({...options, fetch, maxRetryDelay: 5_000}), crossOriginUrl()).until('ready');
        expect(calls).to.have.length(2);
        expect(delays[0], `${status} Retry-After: ${retryAfter}`).to.be.within(low, high);
      }
    });

    it('ignore Retry-After on a 500 (it means nothing there)', async () => {
      const {delays, options} = instantRetries();
      const {fetch} = stubFetch((_init, index) =>
        index === 0 ? new Response('', {status: 500, headers: {'Retry-After': '60'}}) : json(sampleFeed()),
      );
      await watch(new FeedStore({...options, fetch, retryDelay: 10}), crossOriginUrl()).until('ready');
      expect(delays[0]).to.be.at.most(10);
    });

    it('wait for real between attempts when no sleep is injected', async () => {
      const {fetch, calls} = stubFetch((_init, index) =>
        index === 0 ? new Response('', {status: 503}) : json(sampleFeed()),
      );
      await watch(new FeedStore({fetch, retryDelay: 5}), crossOriginUrl()).until('ready');
      expect(calls).to.have.length(2);
    });
  });

  describe('time limit', () => {
    it('ends an attempt whose headers never come with kind "timeout", and tries it again once only', async () => {
      const {delays, options} = instantRetries();
      const {fetch, calls} = stubFetch(pendingUntilAborted);
      const url = crossOriginUrl();
      const error = await errorOf(new FeedStore({...options, fetch, timeout: 30}), url);
      expect(error.kind).to.equal('timeout');
      expect(error.message).to.include(url);
      expect(calls).to.have.length(2);
      expect(delays).to.have.length(1);
      expect(calls.every((call) => call.init.signal?.aborted)).to.equal(true);
    });

    it('takes a policy set later with configure(), merged into the one it was created with', async () => {
      const {fetch, calls} = stubFetch(pendingUntilAborted);
      const store = new FeedStore({fetch, timeout: 60_000});
      store.configure({timeout: 30});
      const error = await errorOf(store, crossOriginUrl());
      expect(error.kind).to.equal('timeout');
      expect(error.message).to.include('0.03 seconds');
      expect(calls).to.have.length(2);
    });

    it('ends an attempt even when the fetch in use ignores its signal', async () => {
      const {fetch} = stubFetch(() => new Promise<Response>(() => {}));
      const error = await errorOf(new FeedStore({fetch, timeout: 30}), crossOriginUrl());
      expect(error.kind).to.equal('timeout');
    });

    it('covers the body: a body that never ends times out, and its stream is cancelled', async () => {
      let cancelled = false;
      const {fetch} = stubFetch(
        () =>
          new Response(
            new ReadableStream<Uint8Array>({
              start(controller) {
                controller.enqueue(new TextEncoder().encode('{"version": "1.0",'));
              },
              cancel() {
                cancelled = true;
              },
            }),
          ),
      );
      const error = await errorOf(new FeedStore({fetch, timeout: 30}), crossOriginUrl());
      expect(error.kind).to.equal('timeout');
      expect(cancelled).to.equal(true);
    });
  });

  describe('abort and move', () => {
    it('aborts the request only when the last subscriber has left', async () => {
      const {fetch, calls} = stubFetch(pendingUntilAborted);
      const store = new FeedStore({fetch});
      const url = crossOriginUrl();
      const first = watch(store, url);
      const second = watch(store, url);
      const signal = calls[0]!.init.signal!;

      first.unsubscribe();
      await nextTasks();
      expect(signal.aborted, 'after the first left').to.equal(false);

      second.unsubscribe();
      await nextTasks();
      expect(signal.aborted, 'after the last left').to.equal(true);
      // Nobody heard of the abort: it is not a failure.
      expect(second.states.map((state) => state.status)).to.deep.equal(['loading']);

      // And the next subscriber starts again.
      const third = watch(store, url);
      expect(third.states.map((state) => state.status)).to.deep.equal(['loading']);
      expect(calls).to.have.length(2);
      third.unsubscribe();
    });

    it('aborts a load waiting to retry', async () => {
      const {fetch, calls} = stubFetch(() => new Response('', {status: 503}));
      // A backoff far longer than the test: only an abort ends it.
      const store = new FeedStore({fetch, retryDelay: 60_000});
      const url = crossOriginUrl();
      const watcher = watch(store, url);
      await nextTasks();
      expect(calls).to.have.length(1);
      watcher.unsubscribe();
      await nextTasks();
      watch(store, url).unsubscribe();
      expect(calls, 'a new subscriber starts a new load').to.have.length(2);
    });

    it('neither aborts nor requests again when a subscriber leaves and comes back in one task (a move)', async () => {
      let answer: (response: Response) => void = () => {};
      const {fetch, calls} = stubFetch((init) => {
        init.signal?.addEventListener('abort', () => expect.fail('aborted'));
        return new Promise<Response>((resolve) => (answer = resolve));
      });
      const store = new FeedStore({fetch});
      const url = crossOriginUrl();
      const before = watch(store, url);
      before.unsubscribe();
      const after = watch(store, url);
      await nextTasks();
      expect(calls).to.have.length(1);
      expect(calls[0]!.init.signal?.aborted).to.equal(false);

      answer(json(sampleFeed()));
      await after.until('ready');
      expect(before.states.map((state) => state.status)).to.deep.equal(['loading']);
    });

    it('does not retry a failed feed when a subscriber is only moved', async () => {
      const {fetch, calls} = stubFetch(() => new Response('', {status: 404}));
      const store = new FeedStore({fetch});
      const url = crossOriginUrl();
      const watcher = watch(store, url);
      await watcher.until('error');
      watcher.unsubscribe();
      const moved = watch(store, url);
      expect(moved.states.map((state) => state.status)).to.deep.equal(['error']);
      expect(calls).to.have.length(1);
    });
  });

  describe('defaults', () => {
    it('uses globalThis.fetch as it is when the request is made', async () => {
      const store = new FeedStore();
      const {fetch, calls} = stubFetch(() => json(sampleFeed()));
      const original = globalThis.fetch;
      globalThis.fetch = fetch;
      try {
        await watch(store, crossOriginUrl()).until('ready');
      } finally {
        globalThis.fetch = original;
      }
      expect(calls).to.have.length(1);
    });

    it('has one page-wide store', () => {
      expect(getFeedStore()).to.be.instanceOf(FeedStore);
      expect(getFeedStore()).to.equal(getFeedStore());
    });
  });

  describe('over real HTTP (the test server)', () => {
    const key = (name: string) => `store-${name}-${Date.now()}-${++counter}`;
    const requestCount = async (k: string) =>
      ((await (await fetch(`/__feed-count/${k}`)).json()) as {count: number}).count;
    const feedUrl = (k: string, query = '') => new URL(`/__feed/${k}${query}`, location.href).href;

    it('loads the sample feed once for many subscribers', async () => {
      const k = key('sample');
      const store = new FeedStore();
      const watchers = [watch(store, feedUrl(k)), watch(store, feedUrl(k)), watch(store, feedUrl(k))];
      await Promise.all(watchers.map((watcher) => watcher.until('ready')));
      expect(await requestCount(k)).to.equal(1);
    });

    it('retries a 503 after its Retry-After', async () => {
      const k = key('retry');
      const watcher = watch(
        new FeedStore({retryDelay: 5}),
        feedUrl(k, '?status=503&failTimes=1&thenStatus=200&retryAfter=0'),
      );
      await watcher.until('ready');
      expect(await requestCount(k)).to.equal(2);
    });

    it('answers a conditional request with 304 and keeps the feed', async () => {
      const k = key('etag');
      // The real fetch, recording what the server answered.
      const statuses: number[] = [];
      const settled: Promise<void>[] = [];
      const recordingFetch = (input: RequestInfo | URL, init?: RequestInit) => {
        const response = fetch(input, init).then((r) => (statuses.push(r.status), r));
        settled.push(response.then(() => undefined));
        return response;
      };
      const store = new FeedStore({maxAge: 0, fetch: recordingFetch});
      const url = feedUrl(k, '?etag=v1');
      const first = watch(store, url);
      const ready = await first.until('ready');
      const second = watch(store, url);
      await Promise.all(settled);
      await nextTasks();
      expect(statuses).to.deep.equal([200, 304]);
      expect(await requestCount(k)).to.equal(2);
      expect(second.states).to.deep.equal([ready]);
      expect(first.states).to.deep.equal([{status: 'loading'}, ready]);
    });

    it('gives kind "http" with the status for a 404', async () => {
      const error = await errorOf(new FeedStore(), feedUrl(key('404'), '?status=404'));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(404);
      expect(error.message).to.include('404 Not Found');
    });

    it('gives kind "parse" for an HTML page served with 200', async () => {
      const error = await errorOf(new FeedStore(), feedUrl(key('html'), '?body=html'));
      expect(error.kind).to.equal('parse');
      expect(error.message).to.include('(it starts with "<!DOCTYPE html>")');
    });

    it('times out on a body that never ends, and asks once more', async () => {
      const k = key('never');
      const error = await errorOf(new FeedStore({timeout: 300, retryDelay: 10}), feedUrl(k, '?body=never'));
      expect(error.kind).to.equal('timeout');
      expect(await requestCount(k)).to.equal(2);
    });
  });
});
