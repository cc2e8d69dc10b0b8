import type {Feed} from './feed.js';
import {errorMessage, type FeedError, type FeedErrorKind} from './feed-error.js';
import type {FeedProblem} from './feed.js';
import {problemIn} from './problems.js';
import {enGB, type Messages} from '../i18n/en-GB.js';

/** Fired when an element (or `<programme-feed>`) has a valid feed to show. Bubbles and is composed. */
export class FeedLoadEvent extends Event {
  static readonly eventName = 'feed-load';
  readonly feed: Feed;
  /** The absolute feed URL: `src`, also for inline data that names where it is published; undefined for inline data without `src`. */
  readonly url: string | undefined;
  /** What the feed's check left out or advises on (see docs/problems.md): empty for a feed shown whole. */
  readonly problems: readonly FeedProblem[];

  constructor(feed: Feed, url: string | undefined, problems: readonly FeedProblem[] = []) {
    super(FeedLoadEvent.eventName, {bubbles: true, composed: true});
    this.feed = feed;
    this.url = url;
    this.problems = problems;
  }
}

/**
 * Fired when a feed cannot be shown. Bubbles and is composed. `message` and each problem's
 * `message` are in the element's language (`error.message` stays English).
 */
export class FeedErrorEvent extends Event {
  static readonly eventName = 'feed-error';
  readonly error: FeedError;
  readonly kind: FeedErrorKind;
  /** A sentence a site editor can act on, in the element's language. */
  readonly message: string;
  /** For `invalid` feeds: every problem with its JSON path, worded in the element's language. */
  readonly problems: readonly FeedProblem[];
  /** For `http` errors: the status code. */
  readonly status: number | undefined;
  readonly url: string | undefined;

  /** `t` is the element's catalogue, `lang` its language (default: English). */
  constructor(error: FeedError, t: Messages = enGB, lang = 'en-GB') {
    super(FeedErrorEvent.eventName, {bubbles: true, composed: true});
    this.error = error;
    this.kind = error.kind;
    this.message = errorMessage(error, t, lang);
    this.problems = t === enGB ? error.problems : error.problems.map((found) => problemIn(found, t, lang));
    this.status = error.status;
    this.url = error.url;
  }
}

declare global {
  interface HTMLElementEventMap {
    'feed-load': FeedLoadEvent;
    'feed-error': FeedErrorEvent;
  }
}
