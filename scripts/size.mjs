// `npm run size`: sizes (minified, gzip and brotli) of the single-file bundle, of each element
// entry bundled with what it needs (Lit included), and of Lit alone for scale. Writes SIZE.md
// (committed, so a change in size shows in the diff) and fails when over size-budget.json.
// Needs `npm run build` first (it measures the tsc output in dist/).
import {readFileSync, writeFileSync, existsSync} from 'node:fs';
import {bundle, costByPart, measure} from './bundle-size.mjs';
import {ELEMENT_TAGS, elementModule} from './elements.mjs';

if (!existsSync('dist/programme-elements.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// Each bundle with its source map, kept for the tables of where the bytes go below: the single
// file as the build wrote it (rollup.config.mjs maps it), each element as bundled here.
const single = {
  code: readFileSync('dist/programme-elements.js', 'utf8'),
  map: JSON.parse(readFileSync('dist/programme-elements.js.map', 'utf8')),
};
const entries = {};
const rows = [];
rows.push(['dist/programme-elements.js', measure(single.code)]);
// What a server-rendered page loads instead: the same elements with Lit's hydration support.
rows.push(['dist/programme-elements.hydrate.js', measure(readFileSync('dist/programme-elements.hydrate.js', 'utf8'))]);
for (const tag of ELEMENT_TAGS) {
  entries[tag] = await bundle(`dist/${elementModule(tag)}`, {sourcemap: true, split: true});
  rows.push([`${tag} (with Lit)`, measure(entries[tag].code)]);
}
rows.push(['dist/cdn/autoloader.js (alone)', measure(readFileSync('dist/cdn/autoloader.js', 'utf8'))]);
rows.push([
  'Lit alone (LitElement, html, css)',
  measure(
    await bundle('lit-only', {virtualModules: {'lit-only': "export {LitElement, html, css, nothing} from 'lit';"}}),
  ),
]);

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const lines = [
  '# Sizes',
  '',
  'Written by `npm run size` from the build (`npm run build`). Budgets and goals: `size-budget.json`.',
  '',
  '## Goals (issue 17)',
  '',
  '| goal | measured | verdict |',
  '|---|---|---|',
];
// The goals first, each against this run's figure; the floor under them is decision 0006's table.
for (const [name, size] of rows) {
  const {target} = budget[name] ?? {};
  if (target === undefined) continue;
  const verdict =
    size.gzip <= target ? 'met' : `missed by ${kb(size.gzip - target)} (${(size.gzip / target).toFixed(2)}×)`;
  lines.push(`| ${name} ≤ ${kb(target)} min+gzip | ${kb(size.gzip)} | ${verdict} |`);
}
lines.push(
  '',
  'Where a goal is missed, docs/decisions/0006-size-floor.md measures the floor (`npm run size:floor`) and says why.',
  '',
  '## Entries',
  '',
  '| entry | minified | min+gzip | min+brotli | gzip budget (ratchet) | gzip goal (issue 17) |',
  '|---|---:|---:|---:|---:|---:|',
);
let over = 0;
for (const [name, size] of rows) {
  const {budget: limit, target} = budget[name] ?? {};
  const verdict = limit === undefined ? '' : `${kb(limit)} ${size.gzip <= limit ? 'ok' : '**OVER**'}`;
  const goal =
    target === undefined
      ? ''
      : `${kb(target)} ${size.gzip <= target ? 'met' : `missed (${(size.gzip / target).toFixed(2)}×)`}`;
  if (limit !== undefined && size.gzip > limit) over++;
  lines.push(`| ${name} | ${kb(size.min)} | ${kb(size.gzip)} | ${kb(size.brotli)} | ${verdict} | ${goal} |`);
}
// Where the bytes go, so that a change in size shows in the diff next to the part that made it.
/** Lit's packages and valibot as one part each; our modules by their path under dist/. */
const partOf = (source) => {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (pkg) return ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].includes(pkg) ? 'Lit' : pkg;
  return source.replace(/^.*?dist\//, '').replace(/\.js$/, '');
};
for (const [title, built] of [
  ['dist/programme-elements.js', single],
  ['project-card (with Lit)', entries['project-card']],
]) {
  lines.push(
    '',
    `## Where the bytes of ${title} go`,
    '',
    "Each part's min+gzip cost is what the bundle would lose without it; gzip shares repeated text between parts, so the costs add up to more than the whole.",
    '',
    '| part | minified | min+gzip cost |',
    '|---|---:|---:|',
  );
  for (const {part, min, gzip} of costByPart(built, partOf)) {
    lines.push(`| ${part} | ${kb(min)} | ${kb(gzip)} |`);
  }
}
const report = lines.join('\n') + '\n';
writeFileSync('SIZE.md', report);
console.log(report);
if (over) {
  console.error(`${over} entr${over === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}
