import {expect} from '@open-wc/testing';
import {parseFeed} from '../../src/feed/parse-feed.js';
import sample from '../../sample/sample-feed.json' with {type: 'json'};

// Broken feeds are made by mutating a copy at any depth, which only an untyped copy allows.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const clone = (): Record<string, any> => structuredClone(sample);

describe('parseFeed', () => {
  it('accepts the sample feed and keeps its content', () => {
    const result = parseFeed(clone());
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.feed.programmes.map((p) => p.title)).to.deep.equal([
      'Closing the Gap through Changing Relationships',
      'Closing the Gap in Patient Safety',
    ]);
    expect(result.feed.programmes[0]!.projects).to.have.length(6);
  });

  it('leaves out a javascript: URL with a field problem, its JSON path and the value, and shows the project', () => {
    const feed = clone();
    feed.programmes[0].projects[2].url = 'javascript:alert(1)';
    const result = parseFeed(feed);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.problems.map(({code, severity, path}) => ({code, severity, path}))).to.deep.equal([
      {code: 'unsafe-url', severity: 'field', path: 'programmes[0].projects[2].url'},
    ]);
    expect(result.problems[0]!.message).to.equal(
      '"url" must be an http(s) URL, a mailto: address or a relative link, got "javascript:alert(1)"; "url" is left out.',
    );
    const project = result.feed.programmes[0]!.projects![2]!;
    expect(project.id).to.equal(feed.programmes[0].projects[2].id);
    expect('url' in project).to.equal(false);
  });

  it('reports every problem, not only the first, and fails on a fatal one', () => {
    const feed = clone();
    delete feed.publisher;
    feed.programmes[0].title = 5;
    feed.programmes[1].status.code = 'paused';
    const result = parseFeed(feed);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems.map(({code, severity, path}) => ({code, severity, path}))).to.have.deep.members([
      {code: 'feed-invalid', severity: 'fatal', path: 'publisher'},
      {code: 'item-invalid', severity: 'item', path: 'programmes[0].title'},
      {code: 'field-invalid', severity: 'field', path: 'programmes[1].status.code'},
    ]);
    expect(result.problems.find((p) => p.path === 'publisher')!.message).to.match(/^"publisher" is required; /);
    expect(result.problems.find((p) => p.path === 'programmes[0].title')!.message).to.match(
      /^"title" must be text, got 5; this programme is left out\./,
    );
  });

  it('leaves out a damaged programme and shows the others', () => {
    const feed = clone();
    feed.programmes[0].title = 5;
    const result = parseFeed(feed);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.feed.programmes.map((p) => p.id)).to.deep.equal([feed.programmes[1].id]);
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]).to.deep.include({code: 'item-invalid', severity: 'item', path: 'programmes[0].title'});
    expect(result.problems[0]!.values).to.deep.include({item: 'programme', id: feed.programmes[0].id});
  });

  it('leaves out a damaged project, aim, resource, related programme and promo, and keeps their neighbours', () => {
    const feed = clone();
    const programme = feed.programmes[0];
    const counts = {
      projects: programme.projects.length,
      items: programme.aims.items.length,
      resources: programme.resources.length,
    };
    delete programme.projects[1].title;
    programme.aims.items[0].heading = '';
    programme.resources[0] = 'a report';
    programme.related = [{programme: 'Not an id!'}, {title: 'Elsewhere'}];
    programme.promos = [{title: 'Apply'}, {text: 'No title'}];
    const result = parseFeed(feed);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.problems.map(({code, path}) => `${code} ${path}`)).to.deep.equal([
      'item-invalid programmes[0].aims.items[0].heading',
      'item-invalid programmes[0].projects[1].title',
      'item-invalid programmes[0].resources[0]',
      'item-invalid programmes[0].related[0].programme',
      'item-invalid programmes[0].promos[1].title',
    ]);
    const shown = result.feed.programmes[0]!;
    expect(shown.projects).to.have.length(counts.projects - 1);
    expect(shown.aims!.items).to.have.length(counts.items - 1);
    expect(shown.resources).to.have.length(counts.resources - 1);
    expect(shown.related).to.deep.equal([{title: 'Elsewhere'}]);
    expect(shown.promos).to.deep.equal([{title: 'Apply'}]);
  });

  it('leaves out an optional object whose own required field is bad, and names what it left out', () => {
    const feed = clone();
    feed.programmes[0].projects[0].lead = {url: 'https://example.org'};
    feed.programmes[0].keyPoints = ['One', '', 'Three'];
    const result = parseFeed(feed);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.problems.map(({code, path, values}) => [code, path, values['dropped']])).to.deep.equal([
      ['field-invalid', 'programmes[0].keyPoints[1]', 'keyPoints[1]'],
      ['field-invalid', 'programmes[0].projects[0].lead.name', 'lead'],
    ]);
    expect(result.feed.programmes[0]!.keyPoints).to.deep.equal(['One', 'Three']);
    expect('lead' in result.feed.programmes[0]!.projects![0]!).to.equal(false);
  });

  it('leaves out a date that does not exist, or is not written as a date, with date-invalid', () => {
    const feed = clone();
    feed.programmes[0].awardDate = '2014-02-30';
    feed.programmes[0].resources[0].datePublished = '05/06/2014';
    const result = parseFeed(feed);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.problems.map(({code, severity, path}) => `${code} ${severity} ${path}`)).to.deep.equal([
      'date-invalid field programmes[0].awardDate',
      'date-invalid field programmes[0].resources[0].datePublished',
    ]);
    expect(result.problems[0]!.message).to.match(/^"awardDate" is "2014-02-30", a date that does not exist; /);
    expect('awardDate' in result.feed.programmes[0]!).to.equal(false);
  });

  it('fails with no-programmes when every programme is left out', () => {
    const feed = clone();
    for (const programme of feed.programmes) programme.id = 'not an id';
    const result = parseFeed(feed);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems.map(({code, severity}) => `${code} ${severity}`)).to.deep.equal([
      'item-invalid item',
      'item-invalid item',
      'no-programmes fatal',
    ]);
    expect(parseFeed({...clone(), programmes: []}).problems.map((p) => p.code)).to.deep.equal(['no-programmes']);
  });

  it('ignores unknown fields, so a newer 1.x feed still loads', () => {
    const feed = clone();
    feed.version = '1.7';
    feed.futureField = {anything: true};
    feed.programmes[0].projects[0].colour = 'teal';
    const result = parseFeed(feed);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect('colour' in result.feed.programmes[0]!.projects![0]!).to.equal(false);
  });

  it('rejects an unsupported major version with one clear problem', () => {
    const feed = clone();
    feed.version = '2.0';
    const result = parseFeed(feed);
    expect(result.ok).to.equal(false);
    expect(result.problems.map(({code, severity, path, message}) => ({code, severity, path, message}))).to.deep.equal([
      {
        code: 'version-unsupported',
        severity: 'fatal',
        path: 'version',
        message: 'Feed format version 2.0 is not supported: this library reads version 1.x.',
      },
    ]);
  });

  it('never throws on values that are not feeds', () => {
    for (const value of [undefined, null, 0, 'feed', [], true, () => 1, Symbol('x')]) {
      const result = parseFeed(value);
      expect(result.ok, String(value)).to.equal(false);
      expect(result.problems.map((problem) => problem.code)).to.deep.equal(['not-an-object']);
    }
  });

  it('rejects a value shaped like a Lit template result in a text field', () => {
    const feed = clone();
    feed.programmes[0].title = {_$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: []};
    const result = parseFeed(feed);
    expect(result.ok).to.equal(true);
    expect(result.problems[0]).to.deep.include({code: 'item-invalid', path: 'programmes[0].title'});
    expect(result.problems[0]!.message).to.match(
      /^"title" must have language tags such as "en" or "cy" as its keys, got "_\$litType\$"; /,
    );
    expect(JSON.stringify(result.ok && result.feed)).not.to.include('_$litType$');
  });

  it('leaves out the second of two projects with one id, which elements could not look up', () => {
    const feed = clone();
    feed.programmes[0].projects[1].id = feed.programmes[0].projects[0].id;
    const result = parseFeed(feed);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.problems.map(({code, severity, path, message}) => ({code, severity, path, message}))).to.deep.equal([
      {
        code: 'duplicate-id',
        severity: 'item',
        path: 'programmes[0].projects[1].id',
        message: '"dialysis-self-care" is used twice: ids must be unique, so this project is left out.',
      },
    ]);
    expect(result.feed.programmes[0]!.projects!.filter((p) => p.id === 'dialysis-self-care')).to.have.length(1);
  });
});
