/**
 * What the server renders (the built `programme-elements/server`, through test/server/ssr-plugin.mjs)
 * is what the browser shows: for every feed element, on every programme of the sample feed and
 * of a feed of several programmes, the server's HTML read with JavaScript off (a sandboxed frame
 * runs no script; declarative shadow DOM is still parsed) has the same text, headings and links
 * as the element rendered in the browser from the same feed URL. Then, with the hydration
 * bundle, it hydrates: no mutation anywhere, no request, no error, and the element is live.
 */
import {expect, waitUntil} from '@open-wc/testing';
import manifest from '../../custom-elements.json';
import '../../src/index.js';
import {expectHydrated, frame, litElements, read, renderedInBrowser, type Lit} from '../helpers/server-rendered.js';
import {onlyIn} from '../helpers/catalogue-strings.js';
import {enGB} from '../../src/i18n/en-GB.js';
import {catalogue as cy} from '../../src/i18n/cy.js';
import sample from '../../sample/sample-feed.json';
import several from '../fixtures/several-programmes.json';

// Served as JSON by test/server/ssr-plugin.mjs (without .json: the dev server turns .json paths into modules).
const FEEDS = {
  sample: {json: sample, src: '/__ssr/feed/sample'},
  several: {json: several, src: '/__ssr/feed/several'},
};

/** Every element that shows feed content, from the manifest: a new element is covered without being named here. */
const TAGS = manifest.modules
  .flatMap((module) => (module.declarations ?? []) as {tagName?: string}[])
  .map((declaration) => declaration.tagName)
  .filter((tag): tag is string => Boolean(tag) && tag !== 'programme-feed');

interface Case {
  readonly feed: keyof typeof FEEDS;
  readonly tag: string;
  readonly programme: string;
  readonly project: string | undefined;
}

const cases: Case[] = Object.entries(FEEDS).flatMap(([feed, {json}]) =>
  json.programmes.flatMap((programme) =>
    TAGS.flatMap((tag): Case[] => {
      if (tag !== 'project-card')
        return [{feed: feed as Case['feed'], tag, programme: programme.id, project: undefined}];
      return (
        (programme as {projects?: {id: string}[]}).projects?.slice(0, 2).map((project) => ({
          feed: feed as Case['feed'],
          tag,
          programme: programme.id,
          project: project.id,
        })) ?? []
      );
    }),
  ),
);

/** The browser's element for a case: the same feed from its URL. */
const attributesOf = (c: Case, lang: string) => ({
  src: FEEDS[c.feed].src,
  programme: c.programme,
  project: c.project,
  lang,
});

const query = (c: Case, js: boolean) =>
  new URLSearchParams({feed: c.feed, tag: c.tag, programme: c.programme, project: c.project ?? '', js: js ? '1' : '0'});

