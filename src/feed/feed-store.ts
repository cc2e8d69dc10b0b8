/**
 * The page-wide feed store: every element on the page that shows the same feed URL shares one
 * request and one `FeedState`. Loading itself (fetch, time limits, retries, validation) is in
 * `load-feed.ts`; this module decides when to load and who hears about it.
 *
 * No DOM or `window` access at module level: it must import under @lit-labs/ssr in Node, where
 * nothing subscribes and nothing is fetched.
 */
import type {Feed} from './feed.js';
import type {FeedState} from './feed-context.js';
import {FeedError, feedError} from './feed-error.js';
import {describeThrown, problemsOf} from './parse-feed.js';
import {loadFeed, type LoadPolicy, type LoadResult} from './load-feed.js';

export type FeedListener = (state: FeedState) => void;

export interface FeedStoreOptions extends LoadPolicy {
  /** How long a loaded feed counts as fresh, in ms: within it, new subscribers cause no request. Default 5 minutes. */
  readonly maxAge?: number | undefined;
  /** The clock for freshness, in ms. Default `performance.now` (monotonic, so a changed system clock cannot matter). */
  readonly now?: (() => number) | undefined;
  /** How many feeds that nothing shows are kept (within `maxAge`) for elements that come back. Default 4. */
  readonly maxUnused?: number | undefined;
}

export const DEFAULT_MAX_AGE = 5 * 60_000;
export const DEFAULT_MAX_UNUSED = 4;

const IDLE: FeedState = Object.freeze({status: 'idle'});
const LOADING: FeedState = Object.freeze({status: 'loading'});

/** The last valid feed of a URL, the validators it came with, and when the server last confirmed it. */
interface GoodCopy {
  readonly feed: Feed;
  readonly etag: string | undefined;
  readonly lastModified: string | undefined;
  confirmedAt: number;
}

interface Entry {
  readonly url: string;
  /** One object per subscription, so one listener subscribed twice counts twice. */
  readonly subscriptions: Set<{readonly listener: FeedListener}>;
  state: FeedState;
  good: GoodCopy | undefined;
  /** The load in flight, if any. */
  load: AbortController | undefined;
  /**
   * Unsubscriptions in the current task. A subscribe in the same task takes one back: that is
   * an element being moved, and it must neither abort nor request.
   */
  departures: number;
  /** Ends the current task's departures: aborts the load if nobody came back. */
  releaseTimer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Shares feed loads between subscribers, keyed by absolute URL.
 *
 * - Subscribers of one URL share one request; a subscriber within `maxAge` of the last load
 *   causes none; after it, one conditional request, while subscribers keep the old feed.
 * - Failures are never cached: the next subscriber, or `refresh()`, requests again. A failed
 *   refresh keeps the last good feed on the error state, so elements keep showing it.
 * - A load is aborted only when its last subscriber has left and not come back by the next
 *   task, so moving an element (remove, then append) costs nothing.
 * - Feeds nothing shows are forgotten once past `maxAge`, and beyond the `maxUnused` most
 *   recently used, so a page that shows many feeds in turn does not keep them all (no timer:
 *   the store looks whenever a subscriber leaves).
 */
export class FeedStore {
  private readonly entries = new Map<string, Entry>();
  private options: FeedStoreOptions;

  constructor(options: FeedStoreOptions = {}) {
    this.options = options;
  }

  /**
   * Changes how later loads behave, e.g. a shorter time limit for a page that would rather
   * show its fallback content sooner, or (in tests) short timeouts and retry delays. Merged into
   * the options in force; a load already in flight keeps the policy it started with.
   */
  configure(options: FeedStoreOptions): void {
    this.options = {...this.options, ...options};
  }

  /**
   * Calls `listener` synchronously with the current state of `url` (an absolute URL), then on
   * every change, until the returned function is called. Starts a load when there is no fresh
   * feed and none in flight.
   */
  subscribe(url: string, listener: FeedListener): () => void {
    const entry = this.entryFor(url);
    // Most recently used last: eviction takes from the front.
    this.entries.delete(url);
    this.entries.set(url, entry);
    if (entry.departures > 0) {
      // Back in the task it left: a moved element. Nothing to load, nothing to abort.
      entry.departures--;
      if (entry.departures === 0) this.cancelRelease(entry);
    } else if (!entry.load && !this.isFresh(entry)) {
      this.startLoad(entry);
    }
    const subscription = {listener};
    entry.subscriptions.add(subscription);
    call(listener, entry.state);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      entry.subscriptions.delete(subscription);
      entry.departures++;
      // A macrotask, not a microtask: a framework may re-append a moved element a few
      // microtasks later, but always within the same task.
      entry.releaseTimer ??= setTimeout(() => this.release(entry), 0);
    };
  }

  /**
   * Loads `url` again now, fresh or not (conditionally when a copy is held): a retry after an
   * error, or a refresh. Does nothing while a load of `url` is in flight.
   */
  refresh(url: string): void {
    const entry = this.entryFor(url);
    if (!entry.load) this.startLoad(entry);
  }

  private entryFor(url: string): Entry {
    let entry = this.entries.get(url);
    if (!entry) {
      entry = {
        url,
        subscriptions: new Set(),
        state: IDLE,
        good: undefined,
        load: undefined,
        departures: 0,
        releaseTimer: undefined,
      };
      this.entries.set(url, entry);
    }
    return entry;
  }

  private isFresh(entry: Entry): boolean {
    return (
      entry.state.status === 'ready' && entry.good !== undefined && this.now() - entry.good.confirmedAt < this.maxAge
    );
  }

