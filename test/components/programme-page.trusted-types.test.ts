import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/programme-page/programme-page.js';
import type {ProgrammePageElement} from '../../src/components/programme-page/programme-page.js';
import {sampleFeed, PROGRAMME_ID} from '../helpers/feeds.js';

// A page of its own (one test file, one page): from here on this page enforces Trusted Types for
// scripts, with Lit's policy as the only one allowed, as a strict NHS trust page might.
describe('<programme-page structured-data> on a page that enforces Trusted Types', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);

  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'; trusted-types lit-html";
    document.head.append(meta);
    window.addEventListener('error', onError);
  });

  after(() => window.removeEventListener('error', onError));

  it('still renders the page, writes no script and throws nothing into the host page', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<ProgrammePageElement>(
        html`<programme-page structured-data programme=${PROGRAMME_ID} .feed=${sampleFeed()}></programme-page>`,
      );
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="summary"]')?.localName).to.equal('programme-summary');
      expect(el.querySelectorAll('script')).to.have.length(0);
      expect(errors).to.deep.equal([]);
      expect(warnings.join('\n')).to.contain('toJsonLd');
    } finally {
      console.warn = warn;
    }
  });
});
