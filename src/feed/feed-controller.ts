import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {ContextConsumer, type Context, type ContextType} from '@lit/context';
import type {Feed} from './feed.js';
import {feedContext, programmeContext, type FeedState} from './feed-context.js';
import {errorMessage, FeedError, feedError} from './feed-error.js';
import {FeedErrorEvent, FeedLoadEvent} from './feed-events.js';
import {getFeedStore} from './feed-store.js';
import {decodeFeed} from './load-feed.js';
import {parseFeed, problemsOf} from './parse-feed.js';
import {programmePageUrl} from './select.js';
import {hasCatalogue, loadCatalogue, messages} from '../i18n/messages.js';
import {installContextRoot} from '../internal/context-root.js';
import {inheritedLang} from '../internal/lang.js';
import {safeHref} from '../internal/links.js';
import type {View} from '../internal/view.js';

/** What an element exposes for the controller to read its feed source. */
export interface FeedSourceHost extends ReactiveControllerHost, HTMLElement {
  /** Feed URL; resolved against the page's base URL. */
  src: string | undefined;
  /** Feed data set directly (validated here, never fetched). */
  feed: unknown;
  /** The programme id the element names itself; without it, a provider's applies. */
  programme: string | undefined;
}

/**
 * Picks what an element shows from a valid feed, or says why it cannot (a `not-found` error, or an
 * `invalid` one for an item the feed holds but left out).
 */
export type Select<T> = (feed: Feed, programmeId: string | undefined) => T | FeedError;

export interface FeedControllerOptions<T> {
  /** What the host shows of its feed; without it the controller only tracks the feed's state (`<programme-feed>`). */
  readonly select?: Select<T> | undefined;
  /**
   * Watches for an inline feed script for as long as the host is connected, even when it has
   * none yet (`<programme-feed>`, which a framework may fill later). Other hosts watch only
   * while one is present or the page is still being parsed.
   */
  readonly watchInlineJson?: boolean | undefined;
  /**
   * Tells the page's editor of an error the host announces, in the console, in `lang` (the
   * host's). Default: the error's sentence, once per error.
   */
  readonly report?: ((error: FeedError, lang: string) => void) | undefined;
  /** The host's language, where it already follows one. Default: the nearest `lang` above the host, looked up each update. */
  readonly lang?: (() => string) | undefined;
}

const IDLE: FeedState = {status: 'idle'};

const reported = new WeakSet<FeedError>();

/** The console line for an error, once per error object (elements on one feed share its error). */
function reportToConsole(error: FeedError, lang: string): void {
  if (reported.has(error)) return;
  reported.add(error);
  console.warn(`programme-elements: ${errorMessage(error, messages(lang), lang)}`);
}
const LOADING: View<never> = {status: 'loading'};
const INLINE_SCRIPT = ':scope > script[type="application/json" i]';
/**
 * How long an element with no source of its own and no provider waits, once the page has been
 * parsed, before it says it has no feed: time for a framework to set `src`, or for a provider's
 * code to arrive (the context root then answers it), without "Loading" for ever.
 */
export const NO_SOURCE_GRACE = 2_000;

/**
 * The one state machine behind every element: it works out the feed's state from, in order of
 * precedence, the host's `feed` property (validated, no request), a `<script type="application/json">`
 * child holding the feed (no request), its `src` (through the page-wide store: one request per
 * URL), or the nearest `<programme-feed>` (through context); then what the host shows of it
 * (`view`), through the host's `select`. It runs in the host's own lifecycle, as `ContextConsumer`
 * and `@lit/task` do: the state in `hostUpdate()`, before the host renders, and the host's
 * `feed-load` / `feed-error` events in `hostUpdated()`. An element fed by `<programme-feed>`
 * leaves load events to the provider, so a page hears each failure once; a feed without what
 * the host was asked for is the host's own `not-found` (or `invalid`, when the feed left that item
 * out), announced once until it changes.
 */
export class FeedController<T = never> implements ReactiveController {
  state: FeedState = IDLE;
  view: View<T> = LOADING;
  /** The programme id named by the nearest `<programme-feed>` ancestor, if any. */
  contextProgramme: string | undefined = undefined;

