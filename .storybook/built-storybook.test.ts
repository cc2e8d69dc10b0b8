// Every story of the BUILT Storybook (storybook-static/), loaded in its own page of the machine's
// Chromium the way a designer opens it: the story's play function must pass, the a11y addon's
// axe run must find no violation, and the page must log no error. Every docs page must render
// its API table from the manifest, without errors. Run by `npm run test-storybook` after
// `npm run build-storybook`.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {CHROME_ARGS} from '../scripts/find-browser.mjs';
import {serve} from '../scripts/serve.mjs';

const STATIC_DIR = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const INDEX = join(STATIC_DIR, 'index.json');

interface IndexEntry {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly type: 'story' | 'docs';
  readonly tags?: readonly string[];
}

if (!existsSync(INDEX)) {
  throw new Error('storybook-static/ has no index.json: run `npm run build-storybook` first.');
}
const entries = Object.values(
  (JSON.parse(readFileSync(INDEX, 'utf8')) as {entries: Record<string, IndexEntry>}).entries,
);
// Stories tagged `!test` opt out, as they do in the Storybook UI's test panel.
const stories = entries.filter((entry) => entry.type === 'story' && (entry.tags ?? []).includes('test'));
const docs = entries.filter((entry) => entry.type === 'docs');

/**
 * storybook-static/ served as any web host would, by the scripts' one static server, with the
 * bundles cacheable: every page loads the same ones, and Chromium's cache (and its compiled-code
 * cache) makes the later pages fast.
 */
function serveStatic(): ReturnType<typeof serve> {
  return serve({
    rootDir: STATIC_DIR,
    middleware: [
      async (context: {set(name: string, value: string): void}, next: () => Promise<void>) => {
        await next();
        context.set('Cache-Control', 'max-age=3600');
      },
    ],
  });
}

/**
 * Runs in the page before Storybook: catches the preview's channel as it is installed and
 * records how the story ended (STORY_FINISHED carries the a11y addon's report) and any
 * exception Storybook reports on the way.
 */
function listenToStorybook(): void {
  const record = {finished: undefined as unknown, docsRendered: false, errors: [] as string[]};
  (window as unknown as {__storyTest: typeof record}).__storyTest = record;
  const describe = (value: unknown) =>
    typeof value === 'object' && value !== null && 'message' in value ? String(value.message) : JSON.stringify(value);
  let channel: {on(event: string, listener: (...args: unknown[]) => void): void} | undefined;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value.on('storyFinished', (event: unknown) => (record.finished = event));
      value.on('docsRendered', () => (record.docsRendered = true));
      for (const name of [
        'storyErrored',
        'storyThrewException',
        'playFunctionThrewException',
        'unhandledErrorsWhilePlaying',
        'storyMissing',
      ]) {
        value.on(name, (payload: unknown) => record.errors.push(`${name}: ${describe(payload)}`));
      }
    },
  });
}

interface A11yViolation {
  readonly id: string;
  readonly impact?: string;
  readonly help: string;
  readonly nodes: readonly {readonly target: readonly unknown[]}[];
}

interface Finished {
  readonly status: 'success' | 'error';
  readonly reporters: readonly {
    readonly type: string;
    readonly status: string;
    readonly result?: {readonly violations?: readonly A11yViolation[]; readonly error?: unknown};
  }[];
}

let server: Awaited<ReturnType<typeof serve>> | undefined;
let baseUrl: string;
let browser: Browser;
// One context for every page, so they share the HTTP cache: each page loads the same bundles.
let context: BrowserContext;

beforeAll(async () => {
  server = await serveStatic();
  baseUrl = server.origin;
  browser = await chromium.launch({executablePath: process.env['CHROME_PATH'], args: CHROME_ARGS});
  context = await browser.newContext({viewport: {width: 1280, height: 900}});
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens `path` in a fresh page and collects everything the page logs as an error. */
async function open(path: string): Promise<{page: Page; problems: string[]}> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // Chromium asks every new page for /favicon.ico, which Storybook's iframe does not name.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      problems.push(`console.error: ${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.addInitScript(listenToStorybook);
  await page.goto(`${baseUrl}/${path}`);
  return {page, problems};
}

function describeViolations(finished: Finished): string[] {
  return finished.reporters
    .filter((report) => report.type === 'a11y')
    .flatMap((report) =>
      report.result?.error
        ? [`axe could not run: ${JSON.stringify(report.result.error)}`]
        : (report.result?.violations ?? []).map(
            (violation) =>
              `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} at ${violation.nodes
                .map((node) => node.target.join(' > '))
                .join(', ')}`,
          ),
    );
}

describe.concurrent('built Storybook: stories', () => {
  it.each(stories.map((story) => [`${story.title} › ${story.name}`, story] as const))('%s', async (_label, story) => {
    const {page, problems} = await open(`iframe.html?id=${story.id}&viewMode=story`);
    try {
      await page.waitForFunction(
        () => (window as unknown as {__storyTest?: {finished?: unknown}}).__storyTest?.finished !== undefined,
        undefined,
        {timeout: 45_000},
      );
      const {finished, errors} = await page.evaluate(
        () => (window as unknown as {__storyTest: {finished: Finished; errors: string[]}}).__storyTest,
      );
      // One comparison, so a failure shows every problem of the story at once.
      expect({
        status: finished.status,
        a11yChecked: finished.reporters.some((report) => report.type === 'a11y'),
        axeViolations: describeViolations(finished),
        errors: [...errors, ...problems],
      }).toEqual({status: 'success', a11yChecked: true, axeViolations: [], errors: []});
    } finally {
      await page.close();
    }
  });
});

describe.concurrent('built Storybook: docs pages', () => {
  it.each(docs.map((entry) => [entry.title, entry] as const))('%s', async (_label, entry) => {
    const {page, problems} = await open(`iframe.html?id=${entry.id}&viewMode=docs`);
    try {
      await page.waitForFunction(
        () => (window as unknown as {__storyTest?: {docsRendered?: boolean}}).__storyTest?.docsRendered === true,
        undefined,
        {timeout: 45_000},
      );
      // The API table comes from custom-elements.json: it lists the shared `src` attribute.
      await page.getByRole('table').first().getByText('src', {exact: true}).first().waitFor({timeout: 10_000});
      const {errors} = await page.evaluate(() => (window as unknown as {__storyTest: {errors: string[]}}).__storyTest);
      expect([...errors, ...problems], 'errors while rendering the docs page').toEqual([]);
    } finally {
      await page.close();
    }
  });
});
