// Issue 16 on the server: `lang` renders the same Welsh the browser shows, labels and feed text.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

const {renderElement, renderPage} = await import(new URL('../../dist/server/index.js', import.meta.url).href);
const sample = JSON.parse(readFileSync(new URL('../../sample/sample-feed.json', import.meta.url), 'utf8'));
const PROGRAMME = 'closing-the-gap-through-changing-relationships';
const textOf = (markup) =>
  markup
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

test('renderElement with lang "cy" renders the Welsh labels and the feed’s Welsh', async () => {
  const html = await renderElement('programme-summary', {feed: sample, programme: PROGRAMME, lang: 'cy'});
  const text = textOf(html);
  assert.match(html, /<programme-summary[^>]* lang="cy"/);
  assert.match(text, /Ffeithiau allweddol/);
  assert.match(text, /Ar gau i geisiadau/);
  assert.match(text, /Mae’r rhaglen hon ar gau i geisiadau\./);
  assert.match(text, /2 flynedd/);
  assert.doesNotMatch(text, /Key facts|Closed for applications|2 years/);
});

test('renderElement in English is unchanged by the Welsh in the feed', async () => {
  const text = textOf(await renderElement('programme-summary', {feed: sample, programme: PROGRAMME}));
  assert.match(text, /Key facts/);
  assert.match(text, /This programme is closed for applications\./);
  assert.doesNotMatch(text, /Ffeithiau allweddol|ar gau/);
});

test('renderPage in Welsh says so on <html>', async () => {
  const page = await renderPage(sample, {programme: PROGRAMME, lang: 'cy'});
  assert.match(page, /<html lang="cy">/);
  assert.match(textOf(page), /Amcanion/);
});
