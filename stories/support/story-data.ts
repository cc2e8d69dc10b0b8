/**
 * The feeds the stories show: the sample feed, and variations of it made with `feedWith()` from
 * the tests' own helpers, so what a designer reviews is what the tests check. No fixture is
 * copied here; each variation says what it changes. One difference, everywhere: the feed's images
 * are Storybook's own illustration, since the sample's image URLs are the publisher's.
 */
import * as feeds from '../../test/helpers/feeds.js';
import type {MutableFeed} from '../../test/helpers/feeds.js';

export const {PROGRAMME_ID, PROJECT_ID} = feeds;

/** An illustration served by Storybook itself (`staticDirs`), so no story needs the network. */
export const STORY_IMAGE = {src: '/assets/project-photo.svg', alt: 'Two people talking in a clinic waiting room'};

/** Every image of the feed made the stories' illustration, its alt text kept. */
function withStoryImages(feed: MutableFeed): MutableFeed {
  for (const programme of feed.programmes as {image?: {src: unknown}; projects?: {image?: {src: unknown}}[]}[]) {
    for (const item of [programme, ...(programme.projects ?? [])]) {
      if (item.image) item.image = {...item.image, src: STORY_IMAGE.src};
    }
  }
  return feed;
}

export const sampleFeed = (): MutableFeed => withStoryImages(feeds.sampleFeed());
export const bilingualFeed = (): MutableFeed => withStoryImages(feeds.bilingualFeed());
export const welshMissingFeed = (): MutableFeed => withStoryImages(feeds.welshMissingFeed());
const feedWith = (change: (feed: MutableFeed) => void): MutableFeed => withStoryImages(feeds.feedWith(change));

/** The programme the stories show (the sample feed holds two). */
type MutableProgramme = MutableFeed['programmes'][number] & Record<string, unknown>;
type MutableProject = NonNullable<MutableFeed['programmes'][0]['projects']>[number] & Record<string, unknown>;

function programmeOf(feed: MutableFeed): MutableProgramme {
  return feed.programmes.find((programme) => programme.id === PROGRAMME_ID) as MutableProgramme;
}

function projectsOf(feed: MutableFeed): MutableProject[] {
  return (programmeOf(feed).projects ?? []) as MutableProject[];
}

/** Every optional field given: images, links, lead organisation and partners. */
export function completeFeed(): MutableFeed {
  return feedWith((feed) => {
    const programme = programmeOf(feed);
    programme.image = STORY_IMAGE;
    for (const project of projectsOf(feed)) {
      project.url = `https://example.org/example-only/projects/${project.id}`;
      project.image = STORY_IMAGE;
      project.lead ??= {name: 'Royal Free London NHS Foundation Trust'};
      project.partners = [{name: 'Kidney Care UK'}, {name: 'University College London'}];
    }
  });
}

/** No images and no links anywhere: the optional `image` and `url` fields left out. */
export function withoutImagesOrLinks(): MutableFeed {
  return feedWith((feed) => {
    for (const programme of feed.programmes as Record<string, unknown>[]) {
      delete programme.url;
      delete programme.image;
      for (const project of (programme['projects'] ?? []) as Record<string, unknown>[]) {
        delete project.url;
        delete project.image;
      }
      for (const resource of (programme['resources'] ?? []) as Record<string, unknown>[]) delete resource.url;
      for (const promo of (programme['promos'] ?? []) as Record<string, unknown>[]) delete promo.action;
    }
  });
}

/** A programme with nothing in it beyond its id and title: no aims, projects or further reading. */
export function emptyFeed(): MutableFeed {
  return feedWith((feed) => {
    const programme = programmeOf(feed);
    for (const key of Object.keys(programme)) {
      if (key !== 'id' && key !== 'title') delete programme[key];
    }
    // The other programme links back to this one; it stays, but this one lists nothing.
  });
}

const LONG_WORD = 'Pneumonoultramicroscopicsilicovolcanoconiosis-and-Hippopotomonstrosesquippedaliophobia';
const sentence = (subject: string) =>
  `${subject} is deliberately long, so designers can see how the element wraps, stacks and keeps its spacing when an editor writes far more than the reference page does, including an unbroken word such as ${LONG_WORD}.`;

