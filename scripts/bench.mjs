// `npm run bench`: prints how long things take, as figures to read and compare, not as a test
// (nothing here passes or fails on a time).
//
//   npm run bench                    every section; writes BENCHMARKS.md
//   npm run bench -- parse           only the named sections (BENCHMARKS.md untouched)
//   npm run bench -- --quick         fewer rounds (a smoke run, figures too noisy to quote)
//   npm run bench -- --rounds=80     rounds of the round-robin render section (default 60)
//
// Browser sections (render, peers, requests, page) need `npm run build` first: they serve the
// repository on 127.0.0.1 and drive the machine's Chromium headless through puppeteer-core. The
// peers section also needs the devDependencies @shoelace-style/shoelace and @awesome.me/webawesome
// (a peer that is missing or does not load is reported as not measured).
//
// Each section is an entry in SECTIONS: a name, a title and an async `run()` that returns rows
// made by `measure()`. Add a section (for example browser render timings) by appending one.
import {readFile, writeFile} from 'node:fs/promises';
import {readFileSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
import {cpus, loadavg} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {ROOT, importTypeScript} from './build-schema.mjs';
import {
  BrowserBench,
  PEERS,
  benchPage,
  benchPartner,
  benchPeers,
  benchRender,
  benchRequests,
} from './bench/browser.mjs';

const SECTIONS = [
  {
    name: 'parse',
    title: 'Parse and validate a feed in Node (JSON.parse + parseFeed, and parseFeed alone)',
    run: benchParse,
  },
  {
    name: 'render',
    title:
      'Headless Chromium, round robin: render project-cards from a feed in hand until layout, against a vanilla custom element (shadow root, adopted stylesheet, cloned template) and light-DOM template cloning; updates of 1,000 cards',
    browser: true,
    run: (bench) => benchRender(bench, {rounds: ROUNDS, warmup: QUICK ? 2 : 5}),
  },
  {
    name: 'peers',
    title:
      "Headless Chromium, round robin: the same 1,000 cards as <project-card>, as Shoelace's <sl-card> and Web Awesome's <wa-card> (each library's CDN build of its card and its light theme, from node_modules), until layout; and the size of each card entry with its dependencies",
    browser: true,
    run: (bench) => benchPeers(bench, {rounds: ROUNDS, warmup: QUICK ? 2 : 5}),
  },
  {
    name: 'partner',
    title:
      "Headless Chromium, round robin: the partner path, 1,000 cards written as HTML (<project-card src programme project>) on one feed URL already loaded, against two vanilla floors (the card's own stylesheet; a minimal one) and Shoelace's <sl-card> and Web Awesome's <wa-card> inserted the same way, until content and layout",
    browser: true,
    run: (bench) => benchPartner(bench, {rounds: ROUNDS, warmup: QUICK ? 2 : 5}),
  },
  {
    name: 'requests',
    title: 'Headless Chromium: requests the server receives for one feed from a page with n elements on it',
    browser: true,
    run: (bench) => benchRequests(bench, {repeats: QUICK ? 1 : 3}),
  },
  {
    name: 'page',
    title:
      'Headless Chromium, page loads alternating: a whole <programme-page> (feed served locally) against the same content as static HTML, navigation start to content painted',
    browser: true,
    run: (bench) => benchPage(bench, {loads: QUICK ? 5 : 20}),
  },
  {
    name: 'size',
    title: 'Sizes: the table of `node scripts/size.mjs` (SIZE.md is restored afterwards)',
    run: benchSize,
  },
];

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const roundsArg = args.find((arg) => arg.startsWith('--rounds='));
const ROUNDS = roundsArg ? Number(roundsArg.slice('--rounds='.length)) : QUICK ? 8 : 60;

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

/** Runs scripts/size.mjs as it is, takes its table, and puts the committed SIZE.md back. */
async function benchSize() {
  const sizeFile = join(ROOT, 'SIZE.md');
  const before = await readFile(sizeFile, 'utf8').catch(() => undefined);
  let status = 'within budget';
  try {
    execFileSync(process.execPath, ['scripts/size.mjs'], {cwd: ROOT, stdio: 'pipe'});
  } catch (error) {
    status = `size.mjs exited ${error.status} (over a budget in size-budget.json)`;
  }
  const report = await readFile(sizeFile, 'utf8');
  if (before !== undefined) await writeFile(sizeFile, before);
  const table = report
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .join('\n');
  return {markdown: `${table}\n\n${status}.`};
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
  // A programme holds at most 100 projects: 1,000 are ten programmes of 100.
  const largeText = JSON.stringify(withManyProjects(JSON.parse(sampleText)));

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

const wanted = args.filter((arg) => !arg.startsWith('--'));
const unknown = wanted.filter((name) => !SECTIONS.some((section) => section.name === name));
if (unknown.length) {
  console.error(
    `Unknown section: ${unknown.join(', ')}. Sections: ${SECTIONS.map((section) => section.name).join(', ')}.`,
  );
  process.exit(1);
}
const machine = `${cpuModel()} × ${cpus().length} (nproc ${availableCores()}); load average at start ${loadavg()
  .map((load) => load.toFixed(2))
  .join(', ')}`;
console.log(`Node ${process.version}, ${machine}`);
const selected = SECTIONS.filter((section) => !wanted.length || wanted.includes(section.name));
let bench;
const report = [];
try {
  for (const section of selected) {
    if (section.browser && !bench) {
      bench = await new BrowserBench(ROOT, await benchFeeds()).start();
      console.log(`Browser: ${bench.version} (${bench.executablePath}), server ${bench.origin}`);
    }
    console.log(`\n${section.name}: ${section.title}`);
    const result = await section.run(bench);
    report.push({section, result});
    if (Array.isArray(result)) printRows(result);
    else if (result.markdown) console.log(result.markdown.replace(/^/gm, '  '));
    else {
      if (result.note) console.log(`  ${result.note}`);
      for (const row of result.rows) {
        console.log(`  ${row.what}: ${row.figure}`);
        for (const line of row.ratios) console.log(`      ${line}`);
      }
    }
  }
} finally {
  await bench?.close();
}

if (!wanted.length) {
  const command = `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`;
  await writeFile(join(ROOT, 'BENCHMARKS.md'), markdown(command, bench?.version, machine, report));
  console.log('\nWrote BENCHMARKS.md');
}

function cpuModel() {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((text) => text.startsWith('model name'));
    if (line) return line.split(':')[1].trim();
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? 'unknown CPU';
}

function availableCores() {
  try {
    return execFileSync('nproc', {encoding: 'utf8'}).trim();
  } catch {
    return String(cpus().length);
  }
}

async function benchFeeds() {
  const sampleText = await readFile(join(ROOT, 'sample/sample-feed.json'), 'utf8');
  return {sampleText, benchFeedText: JSON.stringify(withManyProjects(JSON.parse(sampleText)))};
}

/**
 * 1,000 projects for the browser sections: a programme holds at most 100, so the sample's first
 * programme is copied ten times (ids programme-1 … programme-10), 100 projects each.
 */
function withManyProjects(feed) {
  const base = withProjects(structuredClone(feed), 100).programmes[0];
  feed.programmes = Array.from({length: 10}, (_, index) => ({
    ...structuredClone(base),
    id: `${base.id}-${index + 1}`,
    title: `${base.title} (${index + 1})`,
    related: undefined,
  }));
  return JSON.parse(JSON.stringify(feed));
}

/** Element names as code, so Markdown does not take `<programme-page>` for an HTML tag. */
function escapeTags(text) {
  return text.replace(/<([a-z]+-[a-z-]+)>/g, '`<$1>`');
}

/** Rows of every section by key. */
function rowsByKey(sections) {
  return new Map(
    sections.flatMap(({result}) =>
      Array.isArray(result) || !result.rows ? [] : result.rows.map((row) => [row.key, row]),
    ),
  );
}

/** Issue 17's goals (the partner path, the sizes), each against this run's figure. */
function partnerGoals(sections) {
  const rows = rowsByKey(sections);
  const ci = (r) => `${r.median.toFixed(2)}× (95% CI ${r.low.toFixed(2)}–${r.high.toFixed(2)})`;
  const out = ['## Goals (issue 17)', '', '| goal | measured | verdict |', '|---|---|---|'];
  const partner = rows.get('partner');
  out.push(
    partner
      ? `| partner path, 1,000 cards ≤ 1.4× the minimal-stylesheet vanilla floor | ${ci(partner.minimal)}; against the floor with the card's own stylesheet ${ci(partner.own)} | ${partner.minimal.high <= 1.4 ? 'met' : partner.minimal.median <= 1.4 ? 'met at the median; the 95% CI reaches above 1.4' : 'missed'} |`
      : '| partner path ≤ 1.4× the minimal floor | not measured | |',
  );
  const sl = rows.get('partner-sl-card');
  out.push(
    sl && !sl.error
      ? `| partner path faster than \`sl-card\` (its time over ours ≥ 1.05, 95% CI above 1) | \`sl-card\` / ours ${ci(sl.value)} | ${sl.value.median >= 1.05 && sl.value.low > 1 ? 'met' : sl.value.median > 1 ? 'faster at the median; not by 1.05 with the CI above 1' : 'missed'} |`
      : '| partner path faster than `sl-card` | not measured | |',
  );
  const noop = rows.get('updateSame');
  out.push(
    noop
      ? `| no-op update < 10% of a first render | ${(noop.value.median * 100).toFixed(2)}% | ${noop.value.high < 0.1 ? 'met' : 'missed'} |`
      : '| no-op update < 10% of a first render | not measured | |',
  );
  const requests = [1, 4, 20, 100].map((n) => rows.get(`requests${n}`)).filter(Boolean);
  const work = rows.get('partnerWork');
  out.push(
    requests.length
      ? `| exactly one request per feed URL | ${requests.map((row) => row.value.join('/')).join(', ')} (1, 4, 20, 100 elements)${work ? `; partner path: ${work.figure.split('; ').at(-1)}` : ''} | ${requests.every((row) => row.value.every((c) => c === 1)) ? 'met' : 'missed'} |`
      : '| exactly one request per feed URL | not measured | |',
  );
  const size = sections.find(({section}) => section.name === 'size')?.result.markdown ?? '';
  for (const line of size
    .split('\n')
    .filter((text) => /^\| (dist\/programme-elements\.js|project-card \(with Lit\)) ≤/.test(text)))
    out.push(line.replace(/ \|$/, ' |'));
  if (!size) out.push('| sizes | not measured | |');
  return out;
}

/** Issue 7's goals, each against the figure measured in this run (or "not measured"). */
function goals(sections) {
  const rows = rowsByKey(sections);
  const ci = (r) => `${r.median.toFixed(2)}× (95% CI ${r.low.toFixed(2)}–${r.high.toFixed(2)})`;
  const verdict = (r, limit) =>
    r.high <= limit ? 'met' : r.median <= limit ? 'met at the median; the 95% CI reaches above the limit' : 'missed';
  const out = ['## Goals (issue 7)', '', '| goal | measured | verdict |', '|---|---|---|'];
  const card = rows.get('render1000');
  out.push(
    card
      ? `| 1,000 cards ≤ 1.5× the vanilla custom-element floor | ${ci(card.vanilla)} | ${verdict(card.vanilla, 1.5)} |`
      : '| 1,000 cards ≤ 1.5× the vanilla floor | not measured | |',
  );
  const noop = rows.get('updateSame');
  out.push(
    noop
      ? `| no-op update ≤ 10% of a first render (1,000 cards) | ${(noop.value.median * 100).toFixed(2)}% (95% CI ${(noop.value.low * 100).toFixed(2)}–${(noop.value.high * 100).toFixed(2)}%) | ${verdict(noop.value, 0.1)} |`
      : '| no-op update ≤ 10% of a first render | not measured | |',
  );
  const first = rows.get('firstContent');
  out.push(
    first
      ? `| content within one frame (16 ms) of connecting, feed in hand | ${first.figure} | ${first.value <= 16 ? 'met' : 'missed'} |`
      : '| content within one frame | not measured | |',
  );
  const requests = [1, 4, 20, 100].map((n) => rows.get(`requests${n}`)).filter(Boolean);
  out.push(
    requests.length
      ? `| exactly one request for any number of elements on one feed | ${requests.map((row) => row.value.join('/')).join(', ')} requests (1, 4, 20, 100 elements) | ${requests.every((row) => row.value.every((c) => c === 1)) ? 'met' : 'missed'} |`
      : '| exactly one request | not measured | |',
  );
  out.push(peersGoal(rows));
  return out;
}

/** Ours against every peer card: met when each peer's 1,000 cards take longer than ours, CI included. */
function peersGoal(rows) {
  const goal = 'faster than `sl-card` and `wa-card` for the same 1,000 cards';
  const peers = PEERS.map((peer) => ({tag: peer.tag, row: rows.get(`peer-${peer.tag}`)}));
  if (peers.every(({row}) => !row)) return `| ${goal} | not measured | |`;
  const ci = (r) => `${r.median.toFixed(2)}× (95% CI ${r.low.toFixed(2)}–${r.high.toFixed(2)})`;
  const measured = peers.map(({tag, row}) =>
    !row
      ? `\`${tag}\`: not measured`
      : row.error
        ? `\`${tag}\`: not measured (${row.error})`
        : `\`${tag}\` / ours ${ci(row.value)}, ours / \`${tag}\` ${ci(row.oursOverPeer)}`,
  );
  const verdicts = peers.map(({row}) =>
    !row || row.error ? 'not measured' : row.value.low > 1 ? 'met' : row.value.median > 1 ? 'median' : 'missed',
  );
  const verdict = verdicts.every((v) => v === 'not measured')
    ? 'not measured'
    : verdicts.includes('missed')
      ? 'missed'
      : verdicts.includes('not measured')
        ? 'not measured for every peer'
        : verdicts.includes('median')
          ? 'met at the median; a 95% CI reaches 1'
          : 'met';
  return `| ${goal} | ${measured.join('<br>')} | ${verdict} |`;
}

function markdown(command, browserVersion, machineText, sections) {
  const lines = [
    '# Benchmarks',
    '',
    'Generated by `npm run bench` (scripts/bench.mjs, scripts/bench/, bench/): do not edit by hand.',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Command: \`${command}\``,
    `- Browser: ${browserVersion ?? 'none'} (headless, puppeteer-core)`,
    `- Machine: ${machineText}`,
    `- Node: ${process.version}`,
    '',
  ];
  lines.push(
    'Every ratio is between samples taken round robin in this run; its 95% interval (bootstrap of the medians) covers the noise within the run, not the drift between runs, machines or machine load (see the load average above): compare runs, not single figures.',
    '',
  );
  lines.push(...partnerGoals(sections), '', ...goals(sections), '');
  for (const {section, result} of sections) {
    lines.push(`## ${section.name}`, '', escapeTags(section.title) + '.', '');
    if (Array.isArray(result)) {
      lines.push('| what | median | p10–p90 | runs |', '|---|---|---|---|');
      for (const row of result)
        lines.push(
          `| ${row.label} | ${row.median.toFixed(3)} ms | ${row.p10.toFixed(3)}–${row.p90.toFixed(3)} ms | ${row.runs} |`,
        );
    } else if (result.markdown) {
      lines.push(result.markdown);
    } else {
      if (result.samplesPerKind)
        lines.push(`${result.samplesPerKind} samples of each, round robin. ${result.note ?? ''}`, '');
      lines.push('| what | medians | ratio (median, 95% CI) |', '|---|---|---|');
      for (const row of result.rows)
        lines.push(`| ${escapeTags(row.what)} | ${row.figure} | ${row.ratios.join('<br>')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
