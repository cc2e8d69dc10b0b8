/**
 * Embedding the built single-file bundle (dist/programme-elements.js, not the sources) the way a
 * partner site does, each page in its own iframe under a strict Content-Security-Policy with
 * Trusted Types enforced (test/server/embed-plugin.mjs). `npm test` builds the bundle first.
 */
import {expect} from '@open-wc/testing';
import {ELEMENT_TAGS} from '../../src/elements.js';

/** The elements each page's report.js waits for: those that show content, every one but the provider. */
const SHOWN_TAGS = ELEMENT_TAGS.filter((tag) => tag !== 'programme-feed');

interface EmbedReport {
  page: string;
  settled: boolean;
  violations: string[];
  errors: string[];
  warnings: string[];
  newGlobals: string[];
  resources: string[];
  elements: {tag: string; text: string; headings: string[]; defined: boolean}[];
}

/** Lit's own globals: its version markers and its shared property metadata. */
const LIT_GLOBALS = ['litElementVersions', 'litHtmlVersions', 'reactiveElementVersions', 'litPropertyMetadata'];

function loadPage(name: string): Promise<EmbedReport> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error(`${name} sent no report`)), 15_000);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.data?.type !== 'embed-report') return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(event.data as EmbedReport);
    };
    window.addEventListener('message', onMessage);
    frame.src = `/test/embed/pages/${name}.html?tags=${SHOWN_TAGS.join(',')}`;
    frame.style.inlineSize = '1000px';
    document.body.append(frame);
  });
}

describe('embedding the single-file bundle', function () {
  this.timeout(20_000);

  it('serves the test pages with the strict policy, and the harness sees a violation (canary)', async () => {
    const response = await fetch('/test/embed/pages/csp-canary.html');
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
    const report = await loadPage('csp-canary');
    expect(report.violations).to.have.length(1);
    expect(report.violations[0]).to.match(/^script-src/);
  });

  it('renders every element under strict CSP and Trusted Types with zero violations', async () => {
    const report = await loadPage('strict-csp');
    expect(report.settled, 'every element rendered').to.equal(true);
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.elements.map((element) => element.tag)).to.have.members(SHOWN_TAGS);
    const byTag = Object.fromEntries(report.elements.map((element) => [element.tag, element]));
    expect(byTag['programme-summary']!.text).to.contain('Closing the Gap through Changing Relationships');
    expect(byTag['aims-list']!.text).to.contain('Between communities and the wider health care system');
    expect(byTag['project-card']!.text).to.contain('dialysis');
    expect(byTag['related-programmes']!.text).to.contain('Closing the Gap in Patient Safety');
    expect(byTag['programme-page']!.text).to.contain('Work with us');
    expect(byTag['programme-card']!.text).to.contain('Closed for applications');
    expect(byTag['programme-list']!.text).to.contain('Programmes');
  });

  it("adds no globals beyond Lit's, and requests nothing but the bundle and the feed", async () => {
    const report = await loadPage('strict-csp');
    expect(report.newGlobals.filter((name) => !LIT_GLOBALS.includes(name))).to.deep.equal([]);
    // The test pages' own scripts and the dev server's live-reload socket (which it injects into
    // every HTML page it serves) are the harness, not the library.
    const requests = report.resources.filter(
      (path) => !path.startsWith('/test/embed/pages/') && !path.startsWith('/__web-dev-server'),
    );
    expect(requests).to.deep.equal(['/dist/programme-elements.js', '/__feed/embed-csp?body=text-only']);
  });

  it('loads twice on one page without an error or a warning', async () => {
    const report = await loadPage('double-load');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
    expect(report.elements[0]!.text).to.contain('dialysis');
  });

  it('keeps the first version and warns once, naming both, when another version loads', async () => {
    const report = await loadPage('two-versions');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.have.length(1);
    expect(report.warnings[0]).to.contain('99.0.0-other').and.to.contain('0.1.0');
    expect(report.elements[0]!.text).to.contain('dialysis');
  });

  it('applies properties set before the element was defined', async () => {
    const report = await loadPage('early-properties');
    expect(report.errors).to.deep.equal([]);
    const card = report.elements[0]!;
    expect(card.defined).to.equal(true);
    expect(card.text).to.contain('record access');
    expect(card.headings).to.deep.equal(['h3']);
  });
});
