import {createContext} from '@lit/context';
import type {Feed} from './feed.js';
import type {FeedError} from './feed-error.js';

/**
 * What an element knows about its feed. Plain data, so stories and tests can hand any state to
 * an element, and `<programme-feed>` can provide it to its descendants through context.
 *
 * `url` is the absolute feed URL (relative links in the feed resolve against it); it is absent
 * for inline data. An `error` state keeps the last good `feed`, if any, so a failed refresh
 * never wipes what is shown.
 */
export type FeedState =
  | {readonly status: 'idle'}
  | {readonly status: 'loading'}
  | {readonly status: 'ready'; readonly feed: Feed; readonly url?: string | undefined}
  | {
      readonly status: 'error';
      readonly error: FeedError;
      readonly feed?: Feed | undefined;
      readonly url?: string | undefined;
    };

/** The context `<programme-feed>` provides and every element consumes. */
export const feedContext = createContext<FeedState>(Symbol('programme-elements:feed'));

/**
 * The programme `<programme-feed programme="…">` names for its descendants: an element without
 * its own `programme` attribute shows that one. Undefined when the provider names none (then a
 * single-programme feed shows its only programme).
 */
export const programmeContext = createContext<string | undefined>(Symbol('programme-elements:programme'));
