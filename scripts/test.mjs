// `npm test`: builds (the embedding tests load dist/; `--no-build` skips it), then the
// Node tests (server rendering, the command line, the demo, the package's types and imports: test/ssr/, test/cli/,
// test/demo/, test/package/), every browser test in Chromium, and the timed tests
// (test/**/*.timing.ts) in a pass of their own, one test page at a time; ends with
// `Total: N passed, N failed` over all three. Other arguments go to the test runner and run only
// what they name, e.g. `npm test -- --files test/feed/parse-feed.test.ts`.
import {spawn} from 'node:child_process';
import {ensureBrowser} from './find-browser.mjs';

let browser;
try {
  browser = ensureBrowser();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

/** Runs a command, echoing its output, and resolves with its exit code and output. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {stdio: ['inherit', 'pipe', 'pipe'], env: {...process.env, ...env}});
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => resolve({code: code ?? 1, output}));
  });
}

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const runnerArgs = args.filter((arg) => arg !== '--no-build');
let passed = 0;
let failed = 0;
let ok = true;

/** Adds a step's counts to the total; a step that failed without counting a failure counts as one. */
function tally(code, pass = 0, fail = 0) {
  passed += Number(pass);
  failed += Number(fail) + (code !== 0 && Number(fail) === 0 ? 1 : 0);
  ok &&= code === 0;
}

// A failed build still lets every other test run and report.
if (!skipBuild) {
  const build = await run('npm', ['run', '--silent', 'build']);
  if (build.code !== 0) {
    console.error('The build failed: the embedding tests will fail too.');
    ok = false;
  }
}

if (runnerArgs.length === 0) {
  // Node's own test runner: server rendering, the command line (validate, 360Giving), the demo, the types.
  for (const folder of ['test/ssr/', 'test/cli/', 'test/demo/', 'test/package/']) {
    const node = await run(process.execPath, ['--test', '--test-reporter=spec', folder]);
    tally(node.code, /^\S*\s*pass (\d+)/m.exec(node.output)?.[1], /^\S*\s*fail (\d+)/m.exec(node.output)?.[1]);
  }
}

/** One web-test-runner pass: adds its count line (see scripts/count-reporter.mjs) to the total. */
async function browserPass(config, extraArgs) {
  const wtr = await run('npx', ['web-test-runner', '--config', config, ...extraArgs], {CHROME_PATH: browser});
  const counts = [...wtr.output.matchAll(/^browser: (\d+) passed, (\d+) failed/gm)].at(-1);
  tally(wtr.code, counts?.[1], counts?.[2]);
}

const MAIN_CONFIG = 'web-test-runner.config.mjs';
const TIMING_CONFIG = 'web-test-runner.timing.config.mjs';
if (runnerArgs.length === 0) {
  await browserPass(MAIN_CONFIG, []);
  // After the main pass, never beside it: the timed tests measure the elements, not other tests.
  console.log('\nTimed tests (test/**/*.timing.ts), one test page at a time:');
  await browserPass(TIMING_CONFIG, []);
} else {
  // Just what was asked for; with the timing configuration when a timed test is among it.
  const timed = runnerArgs.some((arg) => /\.timing\.[cm]?[jt]s$/.test(arg));
  await browserPass(timed ? TIMING_CONFIG : MAIN_CONFIG, runnerArgs);
}

console.log(`\nTotal: ${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
