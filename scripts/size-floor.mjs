// `npm run size:floor`: where the bytes of one <project-card> go. Bundles the card entry as
// `npm run size` does, then again with layers of the feed module replaced by the least that
// still renders a card, and prints what each layer costs (min+gzip). Not a budget, not in CI.
// It rewrites the table between the `size:floor` markers of docs/decisions/0006-size-floor.md,
// with the date, so the decision's figures come from a run, not from memory.
//
// The stand-ins drop what the layer is for (validation with JSON paths; timeouts, retries, size
// limit and worded errors). When an export of a replaced module changes, update its stand-in here.
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import * as prettier from 'prettier';
import {bundle, measure} from './bundle-size.mjs';

const CARD = 'dist/components/project-card/project-card.js';

/** No validation: the JSON is taken as a feed, and only the URL pattern links need is kept. */
const NO_VALIDATION = {
  'dist/feed/patterns.js':
    'export const FEED_MAJOR_VERSION = 1; export const SAFE_URL_PATTERN = /^(?:https?:|mailto:|[^:]*$)/i;',
  'dist/feed/parse-feed.js': [
    'const urls = new WeakMap();',
    'export const parseFeed = (feed) => ({ok: true, feed, problems: []});',
    'export const problemsOf = () => [];',
    'export const describeThrown = (error) => String(error);',
    'export const rememberFeedUrl = (feed, url) => { urls.set(feed, url); };',
    'export const feedUrlOf = (feed) => urls.get(feed);',
  ].join('\n'),
};

/** And a bare fetch: no time limit, retries, size limit, conditional request or worded errors. */
const BARE_LOADER = {
  ...NO_VALIDATION,
  'dist/feed/load-feed.js': [
    'export const MAX_FEED_BYTES = 524288, DEFAULT_TIMEOUT = 1e4, DEFAULT_RETRIES = 3, DEFAULT_RETRY_DELAY = 500, DEFAULT_MAX_RETRY_DELAY = 3e4;',
    'export async function loadFeed(url, {signal} = {}) {',
    '  const response = await fetch(url, {signal});',
    '  return {modified: true, feed: await response.json()};',
    '}',
    'export const parseRetryAfter = () => undefined;',
    'export const decodeFeed = (text) => ({ok: true, feed: JSON.parse(text)});',
  ].join('\n'),
};

/** And no styles at all (the card unstyled): what the shared and the card's stylesheets weigh. */
const NO_STYLES = {
  ...BARE_LOADER,
  'dist/styles/shared.styles.js': "import {css} from 'lit'; export const sharedStyles = css``;",
  'dist/components/project-card/project-card.styles.js': "import {css} from 'lit'; export const styles = css``;",
};

// `split` as scripts/size.mjs bundles an element: the catalogues loaded on demand (Welsh) left out.
const gzipOf = async (input, options) => measure(await bundle(input, {split: true, ...options})).gzip;

if (!existsSync(CARD)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const lit = await gzipOf('lit-only', {
  virtualModules: {'lit-only': "export {LitElement, html, css, nothing} from 'lit';"},
});
const litContext = await gzipOf('lit-context', {
  virtualModules: {
    'lit-context':
      "export {LitElement, html, css, nothing} from 'lit'; export {ContextConsumer, createContext} from '@lit/context';",
  },
});
const card = await gzipOf(CARD);
const noValidation = await gzipOf(CARD, {replace: NO_VALIDATION});
const bareLoader = await gzipOf(CARD, {replace: BARE_LOADER});
const noStyles = await gzipOf(CARD, {replace: NO_STYLES});

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const rows = [
  ['Lit alone (LitElement, html, css)', lit, ''],
  ['Lit and @lit/context', litContext, `+${kb(litContext - lit)}`],
  [
    '`<project-card>` with a bare fetch, no validation and no styles',
    noStyles,
    `+${kb(noStyles - litContext)}: store, controller, element frame, card template, messages`,
  ],
  ['… with its styles', bareLoader, `+${kb(bareLoader - noStyles)}: the shared and the card's stylesheets`],
  ['… with the real loader, no validation', noValidation, `+${kb(noValidation - bareLoader)}: the loader`],
  ['`<project-card>` as shipped', card, `+${kb(card - noValidation)}: the schema and validation`],
];
const table = [
  '| what | min+gzip | what it adds |',
  '|---|---:|---|',
  ...rows.map(([what, bytes, adds]) => `| ${what} | ${kb(bytes)} | ${adds} |`),
].join('\n');
console.log(table);

const DECISION = 'docs/decisions/0006-size-floor.md';
const BLOCK = /(<!-- size:floor -->)[\s\S]*?(<!-- \/size:floor -->)/;
const decision = readFileSync(DECISION, 'utf8');
if (!BLOCK.test(decision)) {
  console.error(`${DECISION} has no <!-- size:floor --> … <!-- /size:floor --> block to rewrite.`);
  process.exit(1);
}
const date = new Date().toISOString().slice(0, 10);
const block = `Measured by \`npm run size:floor\` on ${date}:\n\n${table}`;
const rewritten = decision.replace(BLOCK, (_all, open, close) => `${open}\n\n${block}\n\n${close}`);
// As `npm run format` would write it, so that `npm run lint` stays green.
const options = {...(await prettier.resolveConfig(DECISION)), filepath: DECISION};
writeFileSync(DECISION, await prettier.format(rewritten, options));
console.log(`\nRewrote the table in ${DECISION}.`);