  private readonly host: FeedSourceHost;
  private readonly select: Select<T> | undefined;
  private readonly alwaysWatchInlineJson: boolean;
  private readonly report: (error: FeedError, lang: string) => void;
  private readonly lang: () => string;
  private contextState: FeedState | undefined;
  private connected = false;
  private synced = false;
  private subscribedUrl: string | undefined;
  private unsubscribe: (() => void) | undefined;
  private syncing = false;
  private ownSource = false;
  private announced: FeedState | undefined;
  private announcedNotFound: string | undefined;
  private parsedFrom: unknown;
  private parsedState: FeedState = IDLE;
  private inlineJson: string | undefined;
  private parsedJson: string | undefined;
  private parsedJsonState: FeedState = IDLE;
  private inlineObserver: MutationObserver | undefined;
  private consuming = false;
  /** Waits out NO_SOURCE_GRACE while the element has no source and no provider. */
  private noSourceTimer: ReturnType<typeof setTimeout> | undefined;
  private waitingForLoad: (() => void) | undefined;
  /** The "no feed" error, once the grace has passed; cleared when a source or provider appears. */
  private noSourceState: FeedState | undefined;

  constructor(host: FeedSourceHost, options: FeedControllerOptions<T> = {}) {
    this.host = host;
    this.select = options.select;
    this.alwaysWatchInlineJson = options.watchInlineJson ?? false;
    this.report = options.report ?? reportToConsole;
    this.lang = options.lang ?? (() => inheritedLang(host));
    host.addController(this);
  }

  /** The programme id in force: the host's own, else the one its `<programme-feed>` names. */
  get programmeId(): string | undefined {
    return this.host.programme ?? this.contextProgramme;
  }

  hostConnected(): void {
    this.connected = true;
    // A document other than the one the library was loaded in (an element moved into an iframe).
    installContextRoot(this.host.ownerDocument);
    this.watchInlineJson();
    // A reconnected element (e.g. moved in the page) must resubscribe; the store keeps the
    // request alive across a move, so this costs no request.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.inlineObserver?.disconnect();
    this.inlineObserver = undefined;
    this.release();
    // Out of its provider, an element must not keep the provider's feed (the consumers have
    // unsubscribed): wherever it is connected next, it asks again and takes that answer, or none.
    this.contextState = undefined;
    this.contextProgramme = undefined;
    this.stopNoSourceWait();
    this.noSourceState = undefined;
  }

  hostUpdate(): void {
    if (!this.synced) this.sync();
    if (this.select) this.view = viewOf(this.state, this.select, this.programmeId);
  }

  hostUpdated(): void {
    this.synced = false;
    const state = this.state;
    // Errors are told in the host's language: while its catalogue is still on its way (loaded on
    // demand), they wait for it rather than go out in another language.
    const lang = this.lang();
    const worded = hasCatalogue(lang);
    if (!worded) void loadCatalogue(lang).then(() => this.host.requestUpdate());
    if (this.ownSource && state !== this.announced) {
      if (state.status === 'ready') {
        this.announced = state;
        this.host.dispatchEvent(new FeedLoadEvent(state.feed, state.url, problemsOf(state.feed)));
      } else if (state.status === 'error' && worded) {
        this.announced = state;
        this.announce(state.error, lang);
      }
    }
    const view = this.view;
    // The host's own errors, from what it selected (`not-found`, or `invalid` for an item the
    // feed left out); the feed's own errors were announced above, or by the provider.
    if (view.status !== 'error' || (state.status === 'error' && view.error === state.error)) {
      this.announcedNotFound = undefined;
    } else if (worded && view.error.message !== this.announcedNotFound) {
      this.announcedNotFound = view.error.message;
      this.announce(view.error, lang);
    }
  }

  /** `feed-error`, worded in `lang`, and the same once in the console: a page's editor may look there first. */
  private announce(error: FeedError, lang: string): void {
    this.host.dispatchEvent(new FeedErrorEvent(error, messages(lang), lang));
    this.report(error, lang);
  }

