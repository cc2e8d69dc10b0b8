/**
 * A strict Content-Security-Policy with Trusted Types enforced (`require-trusted-types-for
 * 'script'`, no 'unsafe-inline', same-origin scripts, styles and connections only; the policy of
 * test/embed), against the BUILT bundle: zero violations in every state an element can be in, at
 * once on one page, and no Trusted Types policy but Lit's own. (Every other security test page has
 * the same policy and checks for zero violations too.)
 */
import {expect} from '@open-wc/testing';
import {
  everyElement,
  hasError,
  missingElements,
  inPage,
  openPage,
  place,
  PROGRAMME_ID,
  settle,
  tasks,
  until,
  namesAnItem,
  type ShownElement,
} from './harness.js';

describe('strict CSP and Trusted Types', function () {
  this.timeout(30_000);

  it('serves the security test pages with the strict policy', async () => {
    const policy = (await fetch('/test/security/pages/xss.html')).headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("require-trusted-types-for 'script'");
    expect(policy).to.contain("script-src 'self'");
    expect(policy).not.to.contain('unsafe-inline');
    expect((await fetch('/test/security/pages/xss-nocsp.html')).headers.get('content-security-policy')).to.equal(null);
  });

  it("has zero violations with every element in every state, and no Trusted Types policy but Lit's", async () => {
    const page = await openPage('faults');
    try {
      expect(missingElements(page), 'elements the bundle does not define').to.deep.equal([]);
      page.bundle.store.configure({timeout: 2_000, retryDelay: 10});
      const key = `csp-${Date.now()}`;
      const states: Record<string, {src?: string; feed?: unknown; programme?: string}> = {
        ready: {src: `/__security/feed/${key}-ready`},
        loading: {src: `/__security/feed/${key}-loading?fault=never`},
        http: {src: `/__security/feed/${key}-http?fault=404`},
        parse: {src: `/__security/feed/${key}-parse?fault=html200`},
        invalid: {src: `/__security/feed/${key}-invalid?fault=wrong-shape`},
        timeout: {src: `/__security/feed/${key}-timeout?fault=slow&delay=5000`},
        network: {src: `/__security/feed/${key}-network?fault=destroy`},
        'not-found': {src: `/__security/feed/${key}-ready`, programme: 'no-such-programme'},
        'inline invalid': {feed: {version: '1.0'}},
        'refresh failed': {src: `/__security/feed/${key}-refresh?fault=500&okTimes=1`},
      };
      const shown: HTMLElement[] = [];
      for (const [state, source] of Object.entries(states)) {
        for (const {tag, attributes} of everyElement(page)) {
          const element = place(
            page,
            tag,
            {
              ...attributes,
              ...(source.programme ? {programme: source.programme} : {}),
              ...(source.src ? {src: source.src} : {}),
              'data-state': state,
            },
            source.feed ? {feed: inPage(page, source.feed)} : {},
          );
          // Fallback content, as a partner would write it.
          const fallback = page.doc.createElement('a');
          fallback.href = '/programme';
          fallback.textContent = 'Read about the programme';
          element.append(fallback);
          shown.push(element);
        }
        const provider = place(
          page,
          'programme-feed',
          {programme: source.programme ?? PROGRAMME_ID, ...(source.src ? {src: source.src} : {})},
          source.feed ? {feed: inPage(page, source.feed)} : {},
        );
        shown.push(place(page, 'aims-list', {'data-state': state}, {}, provider));
      }
      await tasks(3);
      // Loading, they show the page's fallback content (until the time limit ends it).
      const loading = shown.filter((element) => element.dataset.state === 'loading');
      expect(
        loading.every(
          (element) => !hasError(element) && element.shadowRoot!.querySelector('[part~="fallback"] slot') !== null,
        ),
      ).to.equal(true);
      const refreshed = shown.filter((element) => element.dataset.state === 'refresh failed');
      await settle(refreshed, 'content before the refresh');
      page.bundle.store.refresh(new URL(states['refresh failed']!.src!, page.doc.baseURI).href);
      // A programme list names no programme: an id the feed lacks leaves it showing the feed.
      const failing = () =>
        shown.filter(
          (element) =>
            !['loading', 'ready', 'refresh failed'].includes(element.dataset.state!) &&
            !(element.dataset.state === 'not-found' && !namesAnItem(element.localName as ShownElement['tag'])),
        );
      await until(() => failing().every(hasError), 'every error state', 15_000).catch(() => {});
      expect(
        failing()
          .filter((element) => !hasError(element))
          .map((element) => `${element.localName} ${element.dataset.state}`),
      ).to.deep.equal([]);
      await tasks(10);
      expect(page.record.violations).to.deep.equal([]);
      expect(page.record.errors).to.deep.equal([]);
      expect([...new Set(page.record.policies)]).to.deep.equal(['lit-html']);
    } finally {
      page.close();
    }
  });
});