describe('server rendering', function () {
  this.timeout(20_000);
  const placed: Element[] = [];
  afterEach(() => placed.splice(0).forEach((node) => node.remove()));

  it('covers every feed element, each on several programmes, and project cards', () => {
    expect(TAGS).to.have.length.greaterThan(5);
    for (const tag of TAGS) expect(cases.filter((c) => c.tag === tag).length, tag).to.be.greaterThan(2);
  });

  it('a pre-rendered card under a strict CSP, which refuses its inline styles, is styled once it hydrates', async () => {
    const card = cases.find((c) => c.tag === 'project-card')!;
    const page = await frame(`/__ssr/element?${query(card, true)}&csp=strict`);
    placed.push(page);
    const el = page.contentDocument!.querySelector('project-card') as Lit;
    const win = page.contentWindow as Window & {__record: {violations: string[]}};
    await waitUntil(() => el.hasUpdated, 'hydrated', {timeout: 10_000});
    // The browser reports a violation as an event of its own, which a busy machine may deliver
    // after the element has hydrated.
    await waitUntil(() => win.__record.violations.length > 0, 'the server-rendered <style> was refused', {
      timeout: 10_000,
    });
    expect([...new Set(win.__record.violations)]).to.deep.equal(['style-src-elem']);
    const article = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(win.getComputedStyle(el).display).to.equal('block');
    expect(win.getComputedStyle(article).borderTopStyle).to.equal('solid');
  });

  it('an image that failed before the element hydrated is hidden once it is live, its box kept', async () => {
    const summary = cases.find((c) => c.tag === 'programme-summary' && c.feed === 'sample')!;
    const params = new URLSearchParams({
      ...Object.fromEntries(query(summary, true)),
      feed: 'broken-images',
      hydrate: 'later',
    });
    const page = await frame(`/__ssr/element?${params}`);
    placed.push(page);
    const el = page.contentDocument!.querySelector('programme-summary') as Lit;
    const image = el.shadowRoot!.querySelector<HTMLImageElement>('[part~="image"]')!;
    // A lazy image never loads in a test page left in the background (tests run several at once).
    image.loading = 'eager';
    await waitUntil(() => image.complete, 'the server-rendered image failed', {timeout: 10_000});
    expect(image.naturalWidth, 'the image did not load').to.equal(0);
    expect(image.hidden, 'before hydration nothing hides it').to.equal(false);

    const script = Object.assign(page.contentDocument!.createElement('script'), {
      type: 'module',
      src: '/dist/programme-elements.hydrate.js',
    });
    page.contentDocument!.body.append(script);
    await waitUntil(() => el.hasUpdated, 'hydrated', {timeout: 10_000});
    await waitUntil(() => image.hidden, 'the failed image is hidden', {timeout: 10_000});
    expect(page.contentWindow!.getComputedStyle(image).visibility).to.equal('hidden');
    expect(image.getBoundingClientRect().height, 'its box is kept').to.be.greaterThan(0);
    expect(read(el).text).to.contain(sample.programmes[0]!.title);
  });

  describe('in Welsh', () => {
    const english = onlyIn(enGB, cy);
    const welsh = onlyIn(cy, enGB);
    // One programme of the sample feed (which has Welsh text), each element once.
    const welshCases = cases.filter(
      (c, index) => c.feed === 'sample' && cases.findIndex((d) => d.tag === c.tag) === index,
    );

    for (const c of welshCases) {
      it(`<${c.tag}> rendered with lang="cy" reads as in the browser, and hydrates with its Welsh unchanged`, async () => {
        const page = await frame(`/__ssr/element?${query(c, true)}&lang=cy`);
        placed.push(page);
        const el = page.contentDocument!.querySelector(c.tag) as Lit;
        expect(el.getAttribute('lang')).to.equal('cy');
        const rendered = read(el);
        const shadowText = el.shadowRoot!.textContent;

        // The same Welsh the browser renders from the same feed.
        expect(rendered).to.deep.equal(read(await renderedInBrowser(c.tag, attributesOf(c, 'cy'), placed)));
        // Welsh, not English, wherever the element has words of its own.
        const englishPage = await frame(`/__ssr/element?${query(c, false)}`, 'allow-same-origin');
        placed.push(englishPage);
        const inEnglish = read(englishPage.contentDocument!.querySelector(c.tag)!).text;
        if (english.some((piece) => inEnglish.includes(piece))) {
          expect(rendered.text).to.not.equal(inEnglish);
          expect(
            welsh.some((piece) => rendered.text.includes(piece)),
            rendered.text,
          ).to.equal(true);
        }

        // No mutation, request or error while it hydrates; the same text after it, and after a live re-render.
        await expectHydrated(page, el);
        el.setAttribute('heading-level', '2');
        await Promise.all(litElements(el).map((node) => node.updateComplete));
        expect(el.shadowRoot!.textContent).to.equal(shadowText);
        expect(read(el)).to.deep.equal(rendered);
      });
    }
  });

  for (const c of cases) {
    const name = `<${c.tag}> on ${c.feed}/${c.programme}${c.project ? `/${c.project}` : ''}`;

    it(`${name}: the server's HTML, with JavaScript off, reads as the browser's element does`, async () => {
      const noScript = await frame(`/__ssr/element?${query(c, false)}`, 'allow-same-origin');
      placed.push(noScript);
      const served = noScript.contentDocument!.querySelector(c.tag);
      expect(served, noScript.contentDocument!.body.textContent ?? '').to.not.equal(null);
      expect(served!.shadowRoot, 'declarative shadow root').to.not.equal(null);

      const client = await renderedInBrowser(c.tag, attributesOf(c, 'en-GB'), placed);

      const server = read(served!);
      const browser = read(client);
      expect(server.headings, browser.text).to.deep.equal(browser.headings);
      expect(server.links).to.deep.equal(browser.links);
      expect(server.text).to.equal(browser.text);
      expect(server.text.length).to.be.greaterThan(20);
    });

    it(`${name}: hydrates with no change, no request and no error, and is live`, async () => {
      const page = await frame(`/__ssr/element?${query(c, true)}`);
      placed.push(page);
      await expectHydrated(page, page.contentDocument!.querySelector(c.tag) as Lit);
    });
  }
});
