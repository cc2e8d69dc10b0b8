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

/** The headings of the sample programme's aims, in order. */
export const AIM_HEADINGS = [
  'Between communities and the wider health care system',
  'Between the person using services and the wider health care system',
  'Between the individual and health providers',
];

/** The titles of the sample programme's projects, in order. */
export const PROJECT_TITLES = [
  'Example title: dialysis patients taking control',
  'Example title: a social movement for record access',
  'Example title: service users in child and adolescent mental health care',
  'Example title: women at the centre of antenatal care',
  'Example title: recovery-focused mental health practice',
  'Example title: health care with homeless people',
];
