import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {ContextConsumer} from '@lit/context';
import {feedContext, programmeContext, type FeedState} from './feed-context.js';
import {FeedError} from './feed-error.js';
import {FeedErrorEvent, FeedLoadEvent} from './feed-events.js';
import {getFeedStore} from './feed-store.js';
import {invalidFeedMessage, notJsonMessage} from './load-feed.js';
import {feedUrlOf, parseFeed} from './parse-feed.js';

/** What an element exposes for the controller to read its feed source. */
export interface FeedSourceHost extends ReactiveControllerHost, HTMLElement {
  /** Feed URL; resolved against the page's base URL. */
  src: string | undefined;
  /** Feed data set directly (validated here, never fetched). */
  feed: unknown;
  /** The programme id the element names itself; without it, a provider's applies. */
  programme: string | undefined;
}

export interface FeedControllerOptions {
  /**
   * Feed JSON text the host holds itself (`<programme-feed>`'s `<script type="application/json">`
   * child), or undefined when it holds none. Used when `feed` is not set, before `src`: inline
   * data never causes a request.
   */
  readonly inlineJson?: (() => string | undefined) | undefined;
}

const IDLE: FeedState = {status: 'idle'};

/**
 * Gives an element its `FeedState` from, in order of precedence: its `feed` property (validated,
 * no request), inline JSON the host holds (`options.inlineJson`, no request), its `src` attribute
 * (through the page-wide store: one request per URL), or the nearest `<programme-feed>` ancestor
 * (through context). Shared by composition, not a base class.
 *
 * It also gives the programme id a `<programme-feed programme="…">` ancestor names, as
 * `contextProgramme`; elements show `this.programme ?? controller.contextProgramme`.
 *
 * The element calls `sync()` at the start of `willUpdate()` and reads `state`; the controller
 * subscribes and unsubscribes as the source changes and as the element connects and
 * disconnects. It fires `feed-load` / `feed-error` on the element when the element loads its
 * own feed; an element fed by `<programme-feed>` leaves the events to the provider, so a page
 * hears each failure once.
 */
export class FeedController implements ReactiveController {
  state: FeedState = IDLE;
  /** The programme id named by the nearest `<programme-feed>` ancestor, if any. */
  contextProgramme: string | undefined = undefined;

  private readonly host: FeedSourceHost;
  private readonly inlineJson: (() => string | undefined) | undefined;
  private contextState: FeedState | undefined;
  private connected = false;
  private subscribedUrl: string | undefined;
  private unsubscribe: (() => void) | undefined;
  private syncing = false;
  private ownSource = false;
  private announced: FeedState | undefined;
  private parsedFrom: unknown;
  private parsedState: FeedState = IDLE;
  private parsedJson: string | undefined;
  private parsedJsonState: FeedState = IDLE;
  private consuming = false;

  constructor(host: FeedSourceHost, options: FeedControllerOptions = {}) {
    this.host = host;
    this.inlineJson = options.inlineJson;
    host.addController(this);
  }

  /**
   * Asks the page for a `<programme-feed>`, once, and only when the element needs what a
   * provider gives: a feed (it has no source of its own) or a programme id (it names none).
   * An element with both of its own, like each of 1,000 cards in a list, dispatches no context
   * request at all. Consumers made while connected ask at once, and a provider already in
   * place answers synchronously, so `resolve()` reads the answer in the same update.
   */
  private consumeContext(): void {
    if (this.consuming) return;
    this.consuming = true;
    const host = this.host;
    new ContextConsumer(host, {
      context: feedContext,
      subscribe: true,
      callback: (state) => {
        this.contextState = state;
        host.requestUpdate();
      },
    });
    new ContextConsumer(host, {
      context: programmeContext,
      subscribe: true,
      callback: (programme) => {
        this.contextProgramme = programme;
        host.requestUpdate();
      },
    });
  }

  hostConnected(): void {
    this.connected = true;
    // A reconnected element (e.g. moved in the page) must resubscribe; the store keeps the
    // request alive across a move, so this costs no request.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.release();
  }

  hostUpdated(): void {
    const state = this.state;
    if (!this.ownSource || state === this.announced) return;
    if (state.status === 'ready') {
      this.announced = state;
      this.host.dispatchEvent(new FeedLoadEvent(state.feed, state.url));
    } else if (state.status === 'error') {
      this.announced = state;
      this.host.dispatchEvent(new FeedErrorEvent(state.error));
    }
  }

  /** Works out the current source and state; call from `willUpdate()`. Returns `state`. */
  sync(): FeedState {
    this.syncing = true;
    try {
      this.state = this.resolve();
    } finally {
      this.syncing = false;
    }
    return this.state;
  }

  private resolve(): FeedState {
    const {feed, src, programme} = this.host;
    if (programme === undefined) this.consumeContext();
    if (feed !== undefined && feed !== null) {
      this.release();
      this.ownSource = true;
      return this.parseInline(feed);
    }
    const json = this.inlineJson?.();
    if (json !== undefined) {
      this.release();
      this.ownSource = true;
      return this.parseJson(json);
    }
    if (src) {
      this.ownSource = true;
      // On the server (SSR) nothing connects and nothing is fetched: the element renders its
      // loading state and hydrates on the client.
      if (!this.connected) return this.state.status === 'idle' ? {status: 'loading'} : this.state;
      const url = absoluteUrl(src);
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
    this.release();
    this.ownSource = false;
    this.consumeContext();
    return this.contextState ?? IDLE;
  }

  private parseInline(feed: unknown): FeedState {
    if (feed !== this.parsedFrom) {
      this.parsedFrom = feed;
      const result = parseFeed(feed);
      this.parsedState = result.ok
        ? {status: 'ready', feed: result.feed, url: feedUrlOf(result.feed)}
        : {
            status: 'error',
            error: new FeedError('invalid', invalidMessage(result.problems.length), {problems: result.problems}),
          };
    }
    return this.parsedState;
  }

  private parseJson(text: string): FeedState {
    if (text !== this.parsedJson) {
      this.parsedJson = text;
      this.parsedJsonState = stateFromJson(text);
    }
    return this.parsedJsonState;
  }

  private release(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedUrl = undefined;
  }
}

/** The sentence for an invalid feed; the problems themselves travel with the error. */
export function invalidMessage(count: number): string {
  return invalidFeedMessage(count);
}

const INLINE_SUBJECT = 'The feed in the <script type="application/json"> element';

/** Inline JSON text to a state: a syntax error is a `parse` error, a wrong shape `invalid`. */
function stateFromJson(text: string): FeedState {
  if (text.trim() === '') {
    return {status: 'error', error: new FeedError('parse', `${INLINE_SUBJECT} is empty.`)};
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {status: 'error', error: new FeedError('parse', notJsonMessage(INLINE_SUBJECT, text, error))};
  }
  const result = parseFeed(json);
  if (result.ok) return {status: 'ready', feed: result.feed};
  return {
    status: 'error',
    error: new FeedError('invalid', invalidFeedMessage(result.problems.length, INLINE_SUBJECT), {
      problems: result.problems,
    }),
  };
}

function absoluteUrl(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src;
  }
}
