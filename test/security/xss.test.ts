/**
 * Untrusted feed content: the XSS corpus (test/security/corpus.ts, at least 60 vectors from
 * public sources) in every string field of the feed, rendered by every element of the BUILT
 * bundle, on a page with a strict CSP and Trusted Types and on a page with no policy at all
 * (where anything that reached the DOM as markup would run).
 *
 * Nothing may run: no dialog (counted in every frame and realm through the DevTools protocol,
 * and by the page's own alert/confirm/prompt/print/open/document.write stand-ins), no write to
 * the sentinel global `__xss`, no error, no policy violation. Nothing active may be rendered:
 * no script or framing element, no on* attribute, no javascript:/vbscript:/data:text/html URL,
 * anywhere in any shadow root; and each payload must appear, whole, as text.
 */
import {expect} from '@open-wc/testing';
import {URL_VECTORS, XSS_VECTORS, type Vector} from './corpus.js';
import {
  dialogsSeen,
  everyElement,
  fieldKind,
  findActiveContent,
  formatPath,
  fullFeed,
  inPage,
  mapStrings,
  openPage,
  outline,
  place,
  PROGRAMME_ID,
  settle,
  shadowText,
  stringPaths,
  tasks,
  watchDialogs,
  type Json,
  type TestPage,
  namesAnItem,
} from './harness.js';

/** The feed with every free-text field holding `text`; ids, codes, dates and URLs stay valid. */
function textFeed(text: string): Json {
  return mapStrings(fullFeed(), (path, kind, old) => {
    if (kind !== 'text') return old;
    // Organisation identifiers are limited to 200 characters; the rest take up to 1,000.
    return path.at(-1) === 'identifier' ? text.slice(0, 200) : text;
  });
}

/** The feed with EVERY string holding `text`: invalid, since ids, dates and URLs have a format. */
function everyStringFeed(text: string): Json {
  return mapStrings(fullFeed(), () => text);
}

async function storeOnServer(key: string, body: string): Promise<string> {
  const response = await fetch(`/__security/stored/${encodeURIComponent(key)}`, {method: 'POST', body});
  expect(response.ok, `stored ${key}`).to.equal(true);
  return `/__security/stored/${encodeURIComponent(key)}`;
}

/** Every element of the library, plus `<programme-feed>` providing to a summary, fed by `source`. */
function renderAll(page: TestPage, source: {src?: string; feed?: unknown}): HTMLElement[] {
  const shown: HTMLElement[] = [];
  for (const {tag, attributes} of everyElement(page)) {
    shown.push(
      place(
        page,
        tag,
        {...attributes, ...(source.src ? {src: source.src} : {})},
        source.feed ? {feed: inPage(page, source.feed)} : {},
      ),
    );
  }
  const provider = place(
    page,
    'programme-feed',
    {programme: PROGRAMME_ID, ...(source.src ? {src: source.src} : {})},
    source.feed ? {feed: inPage(page, source.feed)} : {},
  );
  shown.push(place(page, 'programme-summary', {}, {}, provider));
  return shown;
}

/** What is wrong, at `where`, with an element that must show an error and nothing active. */
function errorFailures(element: HTMLElement, where: string): string[] {
  const failures = element.shadowRoot!.querySelector('[part~="error"]') ? [] : [`${where}: no error shown`];
  return [...failures, ...findActiveContent(element).map((finding) => `${where}: ${finding}`)];
}

function clear(page: TestPage): void {
  for (const element of [...page.doc.body.children]) element.remove();
}

/** What nothing may have done by the end of a test. */
async function expectNothingRan(page: TestPage): Promise<void> {
  await tasks(5);
  expect(page.record.calls, 'dialog and write calls in the page').to.deep.equal([]);
  expect(page.record.sentinel, 'writes to the sentinel global').to.deep.equal([]);
  expect(page.record.errors, 'errors and unhandled rejections').to.deep.equal([]);
  expect(page.record.violations, 'CSP and Trusted Types violations').to.deep.equal([]);
  expect(await dialogsSeen(), 'dialogs in any frame (DevTools protocol)').to.deep.equal([]);
  // Only the page's own scripts (and the dev server's, which it adds to some pages it serves):
  // nothing was added to the light DOM either.
  const scripts = [...page.doc.querySelectorAll('script')].map(
    (script) => script.getAttribute('src') ?? script.outerHTML,
  );
  expect(
    scripts.filter((src) => !src.startsWith('/__web-dev-server')),
    'script elements in the page',
  ).to.deep.equal(['probe.js', '/dist/programme-elements.js', 'expose-store.js']);
}

