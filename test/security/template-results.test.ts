/**
 * A feed value shaped like a Lit template result: `{"_$litType$": 1, "strings": [...],
 * "values": []}`. Lit renders such an object as markup when it reaches a binding, so JSON must
 * never bring one to a template. Validation refuses it wherever a string is expected, and drops
 * unknown keys from the objects it keeps; nothing throws, and nothing it holds is rendered.
 */
import {expect} from '@open-wc/testing';
import {
  hasError,
  deepElements,
  everyElement,
  findActiveContent,
  formatPath,
  fullFeed,
  inPage,
  openPage,
  place,
  PROGRAMME_ID,
  setAt,
  settle,
  shadowText,
  stringPaths,
  tasks,
  type Json,
  type TestPage,
} from './harness.js';

const MARKUP = '<img src=x onerror="window.__xss=1">';

/** Objects Lit treats specially: a template result, a directive result, a static value. */
const LIT_SHAPES: readonly {name: string; value: Json}[] = [
  {name: 'template result', value: {_$litType$: 1, strings: [MARKUP], values: []}},
  {name: 'SVG template result', value: {_$litType$: 2, strings: ['<script>window.__xss=2</script>'], values: []}},
  {name: 'compiled template result', value: {_$litType$: {h: [MARKUP], parts: []}, values: []}},
  {name: 'directive result', value: {_$litDirective$: 'unsafeHTML', values: [MARKUP]}},
  {name: 'static value', value: {_$litStatic$: MARKUP, r: 'static'}},
];

function renderAll(page: TestPage, feed: Json): HTMLElement[] {
  return everyElement(page).map(({tag, attributes}) => place(page, tag, attributes, {feed: inPage(page, feed)}));
}

async function expectCalm(page: TestPage): Promise<void> {
  await tasks(5);
  expect(page.record.errors, 'errors and unhandled rejections').to.deep.equal([]);
  expect(page.record.sentinel, 'sentinel writes').to.deep.equal([]);
  expect(page.record.calls, 'dialog calls').to.deep.equal([]);
  expect(page.record.violations, 'policy violations').to.deep.equal([]);
}

describe('a feed value shaped like a Lit template result', function () {
  this.timeout(60_000);
  let page: TestPage;
  afterEach(() => page.close());

  it('is refused in place of every string of the feed, and every element shows the error when it is everywhere', async () => {
    page = await openPage('xss');
    const feed = fullFeed();
    const failures: string[] = [];
    for (const shape of LIT_SHAPES) {
      // Each string field on its own, through validation (the bundle's parseFeed)...
      for (const {path} of stringPaths(feed)) {
        // Refused: a problem names the field, and the field (or its item, or the feed) is left out.
        const result = page.bundle.parseFeed(inPage(page, setAt(feed, path, shape.value)));
        // In a language map (format 1.1) the problem names the field the map is.
        const field = ['en', 'cy'].includes(String(path.at(-1))) ? path.slice(0, -1) : path;
        if (!result.problems!.some((problem) => problem.path === formatPath(field)))
          failures.push(`${shape.name} at ${path.join('.')}: no problem names it`);
        if (result.ok && JSON.stringify(result.feed).includes('_$litType$'))
          failures.push(`${shape.name} at ${path.join('.')}: accepted`);
      }
      // ...and every string field at once, through every element.
      const everywhere = renderAll(page, replaceStrings(feed, shape.value));
      await settle(everywhere);
      for (const element of everywhere) {
        if (!element.shadowRoot!.querySelector('[part~="error"]'))
          failures.push(`${shape.name}: <${element.localName}> shows no error`);
        failures.push(...findActiveContent(element));
        if ([...deepElements(element.shadowRoot!)].some((node) => node.localName === 'img'))
          failures.push(`${shape.name}: an image was rendered`);
      }
      for (const element of everywhere) element.remove();
    }
    expect(failures).to.deep.equal([]);
    await expectCalm(page);
  });

  it('is refused as the whole feed, from a URL, as a property and as inline JSON', async () => {
    page = await openPage('xss-nocsp');
    const failures: string[] = [];
    for (const shape of LIT_SHAPES) {
      const key = `lit-shape-${LIT_SHAPES.indexOf(shape)}`;
      await fetch(`/__security/stored/${key}`, {method: 'POST', body: JSON.stringify(shape.value)});
      const fromUrl = place(page, 'programme-summary', {src: `/__security/stored/${key}`});
      const fromProperty = place(page, 'programme-summary', {}, {feed: inPage(page, shape.value)});
      // Inline JSON in <programme-feed> (this page has no Trusted Types, which would refuse
      // script text set from a string, as it should).
      const provider = place(page, 'programme-feed');
      const script = page.doc.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(shape.value);
      provider.append(script);
      const fromInline = place(page, 'programme-summary', {}, {}, provider);
      await settle([fromUrl, fromProperty, fromInline]);
      for (const element of [fromUrl, fromProperty, fromInline]) {
        if (!element.shadowRoot!.querySelector('[part~="error"]')) failures.push(`${shape.name}: no error shown`);
        failures.push(...findActiveContent(element));
      }
      for (const element of [fromUrl, fromProperty, provider]) element.remove();
    }
    expect(failures).to.deep.equal([]);
    await expectCalm(page);
  });

  it('is dropped as an extra key of an object the feed keeps: the rest renders as text', async () => {
    page = await openPage('xss');
    const feed = fullFeed() as {[key: string]: Json} & {programmes: {[key: string]: Json}[]};
    // Lit's keys on the feed, a programme, a project and an aim, beside their real fields.
    const extra = LIT_SHAPES[0]!.value as {[key: string]: Json};
    Object.assign(feed, extra);
    Object.assign(feed.programmes[0]!, extra);
    Object.assign((feed.programmes[0]!.projects as {[key: string]: Json}[])[0]!, extra);
    Object.assign(((feed.programmes[0]!.aims as {[key: string]: Json}).items as {[key: string]: Json}[])[0]!, extra);
    expect(page.bundle.parseFeed(inPage(page, feed)).ok).to.equal(true);
    const shown = renderAll(page, feed);
    await settle(shown);
    for (const element of shown) {
      expect(hasError(element), element.localName).to.equal(false);
      expect(shadowText(element), element.localName).not.to.include('onerror');
      expect(findActiveContent(element)).to.deep.equal([]);
    }
    expect(shadowText(shown[0]!)).to.include('Closing the Gap through Changing Relationships');
    const provider = place(page, 'programme-feed', {programme: PROGRAMME_ID}, {feed: inPage(page, feed)});
    const child = place(page, 'aims-list', {}, {}, provider);
    await settle([child]);
    expect(shadowText(child)).to.include('Between communities and the wider health care system');
    await expectCalm(page);
  });
});

/** A copy of `feed` with every string replaced by `value` (any JSON value). */
function replaceStrings(feed: Json, value: Json): Json {
  if (typeof feed === 'string') return structuredClone(value);
  if (Array.isArray(feed)) return feed.map((item) => replaceStrings(item, value));
  if (feed && typeof feed === 'object') {
    return Object.fromEntries(Object.entries(feed).map(([key, item]) => [key, replaceStrings(item, value)]));
  }
  return feed;
}
