/**
 * What every security test shares: a partner page (a same-origin iframe under test/security/pages,
 * served by test/server/security-plugin.mjs with a strict CSP and Trusted Types unless its name
 * ends in "-nocsp") that loads the BUILT bundle, dist/programme-elements.js; the probe's records
 * of that page; and helpers to render elements into it and walk what they rendered.
 *
 * The tests drive the page from outside (same origin): they create elements in its document with
 * its own `createElement`, so the page's registry (the bundle's elements) upgrades them, and they
 * hand it data made in its own realm (`win.JSON.parse`), as a partner's script would.
 */
import {executeServerCommand} from '@web/test-runner-commands';
import sample from '../../sample/sample-feed.json' with {type: 'json'};
import {ELEMENT_TAGS, type ElementTag} from '../../src/elements.js';

export const PROGRAMME_ID = 'closing-the-gap-through-changing-relationships';
export const PROJECT_ID = 'dialysis-self-care';
/** The sample programme's title, and words of its project's, as an element shows them. */
export const TITLE = 'Closing the Gap through Changing Relationships';
export const PROJECT_TITLE = 'dialysis patients taking control';

let feedCounter = 0;
/**
 * A maker of feed URLs on the security server that no earlier request used (so no store or cache
 * holds them), named for the suite; `query` picks a fault (test/server/security-plugin.mjs).
 */
export const freshFeedUrls =
  (suite: string) =>
  (query = ''): string =>
    `/__security/feed/${suite}-${Date.now()}-${++feedCounter}${query}`;

/** An element that shows content (every one but `<programme-feed>`), as a page writes it. */
export interface ShownElement {
  readonly tag: Exclude<ElementTag, 'programme-feed'>;
  readonly attributes: Readonly<Record<string, string>>;
}

/** Every element that shows content, as a page would write it for the sample programme. */
export const ELEMENTS: readonly ShownElement[] = ELEMENT_TAGS.filter(
  (tag): tag is ShownElement['tag'] => tag !== 'programme-feed',
).map((tag): ShownElement => ({
  tag,
  attributes: tag === 'project-card' ? {project: PROJECT_ID} : {programme: PROGRAMME_ID},
}));

/** The elements that show one item an id names; `<programme-list>` shows the whole feed and names none. */
export const namesAnItem = (tag: ShownElement['tag']): boolean => tag !== 'programme-list';

export type Json = null | boolean | number | string | Json[] | {[key: string]: Json};

/** What probe.js records in the page. */
export interface ProbeRecord {
  violations: string[];
  errors: string[];
  calls: string[];
  sentinel: string[];
  fetches: {url: string; signal: AbortSignal | undefined}[];
  /** Names of the Trusted Types policies created on the page. */
  policies: string[];
  longTasks: {start: number; duration: number}[] | null;
  flushLongTasks(): void;
}

/** The bundle's store, as expose-store.js puts it on the page. */
export interface PageStore {
  configure(options: Record<string, unknown>): void;
  refresh(url: string): void;
}

export interface PageBundle {
  store: PageStore;
  parseFeed(json: unknown): {
    ok: boolean;
    feed?: {programmes: {projects?: unknown[]}[]};
    problems?: {code: string; severity: string; path: string; message: string}[];
  };
  version: string;
}

export interface TestPage {
  readonly frame: HTMLIFrameElement;
  readonly win: Window & typeof globalThis;
  readonly doc: Document;
  readonly record: ProbeRecord;
  readonly bundle: PageBundle;
  close(): void;
}

/** Loads test/security/pages/<name>.html (plus `query`) in an iframe and waits for the bundle to have run. */
export async function openPage(
  name: string,
  {width = 1000, height = 800, waitForBundle = true, query = ''} = {},
): Promise<TestPage> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = `${width}px`;
  frame.style.blockSize = `${height}px`;
  // `query` reaches the page's own scripts (host-script.html reads which built-ins to change).
  frame.src = `/test/security/pages/${name}.html${query}`;
  document.body.append(frame);
  await new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), {once: true});
    frame.addEventListener('error', () => reject(new Error(`${name}.html did not load`)), {once: true});
  });
  const win = frame.contentWindow as Window & typeof globalThis;
  if (waitForBundle && name !== 'canary') {
    await until(() => (win as unknown as {__bundle?: unknown}).__bundle !== undefined, `${name}: the bundle ran`);
  }
  const record = (win as unknown as {__security: ProbeRecord}).__security;
  const bundle = (win as unknown as {__bundle: PageBundle}).__bundle;
  return {
    frame,
    win,
    doc: frame.contentDocument!,
    record,
    bundle,
    close: () => frame.remove(),
  };
}

