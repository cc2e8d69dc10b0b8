/**
 * Pure selectors over a validated feed: what each element shows, derived in `willUpdate()`.
 */
import type {Feed, Period, Programme, Project, RelatedExternal, Resource} from './feed.js';
import {FeedError} from './feed-error.js';
import {problemsOf} from './parse-feed.js';

/**
 * The programme an element shows: the one with `id`, or the only one when `id` is not given.
 * Returns a `not-found` error the element can show when there is no such programme.
 */
export function selectProgramme(feed: Feed, id: string | undefined): Programme | FeedError {
  if (!id) {
    if (feed.programmes.length === 1) return feed.programmes[0]!;
    return new FeedError(
      'not-found',
      `This feed has ${feed.programmes.length} programmes: set the programme attribute to one of their ids (${listIds(feed.programmes.map((p) => p.id))}).`,
    );
  }
  return (
    feed.programmes.find((programme) => programme.id === id) ??
    leftOut(feed, 'programme', id) ??
    new FeedError('not-found', `The feed has no programme with the id "${shorten(id)}".`)
  );
}

/**
 * An `invalid` error for an item the feed holds but `parseFeed` left out, with its problems, so
 * an element showing that item shows why it is missing while the rest of the feed is shown.
 */
function leftOut(feed: Feed, item: 'programme' | 'project', id: string): FeedError | undefined {
  const problems = problemsOf(feed).filter(
    (problem) => problem.severity === 'item' && problem.values['item'] === item && problem.values['id'] === id,
  );
  if (!problems.length) return undefined;
  const found = problems.length === 1 ? '1 problem was' : `${problems.length} problems were`;
  return new FeedError(
    'invalid',
    `The ${item} "${shorten(id)}" is left out of the feed: it is not valid (${found} found).`,
    {problems},
  );
}

/** The project with `id` in `programme`; searches every programme when `programme` is not set. */
export function selectProject(
  feed: Feed,
  programmeId: string | undefined,
  projectId: string | undefined,
): {programme: Programme; project: Project} | FeedError {
  if (!projectId)
    return new FeedError('not-found', 'No project was chosen: set the project attribute to a project id.');
  const programmes = programmeId ? feed.programmes.filter((p) => p.id === programmeId) : feed.programmes;
  for (const programme of programmes) {
    const project = programme.projects?.find((candidate) => candidate.id === projectId);
    if (project) return {programme, project};
  }
  return (
    leftOut(feed, 'project', projectId) ??
    new FeedError(
      'not-found',
      `The feed has no project with the id "${shorten(projectId)}"${programmeId ? ` in the programme "${shorten(programmeId)}"` : ''}.`,
    )
  );
}

/** One entry of "Further reading": a related programme or a resource, ready to show. */
export interface ReadingItem {
  readonly kind: 'programme' | 'resource';
  /** The type label, e.g. "Programme" or "Research report"; the element falls back to its catalogue. */
  readonly type: string | undefined;
  readonly title: string;
  readonly summary: string | undefined;
  readonly period: Period | undefined;
  readonly url: string | undefined;
}

/**
 * Resources first, then related programmes, in feed order (the reference page's order).
 * Related programmes named by id resolve within the feed; ids the feed does not hold are
 * skipped, since a dangling reference is not worth hiding the rest for.
 */
export function selectFurtherReading(feed: Feed, programme: Programme): ReadingItem[] {
  const resources = (programme.resources ?? []).map((resource: Resource): ReadingItem => ({
    kind: 'resource',
    type: resource.type,
    title: resource.title,
    summary: resource.summary,
    period: undefined,
    url: resource.url,
  }));
  const related = (programme.related ?? []).flatMap((reference): ReadingItem[] => {
    if ('programme' in reference) {
      const target = feed.programmes.find((candidate) => candidate.id === reference.programme);
      return target
        ? [
            {
              kind: 'programme',
              type: undefined,
              title: target.title,
              summary: target.strapline,
              period: target.period,
              url: target.url,
            },
          ]
        : [];
    }
    const external: RelatedExternal = reference;
    return [
      {
        kind: 'programme',
        type: external.type,
        title: external.title,
        summary: external.summary,
        period: external.period,
        url: external.url,
      },
    ];
  });
  return [...resources, ...related];
}

// Error messages quote ids, which may come from the page's attributes at any length, and list a
// feed's programmes, which may number 2,000: both are kept to a sentence's length, so an error
// never costs more to lay out than the content it stands for.
const ID_QUOTE_MAX = 100;
const IDS_LISTED = 10;

function shorten(id: string): string {
  return id.length > ID_QUOTE_MAX ? `${id.slice(0, ID_QUOTE_MAX)}…` : id;
}

function listIds(ids: readonly string[]): string {
  const listed = ids.slice(0, IDS_LISTED).map(shorten).join(', ');
  return ids.length > IDS_LISTED ? `${listed} and ${(ids.length - IDS_LISTED).toLocaleString('en-GB')} more` : listed;
}