  /**
   * Works out the current source and state, subscribing and unsubscribing as the source
   * changes. Runs once per update, from `hostUpdate()`, or earlier from the host's `willUpdate()`
   * when it needs the state there (`<programme-feed>` passes it on to its context).
   */
  sync(): FeedState {
    this.syncing = true;
    try {
      this.state = this.resolve();
    } finally {
      this.syncing = false;
    }
    this.synced = true;
    return this.state;
  }

  private resolve(): FeedState {
    const {feed, src, programme} = this.host;
    if (programme === undefined) this.consumeContext();
    const state = this.resolveSource(feed, src);
    if (state !== undefined) {
      this.stopNoSourceWait();
      this.noSourceState = undefined;
      return state;
    }
    this.release();
    this.consumeContext();
    if (this.contextState !== undefined) {
      this.ownSource = false;
      this.stopNoSourceWait();
      this.noSourceState = undefined;
      return this.contextState;
    }
    // No source and no provider (yet): "Loading" for a moment, then a visible error.
    if (this.noSourceState) {
      this.ownSource = true;
      return this.noSourceState;
    }
    this.ownSource = false;
    this.waitForSource(src);
    return IDLE;
  }

  /** The state from the host's own source, or undefined when it has none. */
  private resolveSource(feed: unknown, src: string | undefined): FeedState | undefined {
    if (feed !== undefined && feed !== null) {
      this.release();
      this.ownSource = true;
      return this.parseObject(feed);
    }
    if (this.inlineJson !== undefined) {
      this.release();
      this.ownSource = true;
      return this.parseJson(this.inlineJson, src ? this.absoluteUrl(src) : undefined);
    }
    if (src) {
      this.ownSource = true;
      if (!this.connected) return this.state.status === 'idle' ? {status: 'loading'} : this.state;
      const url = this.absoluteUrl(src);
      if (url !== this.subscribedUrl) {
        this.release();
        this.subscribedUrl = url;
        this.unsubscribe = getFeedStore().subscribe(url, (state) => {
          this.state = state;
          if (!this.syncing) this.host.requestUpdate();
        });
      }
      return this.state;
    }
    return undefined;
  }

  /**
   * Starts the wait for a source (once the page is parsed, NO_SOURCE_GRACE more), after which
   * the element shows, announces and logs that it has no feed. Only while connected, and the
   * timer goes with the element.
   */
  private waitForSource(src: string | undefined): void {
    if (!this.connected || this.noSourceTimer !== undefined || this.waitingForLoad) return;
    const document = this.host.ownerDocument;
    const start = () => {
      this.waitingForLoad = undefined;
      this.noSourceTimer = setTimeout(() => {
        this.noSourceTimer = undefined;
        this.noSourceState = {status: 'error', error: noSourceError(this.host, src)};
        this.host.requestUpdate();
      }, NO_SOURCE_GRACE);
    };
    if (document.readyState === 'loading') {
      this.waitingForLoad = () => {
        document.removeEventListener('DOMContentLoaded', onLoad);
      };
      const onLoad = () => start();
      document.addEventListener('DOMContentLoaded', onLoad, {once: true});
    } else {
      start();
    }
  }

  private stopNoSourceWait(): void {
    if (this.noSourceTimer !== undefined) clearTimeout(this.noSourceTimer);
    this.noSourceTimer = undefined;
    this.waitingForLoad?.();
    this.waitingForLoad = undefined;
  }

  /** `src` resolved against the page's base URL. */
  private absoluteUrl(src: string): string {
    return absoluteUrl(src, isServer ? undefined : document.baseURI);
  }

  /**
   * Asks the page for a `<programme-feed>`, once, and only when the element needs what a
   * provider gives: a feed (it has no source of its own) or a programme id (it names none).
   * An element with both of its own, like each of 1,000 cards in a list, dispatches no context
   * request at all. A provider already in place answers synchronously, in the same update.
   */
  private consumeContext(): void {
    if (this.consuming) return;
    this.consuming = true;
    const host = this.host;
    const consume = <C extends Context<unknown, unknown>>(context: C, take: (value: ContextType<C>) => void) =>
      new ContextConsumer(host, {
        context,
        subscribe: true,
        callback: (value) => {
          take(value);
          host.requestUpdate();
        },
      });
    consume(feedContext, (state) => (this.contextState = state));
    consume(programmeContext, (programme) => (this.contextProgramme = programme));
  }

