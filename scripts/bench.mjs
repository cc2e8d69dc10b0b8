// `npm run bench`: prints how long things take, as figures to read and compare, not as a test
// (nothing here passes or fails on a time).
//
//   npm run bench            every section
//   npm run bench -- parse   only the named sections
//
// Each section is an entry in SECTIONS: a name, a title and an async `run()` that returns rows
// made by `measure()`. Add a section (for example browser render timings) by appending one.
import {readFile} from 'node:fs/promises';
import {cpus} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {ROOT, importTypeScript} from './build-schema.mjs';

const SECTIONS = [
  {
    name: 'parse',
    title: 'Parse and validate a feed in Node (JSON.parse + parseFeed, and parseFeed alone)',
    run: benchParse,
  },
];

/**
 * Times `fn` over repeated runs, after a warm-up: at least `minRuns` runs and at least `minTime`
 * milliseconds, at most `maxRuns`. `setup` runs before each run, untimed, and its result is
 * passed to `fn`. Returns the median and the spread (10th to 90th percentile) in milliseconds.
 */
export async function measure(
  label,
  fn,
  {setup = () => undefined, warmup = 10, minRuns = 30, minTime = 1_000, maxRuns = 1_000} = {},
) {
  for (let i = 0; i < warmup; i++) await fn(await setup());
  const samples = [];
  const started = performance.now();
  while (samples.length < maxRuns && (samples.length < minRuns || performance.now() - started < minTime)) {
    const input = await setup();
    const start = performance.now();
    await fn(input);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (fraction) => samples[Math.min(samples.length - 1, Math.floor(fraction * samples.length))];
  return {label, runs: samples.length, median: at(0.5), p10: at(0.1), p90: at(0.9)};
}

function printRows(rows) {
  const width = Math.max(...rows.map((row) => row.label.length));
  const ms = (value) => `${value.toFixed(3)} ms`;
  for (const {label, runs, median, p10, p90} of rows) {
    console.log(
      `  ${label.padEnd(width)}  median ${ms(median).padStart(10)}   p10–p90 ${ms(p10)} – ${ms(p90)}   (${runs} runs)`,
    );
  }
}

async function benchParse() {
  const {parseFeed} = await importTypeScript(join(ROOT, 'src/feed/parse-feed.ts'));
  const sampleText = await readFile(join(ROOT, 'sample/sample-feed.json'), 'utf8');
  const largeText = JSON.stringify(withProjects(JSON.parse(sampleText), 1_000));

  const rows = [];
  for (const [name, text] of [
    ['sample feed', sampleText],
    ['1,000 projects', largeText],
  ]) {
    const check = parseFeed(JSON.parse(text));
    if (!check.ok)
      throw new Error(`The ${name} benchmark feed is invalid: ${JSON.stringify(check.problems.slice(0, 3))}`);
    const size = `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`;
    // parseFeed remembers the objects it has seen, so every run gets a freshly decoded feed.
    rows.push(
      await measure(`${name} (${size}): JSON.parse + parseFeed`, (t) => parseFeed(JSON.parse(t)), {setup: () => text}),
    );
    rows.push(
      await measure(`${name} (${size}): parseFeed`, (json) => parseFeed(json), {setup: () => JSON.parse(text)}),
    );
  }
  return rows;
}

/** The sample feed with its first programme holding `count` projects, made from the sample's own. */
function withProjects(feed, count) {
  const programme = feed.programmes[0];
  const templates = programme.projects;
  programme.projects = Array.from({length: count}, (_, index) => {
    const template = templates[index % templates.length];
    return {...template, id: `${template.id}-${index + 1}`, title: `${template.title} (${index + 1})`};
  });
  return feed;
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !SECTIONS.some((section) => section.name === name));
if (unknown.length) {
  console.error(
    `Unknown section: ${unknown.join(', ')}. Sections: ${SECTIONS.map((section) => section.name).join(', ')}.`,
  );
  process.exit(1);
}
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`);
for (const section of SECTIONS) {
  if (wanted.length && !wanted.includes(section.name)) continue;
  console.log(`\n${section.name}: ${section.title}`);
  printRows(await section.run());
}
