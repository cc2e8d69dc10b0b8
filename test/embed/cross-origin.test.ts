/**
 * The first paste works: the embed builder's snippet (demo/builder.snippet.ts, the function the
 * builder itself calls), pasted into a page on another origin, shows the card. The script comes
 * from this server at the versioned path /elements/<version>/, with the headers `npm start` gives
 * it (web-dev-server.config.mjs), the feed from the test feed server, and the page from
 * 127.0.0.1 on the same port: another origin. When
 * the script cannot run (a wrong integrity hash, or no script at all), the snippet's fallback
 * link is what the reader gets.
 */
import {expect} from '@open-wc/testing';
import {embedSnippet, sriHash, versionedScriptUrl, type SnippetOptions} from '../../demo/builder.snippet.js';
import {VERSION} from '../../src/version.js';
import {PROGRAMME_ID, PROJECT_ID} from '../helpers/feeds.js';

interface PasteReport {
  defined: boolean;
  text: string;
  fallback: {href: string; text: string} | null;
}

const OTHER_ORIGIN = `http://127.0.0.1:${location.port}`;
const PROGRAMME_PAGE = 'https://example.org/example-only/programmes/closing-the-gap-through-changing-relationships';

/** Opens a page on the other origin whose body is `snippet`, and resolves with what it shows. */
function paste(snippet: string, prerender?: URLSearchParams): Promise<PasteReport> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error('the pasted page sent no report')), 10_000);
    window.addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.source !== frame.contentWindow || event.data?.type !== 'paste-report') return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(event.data as PasteReport);
    });
    const html = btoa(String.fromCharCode(...new TextEncoder().encode(snippet)))
      .replaceAll('+', '-')
      .replaceAll('/', '_')
      .replace(/=+$/, '');
    frame.src = `${OTHER_ORIGIN}/__paste?html=${html}${prerender ? `&prerender=${encodeURIComponent(String(prerender))}` : ''}`;
    frame.style.inlineSize = '800px';
    document.body.append(frame);
  });
}

async function builderSnippet(change: (options: SnippetOptions) => SnippetOptions = (options) => options) {
  const src = versionedScriptUrl(location.origin, VERSION);
  return embedSnippet(
    change({
      script: {src, integrity: await sriHash(src)},
      tag: 'project-card',
      attributes: [
        ['src', new URL('/__feed/cross-origin', location.href).href],
        ['programme', PROGRAMME_ID],
        ['project', PROJECT_ID],
      ],
      fallback: {href: PROGRAMME_PAGE, text: 'Closing the Gap through Changing Relationships'},
    }),
  );
}

describe("the embed builder's snippet, pasted into a page on another origin", function () {
  this.timeout(20_000);

  it('names a versioned script with its sha384 integrity and crossorigin, and a fallback link inside the element', async () => {
    const snippet = await builderSnippet();
    expect(snippet).to.contain(`src="${location.origin}/elements/${VERSION}/programme-elements.js"`);
    expect(snippet).to.match(/ integrity="sha384-[A-Za-z0-9+/]{64}" crossorigin="anonymous"/);
    expect(snippet).to.contain(`<a href="${PROGRAMME_PAGE}">Closing the Gap through Changing Relationships</a>`);
  });

  it('serves the script and the feed to another origin', async () => {
    for (const path of [`/elements/${VERSION}/programme-elements.js`, '/__feed/cross-origin-headers']) {
      const response = await fetch(path);
      expect(response.status, path).to.equal(200);
      expect(response.headers.get('access-control-allow-origin'), path).to.equal('*');
    }
  });

  it('shows the card', async () => {
    const report = await paste(await builderSnippet());
    expect(report.defined).to.equal(true);
    expect(report.text).to.contain('Example title: dialysis patients taking control');
    expect(report.fallback, 'the fallback gives way to the card').to.equal(null);
  });

  it('keeps the fallback link when the browser refuses the script (an integrity that does not match)', async () => {
    const wrong = `sha384-${btoa('x'.repeat(48))}`;
    const report = await paste(
      await builderSnippet((options) => ({...options, script: {...options.script, integrity: wrong}})),
    );
    expect(report.defined).to.equal(false);
    expect(report.fallback).to.deep.equal({
      href: PROGRAMME_PAGE,
      text: 'Closing the Gap through Changing Relationships',
    });
  });

  it('keeps the fallback link when the script is not there', async () => {
    const report = await paste(
      await builderSnippet((options) => ({
        ...options,
        script: {src: `${location.origin}/elements/0.0.0-missing/programme-elements.js`},
      })),
    );
    expect(report.defined).to.equal(false);
    expect(report.fallback?.href).to.equal(PROGRAMME_PAGE);
  });

  describe('pre-rendered', () => {
    const rendered = new URLSearchParams({
      tag: 'project-card',
      feed: 'sample',
      programme: PROGRAMME_ID,
      project: PROJECT_ID,
    });
    const snippet = (script: string) =>
      embedSnippet({
        script: {src: script},
        tag: 'project-card',
        attributes: [],
        prerendered: '<!--prerendered-->',
      });

    it('shows the card from its declarative shadow DOM even when the script never loads', async () => {
      const report = await paste(
        snippet(`${location.origin}/elements/0.0.0-missing/programme-elements.hydrate.js`),
        rendered,
      );
      expect(report.defined).to.equal(false);
      expect(report.text).to.contain('Example title: dialysis patients taking control');
    });

    it('is taken over by the hydration bundle from the versioned path', async () => {
      const hydrate = versionedScriptUrl(location.origin, VERSION).replace(/\.js$/, '.hydrate.js');
      const report = await paste(snippet(hydrate), rendered);
      expect(report.defined).to.equal(true);
      expect(report.text).to.contain('Example title: dialysis patients taking control');
    });
  });
});
