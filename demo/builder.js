// The embed builder: reads the sample feed, offers its programmes and projects, shows the chosen
// element live and writes the snippet a partner pastes.
//
// The library comes from the TypeScript sources (compiled per request by the dev server), not
// the built bundle: a change in src/ shows here on reload with no rebuild, and the builder keeps
// working when the build fails (npm start still serves). The partner page is the one that
// proves the bundle. The snippet points at the bundle, since that is what a partner pastes.
import {parseFeed} from '/src/index.ts';

const FEED_URL = new URL('/sample/sample-feed.json', location.href).href;
const SCRIPT_URL = new URL('/dist/programme-elements.js', location.href).href;
const DEFAULT_HEADING_LEVEL = '2';

const form = document.querySelector('#builder-form');
const programmeSelect = form.querySelector('#programme');
const elementSelect = form.querySelector('#element');
const projectField = form.querySelector('#project-field');
const projectSelect = form.querySelector('#project');
const projectHint = form.querySelector('#project-hint');
const headingSelect = form.querySelector('#heading-level');
const loading = form.querySelector('#builder-loading');
const snippetCode = document.querySelector('#snippet');
const copyButton = document.querySelector('#copy');
const copyStatus = document.querySelector('#copy-status');
const preview = document.querySelector('#preview');

/** @type {import('../src/index.ts').Feed | undefined} */
let feed;

start();

async function start() {
  try {
    const response = await fetch(FEED_URL);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const result = parseFeed(await response.json());
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
    feed = result.feed;
  } catch (error) {
    loading.textContent = `The sample feed could not be read: ${error instanceof Error ? error.message : error}`;
    return;
  }
  loading.hidden = true;
  programmeSelect.replaceChildren(...feed.programmes.map((programme) => new Option(programme.title, programme.id)));
  programmeSelect.disabled = false;
  fillProjects();
  update();
  programmeSelect.addEventListener('change', () => {
    fillProjects();
    update();
  });
  form.addEventListener('change', (event) => {
    if (event.target !== programmeSelect) update();
  });
  copyButton.addEventListener('click', copySnippet);
}

function currentProgramme() {
  return feed.programmes.find((programme) => programme.id === programmeSelect.value);
}

function fillProjects() {
  const projects = currentProgramme()?.projects ?? [];
  projectSelect.replaceChildren(...projects.map((project) => new Option(project.title, project.id)));
  projectSelect.disabled = projects.length === 0;
  projectHint.hidden = projects.length > 0;
  projectHint.textContent = projects.length ? '' : 'This programme lists no projects: choose another programme.';
}

/** The chosen element as a tag name and its attributes, in the order the snippet shows them. */
function choice() {
  const tag = elementSelect.value;
  const attributes = [
    ['src', FEED_URL],
    ['programme', programmeSelect.value],
  ];
  if (tag === 'project-card') attributes.push(['project', projectSelect.value]);
  if (headingSelect.value !== DEFAULT_HEADING_LEVEL) attributes.push(['heading-level', headingSelect.value]);
  return {tag, attributes};
}

function update() {
  const {tag, attributes} = choice();
  projectField.hidden = tag !== 'project-card';
  copyStatus.textContent = '';
  const complete = attributes.every(([, value]) => value);
  copyButton.disabled = !complete;
  if (!complete) {
    snippetCode.textContent = 'Choose a programme with projects to make a project card.';
    preview.replaceChildren();
    return;
  }

  snippetCode.textContent = [
    `<script type="module" src="${escapeAttribute(SCRIPT_URL)}"></script>`,
    `<${tag}${attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}></${tag}>`,
  ].join('\n');

  // Built from the same attributes as the snippet, so the preview is what the snippet makes.
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  preview.replaceChildren(element);
  preview.classList.toggle('builder-preview-area--column', tag === 'project-card');
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

function escapeAttribute(value) {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}
