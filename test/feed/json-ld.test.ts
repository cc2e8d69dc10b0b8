import {expect} from '@open-wc/testing';
import type {Feed, Programme} from '../../src/feed/feed.js';
import {jsonLdScriptText, toJsonLd, type JsonLdNode} from '../../src/feed/json-ld.js';
import {parseFeed} from '../../src/feed/parse-feed.js';
import {feedWith, sampleFeed, type MutableFeed} from '../helpers/feeds.js';

const CANONICAL = 'https://example.org/example-only/programmes/closing-the-gap-through-changing-relationships';

function parsed(json: MutableFeed = sampleFeed()): {feed: Feed; programme: Programme} {
  const result = parseFeed(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return {feed: result.feed, programme: result.feed.programmes[0]!};
}

function graphOf(json?: MutableFeed, feedUrl?: string): JsonLdNode[] {
  const {feed, programme} = parsed(json);
  return [...toJsonLd(feed, programme, {feedUrl})['@graph']];
}

const ofType = (graph: JsonLdNode[], type: string) => graph.filter((node) => node['@type'] === type);
const byId = (graph: JsonLdNode[], id: string) => graph.find((node) => node['@id'] === id);

describe('toJsonLd', () => {
  it('describes the programme as a FundingScheme with a stable @id from its canonical URL', () => {
    const {feed, programme} = parsed();
    const document = toJsonLd(feed, programme);
    expect(document['@context']).to.equal('https://schema.org');
    const [scheme] = ofType([...document['@graph']], 'FundingScheme');
    expect(scheme).to.deep.equal({
      '@type': 'FundingScheme',
      '@id': `${CANONICAL}#programme`,
      name: 'Closing the Gap through Changing Relationships',
      description:
        'Our improvement programme dedicated to bridging the gap between best practice and routine delivery of care',
      url: CANONICAL,
      funder: {'@id': 'https://only-wan.info/#org'},
    });
  });

  it('gives the same graph for the same feed (stable ids, stable order)', () => {
    expect(graphOf()).to.deep.equal(graphOf());
  });

  it('names the publisher as an Organization the scheme and the grants refer to', () => {
    const graph = graphOf();
    expect(byId(graph, 'https://only-wan.info/#org')).to.deep.equal({
      '@type': 'Organization',
      '@id': 'https://only-wan.info/#org',
      name: 'OnlyWan',
      url: 'https://only-wan.info/',
    });
  });

  it('describes each project as a Project funded by a MonetaryGrant of the funding per team', () => {
    const graph = graphOf();
    expect(ofType(graph, 'Project')).to.have.length(6);
    expect(ofType(graph, 'MonetaryGrant')).to.have.length(6);

    const project = byId(graph, `${CANONICAL}#project-homeless-health`)!;
    expect(project).to.deep.equal({
      '@type': 'Project',
      '@id': `${CANONICAL}#project-homeless-health`,
      name: 'Example title: health care with homeless people',
      description:
        'Led by University College London Hospital, working with NHS trusts and homelessness charities, this project aimed to transform interaction between health workers and homeless people in order to provid…',
      parentOrganization: {'@type': 'Organization', name: 'University College London Hospital'},
      funding: {'@id': `${CANONICAL}#grant-homeless-health`},
    });
    expect(byId(graph, `${CANONICAL}#grant-homeless-health`)).to.deep.equal({
      '@type': 'MonetaryGrant',
      '@id': `${CANONICAL}#grant-homeless-health`,
      amount: {'@type': 'MonetaryAmount', currency: 'GBP', value: 400000},
      funder: {'@id': 'https://only-wan.info/#org'},
      fundedItem: {'@id': `${CANONICAL}#project-homeless-health`},
    });
  });

  it('invents no grant when the feed gives no funding per team, and no lead organisation when none is named', () => {
    const graph = graphOf(
      feedWith((f) => {
        delete (f.programmes[0] as Record<string, unknown>).fundingPerTeam;
      }),
    );
    expect(ofType(graph, 'MonetaryGrant')).to.have.length(0);
    const project = byId(graph, `${CANONICAL}#project-dialysis-self-care`)!;
    expect(project).to.not.have.property('funding');
    expect(project).to.not.have.property('parentOrganization');
    expect(project).to.not.have.property('url');
  });

  it('describes each resource as a Report about the scheme, with its publisher', () => {
    const [report, ...others] = ofType(graphOf(), 'Report');
    expect(others).to.have.length(0);
    expect(report).to.deep.equal({
      '@type': 'Report',
      '@id': `${CANONICAL}#resource-closing-the-gap-evaluation`,
      name: 'Closing the Gap through Changing Relationships: evaluation',
      description:
        'An evaluation report of our Closing the Gap through Changing Relationships programme by the Office for Public Management (OPM…',
      url: 'https://example.org/example-only/reports/closing-the-gap-through-changing-relationships-evaluation',
      publisher: {'@type': 'Organization', name: 'Office for Public Management (OPM)'},
      about: {'@id': `${CANONICAL}#programme`},
    });
  });

  it('holds no undefined values and only http(s) URLs', () => {
    const text = JSON.stringify(graphOf());
    expect(text).to.not.contain('undefined');
    const urls = [...text.matchAll(/"(?:url|@id)":"([^"]*)"/g)].map((match) => match[1]!);
    expect(urls.length).to.be.greaterThan(10);
    for (const url of urls) expect(url).to.match(/^https:\/\//);
  });

  it('resolves relative URLs against the feed URL, and leaves them out without one', () => {
    const feed = feedWith((f) => {
      f.programmes[0]!.url = '/programmes/ctg';
      f.programmes[0]!.resources![0]!.url = 'reports/evaluation.pdf';
    });
    const withBase = graphOf(feed, 'https://feeds.example.org/v1/feed.json');
    const scheme = ofType(withBase, 'FundingScheme')[0]!;
    expect(scheme['@id']).to.equal('https://feeds.example.org/programmes/ctg#programme');
    expect(ofType(withBase, 'Report')[0]!.url).to.equal('https://feeds.example.org/v1/reports/evaluation.pdf');

    const withoutBase = graphOf(feed);
    const bare = ofType(withoutBase, 'FundingScheme')[0]!;
    expect(bare['@id']).to.equal('#closing-the-gap-through-changing-relationships-programme');
    expect(bare).to.not.have.property('url');
    expect(ofType(withoutBase, 'Report')[0]).to.not.have.property('url');
  });

  it('leaves out a URL that is not http(s), even in data that skipped validation', () => {
    const {feed, programme} = parsed();
    const tampered = {...programme, url: 'javascript:alert(1)'} as Programme;
    const graph = [...toJsonLd(feed, tampered)['@graph']];
    expect(JSON.stringify(graph)).to.not.contain('javascript');
    expect(ofType(graph, 'FundingScheme')[0]!['@id']).to.equal(
      '#closing-the-gap-through-changing-relationships-programme',
    );
  });
});

describe('jsonLdScriptText', () => {
  it('writes every "<" as \\u003c, so feed text cannot end the script element', () => {
    const {feed, programme} = parsed(
      feedWith((f) => {
        f.programmes[0]!.title = 'Evil </script><script>alert(1)</script> <!-- title';
      }),
    );
    const text = jsonLdScriptText(toJsonLd(feed, programme));
    expect(text).to.not.contain('<');
    expect(text).to.contain('\\u003c/script>');
    // Still the same JSON.
    const scheme = (JSON.parse(text) as {'@graph': JsonLdNode[]})['@graph'].find(
      (node) => node['@type'] === 'FundingScheme',
    )!;
    expect(scheme.name).to.equal('Evil </script><script>alert(1)</script> <!-- title');
  });
});
