// The embed builder: reads a programme feed (the sample feed, or any URL given), offers its
// programmes and projects, shows the chosen element live and writes the snippet a partner
// pastes: the versioned script with its integrity hash, and the element with a fallback link.
//
// The library comes from the TypeScript sources (compiled per request by the dev server), not
// the built bundle: a change in src/ shows here on reload with no rebuild, and the builder keeps
// working when the build fails (npm start still serves). The partner page is the one that
// proves the bundle. The snippet points at the bundle, since that is what a partner pastes.
import {parseFeed} from '/src/index.ts';
import {textIn} from '/src/internal/text.ts';
import {VERSION} from '/src/version.ts';
import {embedSnippet, sriHash, versionedScriptUrl} from './builder.snippet.ts';

const SAMPLE_FEED_URL = new URL('/sample/sample-feed.json', location.href).href;
// `npm start` serves dist/ at /elements/<version>/ too, as the charity publishes each version.
const SCRIPT_URL = versionedScriptUrl(location.origin, VERSION);
// A pre-rendered snippet loads the same elements with Lit's hydration support.
const HYDRATE_URL = SCRIPT_URL.replace(/programme-elements\.js$/, 'programme-elements.hydrate.js');
const DEFAULT_HEADING_LEVEL = '2';
// The builder's own language: a feed's language maps are listed and linked in it.
const LANG = document.documentElement.lang || 'en';

const form = document.querySelector('#builder-form');
const feedInput = form.querySelector('#feed-url');
const readButton = form.querySelector('#read-feed');
const programmeSelect = form.querySelector('#programme');
const elementSelect = form.querySelector('#element');
const projectField = form.querySelector('#project-field');
const statusField = form.querySelector('#status-field');
const statusSelect = form.querySelector('#status');
const projectSelect = form.querySelector('#project');
const projectHint = form.querySelector('#project-hint');
const headingSelect = form.querySelector('#heading-level');
const loading = form.querySelector('#builder-loading');
const snippetCode = document.querySelector('#snippet');
const snippetNote = document.querySelector('#snippet-note');
const copyButton = document.querySelector('#copy');
const copyStatus = document.querySelector('#copy-status');
const preview = document.querySelector('#preview');
const prerenderedBox = form.querySelector('#prerendered');

/** @type {import('../src/index.ts').Feed | undefined} */
let feed;
/** The URL `feed` was read from: what the snippet's `src` names. */
let feedUrl = SAMPLE_FEED_URL;
/** The bundles' SRI hashes, each computed once; undefined until known or when it cannot be. */
const hydrateIntegrity = sriHash(HYDRATE_URL).catch(() => undefined);
const integrity = sriHash(SCRIPT_URL).then(
  (hash) => {
    if (!hash) snippetNote.textContent = 'No integrity hash: open this page at localhost or over https to compute it.';
    return hash;
  },
  (error) => {
    snippetNote.textContent = `No integrity hash: the script at ${SCRIPT_URL} could not be read (${error.message}). Run npm run build.`;
    return undefined;
  },
);

feedInput.value = new URLSearchParams(location.search).get('feed') ?? SAMPLE_FEED_URL;
readButton.addEventListener('click', () => readFeed(feedInput.value));
feedInput.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter') return;
  event.preventDefault();
  readFeed(feedInput.value);
});
programmeSelect.addEventListener('change', () => {
  fillProjects();
  update();
});
form.addEventListener('change', (event) => {
  if (event.target !== programmeSelect && event.target !== feedInput) update();
});
copyButton.addEventListener('click', copySnippet);
readFeed(feedInput.value);

async function readFeed(value) {
  let url;
  try {
    url = new URL(value, location.href).href;
  } catch {
    loading.textContent = `"${value}" is not a URL.`;
    return;
  }
  loading.hidden = false;
  loading.textContent = 'Reading the feed…';
  programmeSelect.disabled = true;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const result = parseFeed(await response.json());
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
    feed = result.feed;
    feedUrl = url;
  } catch (error) {
    // A TypeError from fetch is most often a feed on another site that does not allow this page.
    const reason =
      error instanceof TypeError
        ? 'it could not be fetched (is the address right, and does its server send Access-Control-Allow-Origin?)'
        : error instanceof Error
          ? error.message
          : String(error);
    loading.textContent = `The feed could not be read: ${reason}`;
    if (feed) programmeSelect.disabled = false;
    return;
  }
  // The status stays in place (a line that vanished would move everything under it).
  loading.textContent = `Read the feed: ${feed.programmes.length} ${feed.programmes.length === 1 ? 'programme' : 'programmes'}.`;
  programmeSelect.replaceChildren(
    ...feed.programmes.map((programme) => new Option(textIn(programme.title, LANG), programme.id)),
  );
  programmeSelect.disabled = false;
  fillProjects();
  update();
}