/** The library's tags that the page's bundle does not define. */
export function missingElements(page: TestPage): ElementTag[] {
  return ELEMENT_TAGS.filter((tag) => page.win.customElements.get(tag) === undefined);
}

/**
 * ELEMENTS, once the page's bundle is seen to define every tag of the library: a suite that
 * renders these fails, rather than testing fewer elements, when one is missing.
 */
export function everyElement(page: TestPage): readonly ShownElement[] {
  const missing = missingElements(page);
  if (missing.length) throw new Error(`The bundle does not define ${missing.map((tag) => `<${tag}>`).join(', ')}.`);
  return ELEMENTS;
}

/** Polls `condition` (no animation frames: a background test page gets none) until true. */
export async function until(condition: () => boolean, what: string, timeout = 10_000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeout) throw new Error(`Timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

/** A few macrotasks: enough for the store's release timers and Lit's updates to run. */
export async function tasks(count = 3): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Creates `<tag>` in the page, with attributes and properties, appended to `parent` (default: body). */
export function place(
  page: TestPage,
  tag: string,
  attributes: Record<string, string> = {},
  properties: Record<string, unknown> = {},
  parent: Element = page.doc.body,
): HTMLElement {
  const element = page.doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  parent.append(element);
  return element;
}

/** `value` rebuilt in the page's realm, as if the page had parsed it. */
export function inPage<T>(page: TestPage, value: T): T {
  return page.win.JSON.parse(JSON.stringify(value)) as T;
}

/** True once `element` shows content or an error, not its loading state. */
export function isSettled(element: Element): boolean {
  const root = element.shadowRoot;
  return !!root && !root.querySelector('[part~="skeleton"]') && (root.textContent ?? '').trim() !== '';
}

/** True when the element shows its error state. (Booleans, not nodes, go to `expect`: a failing
 * assertion on a DOM node makes the runner serialise the whole tree, which can hang it.) */
export function hasError(element: Element): boolean {
  return element.shadowRoot?.querySelector('[part~="error"]') != null;
}

export function settle(elements: Iterable<Element>, what = 'every element to render', timeout?: number): Promise<void> {
  const list = [...elements];
  return until(() => list.every(isSettled), what, timeout);
}

/** Every element in `root` and in every shadow root below it, depth first. */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** The visible text of an element's shadow root and the shadow roots inside it. */
export function shadowText(element: Element): string {
  const parts: string[] = [];
  const walk = (root: ParentNode) => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      else if (node instanceof Element || node.nodeType === Node.ELEMENT_NODE) {
        walk(node as Element);
        const shadow = (node as Element).shadowRoot;
        if (shadow) walk(shadow);
      }
    }
  };
  if (element.shadowRoot) walk(element.shadowRoot);
  return parts.join('');
}

// URL schemes that run script or show attacker-made documents, once the browser has stripped
// what its URL parser strips (leading C0 controls and spaces, tabs and newlines anywhere).
const ACTIVE_URL = /^(?:javascript|vbscript|livescript|data:text\/html|data:image\/svg)/i;
// Attributes a browser reads as URLs (text attributes such as alt may say anything).
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'background',
  'data',
  'cite',
  'ping',
  'lowsrc',
  'dynsrc',
  'codebase',
  'longdesc',
  'manifest',
  'xlink:href',
]);

/**
 * What must never be found in a rendered shadow tree: a script (or another element that runs or
 * frames content), an inline event handler, or an attribute holding a javascript:/vbscript:/
 * data:text/html URL. Returns one line per finding, naming the element it is in.
 */
export function findActiveContent(host: Element): string[] {
  const findings: string[] = [];
  const forbiddenTags = new Set([
    'script',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'base',
    'meta',
    'link',
    'style',
    'form',
    'input',
    'button',
    'svg',
    'math',
    'template',
    'video',
    'audio',
    'source',
  ]);
  const walk = (root: ParentNode) => {
    for (const element of deepElements(root)) {
      const name = element.localName;
      if (forbiddenTags.has(name)) findings.push(`<${name}> in <${host.localName}>`);
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) findings.push(`${attribute.name}= on <${name}> in <${host.localName}>`);
        // eslint-disable-next-line no-control-regex -- browsers strip exactly these from URLs
        const value = attribute.value.replace(/[\u0000-\u0020]/g, '');
        if (URL_ATTRIBUTES.has(attribute.localName) && ACTIVE_URL.test(value))
          findings.push(`${attribute.name}="${attribute.value}" on <${name}> in <${host.localName}>`);
      }
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return findings;
}

/**
 * The element and attribute structure of a rendered shadow tree, without text or attribute
 * values: two renders of the same feed shape with different text must give the same outline.
 */
export function outline(host: Element): string {
  const lines: string[] = [];
  const walk = (root: ParentNode, depth: number) => {
    for (const element of root.children) {
      const names = [...element.attributes].map((attribute) => attribute.name).sort();
      lines.push(`${' '.repeat(depth)}${element.localName}[${names.join(',')}]`);
      walk(element, depth + 1);
      if (element.shadowRoot) walk(element.shadowRoot, depth + 1);
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot, 0);
  return lines.join('\n');
}

/** Starts counting JavaScript dialogs opened anywhere in this test page (any frame, any realm). */
export function watchDialogs(): Promise<unknown> {
  return executeServerCommand('security-dialogs', 'start');
}

export function dialogsSeen(): Promise<string[]> {
  return executeServerCommand<string[], string>('security-dialogs', 'read');
}

/** A full GC, then the JavaScript heap in use by this test page and its iframes, in bytes. */
export function heapUsed(): Promise<number> {
  return executeServerCommand<number, undefined>('security-heap');
}

// ---- feeds -----------------------------------------------------------------------------------

/**
 * The sample feed with every optional field the format has filled in (images, links on projects,
 * resources and organisations, partners, a related programme published elsewhere, a licence…),
 * so that walking its strings reaches every string field the elements can show.
 */
export function fullFeed(): {[key: string]: Json} {
  const feed = structuredClone(sample) as unknown as {[key: string]: Json} & {programmes: {[key: string]: Json}[]};
  const image = {src: '/test/security/pages/image.svg', alt: 'A picture'};
  const organisation = (name: string) => ({
    name,
    url: 'https://example.org/example-only/organisations/x',
    identifier: 'GB-CHC-1234567',
  });
  feed.licence = 'CC-BY-4.0';
  (feed.publisher as {[key: string]: Json}).identifier = 'GB-CHC-1234567';
  const programme = feed.programmes[0]!;
  programme.image = image;
  programme.awardDate = '2011-04-01';
  const projects = programme.projects as {[key: string]: Json}[];
  for (const project of projects) {
    project.url = `https://example.org/example-only/projects/${String(project.id)}`;
    project.image = image;
    project.lead = organisation('Lead organisation');
    project.partners = [organisation('Partner one'), organisation('Partner two')];
  }
  const resource = (programme.resources as {[key: string]: Json}[])[0]!;
  resource.datePublished = '2013-06';
  (resource.publisher as {[key: string]: Json}).url = 'https://example.org/example-only/opm';
  (programme.related as Json[]).push({
    type: 'Programme',
    title: 'A programme published elsewhere',
    summary: 'Its summary.',
    period: {start: '2015', end: '2016'},
    url: 'https://example.org/example-only/elsewhere',
  });
  return feed;
}