  /**
   * Reads the feed a `<script type="application/json">` child holds, and watches for it arriving
   * or changing while the parser or a framework is still adding children. The watch is kept
   * only where it can matter, so a thousand cards without a script cost no observers.
   */
  private watchInlineJson(): void {
    const read = () => {
      const script = this.host.querySelector(INLINE_SCRIPT);
      const json = script ? (script.textContent ?? '') : undefined;
      if (json !== this.inlineJson) {
        this.inlineJson = json;
        this.host.requestUpdate();
      }
    };
    read();
    const mayChange = this.inlineJson !== undefined || this.host.ownerDocument.readyState === 'loading';
    if (mayChange || this.alwaysWatchInlineJson) {
      this.inlineObserver ??= new MutationObserver(read);
      this.inlineObserver.observe(this.host, {childList: true, subtree: true, characterData: true});
    }
  }

  private parseObject(feed: unknown): FeedState {
    if (feed !== this.parsedFrom) {
      this.parsedFrom = feed;
      this.parsedState = feedStateOf(feed);
    }
    return this.parsedState;
  }

  private parseJson(text: string, url: string | undefined): FeedState {
    const key = `${url ?? ''}\n${text}`;
    if (key !== this.parsedJson) {
      this.parsedJson = key;
      this.parsedJsonState = stateFromJson(text, url);
    }
    return this.parsedJsonState;
  }

  private release(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedUrl = undefined;
  }
}

/**
 * What an element shows for a feed state: the frame (loading, error) or its selected data. Pure,
 * so the server and the controller derive views the same way. A failed refresh keeps the last
 * good feed on its error state, and the element goes on showing it.
 */
export function viewOf<T>(state: FeedState, select: Select<T>, programmeId: string | undefined): View<T> {
  const feed = state.status === 'ready' || state.status === 'error' ? state.feed : undefined;
  const feedUrl = state.status === 'ready' || state.status === 'error' ? state.url : undefined;
  if (feed) {
    const selected = select(feed, programmeId);
    return selected instanceof FeedError
      ? {status: 'error', error: selected, pageUrl: safeHref(programmePageUrl(feed, programmeId), feedUrl)}
      : {status: 'ready', data: selected, feedUrl};
  }
  if (state.status === 'error') return {status: 'error', error: state.error, pageUrl: undefined};
  return LOADING;
}

/** The state of a feed object set directly: validated (once per object), with no URL of its own. */
export function feedStateOf(feed: unknown): FeedState {
  const result = parseFeed(feed);
  return result.ok
    ? {status: 'ready', feed: result.feed}
    : {
        status: 'error',
        error: feedError('invalid', 'invalid', {count: result.problems.length}, {problems: result.problems}),
      };
}

/** Inline JSON text to a state: a syntax error is a `parse` error, a wrong shape `invalid`. */
function stateFromJson(text: string, url: string | undefined): FeedState {
  if (text.trim() === '') {
    return {status: 'error', error: feedError('parse', 'empty-inline')};
  }
  const decoded = decodeFeed(text, url, true);
  return decoded.ok ? {status: 'ready', feed: decoded.feed, url} : {status: 'error', error: decoded.error};
}

function absoluteUrl(src: string, base: string | undefined): string {
  if (base === undefined) return src;
  try {
    return new URL(src, base).href;
  } catch {
    return src;
  }
}

/** What an element with nothing to show from says: which element, and how to give it a feed. */
function noSourceError(host: HTMLElement, src: string | undefined): FeedError {
  const provider = host.localName === 'programme-feed' ? 'provider-' : '';
  const empty = src === '' ? '-empty-src' : '';
  return feedError('not-found', `${provider}no-feed${empty}`, {tag: `<${host.localName}>`});
}