describe('untrusted feed content: the XSS corpus', function () {
  this.timeout(120_000);
  const pages: TestPage[] = [];
  const open = async (name: string) => {
    const page = await openPage(name);
    pages.push(page);
    return page;
  };

  before(async () => {
    await watchDialogs();
  });
  afterEach(() => {
    while (pages.length) pages.pop()!.close();
  });

  it('has at least 60 markup vectors and 30 URL vectors, each naming its public source', () => {
    expect(XSS_VECTORS.length).to.be.at.least(60);
    expect(URL_VECTORS.length).to.be.at.least(30);
    for (const vector of [...XSS_VECTORS, ...URL_VECTORS]) {
      expect(vector.source, vector.payload).to.match(
        /OWASP|DOMPurify|H5SC|HTML5 Security|lit-html|byte order|leading space/,
      );
    }
    // Every vector is fed to the elements through each kind of field at least once.
    const kinds = new Set(stringPaths(fullFeed()).map((field) => field.kind));
    expect([...kinds].sort()).to.deep.equal(['constrained', 'text', 'url']);
  });

  it('sees a policy violation, a dialog call, a sentinel write and an uncaught error when they happen (canary)', async () => {
    const page = await openPage('canary');
    pages.push(page);
    await tasks(5);
    expect(page.record.violations).to.have.length(1);
    expect(page.record.violations[0]).to.match(/^script-src/);
    expect(page.record.calls).to.deep.equal(['alert(canary)']);
    expect(page.record.sentinel).to.deep.equal(['canary']);
    expect(page.record.errors).to.have.length(1);
    // The checks below find active content when there is some (built in this test's own page:
    // the canary page's Trusted Types would refuse the handler attribute).
    const host = document.createElement('div');
    const root = host.attachShadow({mode: 'open'});
    const link = document.createElement('a');
    link.setAttribute('href', ' java\tscript:alert(1)');
    link.setAttribute('onclick', 'x');
    root.append(link, document.createElement('script'));
    expect(findActiveContent(host)).to.have.length(3);
  });

  const modes = [
    {page: 'xss', via: 'src' as const, title: 'loaded from a URL, under a strict CSP and Trusted Types'},
    {page: 'xss-nocsp', via: 'feed' as const, title: 'set as the feed property, on a page with no CSP at all'},
  ];
  for (const mode of modes) {
    it(`shows every vector in every text field as text, in every element (${mode.title})`, async () => {
      const page = await open(mode.page);
      // The outline (elements and attribute names) of each element with harmless text.
      const benignFeed = textFeed('Lorem ipsum');
      const benign = renderAll(
        page,
        mode.via === 'src'
          ? {src: await storeOnServer('xss-text-benign', JSON.stringify(benignFeed))}
          : {feed: benignFeed},
      );
      await settle(benign);
      const expected = benign.map(outline);
      expect(
        benign.every((element) => !element.shadowRoot!.querySelector('[part~="error"]')),
        'the feed is valid',
      ).to.equal(true);
      clear(page);

      const failures: string[] = [];
      for (const [index, vector] of XSS_VECTORS.entries()) {
        const feed = textFeed(vector.payload);
        const source =
          mode.via === 'src' ? {src: await storeOnServer(`xss-text-${index}`, JSON.stringify(feed))} : {feed};
        const shown = renderAll(page, source);
        await settle(shown, `vector ${index} rendered`);
        shown.forEach((element, position) => {
          const where = `vector ${index} (${vector.source}) in <${element.localName}>`;
          if (element.shadowRoot!.querySelector('[part~="error"]'))
            failures.push(`${where}: shows an error, not the content`);
          for (const finding of findActiveContent(element)) failures.push(`${where}: ${finding}`);
          if (outline(element) !== expected[position]) failures.push(`${where}: the rendered structure changed`);
          if (!shadowText(element).includes(vector.payload))
            failures.push(`${where}: the payload is not shown as text`);
        });
        clear(page);
      }
      expect(failures).to.deep.equal([]);
      await expectNothingRan(page);
    });
  }

  it('refuses a feed with a vector in its ids, codes, dates and URLs: every element shows its error as text', async () => {
    const page = await open('xss-nocsp');
    const failures: string[] = [];
    for (const [index, vector] of XSS_VECTORS.entries()) {
      const shown = renderAll(page, {feed: everyStringFeed(vector.payload)});
      await settle(shown, `vector ${index} rendered`);
      for (const element of shown)
        failures.push(...errorFailures(element, `vector ${index} in <${element.localName}>`));
      clear(page);
    }
    expect(failures).to.deep.equal([]);
    await expectNothingRan(page);
  });

  it('refuses each vector in each id, code, date, version and URL field on its own, naming the field', async () => {
    const page = await open('xss');
    const feed = fullFeed();
    const fields = stringPaths(feed).filter((field) => field.kind !== 'text');
    const accepted: string[] = [];
    for (const {path} of fields) {
      for (const vector of [...XSS_VECTORS, ...URL_VECTORS]) {
        const result = page.bundle.parseFeed(
          mapStrings(feed, (at, _kind, old) => (samePath(at, path) ? vector.payload : old)),
        );
        // Refused: a problem names the field, and the value is not in what is shown (the field,
        // or its item, is left out; or nothing is shown).
        if (!result.problems!.some((problem) => problem.path === formatPath(path))) {
          // A markup payload without spaces can be a valid relative link: harmless, but it must
          // then resolve to an http(s) URL on the feed's own site.
          const href = new URL(vector.payload, 'https://feed.example/feed.json');
          if (fieldKind(path) !== 'url' || href.origin !== 'https://feed.example' || URL_VECTORS.includes(vector)) {
            accepted.push(`${path.join('.')}: ${JSON.stringify(vector.payload)}`);
          }
        } else if (result.ok && JSON.stringify(result.feed).includes(JSON.stringify(vector.payload))) {
          accepted.push(`${path.join('.')}: a problem names the field, but its value is still shown`);
        }
      }
    }
    expect(accepted).to.deep.equal([]);
    await expectNothingRan(page);
  });

  it('quotes a vector sent as the whole response body as text in the error', async () => {
    const page = await open('xss');
    page.bundle.store.configure({retries: 0});
    const failures: string[] = [];
    for (const [index, vector] of XSS_VECTORS.entries()) {
      const src = await storeOnServer(`xss-body-${index}`, vector.payload);
      const shown = renderAll(page, {src});
      await settle(shown, `vector ${index} rendered`);
      for (const element of shown)
        failures.push(...errorFailures(element, `vector ${index} in <${element.localName}>`));
      clear(page);
    }
    expect(failures).to.deep.equal([]);
    await expectNothingRan(page);
  });

  it('shows the not-found error for a vector given as the programme or project id, and runs nothing', async () => {
    const page = await open('xss-nocsp');
    const failures: string[] = [];
    const check = (element: HTMLElement, _vector: Vector, index: number) => {
      const where = `vector ${index} as the id of <${element.localName}>`;
      // Readers are told the content is not available; the id goes to feed-error and the console only.
      failures.push(...errorFailures(element, where));
    };
    for (const [index, vector] of XSS_VECTORS.entries()) {
      // A programme list names no programme, so it has no id to quote.
      const shown = everyElement(page)
        .filter(({tag}) => namesAnItem(tag))
        .map(({tag}) =>
          place(page, tag, tag === 'project-card' ? {project: vector.payload} : {programme: vector.payload}, {
            feed: inPage(page, fullFeed()),
          }),
        );
      await settle(shown, `vector ${index} rendered`);
      for (const element of shown) check(element, vector, index);
      clear(page);
    }
    expect(failures).to.deep.equal([]);
    await expectNothingRan(page);
  });
});

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((part, index) => part === b[index]);
}
