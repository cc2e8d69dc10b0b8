// The server API as the organisation's site calls it: `programme-elements/server`, built to
// dist/server/ (npm test builds first). What the browser then does with its HTML is tested in
// test/components/server-rendering.test.ts.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

const {renderElement, renderElementStream, renderPage, RenderError, SERVER_ELEMENTS} = await import(
  new URL('../../dist/server/index.js', import.meta.url).href
);
const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const sample = read('sample/sample-feed.json');
const several = read('test/fixtures/several-programmes.json');
const PROGRAMME = 'closing-the-gap-through-changing-relationships';
const FEED_URL = 'https://feeds.example.org/programmes/feed.json';

const textOf = (markup) =>
  markup
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

async function collect(stream) {
  let out = '';
  for (const reader = stream.getReader(); ;) {
    const {value, done} = await reader.read();
    if (done) return out;
    out += value;
  }
}

test('every feed element renders to declarative shadow DOM, byte for byte the same twice', async () => {
  assert.deepEqual([...SERVER_ELEMENTS].sort(), [
    'aims-list',
    'programme-card',
    'programme-list',
    'programme-page',
    'programme-summary',
    'project-card',
    'project-list',
    'related-programmes',
  ]);
  for (const tag of SERVER_ELEMENTS) {
    const options = {feed: several, programme: PROGRAMME, project: 'dialysis-self-care', feedUrl: FEED_URL};
    const first = await renderElement(tag, options);
    assert.match(first, new RegExp(`^(<!--[^>]*-->)*<${tag} `), tag);
    assert.match(first, /<template shadowroot="open" shadowrootmode="open">/, tag);
    assert.match(first, new RegExp(`src="${FEED_URL}"`), `${tag} keeps feedUrl as src`);
    assert.match(first, /<script type="application\/json">\{/, `${tag} carries its feed`);
    assert.equal(await renderElement(tag, structuredClone(options)), first, `${tag}: identical`);
    assert.equal(await collect(renderElementStream(tag, options)), first, `${tag}: the stream is the same HTML`);
  }
});

test('a programme list renders the programmes its status keeps, and carries every programme as a card shows it', async () => {
  const all = await renderElement('programme-list', {feed: sample, feedUrl: FEED_URL});
  assert.match(all, /Closing the Gap through Changing Relationships/);
  assert.match(all, /Closing the Gap in Patient Safety/);
  assert.doesNotMatch(all, /<programme-list [^>]*programme=/, 'a list names no programme');
  const open = await renderElement('programme-list', {feed: sample, status: 'open', feedUrl: FEED_URL});
  assert.match(open, /<programme-list [^>]*status="open"/);
  assert.match(open, /No programme has this status at the moment\./);
  const inline = JSON.parse(/<script type="application\/json">(.*?)<\/script>/s.exec(open)[1]);
  assert.deepEqual(
    inline.programmes.map((programme) => programme.id),
    sample.programmes.map((programme) => programme.id),
  );
  assert.equal(inline.programmes[0].aims, undefined, 'only what a card shows');
});

test('what each element shows, with its heading level, language and links resolved against feedUrl', async () => {
  const card = await renderElement('project-card', {
    feed: several,
    programme: 'shared-decision-making',
    project: 'sdm-dialysis-self-care',
    headingLevel: 4,
    lang: 'cy',
    feedUrl: FEED_URL,
  });
  assert.match(card, /<h4 part="title"/);
  assert.match(card, / lang="cy"/);
  assert.match(card, /href="https:\/\/feeds\.example\.org\/projects\/dialysis-self-care"/);
  assert.ok(textOf(card).includes('Example title: dialysis patients taking control'));

  const page = await renderElement('programme-page', {feed: sample, programme: PROGRAMME});
  for (const text of [
    'Key facts',
    'Aims',
    'Projects',
    'Further reading',
    'Work with us',
    'Funding per team around £400,000',
  ]) {
    assert.ok(textOf(page).includes(text), text);
  }
  assert.doesNotMatch(page, /href="javascript:/i);
});

test('feed text stays text: no markup from the feed reaches the HTML, nor ends the inline script', async () => {
  const feed = structuredClone(sample);
  feed.programmes[0].title = '<img src=x onerror=alert(1)></script><script>alert(2)</script>';
  const markup = await renderElement('programme-summary', {feed, programme: PROGRAMME});
  assert.doesNotMatch(markup, /<img src=x/);
  assert.equal(markup.match(/<\/script>/g).length, 1, 'only the inline feed script closes');
  assert.match(markup, /&lt;img src=x onerror=alert\(1\)&gt;/);
});

test('an invalid feed, or an id not in it, rejects with every problem and its JSON path', async () => {
  const broken = structuredClone(sample);
  broken.programmes[0].title = 5;
  delete broken.publisher;
  await assert.rejects(renderElement('aims-list', {feed: broken, programme: PROGRAMME}), (error) => {
    assert.ok(error instanceof RenderError);
    assert.deepEqual(error.problems.map((problem) => problem.path).sort(), ['programmes[0].title', 'publisher']);
    assert.match(error.message, /programmes\[0\]\.title: "title" must be text, got 5/);
    return true;
  });
  await assert.rejects(renderElement('project-card', {feed: sample, project: 'nope'}), (error) => {
    assert.ok(error instanceof RenderError);
    assert.match(error.message, /no project with the id "nope"/);
    return true;
  });
  await assert.rejects(renderElement('programme-summary', {feed: sample}), /set the programme attribute/);
  await assert.rejects(renderPage(sample, {programme: 'nope'}), RenderError);
  await assert.rejects(renderElement('marquee-tag', {feed: sample}), TypeError);
  await assert.rejects(
    renderElement('aims-list', {feed: sample, programme: PROGRAMME, feedUrl: 'feed.json'}),
    TypeError,
  );
});

test('a stream of an invalid feed errors before it sends anything', async () => {
  const reader = renderElementStream('aims-list', {feed: {version: '1.0'}}).getReader();
  await assert.rejects(reader.read(), RenderError);
});

test('renderPage: a whole document with title, description, canonical link, JSON-LD and the script', async () => {
  const options = {programme: PROGRAMME, feedUrl: FEED_URL, scriptSrc: '/elements/programme-elements.hydrate.js'};
  const page = await renderPage(sample, options);
  assert.equal(await renderPage(structuredClone(sample), options), page, 'identical');
  assert.match(page, /^<!doctype html>\n<html lang="en-GB">/);
  assert.match(page, /<title>Closing the Gap through Changing Relationships \| OnlyWan<\/title>/);
  assert.match(page, /<meta name="description" content="Our improvement programme dedicated to bridging the gap/);
  assert.match(
    page,
    /<link rel="canonical" href="https:\/\/example\.org\/example-only\/programmes\/closing-the-gap-through-changing-relationships">/,
  );
  const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)[1]);
  assert.equal(jsonLd['@context'], 'https://schema.org');
  assert.ok(jsonLd['@graph'].some((node) => node['@type'] === 'FundingScheme'));
  assert.match(
    page,
    /<programme-page\s+src="https:\/\/feeds\.example\.org\/programmes\/feed\.json" programme="closing-the-gap-through-changing-relationships" heading-level="1"/,
  );
  assert.match(page, /<script type="module" src="\/elements\/programme-elements\.hydrate\.js"><\/script>\n<\/body>/);
  assert.equal((page.match(/<h1 /g) ?? []).length, 1, 'one h1: the programme title');
});

test('the JSON-LD expands with no term dropped, and every grant has an amount, a currency and the publisher as funder', async () => {
  const {default: jsonld} = await import('jsonld');
  // No network here: schema.org's context is served locally. Its terms all map to schema.org
  // by @vocab, so the expansion checks the graph's shape (ids, values, nesting); the compiler
  // checks each property against schema-dts's schema.org types.
  const documentLoader = async (url) => {
    if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`no network for ${url}`);
    return {contextUrl: null, documentUrl: url, document: {'@context': {'@vocab': 'https://schema.org/'}}};
  };
  for (const [feed, programme, feedUrl] of [
    [sample, PROGRAMME, FEED_URL],
    [several, 'shared-decision-making', FEED_URL],
    [sample, 'closing-the-gap-in-patient-safety', undefined],
  ]) {
    const page = await renderPage(feed, {programme, feedUrl});
    const document = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)[1]);
    const expanded = await jsonld.expand(document, {safe: true, documentLoader, base: 'https://example.org/page'});
    assert.ok(expanded.length > 0, programme);
    const graph = document['@graph'];
    const publisher = graph.find((node) => node['@type'] === 'Organization' && node.name === feed.publisher.name);
    for (const grant of graph.filter((node) => node['@type'] === 'MonetaryGrant')) {
      assert.equal(grant.amount['@type'], 'MonetaryAmount');
      assert.equal(typeof grant.amount.value, 'number');
      assert.match(grant.amount.currency, /^[A-Z]{3}$/);
      assert.deepEqual(grant.funder, {'@id': publisher['@id']});
      const project = graph.find((node) => node['@id'] === grant.fundedItem['@id']);
      assert.equal(project['@type'], 'Project');
      assert.deepEqual(project.funding, {'@id': grant['@id']});
    }
  }
});
