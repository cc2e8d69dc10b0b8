/**
 * The part of a feed a server-rendered element carries for hydration: just what its view shows,
 * as a valid feed, so a card does not carry a whole programme and a page not the whole feed.
 */
import type {Feed, Programme, Project} from '../feed/feed.js';
import type {ElementTag} from './render.js';

type ProgrammeFields = {-readonly [K in keyof Programme]?: Programme[K]};

/** The programme with only the fields named (and its required `id` and `title`). */
function only(programme: Programme, keys: readonly (keyof Programme)[]): Programme {
  const out: ProgrammeFields = {id: programme.id, title: programme.title};
  for (const key of keys) {
    if (programme[key] !== undefined) (out as Record<string, unknown>)[key] = programme[key];
  }
  return out as Programme;
}

/** The programmes `programme` names in `related`, as much of each as a reading card shows. */
function relatedProgrammes(feed: Feed, programme: Programme): Programme[] {
  const ids = new Set((programme.related ?? []).flatMap((entry) => ('programme' in entry ? [entry.programme] : [])));
  return feed.programmes
    .filter((candidate) => candidate.id !== programme.id && ids.has(candidate.id))
    .map((candidate) => only(candidate, ['strapline', 'period', 'url']));
}

/** The projects of its own that `programme` names in `related`, for their reading cards. */
function relatedProjects(programme: Programme): Programme {
  const ids = new Set((programme.related ?? []).flatMap((entry) => ('project' in entry ? [entry.project] : [])));
  const projects = (programme.projects ?? []).filter((project) => ids.has(project.id));
  const out = only(programme, ['url', 'resources', 'related']);
  return projects.length ? {...out, projects} : out;
}

/** What a programme card shows of a programme. */
const CARD_FIELDS = ['strapline', 'status', 'period', 'url', 'image'] as const satisfies readonly (keyof Programme)[];

const SUMMARY_FIELDS = [
  'strapline',
  'status',
  'period',
  'fundingPerTeam',
  'durationMonths',
  'teams',
  'keyPoints',
  'description',
  'url',
  'image',
] as const satisfies readonly (keyof Programme)[];

/**
 * The feed an element carries. `programme-list` (no `programme`) carries every programme as much
 * as a card shows, whatever its status filter kept: the browser filters again, and a feed with no
 * programmes would not be a feed.
 */
export function inlineFeedFor(
  tag: ElementTag,
  feed: Feed,
  programme: Programme | undefined,
  project: Project | undefined,
): Feed {
  if (!programme) return {...feed, programmes: feed.programmes.map((listed) => only(listed, CARD_FIELDS))};
  const programmes = (() => {
    switch (tag) {
      case 'programme-card':
        return [only(programme, CARD_FIELDS)];
      case 'programme-summary':
        return [only(programme, SUMMARY_FIELDS)];
      case 'aims-list':
        return [only(programme, ['url', 'aims'])];
      case 'project-card':
        return [{...only(programme, ['url']), projects: project ? [project] : []}];
      case 'project-list':
        return [only(programme, ['url', 'projectsIntroduction', 'projects'])];
      case 'related-programmes':
        return [relatedProjects(programme), ...relatedProgrammes(feed, programme)];
      default:
        return [programme, ...relatedProgrammes(feed, programme)];
    }
  })();
  return {...feed, programmes};
}
