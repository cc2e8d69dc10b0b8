/**
 * Feed URLs for what a static Storybook cannot serve by itself: a request that never answers
 * (loading), an HTTP error, and the sample feed with the stories' own images.
 * `installStoryFeeds()` answers requests to these paths inside the page, so the elements go
 * through their real loader (fetch, status check, store) and no request leaves the page; every
 * other request goes to the real `fetch`.
 */
import {sampleFeed} from './story-data.js';

const PREFIX = '/__story-feed/';

export const STORY_FEEDS = {
  /** The sample feed, as a partner's page loads it from a URL. */
  sample: `${PREFIX}sample-feed.json`,
  /** Never answers: the element shows its loading state until the library's 10-second limit. */
  pending: `${PREFIX}pending.json`,
  /** Answers 404 Not Found. */
  notFound: `${PREFIX}missing.json`,
} as const;

/** The URL of a feed request, whatever form `fetch` was called with. */
function requestUrl(input: RequestInfo | URL): URL {
  return new URL(input instanceof Request ? input.url : String(input), document.baseURI);
}

/** Wraps `fetch` for the story feed paths; returns the function that restores it. */
export function installStoryFeeds(): () => void {
  const realFetch = globalThis.fetch;
  const storyFetch: typeof fetch = (input, init) => {
    const url = requestUrl(input);
    if (!url.pathname.startsWith(PREFIX)) return realFetch(input, init);
    if (url.pathname === STORY_FEEDS.pending) {
      // Held open: the loader's own time limit (or the element leaving the page) ends it. It
      // never rejects, so an abort cannot surface as an unhandled rejection.
      return new Promise<Response>(() => {});
    }
    if (url.pathname === STORY_FEEDS.sample) {
      return Promise.resolve(
        new Response(JSON.stringify(sampleFeed()), {headers: {'Content-Type': 'application/json'}}),
      );
    }
    return Promise.resolve(
      new Response('Not found', {status: 404, statusText: 'Not Found', headers: {'Content-Type': 'text/plain'}}),
    );
  };
  globalThis.fetch = storyFetch;
  return () => {
    if (globalThis.fetch === storyFetch) globalThis.fetch = realFetch;
  };
}
