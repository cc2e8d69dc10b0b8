import type {FeedError} from '../feed/feed-error.js';
import type {Messages} from '../i18n/messages.js';
import type {HeadingLevel} from './heading.js';

/** What every view needs beside its data: the words, the language, the heading level and the feed's URL. */
export interface ViewContext {
  readonly t: Messages;
  readonly lang: string;
  /** The level of the view's top heading. */
  readonly level: HeadingLevel;
  /** The feed's absolute URL: relative links in the feed resolve against it. Undefined for inline data. */
  readonly feedUrl: string | undefined;
}

/**
 * Data already selected from a feed, with the URL its links resolve against: what a composite
 * hands each of its sections, and what the server renders from. An element given one loads nothing.
 */
export interface Selected<T> {
  readonly data: T;
  readonly feedUrl: string | undefined;
}

/** What an element shows: the loading / error / ready frame around its view. */
export type View<T> =
  | {readonly status: 'loading'}
  | {readonly status: 'error'; readonly error: FeedError; readonly pageUrl: string | undefined}
  | ({readonly status: 'ready'} & Selected<T>);
