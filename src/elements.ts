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
] as const;

export type ElementTag = (typeof ELEMENT_TAGS)[number];

/** An element's module, relative to src/ or dist/. */
export const elementModule = (tag: ElementTag): string => `components/${tag}/${tag}.js`;