/** Very long titles, summaries and lists, within the feed's limits, with an unbroken word. */
export function longContentFeed(): MutableFeed {
  return feedWith((feed) => {
    const programme = programmeOf(feed);
    programme.title = `Closing the Gap through Changing Relationships between People, Communities, Health Services and ${LONG_WORD}: a Very Long Programme Title`;
    programme.strapline = sentence('This strapline') + ' ' + sentence('Its second sentence');
    programme.keyPoints = [
      ...programme.keyPoints!,
      {en: sentence('This key point'), cy: sentence('Y pwynt allweddol hwn')},
    ];
    programme.description = [...programme.description!, `${sentence('This paragraph')} `.repeat(4).trim()];
    if (programme.status) programme.status.text = sentence('This status sentence');
    programme.aims!.introduction = sentence('This introduction');
    programme.aims!.items = programme.aims!.items.map((aim) => ({
      heading: `${aim.heading}, and a heading that goes on well past one line ${LONG_WORD}`,
      text: `${aim.text} ${sentence('This aim')}`,
    }));
    for (const project of projectsOf(feed)) {
      project.type = 'Improvement project with a long type label';
      project.title = `${project.title}, with a title that goes on for several lines ${LONG_WORD}`;
      project.summary = `${project.summary} ${sentence('This summary')} ${sentence('Its last sentence')}`;
      project.lead = {name: `The Very Long Name of a Lead Organisation NHS Foundation Trust ${LONG_WORD}`};
    }
    for (const resource of (programme.resources ?? []) as {title: string; summary?: string}[]) {
      resource.title = `${resource.title}: the full report, appendices and a long subtitle ${LONG_WORD}`;
      resource.summary = sentence('This resource summary');
    }
    for (const promo of (programme.promos ?? []) as {title: string; text?: string}[]) {
      promo.title = `${promo.title} — a promotion with a long title ${LONG_WORD}`;
      promo.text = sentence('This promotion');
    }
  });
}

/** The programme open for applications. */
export function openFeed(): MutableFeed {
  return feedWith((feed) => {
    programmeOf(feed).status = {code: 'open', text: 'This programme is open for applications until 30 June 2027.'};
  });
}

/** The programme closed for applications (as in the sample, stated here so the story says so). */
export function closedFeed(): MutableFeed {
  return feedWith((feed) => {
    programmeOf(feed).status = {code: 'closed', text: 'This programme is closed for applications.'};
  });
}

/** Not a valid feed: the programme's title is a number and a project has no id. */
export function invalidFeed(): MutableFeed {
  return feedWith((feed) => {
    (programmeOf(feed) as Record<string, unknown>).title = 42;
    delete (projectsOf(feed)[0] as Record<string, unknown>).id;
  });
}

/** The story's project with only what a project must have: an id and a title. */
export function bareProjectFeed(): MutableFeed {
  return feedWith((feed) => {
    const project = projectsOf(feed).find((candidate) => candidate.id === PROJECT_ID) as Record<string, unknown>;
    for (const key of Object.keys(project)) {
      if (key !== 'id' && key !== 'title') delete project[key];
    }
  });
}

/** Aims with only what they must have: no introduction, no conclusion, no text under the headings. */
export function aimsWithoutOptionalFieldsFeed(): MutableFeed {
  return feedWith((feed) => {
    const aims = programmeOf(feed).aims!;
    delete (aims as Record<string, unknown>)['introduction'];
    delete (aims as Record<string, unknown>)['conclusion'];
    aims.items = aims.items.map((aim) => ({heading: aim.heading}) as (typeof aims.items)[number]);
  });
}

/** Not a programme feed at all (its version is a number): nothing can be shown, whichever element. */
export function unreadableFeed(): MutableFeed {
  return feedWith((feed) => ((feed as Record<string, unknown>)['version'] = 1));
}

/** An organisation-wide feed: the sample's two programmes and one more, open for applications. */
export function organisationFeed(): MutableFeed {
  return feedWith((feed) => {
    feed.programmes.push({
      id: 'improving-care-together',
      title: 'Improving Care Together',
      strapline: 'Funding and support for teams of patients and staff improving care side by side',
      status: {code: 'open', text: 'This programme is open for applications until 30 June 2027.'},
      period: {start: '2026', end: '2028'},
      url: 'https://example.org/example-only/programmes/improving-care-together',
      image: STORY_IMAGE,
    } as unknown as MutableFeed['programmes'][number]);
  });
}
