import type {AimsListElement} from './components/aims-list/aims-list.js';
import type {ProgrammeCardElement} from './components/programme-card/programme-card.js';
import type {ProgrammeFeedElement} from './components/programme-feed/programme-feed.js';
import type {ProgrammeListElement} from './components/programme-list/programme-list.js';
import type {ProgrammePageElement} from './components/programme-page/programme-page.js';
import type {ProgrammeSummaryElement} from './components/programme-summary/programme-summary.js';
import type {ProjectCardElement} from './components/project-card/project-card.js';
import type {ProjectListElement} from './components/project-list/project-list.js';
import type {RelatedProgrammesElement} from './components/related-programmes/related-programmes.js';

/**
 * The library's elements: the one list that the index, the autoloader, package.json's exports,
 * the manifest, the size report, the stories and the tests are derived from or checked against
 * (test/elements.test.ts). `<programme-feed>` comes first: a provider is defined before its
 * consumers ask for context (lit#2763). Each element's module is `components/<tag>/<tag>.js`
 * under src/ (as TypeScript) and under dist/.
 */
export const ELEMENT_TAGS = [
  'programme-feed',
  'programme-summary',
  'aims-list',
  'project-card',
  'project-list',
  'related-programmes',
  'programme-page',
  'programme-card',
  'programme-list',
] as const satisfies readonly (keyof ElementsByTag)[];

export type ElementTag = (typeof ELEMENT_TAGS)[number];

/** An element's module, relative to src/ or dist/. */
export const elementModule = (tag: ElementTag): string => `components/${tag}/${tag}.js`;

/**
 * Each element's class by its tag, for TypeScript (`document.querySelector('project-card')` is a
 * `ProjectCardElement`): the list's types, which it must match (`satisfies`, above). Every
 * element's module imports this one, so each entry point's types carry the map.
 */
export interface ElementsByTag {
  'programme-feed': ProgrammeFeedElement;
  'programme-summary': ProgrammeSummaryElement;
  'aims-list': AimsListElement;
  'project-card': ProjectCardElement;
  'project-list': ProjectListElement;
  'related-programmes': RelatedProgrammesElement;
  'programme-page': ProgrammePageElement;
  'programme-card': ProgrammeCardElement;
  'programme-list': ProgrammeListElement;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members are ElementsByTag's
  interface HTMLElementTagNameMap extends ElementsByTag {}
}
