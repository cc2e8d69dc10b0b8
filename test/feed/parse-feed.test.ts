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

  it('reports a javascript: URL with its JSON path and the value', () => {
    const feed = clone();
    feed.programmes[0].projects[2].url = 'javascript:alert(1)';
    const result = parseFeed(feed);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems).to.deep.include({
      path: 'programmes[0].projects[2].url',
      message: 'must be an http(s) URL, a mailto: address or a relative link, got "javascript:alert(1)"',
    });
  });

  it('reports every problem, not only the first', () => {
    const feed = clone();
    delete feed.publisher;
    feed.programmes[0].title = 5;
    feed.programmes[1].status.code = 'paused';
    const result = parseFeed(feed);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).to.have.members([
      'publisher',
      'programmes[0].title',
      'programmes[1].status.code',
    ]);
    expect(result.problems.find((p) => p.path === 'publisher')!.message).to.equal('is required');
    expect(result.problems.find((p) => p.path === 'programmes[0].title')!.message).to.equal('must be text, got 5');
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
    expect(result).to.deep.equal({
      ok: false,
      problems: [
        {path: 'version', message: 'feed format version 2.0 is not supported: this library reads version 1.x'},
      ],
    });
  });

  it('never throws on values that are not feeds', () => {
    for (const value of [undefined, null, 0, 'feed', [], true, () => 1, Symbol('x')]) {
      const result = parseFeed(value);
      expect(result.ok, String(value)).to.equal(false);
    }
  });

  it('rejects a value shaped like a Lit template result in a text field', () => {
    const feed = clone();
    feed.programmes[0].title = {_$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: []};
    const result = parseFeed(feed);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems[0]).to.deep.equal({path: 'programmes[0].title', message: 'must be text, got an object'});
  });

  it('rejects duplicate ids, which elements could not look up', () => {
    const feed = clone();
    feed.programmes[0].projects[1].id = feed.programmes[0].projects[0].id;
    const result = parseFeed(feed);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems).to.deep.equal([
      {path: 'programmes[0].projects[1].id', message: '"dialysis-self-care" is used twice: ids must be unique'},
    ]);
  });
});
