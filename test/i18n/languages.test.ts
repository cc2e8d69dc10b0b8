/**
 * Issue 16: every element in every state in Welsh and in English, with no string of the other
 * catalogue; the language followed live (page, ancestor, own attribute, through shadow roots)
 * with no request; bilingual feeds (format 1.1); a partner's own catalogue.
 */
import {expect, oneEvent} from '@open-wc/testing';
import '../../src/index.js';
import {ELEMENT_TAGS} from '../../src/elements.js';
import {enGB} from '../../src/i18n/en-GB.js';
import {catalogue as cy} from '../../src/i18n/cy.js';
import {loadCatalogue, registerCatalogue, type Catalogue} from '../../src/i18n/messages.js';
import {getFeedStore} from '../../src/feed/feed-store.js';
import {DEFAULT_TIMEOUT} from '../../src/feed/load-feed.js';
import {editorStrings, onlyIn} from '../helpers/catalogue-strings.js';
import type {FeedErrorEvent} from '../../src/feed/feed-events.js';
import {parseFeed} from '../../src/feed/parse-feed.js';
import {formatDuration} from '../../src/internal/format.js';
import {settled, shadow, text} from '../helpers/dom.js';
import {bilingualFeed, feedWith, PROGRAMME_ID, PROJECT_ID, sampleFeed, welshMissingFeed} from '../helpers/feeds.js';

type Lit = HTMLElement & {updateComplete: Promise<unknown>; feed: unknown; project?: string};

// Every element that shows something: the provider shows nothing of its own.
const TAGS = ELEMENT_TAGS.filter((tag) => tag !== 'programme-feed');

/** The text an element shows, through nested shadow roots, leaving out fallback text marked with its own `lang`. */
function shownText(root: ShadowRoot | Element, lang: string): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (!(node instanceof Element)) {
      for (const child of node.childNodes) walk(child);
      return;
    }
    if (node.localName === 'script' || node.localName === 'style') return;
    const own = node.getAttribute('lang');
    if (own && own.split('-')[0] !== lang.split('-')[0]) return;
    if (node.shadowRoot) walk(node.shadowRoot);
    else for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

const placed: Element[] = [];
afterEach(() => {
  for (const node of placed.splice(0)) node.remove();
  document.documentElement.removeAttribute('lang');
});

function place(tag: string, lang: string, attributes: Record<string, string>, feed?: unknown): Lit {
  const box = document.createElement('div');
  box.setAttribute('lang', lang);
  const el = document.createElement(tag) as Lit;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (tag === 'project-card' && !attributes['project']) el.setAttribute('project', PROJECT_ID);
  if (feed !== undefined) el.feed = feed;
  box.append(el);
  document.body.append(box);
  placed.push(box);
  return el;
}

/** A time limit short enough for the time-limit state: "1 second", "1 eiliad". */
const SHORT_TIMEOUT = 1_000;

interface State {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly feed?: () => unknown;
  readonly error?: boolean;
  /** The page's feed store's policy for this state (set back after it). */
  readonly timeout?: number;
  /** The error's code (a key of the catalogues' `errors`), so the state is the failure it names. */
  readonly code?: string;
}

/**
 * Feeds that fail to load, each at a URL of the test servers (test/server/test-server-plugin.mjs,
 * security-plugin.mjs), with the time limit the state needs.
 */
const FAILED_LOADS: readonly (readonly [name: string, code: string, src: string, timeout?: number])[] = [
  ['http', 'http', '/__feed/i18n-404?status=404'],
  // The connection reset, not tried again: retries are off on this page.
  ['network', 'network', '/__security/feed/i18n-network?fault=destroy'],
  ['time limit', 'timeout', '/__feed/i18n-slow-limit?delay=3000', SHORT_TIMEOUT],
  ['not JSON', 'not-json-start-at-url', '/__feed/i18n-html?body=html'],
  ['malformed JSON', 'not-json-at-url', '/__feed/i18n-malformed?body=malformed'],
  ['too large', 'too-large', '/__feed/i18n-large?body=large'],
  ['no feed: not an object', 'invalid-at-url', '/__feed/i18n-not-object?body=not-object'],
  ['no feed: unknown major version', 'invalid-at-url', '/__feed/i18n-unsupported?body=unsupported'],
];

