import type {TemplateResult} from 'lit';
import type {Feed} from '../feed/feed.js';
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

/**
 * What an element shows, declared as data beside its view (`<tag>.view.ts`): what it selects from
 * a valid feed, its view of that, and the skeleton of the same shape. `host` is the element, read
 * for its own attributes only (`noHeading`, `status`, `project`), so the functions stay pure.
 * Methods, not function-typed fields: an element whose view reads its `noHeading` is still a `FeedElement<T>`.
 */
export interface ElementView<T, Host = unknown> {
  /** What the element shows from a valid feed, or a `not-found` error. */
  select(feed: Feed, programmeId: string | undefined, host: Host): T | FeedError;
  /** The content: the view of what `select` returned. */
  render(data: T, context: ViewContext, host: Host): TemplateResult;
  /** Grey blocks the size of the content, so nothing moves when it arrives. */
  skeleton(context: ViewContext, host: Host): TemplateResult;
}