  private startLoad(entry: Entry): void {
    const controller = new AbortController();
    entry.load = controller;
    const previous = entry.good;
    // With a feed to show, subscribers keep it while we ask again; without one, they wait.
    if (!previous) this.setState(entry, LOADING);
    const validators = previous ? {etag: previous.etag, lastModified: previous.lastModified} : undefined;
    // Whatever happens inside (a page's script may have broken what loading relies on), the
    // load ends in a state: content or an error, never "loading" for ever, never an unhandled
    // rejection.
    new Promise<LoadResult>((resolve) =>
      resolve(loadFeed(entry.url, {...this.options, signal: controller.signal, validators})),
    )
      .then(
        (result) => {
          if (entry.load === controller) this.succeed(entry, result, previous);
        },
        (error: unknown) => {
          // An aborted or superseded load has nobody to tell.
          if (entry.load === controller) this.fail(entry, error);
        },
      )
      .catch((error: unknown) => {
        if (entry.load === controller || entry.state === LOADING) this.fail(entry, error);
      });
  }

  private succeed(entry: Entry, result: LoadResult, previous: GoodCopy | undefined): void {
    entry.load = undefined;
    if (!result.modified && previous) {
      // 304: the copy held is current. Same feed, so the same state object when it was ready.
      entry.good = {...previous, etag: result.etag, lastModified: result.lastModified, confirmedAt: this.now()};
      if (entry.state.status !== 'ready') this.setState(entry, {status: 'ready', feed: previous.feed, url: entry.url});
      return;
    }
    if (!result.modified) {
      // A 304 to a request that was not conditional: no feed to show. Not expected of a server,
      // but it must end the loading state.
      this.fail(entry, feedError('http', 'http-304', {url: entry.url}, {status: 304}));
      return;
    }
    if (previous && damage(result.feed) > damage(previous.feed)) {
      // A refresh never replaces good content with less: the copy held stays on screen, and the
      // feed's owner hears why (the elements go on showing the feed an error state carries).
      const problems = problemsOf(result.feed).filter((problem) => problem.severity !== 'advice');
      this.fail(entry, feedError('invalid', 'refresh-invalid', {url: entry.url}, {problems}));
      return;
    }
    entry.good = {feed: result.feed, etag: result.etag, lastModified: result.lastModified, confirmedAt: this.now()};
    this.setState(entry, {status: 'ready', feed: result.feed, url: entry.url});
  }

  private fail(entry: Entry, error: unknown): void {
    entry.load = undefined;
    const failure =
      error instanceof FeedError
        ? error
        : feedError('network', 'page-script', {url: entry.url, detail: describeThrown(error)});
    // Keeping the last good feed on the error state lets elements go on showing it.
    this.setState(entry, {status: 'error', error: failure, feed: entry.good?.feed, url: entry.url});
    this.forgetIfUnused(entry);
  }

  /** Runs one task after an unsubscription: aborts the load if its last subscriber is gone. */
  private release(entry: Entry): void {
    entry.releaseTimer = undefined;
    entry.departures = 0;
    if (entry.subscriptions.size > 0) return;
    if (entry.load) {
      entry.load.abort(new DOMException('Nothing shows this feed any more.', 'AbortError'));
      entry.load = undefined;
      // A refresh leaves the state as it was; a first load has nothing to show yet.
      if (entry.state === LOADING) entry.state = IDLE;
    }
    this.forgetIfUnused(entry);
  }

  private cancelRelease(entry: Entry): void {
    if (entry.releaseTimer !== undefined) clearTimeout(entry.releaseTimer);
    entry.releaseTimer = undefined;
  }

  /**
   * Drops an entry with nothing worth keeping, so failed URLs do not pile up; then forgets the
   * feeds nothing shows that are past `maxAge`, and all but the `maxUnused` most recently used.
   */
  private forgetIfUnused(entry: Entry): void {
    const unused = entry.subscriptions.size === 0 && !entry.good && !entry.load && entry.releaseTimer === undefined;
    if (unused && this.entries.get(entry.url) === entry) {
      this.entries.delete(entry.url);
    }
    this.evictUnused();
  }

  private evictUnused(): void {
    const now = this.now();
    const idle: Entry[] = [];
    for (const candidate of this.entries.values()) {
      if (candidate.subscriptions.size > 0 || candidate.load || candidate.releaseTimer !== undefined) continue;
      if (!candidate.good || now - candidate.good.confirmedAt >= this.maxAge) this.entries.delete(candidate.url);
      else idle.push(candidate);
    }
    const keep = Math.max(0, this.options.maxUnused ?? DEFAULT_MAX_UNUSED);
    // Map order is least recently used first.
    for (const candidate of idle.slice(0, Math.max(0, idle.length - keep))) this.entries.delete(candidate.url);
  }

  private setState(entry: Entry, state: FeedState): void {
    entry.state = state;
    // A copy: a listener may unsubscribe, or subscribe another, while we call them.
    for (const {listener} of [...entry.subscriptions]) call(listener, state);
  }

  private now(): number {
    return (this.options.now ?? performance.now.bind(performance))();
  }

  private get maxAge(): number {
    return this.options.maxAge ?? DEFAULT_MAX_AGE;
  }
}

/**
 * Calls a listener so that its exception neither stops the other listeners nor becomes an
 * unhandled rejection of the load: it is reported like any uncaught error, in its own task.
 */
function call(listener: FeedListener, state: FeedState): void {
  try {
    listener(state);
  } catch (error) {
    setTimeout(() => {
      throw error;
    });
  }
}

/** How much of a feed `parseFeed` left out or cut down: its item and field problems. */
function damage(feed: Feed): number {
  return problemsOf(feed).filter((problem) => problem.severity === 'item' || problem.severity === 'field').length;
}

let store: FeedStore | undefined;

/** The page-wide store, created on first use. */
export function getFeedStore(): FeedStore {
  return (store ??= new FeedStore());
}