const STATES: readonly State[] = [
  {name: 'loading', attributes: {src: '/__feed/i18n-slow?delay=5000', programme: PROGRAMME_ID}},
  {name: 'ready', attributes: {programme: PROGRAMME_ID}, feed: () => bilingualFeed()},
  {
    name: 'empty',
    attributes: {programme: PROGRAMME_ID},
    feed: () =>
      bilingualFeed((f) => {
        const programme = f.programmes[0] as Record<string, unknown>;
        for (const key of ['aims', 'projects', 'projectsIntroduction', 'resources', 'related', 'promos']) {
          delete programme[key];
        }
      }),
  },
  {
    name: 'error (not-found)',
    attributes: {programme: 'nope', project: 'nope'},
    feed: () => bilingualFeed(),
    error: true,
  },
  {
    name: 'error (invalid)',
    attributes: {programme: PROGRAMME_ID},
    feed: () => feedWith((f) => ((f as {version: unknown}).version = 1)),
    error: true,
  },
  ...FAILED_LOADS.map(([name, code, src, timeout]) => ({
    name: `error (${name})`,
    attributes: {src, programme: PROGRAMME_ID},
    error: true,
    code,
    ...(timeout ? {timeout} : {}),
  })),
  {name: 'error (no src)', attributes: {programme: PROGRAMME_ID}, error: true, code: 'no-feed'},
];

