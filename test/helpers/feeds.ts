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

/** Fields of the feed that are not text for people: ids, links, codes, dates, licences. */
const NOT_TEXT = new Set([
  'version',
  'id',
  'url',
  'src',
  'currency',
  'code',
  'start',
  'end',
  'programme',
  'project',
  'licence',
  'identifier',
  'datePublished',
  'awardDate',
  'dateModified',
]);

/**
 * The sample feed in format 1.1, every text for people a language map: its English, and
 * "Testun Cymraeg N" in Welsh (a stand-in any test can tell from both catalogues).
 */
export function bilingualFeed(change: (feed: MutableFeed) => void = () => {}): MutableFeed {
  let n = 0;
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') {
      return NOT_TEXT.has(key) || (key === 'alt' && value === '') ? value : {en: value, cy: `Testun Cymraeg ${++n}`};
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === 'object') {
      // Already a language map (the sample programme has some Welsh of its own): kept.
      if ('en' in value) return value;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  const feed = walk(sampleFeed(), '') as MutableFeed;
  feed.version = '1.1';
  change(feed);
  return feed;
}

/** The bilingual feed with Welsh missing in places: every project's summary and the aims' texts are English only. */
export function welshMissingFeed(): MutableFeed {
  return bilingualFeed((feed) => {
    for (const programme of feed.programmes as unknown as {
      projects?: {summary?: unknown}[];
      aims?: {items: {text?: unknown}[]};
    }[]) {
      for (const project of programme.projects ?? []) {
        if (project.summary && typeof project.summary === 'object')
          project.summary = {en: (project.summary as {en: string}).en};
      }
      for (const aim of programme.aims?.items ?? []) {
        if (aim.text && typeof aim.text === 'object') aim.text = {en: (aim.text as {en: string}).en};
      }
    }
  });
}
