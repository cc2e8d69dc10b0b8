// PLACEHOLDER — being replaced by the full store (issue 2 §4). Interface is fixed:
import type {FeedState} from './feed-context.js';
import {FeedError} from './feed-error.js';
import {parseFeed} from './parse-feed.js';

export type FeedListener = (state: FeedState) => void;

export class FeedStore {
  private states = new Map<string, FeedState>();
  /** Calls `listener` synchronously with the current state, then on every change. */
  subscribe(url: string, listener: FeedListener): () => void {
    const state = this.states.get(url);
    if (state && state.status !== 'error') {
      listener(state);
    } else {
      listener({status: 'loading'});
      fetch(url, {credentials: 'omit'})
        .then((r) => r.json())
        .then((json) => {
          const result = parseFeed(json);
          const next: FeedState = result.ok
            ? {status: 'ready', feed: result.feed, url}
            : {status: 'error', error: new FeedError('invalid', 'invalid', {problems: result.problems, url})};
          this.states.set(url, next);
          listener(next);
        })
        .catch((e: unknown) => listener({status: 'error', error: new FeedError('network', String(e), {url})}));
    }
    return () => {};
  }
}

let store: FeedStore | undefined;
/** The page-wide store, created on first use. */
export function getFeedStore(): FeedStore {
  return (store ??= new FeedStore());
}