/** How a string field is checked by the format. */
export type FieldKind = 'text' | 'url' | 'constrained';

const URL_KEYS = new Set(['url', 'src']);
// Ids, codes, versions and dates: fields with a pattern or a fixed list of values.
const CONSTRAINED_KEYS = new Set([
  'id',
  'programme',
  'version',
  'dateModified',
  'code',
  'start',
  'end',
  'currency',
  'datePublished',
  'awardDate',
]);

export function fieldKind(path: readonly (string | number)[]): FieldKind {
  const key = [...path].reverse().find((part) => typeof part === 'string') ?? '';
  if (URL_KEYS.has(key)) return 'url';
  if (CONSTRAINED_KEYS.has(key)) return 'constrained';
  return 'text';
}

/** Every string in `value` with its path. */
export function stringPaths(
  value: Json,
  path: (string | number)[] = [],
): {path: (string | number)[]; kind: FieldKind}[] {
  if (typeof value === 'string') return [{path, kind: fieldKind(path)}];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  }
  return [];
}

/** A copy of `feed` with `replace(path, kind, old)` applied to every string. */
export function mapStrings(
  feed: Json,
  replace: (path: (string | number)[], kind: FieldKind, old: string) => string,
  path: (string | number)[] = [],
): Json {
  if (typeof feed === 'string') return replace(path, fieldKind(path), feed);
  if (Array.isArray(feed)) return feed.map((item, index) => mapStrings(item, replace, [...path, index]));
  if (feed && typeof feed === 'object') {
    return Object.fromEntries(
      Object.entries(feed).map(([key, item]) => [key, mapStrings(item, replace, [...path, key])]),
    );
  }
  return feed;
}

/** A copy of `feed` with the value at `path` replaced. */
export function setAt(feed: Json, path: readonly (string | number)[], value: Json): Json {
  const copy = structuredClone(feed);
  let target = copy as {[key: string | number]: Json};
  for (const part of path.slice(0, -1)) target = target[part] as {[key: string | number]: Json};
  target[path.at(-1)!] = value;
  return copy;
}

/** A JSON path as parseFeed's problems write it: `programmes[0].projects[2].url`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );
}