describe('languages', function () {
  this.timeout(60_000);
  before(() => {
    // A failure once, not four times with backoff: the sentence is the same.
    getFeedStore().configure({retries: 0});
    return loadCatalogue('cy');
  });
  afterEach(() => getFeedStore().configure({timeout: DEFAULT_TIMEOUT}));

  for (const [lang, other, expected] of [
    ['cy', enGB, cy],
    ['en', cy, enGB],
  ] as const) {
    describe(`every element in every state, in ${lang}`, () => {
      for (const state of STATES) {
        it(`${state.name}: no string of the other catalogue, for readers or for the editor, and accessible`, async () => {
          const foreign = onlyIn(other, expected);
          const editorForeign = onlyIn(other, expected, editorStrings);
          const editorOwn = onlyIn(expected, other, editorStrings);
          const failures: string[] = [];
          const warned: string[] = [];
          const warn = console.warn;
          console.warn = (...args: unknown[]) => warned.push(args.filter((arg) => typeof arg === 'string').join(' '));
          if (state.timeout) getFeedStore().configure({timeout: state.timeout});
          try {
            for (const tag of TAGS) {
              const el = place(tag, lang, state.attributes, state.feed?.());
              // A programme list names no programme: the feed's own errors only.
              const fails = state.error && !(tag === 'programme-list' && state.name === 'error (not-found)');
              const event = fails ? ((await oneEvent(el, 'feed-error')) as unknown as FeedErrorEvent) : undefined;
              await settled(el);
              const shown = shownText(shadow(el), lang);
              for (const piece of foreign) if (shown.includes(piece)) failures.push(`<${tag}> shows "${piece}"`);
              if (event && state.code && event.error.code !== state.code) {
                failures.push(`<${tag}>'s feed-error is ${event.error.code}, not ${state.code}`);
              }
              if (event) {
                // The editor's detail: the event's sentence and problems, and what the console was told.
                const detail = [event.message, ...event.problems.map((found) => found.message)].join('\n');
                for (const piece of editorForeign) {
                  if (detail.includes(piece)) failures.push(`<${tag}>'s feed-error says "${piece}"`);
                }
                if (!editorOwn.some((piece) => event.message.includes(piece))) {
                  failures.push(`<${tag}>'s feed-error is not in ${lang}: "${event.message}"`);
                }
              }
              if (state.name !== 'loading') await expect(el).to.be.accessible();
            }
          } finally {
            console.warn = warn;
          }
          const told = warned.join('\n');
          for (const piece of editorForeign) if (told.includes(piece)) failures.push(`the console says "${piece}"`);
          if (state.error) expect(told, 'the console was told').to.not.equal('');
          expect(failures).to.deep.equal([]);
        });
      }
    });
  }

  describe('following lang live', () => {
    it('re-renders when the page, an ancestor or the element itself changes lang, with no request', async () => {
      const src = '/__feed/i18n-live';
      const box = document.createElement('div');
      const el = document.createElement('programme-summary') as Lit;
      el.setAttribute('src', src);
      el.setAttribute('programme', PROGRAMME_ID);
      box.append(el);
      document.body.append(box);
      placed.push(box);
      await oneEvent(el, 'feed-load');
      await settled(el);
      const facts = () => text(shadow(el).querySelector('[part~="facts-title"]'));
      expect(facts()).to.equal('Key facts');

      document.documentElement.setAttribute('lang', 'cy');
      await until(() => facts() === 'Ffeithiau allweddol', 'Welsh from <html lang>');
      box.setAttribute('lang', 'en-GB');
      await until(() => facts() === 'Key facts', 'English from the ancestor');
      el.setAttribute('lang', 'cy-GB');
      await until(() => facts() === 'Ffeithiau allweddol', 'Welsh from its own lang');
      el.removeAttribute('lang');
      await until(() => facts() === 'Key facts', 'back to the ancestor');

      const count = (await (await fetch(`/__feed-count/i18n-live`)).json()) as {count: number};
      expect(count.count, 'requests for the feed').to.equal(1);
    });

    it('follows a lang set on the host of a shadow root it is inside', async () => {
      const host = document.createElement('div');
      const root = host.attachShadow({mode: 'open'});
      const el = document.createElement('aims-list') as Lit;
      el.setAttribute('programme', PROGRAMME_ID);
      el.feed = sampleFeed();
      root.append(el);
      document.body.append(host);
      placed.push(host);
      await settled(el);
      const heading = () => text(shadow(el).querySelector('[part~="title"]'));
      expect(heading()).to.equal('Aims');
      host.setAttribute('lang', 'cy');
      await until(() => heading() === 'Amcanion', 'Welsh through the shadow root');
    });
  });

  describe('bilingual feeds (format 1.1)', () => {
    it('shows the best match, and marks text that falls back to another language with its lang', async () => {
      const feed = bilingualFeed((f) => {
        const programme = f.programmes[0] as unknown as {title: unknown; strapline: unknown};
        programme.title = {en: 'English title', 'cy-GB': 'Teitl Cymraeg'};
        programme.strapline = {en: 'Only in English'};
      });
      const el = place('programme-summary', 'cy', {programme: PROGRAMME_ID}, feed);
      await settled(el);
      expect(text(shadow(el).querySelector('[part~="title"]'))).to.equal('Teitl Cymraeg');
      const strapline = shadow(el).querySelector('[part~="strapline"] span');
      expect(strapline?.getAttribute('lang')).to.equal('en');
      expect(text(strapline)).to.equal('Only in English');
      el.parentElement!.setAttribute('lang', 'en');
      await until(() => text(shadow(el).querySelector('[part~="title"]')) === 'English title', 'English');
      expect(shadow(el).querySelector('[part~="strapline"] span'), 'no fallback in English').to.equal(null);
    });

    it('validates 1.0 and 1.1 feeds, and names a language map with a bad key', () => {
      expect(parseFeed(sampleFeed()).problems).to.deep.equal([]);
      expect(parseFeed(bilingualFeed()).problems).to.deep.equal([]);
      const bad = bilingualFeed((f) => {
        (f.programmes[0] as unknown as {title: unknown}).title = {'not a tag': 'x'};
      });
      const [problem] = parseFeed(bad).problems;
      expect(problem).to.deep.include({code: 'item-invalid', path: 'programmes[0].title'});
      expect(problem!.message).to.match(/language tags such as "en" or "cy"/);
    });
  });

  it('marks each English-only text of a feed with Welsh missing in places', async () => {
    const el = place('project-list', 'cy', {programme: PROGRAMME_ID}, welshMissingFeed());
    await settled(el);
    const card = shadow(el).querySelector('project-card')!;
    await (card as Lit).updateComplete;
    const summary = card.shadowRoot!.querySelector('[part~="summary"] span');
    expect(summary?.getAttribute('lang')).to.equal('en');
    expect(text(card.shadowRoot!.querySelector('[part~="title"]'))).to.match(/^Testun Cymraeg \d+$/);
  });

  describe('Welsh plurals and numbers', () => {
    it('words durations with all six plural categories', () => {
      const years = (n: number) => formatDuration(n * 12, 'cy', cy as typeof enGB);
      expect([1, 2, 3, 5, 6].map(years)).to.deep.equal([
        '1 flwyddyn',
        '2 flynedd',
        '3 blynedd',
        '5 mlynedd',
        '6 blynedd',
      ]);
      expect(formatDuration(2, 'cy', cy as typeof enGB)).to.equal('2 fis');
      expect(formatDuration(18, 'en-GB', enGB)).to.equal('18 months');
      expect(formatDuration(12, 'en-GB', enGB)).to.equal('1 year');
    });
  });

  describe('registerCatalogue', () => {
    it('adds a language without a release: every element re-renders in it', async () => {
      const el = place('aims-list', 'pl', {programme: PROGRAMME_ID}, sampleFeed());
      await settled(el);
      expect(text(shadow(el).querySelector('[part~="title"]'))).to.equal('Aims');
      const polish: Catalogue = {...enGB, aims: 'Cele', loading: 'Ładowanie'};
      registerCatalogue('pl', polish);
      await until(() => text(shadow(el).querySelector('[part~="title"]')) === 'Cele', 'Polish');
      // Typed against English: a catalogue missing a string does not compile.
      // @ts-expect-error -- `aims` alone is not a catalogue
      const incomplete: Catalogue = {aims: 'Cele'};
      expect(incomplete).to.be.an('object');
    });
  });
});

async function until(condition: () => boolean, what: string, timeout = 3_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
