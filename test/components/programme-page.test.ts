import {aTimeout, expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/components/programme-page/programme-page.js';
import type {ProgrammePageElement} from '../../src/components/programme-page/programme-page.js';
import {renderedElements, settled, shadow, text} from '../helpers/dom.js';
import {describeFeedElement} from '../helpers/feed-element-suite.js';
import {AIM_HEADINGS, feedWith, sampleFeed, PROGRAMME_ID, PROJECT_TITLES} from '../helpers/feeds.js';

// Assertions take booleans, strings and numbers, not elements: a failing assertion on an element
// can stall the browser while chai formats it, instead of failing the test.

interface Heading {
  readonly level: number;
  readonly text: string;
}

/** The headings a person meets, in order, across every shadow root. */
function outline(el: Element): Heading[] {
  return [...renderedElements(shadow(el))]
    .filter((node) => /^H[1-6]$/.test(node.tagName))
    .map((node) => ({level: Number(node.tagName[1]), text: text(node)}));
}

async function readyPage(
  template = html`<programme-page programme=${PROGRAMME_ID} .feed=${sampleFeed()}></programme-page>`,
) {
  const el = await fixture<ProgrammePageElement>(template);
  await settled(el);
  return el;
}

const structuredData = (el: Element) => el.querySelectorAll(':scope > script[type="application/ld+json"]');

describe('<programme-page>', () => {
  describe('composition', () => {
    it('shows the sections in the order of the reference page', async () => {
      const el = await readyPage();
      const sections = [...shadow(el).querySelector('[part~="base"]')!.children].map((node) =>
        node.getAttribute('part'),
      );
      expect(sections).to.deep.equal(['summary', 'aims', 'projects', 'further-reading', 'promos']);

      // The headings a reader meets, in order, match the page's sections.
      const headings = outline(el).map((entry) => entry.text);
      const at = (heading: string) => headings.indexOf(heading);
      expect(at('Closing the Gap through Changing Relationships')).to.equal(0);
      expect(at('Aims')).to.be.greaterThan(0);
      expect(at('Projects')).to.be.greaterThan(at('Aims'));
      expect(at('Further reading')).to.be.greaterThan(at('Projects'));
      expect(at('Get social')).to.be.greaterThan(at('Further reading'));
      expect(at('Work with us')).to.be.greaterThan(at('Get social'));
      expect(at('The Q Community')).to.be.greaterThan(at('Work with us'));
    });

    it('gives every section the same validated feed, the programme and its heading level', async () => {
      const el = await readyPage();
      const sections = [...shadow(el).querySelector('[part~="base"]')!.children].filter(
        (node) => node.localName !== 'ul',
      );
      const feeds = new Set(sections.map((node) => (node as Element & {feed: unknown}).feed));
      expect(feeds.size).to.equal(1);
      expect(sections.map((node) => node.getAttribute('programme'))).to.deep.equal(Array(4).fill(PROGRAMME_ID));
      expect(sections.map((node) => node.getAttribute('heading-level'))).to.deep.equal(['2', '3', '3', '3']);
    });

    it('does not link its summary back to the programme page the reader is on', async () => {
      const el = await readyPage();
      const summary = shadow(el).querySelector('programme-summary')!;
      expect(summary.hasAttribute('no-more-link')).to.equal(true);
      const links = [...shadow(summary).querySelectorAll('a')].map((a) => text(a));
      expect(links.some((link) => link.startsWith('More about'))).to.equal(false);
      expect(text(shadow(summary).querySelector('h2'))).to.equal('Closing the Gap through Changing Relationships');
    });

    for (const level of [1, 2]) {
      it(`keeps a correct heading outline at heading-level ${level}`, async () => {
        const el = await readyPage(
          html`<programme-page
            heading-level=${level}
            programme=${PROGRAMME_ID}
            .feed=${sampleFeed()}
          ></programme-page>`,
        );
        const headings = outline(el);
        expect(headings[0]).to.deep.equal({level, text: 'Closing the Gap through Changing Relationships'});
        expect(headings.filter((entry) => entry.level === level)).to.have.length(1);
        for (const [index, entry] of headings.entries()) {
          expect(entry.level, `"${entry.text}"`).to.be.at.least(level);
          if (index > 0)
            expect(entry.level, `"${entry.text}" after "${headings[index - 1]!.text}"`).to.be.at.most(
              headings[index - 1]!.level + 1,
            );
        }
        const levelOf = (heading: string) => headings.find((entry) => entry.text === heading)?.level;
        for (const section of [
          'Aims',
          'Projects',
          'Further reading',
          'Get social',
          'Work with us',
          'The Q Community',
        ]) {
          expect(levelOf(section), section).to.equal(level + 1);
        }
        expect(levelOf('Between the individual and health providers')).to.equal(level + 2);
        expect(levelOf('Example title: dialysis patients taking control')).to.equal(level + 2);
        expect(levelOf('Closing the Gap in Patient Safety')).to.equal(level + 2);
      });
    }

    it('shows the promos as cards with their text and call-to-action links', async () => {
      const el = await readyPage();
      const [post, ...promos] = [...shadow(el).querySelectorAll('[part~="promo"]')];
      expect([post, ...promos].map((promo) => text(promo!.querySelector('[part~="promo-title"]')))).to.deep.equal([
        'Get social',
        'Work with us',
        'The Q Community',
      ]);
      expect(text(promos[1]!.querySelector('[part~="promo-text"]'))).to.equal(
        'Q is an initiative connecting people with improvement expertise across the UK.',
      );
      const links = promos.map((promo) => promo.querySelector('a')!);
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
        'https://example.org/example-only/jobs',
        'https://example.org/example-only/q-community',
      ]);
      expect(links.map((link) => text(link))).to.deep.equal([
        'View current vacancies (Work with us)',
        'Find out more (The Q Community)',
      ]);
      expect(text(links[1]!.querySelector('.visually-hidden'))).to.equal('(The Q Community)');
    });

    it('shows the "Get social" promo as a quoted social post: its account, its words with their emoji, and a link to it', async () => {
      const el = await readyPage();
      const promo = shadow(el).querySelector('[part~="promo"]')!;
      const post = promo.querySelector('figure[part~="promo-post"]')!;
      expect(text(post.querySelector('figcaption[part~="promo-post-author"]'))).to.equal('OnlyWan');
      expect(text(post.querySelector('blockquote[part~="promo-post-text"]'))).to.equal(
        'Have you read our learning report yet? It explores: ❓ why improvement in health care organisations matters 🤔 how…',
      );
      const link = post.querySelector('a[part~="promo-link"]')!;
      expect(link.getAttribute('href')).to.equal('https://example.org/example-only/social/learning-report');
      expect(text(link)).to.equal('View the post (Get social)');
      await expect(el).to.be.accessible();
    });

    it('leaves out the sections the programme has nothing for', async () => {
      const feed = feedWith((f) => {
        const programme = f.programmes[0] as Record<string, unknown>;
        for (const key of ['aims', 'projects', 'projectsIntroduction', 'resources', 'related', 'promos'])
          delete programme[key];
      });
      const el = await readyPage(html`<programme-page programme=${PROGRAMME_ID} .feed=${feed}></programme-page>`);
      const sections = [...shadow(el).querySelector('[part~="base"]')!.children].map((node) =>
        node.getAttribute('part'),
      );
      expect(sections).to.deep.equal(['summary']);
      await expect(el).to.be.accessible();
    });

    it('renders no link for a javascript: URL in a promo', async () => {
      const feed = feedWith((f) => {
        f.programmes[0]!.promos![1]!.action!.url = 'javascript:alert(1)';
        f.programmes[0]!.promos![0]!.post!.url = 'javascript:alert(2)';
      });
      const el = await readyPage(html`<programme-page programme=${PROGRAMME_ID} .feed=${feed}></programme-page>`);
      // The promo's action fails validation: the promo is shown without it, and no link at all.
      expect(Boolean(shadow(el).querySelector('a[href^="javascript"]')), 'javascript: link').to.be.false;
      expect(shadow(el).querySelector('[part~="error"]')).to.equal(null);
      expect(shadow(el).textContent).to.contain(feed.programmes[0]!.promos![1]!.title);
      expect(shadow(el).textContent).to.contain(feed.programmes[0]!.promos![0]!.post!.text);
    });
  });

  describe('loading', () => {
    it('makes one request for the whole page when loaded from src, and announces it once', async () => {
      const el = document.createElement('programme-page');
      el.src = '/__feed/programme-page-once';
      el.programme = PROGRAMME_ID;
      let loads = 0;
      el.addEventListener('feed-load', () => loads++);
      const loaded = oneEvent(el, 'feed-load');
      document.body.append(el);
      await loaded;
      await settled(el);
      await aTimeout(100);
      expect(outline(el).map((entry) => entry.text)).to.include('Further reading');
      const {count} = (await (await fetch('/__feed-count/programme-page-once')).json()) as {count: number};
      expect(count).to.equal(1);
      expect(loads).to.equal(1);
      el.remove();
    });
  });

  describe('structured data', () => {
    it('writes no JSON-LD without the structured-data attribute', async () => {
      const el = await readyPage();
      expect(structuredData(el)).to.have.length(0);
      expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
    });

    it('writes one JSON-LD script into its light DOM with structured-data', async () => {
      const el = await readyPage(
        html`<programme-page structured-data programme=${PROGRAMME_ID} .feed=${sampleFeed()}></programme-page>`,
      );
      const scripts = structuredData(el);
      expect(scripts).to.have.length(1);
      expect(shadow(el).querySelectorAll('script')).to.have.length(0);
      const json = JSON.parse(scripts[0]!.textContent!) as {
        '@context': string;
        '@graph': {'@type': string; '@id': string}[];
      };
      expect(json['@context']).to.equal('https://schema.org');
      const scheme = json['@graph'].find((node) => node['@type'] === 'FundingScheme')!;
      expect(scheme['@id']).to.equal(
        'https://example.org/example-only/programmes/closing-the-gap-through-changing-relationships#programme',
      );
      // Re-rendering writes the same script again, not a second one.
      el.headingLevel = 1;
      await el.updateComplete;
      expect(structuredData(el)).to.have.length(1);
    });

    it('removes the script when structured-data is removed', async () => {
      const el = await readyPage(
        html`<programme-page structured-data programme=${PROGRAMME_ID} .feed=${sampleFeed()}></programme-page>`,
      );
      el.removeAttribute('structured-data');
      await el.updateComplete;
      expect(structuredData(el)).to.have.length(0);
    });

    it('keeps feed text from ending the script element', async () => {
      const feed = feedWith((f) => {
        f.programmes[0]!.title = 'Evil </script><script>window.pwned = true</script>';
        f.programmes[0]!.strapline = '<!-- a comment';
      });
      const el = await readyPage(
        html`<programme-page structured-data programme=${PROGRAMME_ID} .feed=${feed}></programme-page>`,
      );
      const script = structuredData(el)[0]!;
      expect(script.textContent).to.not.contain('</script');
      expect(script.textContent).to.not.contain('<');
      expect(el.querySelectorAll('script')).to.have.length(1);
      expect((window as {pwned?: boolean}).pwned).to.equal(undefined);
      const json = JSON.parse(script.textContent!) as {'@graph': {'@type': string; name?: string}[]};
      expect(json['@graph'].find((node) => node['@type'] === 'FundingScheme')!.name).to.equal(
        'Evil </script><script>window.pwned = true</script>',
      );
    });
  });

  describeFeedElement({
    tag: 'programme-page',
    readyHeadings: [
      'h2 Closing the Gap through Changing Relationships',
      'h3 Key facts',
      'h3 Aims',
      ...AIM_HEADINGS.map((title) => `h4 ${title}`),
      'h3 Projects',
      ...PROJECT_TITLES.map((title) => `h4 ${title}`),
      'h3 Further reading',
      'h4 Closing the Gap through Changing Relationships: evaluation',
      'h4 Closing the Gap in Patient Safety',
      'h4 Example title: dialysis patients taking control',
      'h3 Get social',
      'h3 Work with us',
      'h3 The Q Community',
    ],
    fallback: '<h1>Closing the Gap</h1><p>Read about the programme.</p>',
    skeletonMinHeight: 1000,
  });
});

describe('<programme-page> relative links', () => {
  it("resolves a project's relative URL against the feed's URL, not the page's, in its sections", async () => {
    const feedUrl = 'https://feeds.example.org/programmes/feed.json';
    const feed = feedWith((f) => {
      (f.programmes[0]!.projects![0] as {url?: string}).url = 'projects/dialysis';
    });
    const original = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) =>
      String(input instanceof Request ? input.url : input) === feedUrl
        ? new Response(JSON.stringify(feed), {status: 200, headers: {'Content-Type': 'application/json'}})
        : original(input, init);
    try {
      const el = await fixture<ProgrammePageElement>(
        html`<programme-page src=${feedUrl} programme=${PROGRAMME_ID}></programme-page>`,
      );
      const hrefs = () =>
        [...renderedElements(shadow(el))]
          .filter((node) => node.localName === 'a')
          .map((a) => a.getAttribute('href') ?? '');
      await waitUntil(() => hrefs().some((href) => href.includes('dialysis')), 'the project link rendered');
      expect(hrefs()).to.include('https://feeds.example.org/programmes/projects/dialysis');
    } finally {
      window.fetch = original;
    }
  });
});