function currentProgramme() {
  return feed?.programmes.find((programme) => programme.id === programmeSelect.value);
}

function fillProjects() {
  const projects = currentProgramme()?.projects ?? [];
  projectSelect.replaceChildren(...projects.map((project) => new Option(textIn(project.title, LANG), project.id)));
  projectSelect.disabled = projects.length === 0;
  projectHint.hidden = projects.length > 0;
  projectHint.textContent = projects.length ? '' : 'This programme lists no projects: choose another programme.';
}

// `<programme-list>` shows every programme of the feed, so it names none (and no project); it can keep one status.
const WHOLE_FEED = new Set(['programme-list']);

/** The chosen element: its tag name, its attributes in the order the snippet shows them, and its fallback link. */
function choice() {
  const tag = elementSelect.value;
  const wholeFeed = WHOLE_FEED.has(tag);
  const programme = wholeFeed ? undefined : currentProgramme();
  const attributes = [['src', feedUrl]];
  if (!wholeFeed) attributes.push(['programme', programmeSelect.value]);
  if (tag === 'project-card') attributes.push(['project', projectSelect.value]);
  if (wholeFeed && statusSelect.value) attributes.push(['status', statusSelect.value]);
  if (headingSelect.value !== DEFAULT_HEADING_LEVEL) attributes.push(['heading-level', headingSelect.value]);
  // A plain link to the programme's page (the publisher's site for a whole feed): what a reader
  // gets if the script never runs.
  const target = wholeFeed
    ? feed?.publisher && {url: feed.publisher.url, text: textIn(feed.publisher.name, LANG)}
    : programme && {url: programme.url, text: textIn(programme.title, LANG)};
  const href = target?.url ? new URL(target.url, feedUrl).href : undefined;
  const fallback = href && /^https?:/.test(href) ? {href, text: target.text} : undefined;
  return {tag, attributes, fallback};
}

async function update() {
  const {tag, attributes, fallback} = choice();
  projectField.hidden = tag !== 'project-card';
  statusField.hidden = !WHOLE_FEED.has(tag);
  programmeSelect.disabled = !feed || WHOLE_FEED.has(tag);
  copyStatus.textContent = '';
  const complete = attributes.every(([, value]) => value);
  copyButton.disabled = !complete;
  if (!complete) {
    snippetCode.textContent = 'Choose a programme with projects to make a project card.';
    preview.replaceChildren();
    return;
  }

  // Built from the same attributes and fallback as the snippet, so the preview is what the snippet makes.
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  if (fallback)
    element.append(Object.assign(document.createElement('a'), {href: fallback.href, textContent: fallback.text}));
  preview.replaceChildren(element);
  preview.classList.toggle('builder-preview-area--column', tag === 'project-card');

  const snippet = prerenderedBox.checked
    ? embedSnippet({
        script: {src: HYDRATE_URL, integrity: await hydrateIntegrity},
        tag,
        attributes,
        prerendered: await prerendered(tag, attributes),
      })
    : embedSnippet({script: {src: SCRIPT_URL, integrity: await integrity}, tag, attributes, fallback});
  // Only the latest choice writes the snippet (the hash may still have been on its way).
  if (preview.firstElementChild === element) snippetCode.textContent = snippet;
}

/**
 * The element as the server renders it (npm start's /prerender, on the built server API): its
 * declarative shadow DOM shows before the script and without it, and its inline feed lets the
 * script take it over with no request.
 */
async function prerendered(tag, attributes) {
  const query = new URLSearchParams([['tag', tag], ...attributes]);
  const response = await fetch(`/prerender?${query}`);
  const text = await response.text();
  if (!response.ok) throw new Error(text);
  return text;
}

async function copySnippet() {
  copyStatus.textContent = '';
  try {
    await navigator.clipboard.writeText(snippetCode.textContent);
    copyStatus.textContent = 'Copied';
  } catch {
    // Clipboard access can be refused (an insecure origin, a permissions policy): select the
    // text instead, so one key press copies it.
    getSelection()?.selectAllChildren(snippetCode);
    copyStatus.textContent = 'Could not copy automatically: the snippet is selected, press Ctrl+C (Cmd+C on a Mac).';
  }
}
