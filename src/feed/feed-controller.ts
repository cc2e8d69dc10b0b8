import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {ContextConsumer} from '@lit/context';
import {feedContext, type FeedState} from './feed-context.js';
import {FeedError} from './feed-error.js';
import {FeedErrorEvent, FeedLoadEvent} from './feed-events.js';
import {getFeedStore} from './feed-store.js';
import {parseFeed} from './parse-feed.js';

/** What an element exposes for the controller to read its feed source. */
export interface FeedSourceHost extends ReactiveControllerHost, HTMLElement {
  /** Feed URL; resolved against the page's base URL. */
  src: string | undefined;
  /** Feed data set directly (validated here, never fetched). */
  feed: unknown;
}

const IDLE: FeedState = {status: 'idle'};

/**
 * Gives an element its `FeedState` from, in order of precedence: its `feed` property (validated,
 * no request), its `src` attribute (through the page-wide store: one request per URL), or the
 * nearest `<programme-feed>` ancestor (through context). Shared by composition, not a base class.
 *
 * The element calls `sync()` at the start of `willUpdate()` and reads `state`; the controller
 * subscribes and unsubscribes as the source changes and as the element connects and
 * disconnects. It fires `feed-load` / `feed-error` on the element when the element loads its
 * own feed; an element fed by `<programme-feed>` leaves the events to the provider, so a page
 * hears each failure once.
 */
export class FeedController implements ReactiveController {
  state: FeedState = IDLE;

  private readonly host: FeedSourceHost;
  private contextState: FeedState | undefined;
  private connected = false;
  private subscribedUrl: string | undefined;
  private unsubscribe: (() => void) | undefined;
  private syncing = false;
  private ownSource = false;
  private announced: FeedState | undefined;
  private parsedFrom: unknown;
  private parsedState: FeedState = IDLE;

  constructor(host: FeedSourceHost) {
    this.host = host;
    host.addController(this);
    new ContextConsumer(host, {
      context: feedContext,
      subscribe: true,
      callback: (state) => {
        this.contextState = state;
        this.host.requestUpdate();
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
    const {feed, src} = this.host;
    if (feed !== undefined && feed !== null) {
      this.release();
      this.ownSource = true;
      return this.parseInline(feed);
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
    return this.contextState ?? IDLE;
  }

  private parseInline(feed: unknown): FeedState {
    if (feed !== this.parsedFrom) {
      this.parsedFrom = feed;
      const result = parseFeed(feed);
      this.parsedState = result.ok
        ? {status: 'ready', feed: result.feed}
        : {
            status: 'error',
            error: new FeedError('invalid', invalidMessage(result.problems.length), {problems: result.problems}),
          };
    }
    return this.parsedState;
  }

  private release(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedUrl = undefined;
  }
}

/** The sentence for an invalid feed; the problems themselves travel with the error. */
export function invalidMessage(count: number): string {
  return `The feed is not a valid programme feed: ${count === 1 ? '1 problem was' : `${count} problems were`} found.`;
}

function absoluteUrl(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src;
  }
}
