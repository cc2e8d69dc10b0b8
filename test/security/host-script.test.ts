/**
 * The host page's own script: built-ins frozen, extended or replaced before the bundle loads
 * (test/security/pages/host-script.js does each, as partner pages' scripts do), and languages
 * named like Object.prototype's members. Against the BUILT bundle: every element still reaches
 * its content, or says plainly that the page's environment is at fault, never the server; and
 * nothing throws, rejects unhandled or stays on "Loading".
 */
import {expect} from '@open-wc/testing';
import sample from '../../sample/sample-feed.json' with {type: 'json'};
import {
  freshFeedUrls,
  hasError,
  inPage,
  openPage,
  place,
  PROGRAMME_ID,
  PROJECT_ID,
  PROJECT_TITLE,
  settle,
  shadowText,
  TITLE,
  type TestPage,
} from './harness.js';

const feedUrl = freshFeedUrls('host-script');

/** A card on a URL, a provider on another URL with a summary, and a provider with inline JSON. */
function everySource(page: TestPage): HTMLElement[] {
  const card = place(page, 'project-card', {src: feedUrl(), project: PROJECT_ID});
  const provider = place(page, 'programme-feed', {src: feedUrl(), programme: PROGRAMME_ID});
  const summary = place(page, 'programme-summary', {}, {}, provider);
  const inline = page.doc.createElement('programme-feed');
  inline.setAttribute('programme', PROGRAMME_ID);
  const script = page.doc.createElement('script');
  script.type = 'application/json';
  // A text node, not `textContent`: Trusted Types (on this page) refuse script text from a string.
  script.append(page.doc.createTextNode(JSON.stringify(sample)));
  inline.append(script);
  const aims = page.doc.createElement('aims-list');
  inline.append(aims);
  page.doc.body.append(inline);
  const set = place(page, 'programme-page', {programme: PROGRAMME_ID}, {feed: inPage(page, sample)});
  return [card, summary, aims, set];
}

describe('the host page’s own script', function () {
  this.timeout(20_000);
  let page: TestPage | undefined;
  afterEach(() => page?.close());

  for (const [name, query] of [
    ['a frozen Error.prototype (a hardening script)', '?freeze-error'],
    ['frozen intrinsic prototypes (a lockdown in the style of SES)', '?freeze-intrinsics'],
    ['an enumerable property added to Object.prototype (an old library)', '?extend-object'],
    ['enumerable methods added to Array.prototype and String.prototype (Prototype.js style)', '?extend-array'],
    ['window.fetch replaced by an XMLHttpRequest polyfill with no body stream', '?fetch-polyfill'],
  ] as const) {
    it(`keeps every element working with ${name}`, async () => {
      page = await openPage('host-script', {query});
      const elements = everySource(page);
      await settle(elements, `every element to render with ${name}`);
      for (const element of elements) {
        expect(hasError(element), `<${element.localName}> shows an error: ${shadowText(element)}`).to.equal(false);
      }
      expect(shadowText(elements[0]!)).to.include(PROJECT_TITLE);
      expect(shadowText(elements[1]!)).to.include(TITLE);
      expect(page.record.errors).to.deep.equal([]);
    });
  }

  it('keeps showing errors when Error.prototype is frozen: a 404 reaches the error state and feed-error', async () => {
    page = await openPage('host-script', {query: '?freeze-error'});
    const card = place(page, 'project-card', {src: feedUrl('?fault=404'), project: PROJECT_ID});
    const kinds: string[] = [];
    const messages: string[] = [];
    card.addEventListener('feed-error', (event) => {
      kinds.push((event as Event & {kind: string}).kind);
      messages.push((event as Event & {message: string}).message);
    });
    await settle([card]);
    expect(hasError(card)).to.equal(true);
    expect(shadowText(card)).to.include('It could not be loaded just now.');
    expect(messages.join(' ')).to.include('answered 404');
    expect(kinds).to.deep.equal(['http']);
    expect(page.record.errors).to.deep.equal([]);
  });

  it('says the page’s environment is at fault, not the server, when fetch is replaced by something broken', async () => {
    page = await openPage('host-script', {query: '?fetch-broken'});
    const card = place(page, 'project-card', {src: feedUrl(), project: PROJECT_ID});
    const messages: string[] = [];
    card.addEventListener('feed-error', (event) => messages.push((event as Event & {message: string}).message));
    await settle([card]);
    expect(hasError(card)).to.equal(true);
    expect(shadowText(card)).to.include('It could not be loaded just now.');
    expect(messages).to.have.length(1);
    expect(messages[0]).to.match(/this page’s own script/);
    expect(messages[0]).to.match(/not a fault of the server/);
    expect(page.record.errors).to.deep.equal([]);
  });

  it('parseFeed never throws, whatever the page did: a throw inside validation is a fatal problem', async () => {
    page = await openPage('host-script', {query: '?extend-object'});
    // A getter that throws, as a proxy or a page's accessor might: validation must not throw.
    const feed = page.win.JSON.parse(JSON.stringify(sample)) as Record<string, unknown>;
    Object.defineProperty(feed, 'programmes', {
      enumerable: true,
      get() {
        throw new page!.win.Error('a getter of the page threw');
      },
    });
    const result = page.bundle.parseFeed(feed);
    expect(result.ok).to.equal(false);
    expect(result.problems?.[0]?.path).to.equal('(feed)');
    expect(result.problems?.[0]?.message).to.match(/could not be checked/);
    const card = place(page, 'project-card', {project: PROJECT_ID}, {feed});
    await settle([card]);
    expect(hasError(card)).to.equal(true);
    expect(page.record.errors).to.deep.equal([]);
  });

  for (const lang of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf-GB']) {
    it(`renders in lang="${lang}" (a name of Object.prototype’s) with the English labels`, async () => {
      page = await openPage('lifecycle');
      const region = place(page, 'div', {lang});
      const summary = place(page, 'programme-summary', {programme: PROGRAMME_ID}, {feed: inPage(page, sample)}, region);
      const card = place(page, 'project-card', {project: 'homeless-health'}, {feed: inPage(page, sample)}, region);
      await settle([summary, card]);
      expect(shadowText(summary)).to.include('Key facts');
      expect(shadowText(card)).to.include('Lead organisation');
      expect(page.record.errors).to.deep.equal([]);
    });
  }
});
