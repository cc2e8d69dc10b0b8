/**
 * Pure selectors over a validated feed: what each element shows, picked once. The elements, the
 * composites that hand their sections what they picked, and the server all call these, so each
 * rule (which programme, what counts as "no aims") is written here and nowhere else.
 */
import type {
  Aim,
  Feed,
  LocalText,
  Period,
  Programme,
  ProgrammeStatus,
  Project,
  RelatedExternal,
  RelatedReference,
} from './feed.js';
import {FeedError, feedError} from './feed-error.js';
import {problemsOf} from './parse-feed.js';

/**
 * The programme an element shows: the one with `id`, or the only one when `id` is not given.
 * Returns a `not-found` error the element can show when there is no such programme.
 */
export function selectProgramme(feed: Feed, id: string | undefined): Programme | FeedError {
  if (!id) {
    // "The only programme" must be the feed's only one, not the one left after another was left out.
    const programmesLeftOut = problemsOf(feed).some(
      (problem) => problem.severity === 'item' && problem.values['item'] === 'programme',
    );
    if (feed.programmes.length === 1 && !programmesLeftOut) return feed.programmes[0]!;
    const ids = listIds(feed.programmes.map((p) => p.id));
    return programmesLeftOut
      ? feedError('not-found', 'programme-unclear-left-out', {ids})
      : feedError('not-found', 'programme-unclear', {ids, count: feed.programmes.length});
  }
  return (
    feed.programmes.find((programme) => programme.id === id) ??
    leftOut(feed, 'programme', id) ??
    feedError('not-found', 'no-programme', {id: shorten(id)})
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
  return feedError('invalid', 'left-out', {item, id: shorten(id), count: problems.length}, {problems});
}

/** A selector of what `pick` takes from the programme an id names (as `selectProgramme` finds it), or its `not-found` error. */
export function selectInProgramme<T>(
  pick: (programme: Programme, feed: Feed) => T,
): (feed: Feed, id: string | undefined) => T | FeedError {
  return (feed, id) => {
    const programme = selectProgramme(feed, id);
    return programme instanceof FeedError ? programme : pick(programme, feed);
  };
}

/** The programme's own page, for the error state's link: undefined when no single programme is meant. */
export function programmePageUrl(feed: Feed, id: string | undefined): string | undefined {
  const programme = id
    ? feed.programmes.find((candidate) => candidate.id === id)
    : feed.programmes.length === 1
      ? feed.programmes[0]
      : undefined;
  return programme?.url;
}

/** One project and the programme it belongs to: what `<project-card>` shows. */
export interface ProjectSelection {
  readonly programme: Programme;
  readonly project: Project;
}

/** The project with `id` in `programme`; searches every programme when `programme` is not set. */
export function selectProject(
  feed: Feed,
  programmeId: string | undefined,
  projectId: string | undefined,
): ProjectSelection | FeedError {
  if (!projectId) return feedError('not-found', 'no-project-chosen');
  return (
    projectIndex(feed, programmeId).get(projectId) ??
    leftOut(feed, 'project', projectId) ??
    (programmeId
      ? feedError('not-found', 'no-project-in-programme', {id: shorten(projectId), programme: shorten(programmeId)})
      : feedError('not-found', 'no-project', {id: shorten(projectId)}))
  );
}

/**
 * Each feed's projects by id, per programme id asked for (every programme, first one first, when
 * none is), made the first time a card asks and kept as long as the feed: 1,000 cards on one feed
 * find their project without each searching its programme.
 */
const projectIndexes = new WeakMap<Feed, Map<string | undefined, Map<string, ProjectSelection>>>();

function projectIndex(feed: Feed, programmeId: string | undefined): Map<string, ProjectSelection> {
  let indexes = projectIndexes.get(feed);
  if (!indexes) projectIndexes.set(feed, (indexes = new Map()));
  let index = indexes.get(programmeId);
  if (!index) {
    indexes.set(programmeId, (index = new Map()));
    for (const programme of feed.programmes) {
      if (programmeId && programme.id !== programmeId) continue;
      for (const project of programme.projects ?? []) {
        if (!index.has(project.id)) index.set(project.id, {programme, project});
      }
    }
  }
  return index;
}

/** A programme's aims as shown: introduction, the aims themselves, conclusion. */
export interface Aims {
  readonly introduction: LocalText | undefined;
  readonly items: readonly Aim[];
  readonly conclusion: LocalText | undefined;
}

export function selectAims(programme: Programme): Aims {
  const aims = programme.aims;
  return {introduction: aims?.introduction, items: aims?.items ?? [], conclusion: aims?.conclusion};
}

/**
 * The aims section has something to show only when there are aims: an introduction to no aims
 * would introduce nothing. `<aims-list>` then says so; `<programme-page>` leaves the section out.
 */
export function hasAims(aims: Aims): boolean {
  return aims.items.length > 0;
}

/** What `<project-list>` shows: the programme's projects and their introduction. */
export interface Projects {
  readonly programme: Programme;
  readonly introduction: readonly LocalText[];
  readonly projects: readonly Project[];
}

export function selectProjects(programme: Programme): Projects {
  return {programme, introduction: programme.projectsIntroduction ?? [], projects: programme.projects ?? []};
}

/**
 * The projects section has something to show when it has projects or an introduction (which
 * may say where the projects are, or that they are still to come).
 */
export function hasProjects(projects: Projects): boolean {
  return projects.projects.length > 0 || projects.introduction.length > 0;
}

/** One entry of "Further reading": a related programme, one of the programme's projects, or a resource, ready to show. */
export interface ReadingItem {
  readonly kind: 'programme' | 'project' | 'resource';
  /** The type label, e.g. "Research report"; the view falls back to its catalogue's "Programme", "Project" or "Resource". */
  readonly type: LocalText | undefined;
  readonly title: LocalText;
  readonly summary: LocalText | undefined;
  readonly period: Period | undefined;
  /** The publisher's name, for resources that give one. */
  readonly publisher: LocalText | undefined;
  readonly url: string | undefined;
}

/** What `<related-programmes>` shows: the programme and its further reading. */
export interface FurtherReading {
  readonly programme: Programme;
  readonly items: readonly ReadingItem[];
}

/**
 * Resources first, then the related entries, in feed order (the reference page's order: the
 * evaluation report, a related programme, then one of the programme's own projects).
 * Programmes named by id resolve within the feed, projects named by id within this programme;
 * ids they do not hold are skipped, since a dangling reference is not worth hiding the rest for
 * (the validator's `related-not-found` advice tells the editor).
 */
export function selectFurtherReading(programme: Programme, feed: Feed): FurtherReading {
  const resources = (programme.resources ?? []).map((resource): ReadingItem => ({
    kind: 'resource',
    type: resource.type,
    title: resource.title,
    summary: resource.summary,
    period: undefined,
    publisher: resource.publisher?.name,
    url: resource.url,
  }));
  const related = (programme.related ?? []).flatMap((reference): ReadingItem[] => {
    if (isProjectReference(reference)) {
      const project = programme.projects?.find((candidate) => candidate.id === reference.project);
      return project
        ? [
            {
              kind: 'project',
              type: project.type,
              title: project.title,
              summary: project.summary,
              period: undefined,
              publisher: undefined,
              url: project.url,
            },
          ]
        : [];
    }
    if (isById(reference)) {
      const target = feed.programmes.find((candidate) => candidate.id === reference.programme);
      return target
        ? [
            {
              kind: 'programme',
              type: undefined,
              title: target.title,
              summary: target.strapline,
              period: target.period,
              publisher: undefined,
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
        publisher: undefined,
        url: external.url,
      },
    ];
  });
  return {programme, items: [...resources, ...related]};
}

/** A related programme named by id: an own `programme` field (not one a page put on Object.prototype). */
function isById(reference: RelatedReference): reference is Extract<RelatedReference, {readonly programme: string}> {
  return Object.hasOwn(reference, 'programme');
}

/** One of the programme's own projects named by id: an own `project` field. */
function isProjectReference(
  reference: RelatedReference,
): reference is Extract<RelatedReference, {readonly project: string}> {
  return Object.hasOwn(reference, 'project');
}

export function hasFurtherReading(reading: FurtherReading): boolean {
  return reading.items.length > 0;
}

/** Everything `<programme-page>` shows, each section selected once and handed to its element. */
export interface ProgrammePageSelection {
  /** The whole feed, for what the page says about its publisher (its structured data). */
  readonly feed: Feed;
  readonly programme: Programme;
  readonly aims: Aims;
  readonly projects: Projects;
  readonly furtherReading: FurtherReading;
}

export function selectProgrammePage(programme: Programme, feed: Feed): ProgrammePageSelection {
  return {
    feed,
    programme,
    aims: selectAims(programme),
    projects: selectProjects(programme),
    furtherReading: selectFurtherReading(programme, feed),
  };
}

/** A programme status code, as `<programme-list status="…">` names it. */
export type StatusCode = ProgrammeStatus['code'];

const STATUS_CODES: readonly StatusCode[] = ['open', 'closed', 'upcoming'];

/**
 * The status codes a `status` attribute names: a space-separated list such as "open" or
 * "open upcoming". Words that are not status codes are ignored; none at all means no filter.
 */
export function statusFilter(value: string | undefined): readonly StatusCode[] {
  const words = (value ?? '').toLowerCase().split(/\s+/);
  return STATUS_CODES.filter((code) => words.includes(code));
}

/** What `<programme-list>` shows: the feed's programmes, in feed order, kept by the status filter. */
export interface ProgrammeListing {
  readonly programmes: readonly Programme[];
  /** The status codes the list was filtered by; empty when every programme is shown. */
  readonly statuses: readonly StatusCode[];
}

/**
 * Every programme of the feed, or with `statuses` only those whose status is one of them (a
 * programme that gives no status matches no filter).
 */
export function selectProgrammes(feed: Feed, statuses: readonly StatusCode[] = []): ProgrammeListing {
  const programmes = statuses.length
    ? feed.programmes.filter((programme) => programme.status && statuses.includes(programme.status.code))
    : feed.programmes;
  return {programmes, statuses};
}

export function hasProgrammes(listing: ProgrammeListing): boolean {
  return listing.programmes.length > 0;
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
  // "…, … (+1,990)": in no language, as it sits inside any catalogue's sentence.
  return ids.length > IDS_LISTED ? `${listed}, … (+${(ids.length - IDS_LISTED).toLocaleString('en-GB')})` : listed;
}
