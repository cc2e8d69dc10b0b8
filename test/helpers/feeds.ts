/**
 * Feed data for tests and stories: the sample feed and variations of it. Stories import these
 * too, so what a designer reviews is what the tests check.
 */
import sample from '../../sample/sample-feed.json' with {type: 'json'};

export type MutableFeed = typeof sample & Record<string, unknown>;

/** A fresh deep copy of the sample feed, safe to modify. */
export function sampleFeed(): MutableFeed {
  return structuredClone(sample) as MutableFeed;
}

/** The sample feed with `change` applied to a fresh copy. */
export function feedWith(change: (feed: MutableFeed) => void): MutableFeed {
  const feed = sampleFeed();
  change(feed);
  return feed;
}

export const PROGRAMME_ID = 'closing-the-gap-through-changing-relationships';
export const PROJECT_ID = 'dialysis-self-care';
